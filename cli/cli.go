package cli

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// GoRun is the prefix for a learner who runs descent from a clone with
// `go run .`, as the README says. Files written for the learner (exercise
// headers, the exercises README) use it, since it works from the
// repository root whether or not descent is installed.
const GoRun = "go run ."

var (
	mu       sync.Mutex
	prefix   string
	detected bool
)

// Line returns the command a learner types to run descent with args, e.g.
// Line("check mse") is "go run . check mse" under `go run .` and
// "descent check mse" for an installed binary.
func Line(args string) string {
	p := Prefix()
	if args == "" {
		return p
	}
	return p + " " + args
}

// Prefix returns how descent is run here: "go run ." when this process was
// built by `go run`, the command's name when it is installed on PATH, and
// its path otherwise.
func Prefix() string {
	mu.Lock()
	defer mu.Unlock()
	if !detected {
		prefix, detected = detect(), true
	}
	return prefix
}

// SetPrefix overrides the detected form, for a server that tells its
// attendees `ssh -p 2323 host`, and for tests.
func SetPrefix(p string) {
	mu.Lock()
	defer mu.Unlock()
	prefix, detected = p, true
}

func detect() string {
	exe, err := os.Executable()
	if err != nil {
		return GoRun
	}
	return prefixFor(exe, os.Getenv("PATH"))
}

// prefixFor decides from the executable's path: `go run` builds into a
// temporary go-build directory; `go test` binaries end in .test and stand
// in for the command in tests, where the README's form is the one to show.
func prefixFor(exe, path string) string {
	base := filepath.Base(exe)
	slash := filepath.ToSlash(exe)
	if strings.Contains(slash, "/go-build") || strings.HasSuffix(base, ".test") || strings.HasSuffix(base, ".test.exe") {
		return GoRun
	}
	name := strings.TrimSuffix(base, ".exe")
	dir := filepath.Dir(exe)
	for _, p := range filepath.SplitList(path) {
		if p != "" && sameDir(p, dir) {
			return name
		}
	}
	return exe
}

func sameDir(a, b string) bool {
	if a == b {
		return true
	}
	ra, err1 := filepath.EvalSymlinks(a)
	rb, err2 := filepath.EvalSymlinks(b)
	return err1 == nil && err2 == nil && ra == rb
}
