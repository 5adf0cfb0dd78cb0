// Package ch03 holds the exercises for chapter 03-algorithms: optimizers
// written from their update rules (momentum, Nesterov, Adagrad, RMSprop,
// Adam), a global-norm clip, a warm-up-cosine schedule and an Armijo line
// search; two broken momentum steps to repair; the heavy ball's rate and
// AdamW's equilibrium to derive; and hyperparameters to tune until
// core/optim's real optimizers meet a target.
//
// Each exercise is one file with its own test file; only the exercise's
// file is yours to edit.
package ch03
