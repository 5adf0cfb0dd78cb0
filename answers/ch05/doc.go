// Package ch05 holds the answers to the exercises of chapter 05-future-trends, in the
// same files and with the same names as exercises/ch05. See package answers.
package ch05
