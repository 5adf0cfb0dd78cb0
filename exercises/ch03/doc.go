// Package ch03 holds the exercises for chapter 03-algorithms: the update
// rules of the common optimizers, each written once by the learner.
package ch03
