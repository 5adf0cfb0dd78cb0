package runner

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Defaults for a Checker's zero fields.
const (
	// DefaultTimeout bounds each package's test run. Compiling is not
	// counted: see BuildTimeout.
	DefaultTimeout = 10 * time.Second
	// DefaultBuildTimeout bounds compiling. A first build on a cold cache
	// compiles the standard library too and can take a minute on a slow
	// machine; later builds take about a second.
	DefaultBuildTimeout = 3 * time.Minute
	// DefaultMaxOutput is how many bytes of output are kept per test (and
	// per package); the rest is dropped and the report says so.
	DefaultMaxOutput = 32 << 10
)

// A Checker runs exercises' tests in a subprocess. Only Dir is required.
type Checker struct {
	Dir          string        // the exercises module (see FindDir)
	Timeout      time.Duration // per package test run; DefaultTimeout if 0
	BuildTimeout time.Duration // compiling; DefaultBuildTimeout if 0
	MaxOutput    int           // bytes kept per test; DefaultMaxOutput if 0
	Go           string        // the go command; "go" from PATH if empty
}

// Check checks one exercise, by name, in the exercises module at dir, with
// the default limits.
func Check(ctx context.Context, dir, name string) Result {
	return (&Checker{Dir: dir}).Check(ctx, name)
}

// Check checks one exercise by name. An unknown name comes back as a
// RunError whose message lists the valid names.
func (c *Checker) Check(ctx context.Context, name string) Result {
	e, err := Find(name)
	if err != nil {
		return Result{Exercise: Exercise{Name: name}, Status: RunError, Err: err}
	}
	return c.CheckExercise(ctx, e)
}

// CheckExercise checks one exercise on its own: the other exercise files of
// its chapter are replaced by their pristine stubs for the run (without
// touching the learner's files), so only this exercise's code can fail it.
func (c *Checker) CheckExercise(ctx context.Context, e Exercise) Result {
	start := time.Now()
	r := c.checkIsolated(ctx, e)
	r.Elapsed = time.Since(start)
	return r
}

// CheckAll checks the given exercises (the whole catalog if none are given)
// and returns their results in the same order. Chapters run together in one
// `go test`; a chapter whose package does not build, or whose run was cut
// short by a panic or a time-out, has its remaining exercises re-checked one
// by one, so each gets its own verdict.
func (c *Checker) CheckAll(ctx context.Context, exercises ...Exercise) []Result {
	if len(exercises) == 0 {
		exercises = Catalog()
	}
	start := time.Now()
	results := make([]Result, len(exercises))
	if c.Dir == "" {
		for i, e := range exercises {
			results[i] = Result{Exercise: e, Status: RunError, Err: errors.New("no exercises directory given")}
		}
		return results
	}
	tests := make([][]string, len(exercises))
	var names, pkgs []string
	seenPkg := map[string]bool{}
	for i, e := range exercises {
		results[i].Exercise = e
		ts, err := c.testNames(e)
		if err != nil {
			results[i].Status, results[i].Err = RunError, err
			continue
		}
		tests[i] = ts
		names = append(names, ts...)
		if !seenPkg[e.Package()] {
			seenPkg[e.Package()] = true
			pkgs = append(pkgs, "./"+e.Package())
		}
	}
	if len(pkgs) > 0 {
		run := c.goTest(pkgs, runPattern(names), nil).exec(ctx)
		modPath := c.modulePath()
		for i, e := range exercises {
			if tests[i] == nil {
				continue
			}
			if run.err != nil {
				results[i].Status, results[i].Err = RunError, run.err
				continue
			}
			r, complete := c.verdict(e, tests[i], run, modPath, false)
			if complete || run.killed == "canceled" {
				results[i] = r
				continue
			}
			results[i] = c.checkIsolated(ctx, e) // this chapter needs a closer look
		}
	}
	elapsed := time.Since(start)
	for i := range results {
		if results[i].Elapsed == 0 {
			results[i].Elapsed = elapsed
		}
	}
	return results
}

func (c *Checker) checkIsolated(ctx context.Context, e Exercise) Result {
	if c.Dir == "" {
		return Result{Exercise: e, Status: RunError, Err: errors.New("no exercises directory given")}
	}
	dir, err := filepath.Abs(c.Dir)
	if err != nil {
		return Result{Exercise: e, Status: RunError, Err: err}
	}
	if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(e.File))); err != nil {
		return Result{Exercise: e, Status: RunError,
			Err: fmt.Errorf("%s is missing; `descent reset %s` restores the stub", e.File, e.Name)}
	}
	tests, err := c.testNames(e)
	if err != nil {
		return Result{Exercise: e, Status: RunError, Err: err}
	}
	overlay, cleanup, err := siblingsOverlay(dir, e)
	if err != nil {
		return Result{Exercise: e, Status: RunError, Err: err}
	}
	defer cleanup()
	run := c.goTest([]string{"./" + e.Package()}, runPattern(tests), overlay).exec(ctx)
	if run.err != nil {
		return Result{Exercise: e, Status: RunError, Err: run.err}
	}
	r, _ := c.verdict(e, tests, run, c.modulePath(), true)
	return r
}

