// Package exercises is the learner's half of descent: one package per
// chapter (ch01 … ch06), one file per exercise, each checked by the test file
// beside it. From the repository root, `go run . list` shows them in order
// and `go run . watch` works through them; `go test ./exercises/...` runs the
// same tests directly.
package exercises
