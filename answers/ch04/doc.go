// Package ch04 holds the answers to the exercises of chapter 04-code, in the
// same files and with the same names as exercises/ch04. See package answers.
package ch04