// siblingsOverlay swaps every other exercise of e's chapter whose file
// differs from its pristine copy (or is missing) for that copy.
func siblingsOverlay(dir string, e Exercise) (map[string]string, func(), error) {
	overlay := map[string]string{}
	tmp := ""
	cleanup := func() {
		if tmp != "" {
			os.RemoveAll(tmp)
		}
	}
	for _, other := range catalog {
		if other.Name == e.Name || other.Package() != e.Package() {
			continue
		}
		pristine, err := Pristine(other)
		if err != nil {
			cleanup()
			return nil, nil, err
		}
		path := filepath.Join(dir, filepath.FromSlash(other.File))
		if cur, err := os.ReadFile(path); err == nil && bytes.Equal(cur, pristine) {
			continue
		}
		if tmp == "" {
			if tmp, err = os.MkdirTemp("", "descent-pristine-"); err != nil {
				return nil, nil, err
			}
		}
		copyPath := filepath.Join(tmp, other.Name+".go")
		if err := os.WriteFile(copyPath, pristine, 0o644); err != nil {
			cleanup()
			return nil, nil, err
		}
		overlay[path] = copyPath
	}
	return overlay, cleanup, nil
}

func (c *Checker) goTest(pkgs []string, run string, overlay map[string]string) *goTest {
	g := &goTest{goBin: c.Go, dir: c.Dir, pkgs: pkgs, run: run, overlay: overlay,
		timeout: c.Timeout, buildTimeout: c.BuildTimeout, maxOutput: c.MaxOutput}
	if g.goBin == "" {
		g.goBin = "go"
	}
	if g.timeout <= 0 {
		g.timeout = DefaultTimeout
	}
	if g.buildTimeout <= 0 {
		g.buildTimeout = DefaultBuildTimeout
	}
	if g.maxOutput <= 0 {
		g.maxOutput = DefaultMaxOutput
	}
	return g
}

// verdict turns one run's events into e's result. complete is false when
// the run said too little about e to judge it fairly (its package did not
// build, or stopped before e's tests ran) and a closer look could say more.
func (c *Checker) verdict(e Exercise, tests []string, run *runResult, modPath string, isolated bool) (r Result, complete bool) {
	r = Result{Exercise: e, Status: Pending}
	p := run.pkgs[modPath+"/"+e.Package()]
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	if run.killed == "canceled" {
		r.Status, r.Err = RunError, errors.New("the check was canceled")
		return r, true
	}
	if p == nil {
		if run.killed == "build time-out" {
			r.Status, r.Err = RunError, fmt.Errorf("compiling took longer than the build time-out (%s)", c.buildTimeout())
			return r, true
		}
		r.Status = RunError
		r.Err = fmt.Errorf("go test did not report on %s", e.Package())
		if s := strings.TrimSpace(run.stderr.String()); s != "" {
			r.Err = fmt.Errorf("go test: %s", firstLines(s, 8))
		}
		return r, isolated
	}
	if p.failedBuild != "" || (p.failed && len(p.tests) == 0 && hasBuildOutput(run)) {
		if !isolated {
			return r, false
		}
		r.Status = CompileError
		var out strings.Builder
		for _, b := range run.buildOutput {
			out.WriteString(b.String())
			r.Truncated = r.Truncated || b.truncated
		}
		out.WriteString(run.stderr.String())
		r.Output = out.String()
		r.Diagnostics = parseDiagnostics(r.Output)
		return r, true
	}

	passed, missing := 0, 0
	for _, name := range tests {
		t := p.tests[name]
		switch {
		case t == nil || t.action == "":
			missing++
		case t.timedOut:
			r.Status, r.Test, r.Timeout = TimedOut, name, timeout
			r.Frame = learnerFrame(t.stack, e)
			r.Output = strings.Join(t.stack, "\n")
		case t.panicMsg != "":
			r.Status, r.Test, r.Panic = Panicked, name, t.panicMsg
			r.Frame = learnerFrame(t.stack, e)
			r.Output = "panic: " + t.panicMsg + "\n" + strings.Join(t.stack, "\n")
		case t.action == "pass" || t.action == "skip":
			passed++
		case t.action == "fail":
			r.Failures = append(r.Failures, TestFailure{Test: name, Output: t.output.String()})
			r.Truncated = r.Truncated || t.output.truncated
		default: // still "run": it never finished
			if p.timedOut || run.killed == "time-out" {
				r.Status, r.Test, r.Timeout = TimedOut, name, timeout
			} else {
				missing++
			}
		}
	}
	if r.Status == TimedOut || r.Status == Panicked {
		return r, true
	}
	if missing > 0 && (p.timedOut || run.killed == "time-out") {
		// The runner had to kill the run itself: go test's own -timeout
		// did not end it.
		r.Status, r.Timeout = TimedOut, timeout
		return r, true
	}
	switch {
	case missing == 0 && len(r.Failures) == 0:
		r.Status = Passed
	case missing == 0:
		r.Status = Failed
	case !isolated:
		return r, false
	default:
		// The test binary ended before these tests reported: os.Exit in
		// the learner's code, say. Show what the package printed.
		r.Status = Failed
		out := p.output.String()
		if out == "" {
			out = "the tests stopped before reporting (did the code call os.Exit?)\n"
		}
		r.Failures = append(r.Failures, TestFailure{Test: e.Package(), Output: out})
	}
	if r.Status == Failed && r.Output == "" {
		for _, f := range r.Failures {
			r.Output += f.Output
		}
	}
	return r, true
}

