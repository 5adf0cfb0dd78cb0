// Package ch01 holds the answers to the exercises of chapter 01-background, in the
// same files and with the same names as exercises/ch01. See package answers.
package ch01
