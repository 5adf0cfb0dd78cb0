package runner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"syscall"
)

// errNoGo is what a learner sees when go is not installed or not on PATH.
var errNoGo = errors.New("the go command was not found on PATH: install Go (https://go.dev/dl) and check that `go version` works in this terminal")

// compile builds the test binary of b. On failure it returns the result to
// show: a CompileError with the compiler's words, pointed at the learner's
// file, or a RunError.
func (c *Checker) compile(ctx context.Context, b *build, e Exercise) (string, Result, bool) {
	bin := filepath.Join(b.root, b.pkg+".test")
	ctx, cancel := context.WithTimeout(ctx, c.buildTimeout())
	defer cancel()
	// No symbol table or DWARF (-s -w): a quicker link, and stack traces
	// still name files and lines (they come from the runtime's own tables).
	cmd := exec.Command(c.goBin(), "test", "-c", "-o", bin, "-trimpath", "-vet=off", "-buildvcs=false", "-ldflags=-s -w", "./"+b.pkg)
	cmd.Dir = b.root
	cmd.Env = buildEnv()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return "", Result{Status: RunError, Err: errNoGo}, false
		}
		return "", Result{Status: RunError, Err: fmt.Errorf("starting go: %w", err)}, false
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-ctx.Done():
		killGroup(cmd.Process.Pid)
		<-done
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return "", Result{Status: RunError, Err: fmt.Errorf("compiling took longer than %s", c.buildTimeout())}, false
		}
		return "", Result{Status: RunError, Err: errors.New("the check was canceled")}, false
	}
	if err == nil {
		return bin, Result{}, true
	}
	text := b.restoreNames(out.String())
	diags := parseDiagnostics(text)
	if len(diags) == 0 {
		return "", Result{Status: RunError, Err: fmt.Errorf("go test -c: %v: %s", err, firstLines(text, 8))}, false
	}
	inTests := false
	for i := range diags {
		diags[i].File = b.displayPath(diags[i].File)
		if strings.HasSuffix(diags[i].File, "_test.go") {
			inTests = true
		}
	}
	r := Result{Status: CompileError, Diagnostics: diags, Output: text}
	if inTests {
		r.Cause = fmt.Sprintf("the tests (as shipped) call your code as the stub declares it: keep the names and signatures of %s", e.File)
	}
	return "", r, false
}

// restoreNames undoes the tests' renaming in compiler messages.
func (b *build) restoreNames(s string) string {
	for _, names := range b.tests {
		for _, n := range names {
			s = strings.ReplaceAll(s, wrappedPrefix+n, n)
		}
	}
	return s
}

// displayPath turns a path in compiler output into the one a learner
// knows: "ch01/mse.go" for their file (the build's copy of it).
func (b *build) displayPath(p string) string {
	p = filepath.ToSlash(p)
	p = strings.TrimPrefix(p, filepath.ToSlash(b.root)+"/")
	p = strings.TrimPrefix(p, "./")
	if !strings.Contains(p, "/") {
		p = b.pkg + "/" + p
	}
	if strings.HasPrefix(p, "descent/exercises/") {
		p = strings.TrimPrefix(p, "descent/exercises/")
	}
	return path.Clean(p)
}
