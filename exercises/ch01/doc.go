// Package ch01 holds the exercises for chapter 01-background: what a loss
// function measures, and how to check a gradient before trusting it.
package ch01
