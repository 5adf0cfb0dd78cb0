// Package serve is `descent serve`: one descent binary serving a workshop
// over SSH, the way Charm's wish serves terminal apps. An attendee types
// `ssh -p 2323 host` and is in the workbook; `ssh -p 2323 host submit mse <
// mse.go` checks a file from their own editor; the instructor watches the
// class board.
//
// One idea per file: auth.go (who gets in: authorized_keys files whose
// comments are names, or --open), hostkey.go (the server's key, made once),
// workspace.go (one exercises module per learner), class.go (the class
// state the board reads), queue.go (checks on a bounded pool of workers),
// cache.go (a file checked once however often it is submitted),
// sandbox.go (bubblewrap around learners' code), limits.go (sessions),
// board.go (the board as data and text), boardview.go (the board as a live
// TUI), commands.go (submit, list, board, help), interactive.go (sessions
// with a terminal: sizes, resizes, the idle limit), workbook.go (the
// workbook of package tui, wired to the server) and server.go (the SSH
// server that ties them together).
//
// # What goes where
//
// `ssh -t` opens the workbook (package tui with its Workshop option) on the
// learner's workspace, or the live board for an instructor. Whatever runs
// a learner's code goes through the server: the workbook's checks (its
// editor saves with ctrl+s and checks), `submit`, and the race, which
// holds a worker while it runs. The workbook has no file watcher and no
// picture export over SSH (the learner could not fetch a picture). The
// reader's cells and the lab run descent's own code in the server's
// process, as they do locally.
//
// # What a learner can reach
//
// A learner's code runs only inside a check. The checker (package runner)
// copies the exercise's tests as shipped and the learner's one file into a
// temporary module, compiles it with `go test -c`, and runs the test binary
// under its contain wrapper (time, memory, process and output limits; new
// PID and user namespaces, as an unprivileged user when the server is
// root; every leftover process killed). The server adds bubblewrap around
// the test binary: new user, PID, network, IPC, UTS and cgroup namespaces,
// no capabilities, and a file system that holds only the build directory,
// read-only (the binary, the shipped tests and the learner's own file), a
// private 64 MiB /tmp, a minimal /dev and its own /proc. No network (not
// even the server's own port), no home, no Go toolchain, no workspace of
// anyone's — not even the learner's own, which the test binary does not
// need — and no file of the server or the host. The workspaces, the class
// state and the host key belong to the server and live in --dir, mode 0700.
//
// # Why compiling runs outside the sandbox
//
// `go test -c` reads the learner's file but runs none of its code: the
// checker's rules refuse cgo (so no C compiler and no #cgo flags),
// unsafe and //go:linkname before the build; the go command runs with
// CGO_ENABLED=0, GOFLAGS cleared, GOPROXY=off and GOTOOLCHAIN=local, and
// -vet=off, so it fetches nothing, runs no tool the learner names and no
// go:generate; //go:embed can only name files of the temporary package,
// which are the shipped ones. What is left is resource use: a file made to
// be slow to compile. That is bounded by the 256 KB cap on a submission,
// the checker's build time-out, and the worker pool (at most --workers
// compiles at once). Compiling outside the sandbox keeps one shared,
// writable build cache, which is what makes a class's checks fast: the
// standard library and the shipped packages compile once for everybody.
// The compiler's memory is not capped; a file written to exhaust it is
// the one risk left, and it would hit the server, not another learner's
// files.
//
// # Nothing lost
//
// Submitting saves the file in the learner's workspace (atomically), marks
// the check pending in the class state, checks, then records the verdict
// in the workspace's progress file and the class state, each written
// atomically. A server killed mid-check restarts with the check still
// pending and runs it again.
package serve
