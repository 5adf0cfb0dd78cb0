// Package exercises is the learner's half of descent: one package per
// chapter (ch01 … ch06), one file per exercise, each checked by the test file
// beside it. Run `descent list` to see them in order and `descent watch` to
// work through them; `go test ./exercises/...` from the repository root runs
// the same tests directly.
package exercises
