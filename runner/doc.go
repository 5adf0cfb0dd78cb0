// Package runner is the engine behind descent's exercises: the catalog that
// orders them, the checker that runs a learner's code against the tests as
// shipped, the progress file, and a file watcher.
//
// Nothing here touches a terminal: the command line (exercises_cmd.go at the
// repository root), the TUI and the workshop server are faces of the same
// calls.
//
// # Where things live
//
//   - The exercises are a Go module of their own, by default ./exercises
//     under the current directory (override with DESCENT_EXERCISES or a
//     --dir flag). Each chapter is one package, chNN, and each exercise is
//     one file, NAME.go, checked by NAME_test.go beside it.
//   - The whole module as shipped (stubs, tests, the shared helpers in
//     internal/, go.mod) is embedded in descent as pristine copies
//     (pristine/). A check builds from them, so `reset` and every check need
//     no network, no git and nothing of the learner's but the one file.
//   - The answers are the package descent/answers, also embedded.
//   - Progress is one JSON file, .descent-state.json, in the exercises
//     directory: a cache of verdicts, never an authority (see State).
//
// # How a check runs
//
//  1. Rules: the learner's file must be Go in its chapter's package and may
//     use only the standard library (no cgo, unsafe or go:linkname): a
//     solution cannot call the reference code the tests use, nor reach into
//     the test harness.
//  2. Build: a temporary module is written from the pristine copies with
//     the learner's file as the exercise's only file of theirs. The
//     exercise's tests are renamed (TestMSE → checkTestMSE) and wrapped by
//     generated ones that report through the harness
//     (exercises/internal/harness), and `go test -c -trimpath` compiles it.
//     Edits to the tests, the helpers or go.mod, extra files and deleted
//     files change nothing. Compiling has its own, long limit
//     (BuildTimeout): a cold cache compiles the standard library too.
//  3. Run: the test binary runs under a small wrapper (internal/contain,
//     built once from its embedded source into the user's cache) that sets
//     a wall-clock time-out, a memory cap and a process cap, keeps only the
//     start and end of the output, and on Linux runs the binary as the
//     first process of a new PID namespace where the kernel allows it, as
//     a child subreaper otherwise, so that when the check ends every
//     process it started ends too, even one that called setsid. Elsewhere
//     it falls back to the process group, which a setsid child can leave.
//  4. Verdict: only the harness's report decides. The checker hands the
//     harness a fresh key through a pipe, read before any of the learner's
//     code runs; every event is signed with it, and the last one, sent
//     after every test has returned, proves the run reached its end. What
//     the learner's code prints can never pose as a result, and a program
//     that ends early (os.Exit in init, syscall.Exit, a fatal error, a
//     limit) never passes: the report names the cause in one line, with
//     the learner's file and line where Go gives one.
//
// The harness runs in the learner's process, so a program that reads its
// own memory could in principle find the key; the rules above remove the
// easy ways to do so, and on a workshop server the sandbox limits what
// such a program could reach.
package runner
