// Package ch06 holds the exercises for chapter 06-faq: the practical
// questions of choosing a learning rate, when to stop, how to batch, and
// which loss to use.
package ch06
