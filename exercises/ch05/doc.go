// Package ch05 holds the exercises for chapter 05-future-trends: training on
// several workers, on imbalanced classes, and on sparse features.
package ch05
