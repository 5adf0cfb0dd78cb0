// Package expect holds the few helpers the exercise tests share. Every
// failure it reports has the same three parts, so a learner always knows
// what to do next: what was expected, what came back, and a hint.
package expect
