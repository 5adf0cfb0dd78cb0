// Package ch02 holds the exercises for chapter 02-core-concepts: the
// gradient-descent step, the learning rate that keeps it stable, and the
// penalties that regularize it.
package ch02
