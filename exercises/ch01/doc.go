// Package ch01 holds the exercises for chapter 01-background: the losses a
// regression and a classifier minimize (mean squared error, log loss,
// softmax cross-entropy, label smoothing), how to check a gradient before
// trusting it, and whether predicted probabilities are calibrated.
package ch01
