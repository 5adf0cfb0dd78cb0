// Package ch06 holds the answers to the exercises of chapter 06-faq, in the
// same files and with the same names as exercises/ch06. See package answers.
package ch06
