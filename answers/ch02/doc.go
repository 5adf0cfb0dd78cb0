// Package ch02 holds the answers to the exercises of chapter 02-core-concepts, in the
// same files and with the same names as exercises/ch02. See package answers.
package ch02
