// Package runner is the engine behind descent's exercises: the catalog that
// orders them, the checker that runs a learner's code through `go test -json`
// in a subprocess, the progress file, and a file watcher.
//
// Nothing here touches a terminal: the command line (exercises_cmd.go at the
// repository root) and the TUI are two faces of the same calls.
//
// Where things live:
//
//   - The exercises are a Go module of their own, by default ./exercises
//     under the current directory (override with DESCENT_EXERCISES or a
//     --dir flag). Each chapter is one package, chNN, and each exercise is
//     one file, NAME.go, checked by NAME_test.go beside it.
//   - Pristine copies of every stub are embedded in the binary (pristine/),
//     so `descent reset` needs no network and no git. After changing a stub
//     on purpose, refresh them with: go test ./runner -run Pristine -update
//   - The answers are the package descent/answers, also embedded.
//   - Progress is one JSON file, .descent-state.json, in the exercises
//     directory. It is written atomically (temporary file + rename); if it
//     is missing or corrupt, the commands rebuild it by checking.
//
// How a check runs: `go test -json -vet=off` in the exercises directory, in
// its own process group. Compiling does not count against the time-out: the
// clock for a package starts when `go test` reports that its test binary has
// started (the "start" event), and the build has its own, much longer limit
// (a cold build cache can take a minute). When either expires the whole
// process group is killed, so no test binary is left running. An exercise is
// checked on its own: the other files of its chapter are swapped for their
// pristine stubs with -overlay, so a half-finished exercise never stops
// another from compiling. The module has no dependencies, so go runs with
// GOWORK=off: the repository's go.work only serves `go test ./exercises/...`.
package runner
