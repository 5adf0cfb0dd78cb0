package serve

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"descent/runner"
)

// sandboxTmp is the size of the private /tmp a check may write to.
const sandboxTmp = 64 << 20

// A sandbox wraps a check's test binary in bubblewrap. See the package doc
// for what the binary can and cannot see.
type sandbox struct {
	bwrap   string // the bwrap command's path
	version string // "bubblewrap 0.8.0"
}

// findSandbox finds bubblewrap on PATH.
func findSandbox() (*sandbox, error) {
	path, err := exec.LookPath("bwrap")
	if err != nil {
		return nil, errors.New("bubblewrap (bwrap) is not installed: install it (Debian and Ubuntu: apt-get install bubblewrap) so that learners' code runs in a sandbox")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "--version").Output()
	if err != nil {
		return nil, fmt.Errorf("%s --version failed: %v", path, err)
	}
	return &sandbox{bwrap: path, version: strings.TrimSpace(string(out))}, nil
}

// shim runs bubblewrap and passes the checker's SIGQUIT on to the test
// binary inside, so that a check that times out still dumps its stacks and
// the verdict can name the learner's line. bwrap forwards no signals, and
// ignores SIGQUIT here: a background job of a non-interactive shell starts
// with SIGQUIT ignored, and the Go runtime of the test binary installs its
// own handler regardless. The shim signals every process of its PID
// namespace (kill -1), and does so only when it is that namespace's first
// process (the contain wrapper put it there), so that it can never reach
// anything outside the check.
const shim = `trap '[ "$$" = 1 ] && kill -s QUIT -- -1 2>/dev/null' QUIT
"$@" &
pid=$!
while :; do
	wait "$pid"; rc=$?
	kill -0 "$pid" 2>/dev/null || exit "$rc"
done`

// wrap is a runner.Checker's Sandbox: it puts argv (the test binary and
// its flags) inside bubblewrap. The binary sees the build directory it was
// compiled in, read-only (its own file and its package, copied there by
// the checker, with the learner's one file), a private /tmp of
// sandboxTmp bytes, a minimal /dev and its own /proc; no network, no
// other process, no home, no workspace, no host file.
func (s *sandbox) wrap(argv []string) []string {
	build := filepath.Dir(argv[0])
	a := []string{"/bin/sh", "-c", shim, "descent-sandbox", s.bwrap,
		"--unshare-all", "--die-with-parent", "--new-session",
		"--cap-drop", "ALL",
		"--hostname", "descent",
		"--proc", "/proc", "--dev", "/dev",
		"--size", strconv.Itoa(sandboxTmp), "--perms", "1777", "--tmpfs", "/tmp",
		"--ro-bind", build, build,
		"--setenv", "HOME", "/tmp", "--setenv", "TMPDIR", "/tmp",
		"--chdir", build,
		"--",
	}
	return append(a, argv...)
}

// probe checks a known answer inside the sandbox, which proves that
// bubblewrap works on this host and warms the build cache for the class.
func (s *sandbox) probe(ctx context.Context, c runner.Checker) (time.Duration, error) {
	c.Sandbox = s.wrap
	return probe(ctx, c)
}

// probe checks the first exercise's answer with c.
func probe(ctx context.Context, c runner.Checker) (time.Duration, error) {
	e := runner.Catalog()[0]
	src, err := runner.Answer(e)
	if err != nil {
		return 0, err
	}
	r := c.CheckSource(ctx, e, src)
	if !r.OK() {
		return r.Elapsed, fmt.Errorf("a known answer (%s) did not pass: %s", e.Name, oneLine(r.Summary(), 300))
	}
	return r.Elapsed, nil
}

// oneLine keeps the first line of s, at most n bytes of it.
func oneLine(s string, n int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > n {
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n] + "…"
	}
	return s
}