func (c *Checker) buildTimeout() time.Duration {
	if c.BuildTimeout <= 0 {
		return DefaultBuildTimeout
	}
	return c.BuildTimeout
}

func hasBuildOutput(run *runResult) bool { return len(run.buildOutput) > 0 }

// modulePath reads the module line of the exercises' go.mod.
func (c *Checker) modulePath() string {
	data, err := os.ReadFile(filepath.Join(c.Dir, "go.mod"))
	if err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module "); ok {
				return strings.Trim(strings.TrimSpace(rest), `"`)
			}
		}
	}
	return ModulePath
}

// testNames lists the Test functions in e's test file.
func (c *Checker) testNames(e Exercise) ([]string, error) {
	path := filepath.Join(c.Dir, filepath.FromSlash(e.TestFile()))
	return TestNames(path)
}

// TestNames lists the top-level Test functions declared in a Go test file.
func TestNames(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("the tests %s are missing", filepath.Base(path))
		}
		return nil, fmt.Errorf("reading the tests: %w", err)
	}
	return testNamesIn(filepath.Base(path), data)
}

// pristineTestNames lists the exercise's tests as shipped.
func pristineTestNames(e Exercise) ([]string, error) {
	data, err := PristineFile(e.TestFile())
	if err != nil {
		return nil, err
	}
	return testNamesIn(path.Base(e.TestFile()), data)
}

func testNamesIn(name string, src []byte) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("reading the tests: %w", err)
	}
	var names []string
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if ok && fn.Recv == nil && strings.HasPrefix(fn.Name.Name, "Test") && fn.Name.Name != "TestMain" {
			names = append(names, fn.Name.Name)
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s declares no tests", name)
	}
	return names, nil
}

// runPattern is a -run regexp that matches exactly these top-level tests.
func runPattern(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	return "^(" + strings.Join(quoted, "|") + ")$"
}

var diagLine = regexp.MustCompile(`^(\S+\.go):(\d+)(?::(\d+))?: (.*)$`)

// parseDiagnostics picks the compiler's file:line messages out of build
// output. Lines that continue a message (indented) are joined to it.
func parseDiagnostics(out string) []Diagnostic {
	var ds []Diagnostic
	for _, line := range strings.Split(out, "\n") {
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		if m := diagLine.FindStringSubmatch(line); m != nil {
			l, _ := strconv.Atoi(m[2])
			col, _ := strconv.Atoi(m[3])
			ds = append(ds, Diagnostic{File: strings.TrimPrefix(m[1], "./"), Line: l, Col: col, Message: m[4]})
			continue
		}
		if (strings.HasPrefix(line, "\t") || strings.HasPrefix(line, " ")) && len(ds) > 0 {
			ds[len(ds)-1].Message += "\n" + strings.TrimSpace(line)
			continue
		}
		if strings.HasPrefix(line, "FAIL") || strings.HasPrefix(line, "ok ") {
			continue
		}
		ds = append(ds, Diagnostic{Message: strings.TrimSpace(line)})
	}
	return ds
}

// learnerFrame finds, in a goroutine dump, the first frame in the
// exercise's own file; failing that, the first in its package directory
// outside the tests; failing that, the first in its test file.
func learnerFrame(stack []string, e Exercise) *Frame {
	var inPkg, inTest *Frame
	file := "/" + e.File
	dir := "/" + e.Package() + "/"
	testFile := "/" + e.TestFile()
	for i := 1; i < len(stack); i++ {
		loc := strings.TrimSpace(stack[i])
		if !strings.HasPrefix(stack[i], "\t") {
			continue
		}
		if j := strings.LastIndex(loc, " +0x"); j >= 0 {
			loc = loc[:j]
		}
		colon := strings.LastIndex(loc, ":")
		if colon < 0 {
			continue
		}
		path := filepath.ToSlash(loc[:colon])
		line, err := strconv.Atoi(loc[colon+1:])
		if err != nil {
			continue
		}
		fn := strings.TrimSpace(stack[i-1])
		if k := strings.LastIndex(fn, "("); k > 0 {
			fn = fn[:k]
		}
		f := &Frame{Function: fn, File: loc[:colon], Line: line}
		switch {
		case strings.HasSuffix(path, file):
			return f
		case strings.HasSuffix(path, testFile):
			if inTest == nil {
				inTest = f
			}
		case strings.Contains(path, dir) && !strings.HasSuffix(path, "_test.go") && inPkg == nil:
			inPkg = f
		}
	}
	if inPkg != nil {
		return inPkg
	}
	return inTest
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "\n")
}
