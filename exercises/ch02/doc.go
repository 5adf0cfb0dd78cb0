// Package ch02 holds the exercises for chapter 02-core-concepts: the
// gradient-descent step and when to stop it, the penalties that regularize
// a loss and the proximal step for L1, the learning rate that keeps a step
// stable, and the step sizes that make stochastic gradient descent settle.
package ch02
