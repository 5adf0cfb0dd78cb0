// Package ch03 holds the answers to the exercises of chapter 03-algorithms, in the
// same files and with the same names as exercises/ch03. See package answers.
package ch03
