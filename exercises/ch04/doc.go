// Package ch04 holds the exercises for chapter 04-code: the source article's
// linear regression, fixed, and the pieces of a small network.
package ch04
