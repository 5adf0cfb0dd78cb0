// Package answers holds the solved exercises, one package per chapter with
// the same names and files as the learner's module (exercises/). The
// learner's module never imports them: the project's tests swap them in with
// `go test -overlay` to prove that every exercise can pass, and
// `descent solution` shows them from the copies embedded here.
package answers

import "embed"

// Files holds every answer, at paths like "ch01/mse.go".
//
//go:embed ch*/*.go
var Files embed.FS
