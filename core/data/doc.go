// Package data provides the datasets descent trains on: a CSV loader with
// errors that point at the file and line, and seeded generators for the
// source documents' examples and the two-dimensional sets learners know
// from TensorFlow Playground.
//
// A Dataset holds inputs X (one row per sample) and targets Y (one row per
// sample, usually one column). Generators take an explicit seed, so the same
// name, size and seed always give the same rows.
package data
