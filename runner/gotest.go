package runner

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// killGrace is how long past the time-out the runner waits for go test's own
// -timeout to end a package before it kills the process group itself.
const killGrace = 2 * time.Second

// errNoGo is what a learner sees when go is not installed or not on PATH.
var errNoGo = errors.New("the go command was not found on PATH: install Go (https://go.dev/dl) and check that `go version` works in this terminal")

// goTest is one `go test -json` invocation.
type goTest struct {
	goBin        string
	dir          string
	pkgs         []string          // patterns such as "./ch01"
	run          string            // -run regexp; "" runs every test
	overlay      map[string]string // absolute path → absolute path of its replacement
	timeout      time.Duration     // per package, from its test binary's start
	buildTimeout time.Duration     // for the whole invocation's compiling
	maxOutput    int               // bytes kept per test and per package
	workspace    bool              // honour go.work (only the project's own tests want this)
}

// testRun is what one test reported.
type testRun struct {
	name      string
	action    string // "run", "pass", "fail" or "skip"
	output    capped
	panicMsg  string // set when the test's output contained a panic
	stack     []string
	timedOut  bool
	inPanic   bool
	stackSize int
}

// pkgRun is what one package reported.
type pkgRun struct {
	importPath  string
	started     time.Time // when its test binary started; zero until then
	done        bool      // the package-level pass or fail arrived
	failed      bool
	failedBuild string // the import path whose build failed, if any
	tests       map[string]*testRun
	order       []string
	output      capped // package-level output (not inside a test)
	timedOut    bool   // go test's -timeout fired, or the runner killed it
	timeoutTest string
}

// runResult is everything one invocation produced.
type runResult struct {
	pkgs        map[string]*pkgRun
	buildOutput map[string]*capped // by import path, e.g. "descent/exercises/ch01 [descent/exercises/ch01.test]"
	stderr      capped
	killed      string // why the runner killed the process group, if it did
	err         error  // go could not be started
}

func (r *runResult) pkg(path string) *pkgRun {
	p := r.pkgs[path]
	if p == nil {
		p = &pkgRun{importPath: path, tests: map[string]*testRun{}}
		r.pkgs[path] = p
	}
	return p
}

// testEvent is one line of `go test -json` (cmd/test2json's TestEvent plus
// the build events go test adds).
type testEvent struct {
	Action      string
	Package     string
	Test        string
	Output      string
	ImportPath  string
	FailedBuild string
}

// exec runs the invocation to the end, or until a time-out or ctx kills it.
func (g *goTest) exec(ctx context.Context) *runResult {
	res := &runResult{pkgs: map[string]*pkgRun{}, buildOutput: map[string]*capped{}}
	res.stderr.max = g.maxOutput

	args := []string{"test", "-json", "-vet=off", "-timeout", g.timeout.String()}
	if g.run != "" {
		args = append(args, "-run", g.run)
	}
	if len(g.overlay) > 0 {
		f, err := writeOverlay(g.overlay)
		if err != nil {
			res.err = err
			return res
		}
		defer os.Remove(f)
		args = append(args, "-overlay", f)
	}
	args = append(args, g.pkgs...)

	cmd := exec.Command(g.goBin, args...)
	cmd.Dir = g.dir
	// The exercises module stands alone; a go.work above it must not pull in
	// the product's module graph.
	cmd.Env = os.Environ()
	if !g.workspace {
		cmd.Env = append(cmd.Env, "GOWORK=off")
	}
	// Its own process group, so one signal reaches go, the compiler and the
	// test binaries alike.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Stderr = &res.stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		res.err = err
		return res
	}
	if err := cmd.Start(); err != nil {
		if errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist) {
			res.err = errNoGo
		} else {
			res.err = fmt.Errorf("starting go test: %w", err)
		}
		return res
	}
	pgid := cmd.Process.Pid

	lines := make(chan []byte, 64)
	go readLines(stdout, lines)

	start := time.Now()
	buildDeadline := start.Add(g.buildTimeout + g.timeout + killGrace)
	timer := time.NewTimer(time.Until(buildDeadline))
	defer timer.Stop()
loop:
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				break loop
			}
			g.handle(res, line)
			timer.Reset(time.Until(g.nextDeadline(res, buildDeadline)))
		case <-timer.C:
			now := time.Now()
			res.killed = "build time-out"
			for _, p := range res.pkgs {
				if !p.started.IsZero() && !p.done && now.After(p.started.Add(g.timeout)) {
					p.timedOut = true
					res.killed = "time-out"
				}
			}
			if res.killed == "build time-out" && now.Before(buildDeadline) {
				timer.Reset(time.Until(g.nextDeadline(res, buildDeadline)))
				continue // a package finished just as its timer fired
			}
			break loop
		case <-ctx.Done():
			res.killed = "canceled"
			break loop
		}
	}
	// Kill the whole group even after a normal exit: a learner's test may
	// have started processes of its own. The leader is not yet reaped, so its
	// id cannot have been reused.
	_ = syscall.Kill(-pgid, syscall.SIGKILL)
	drain(lines, 5*time.Second)
	_ = cmd.Wait()
	return res
}

// nextDeadline is the earliest moment the runner must step in.
func (g *goTest) nextDeadline(res *runResult, buildDeadline time.Time) time.Time {
	next := buildDeadline
	for _, p := range res.pkgs {
		if !p.started.IsZero() && !p.done {
			if d := p.started.Add(g.timeout + killGrace); d.Before(next) {
				next = d
			}
		}
	}
	return next
}

// handle folds one line of go test's output into res.
func (g *goTest) handle(res *runResult, line []byte) {
	var ev testEvent
	if err := json.Unmarshal(line, &ev); err != nil || ev.Action == "" {
		// go prints some messages as plain text even with -json.
		res.stderr.Write(line)
		res.stderr.Write([]byte("\n"))
		return
	}
	switch ev.Action {
	case "build-output":
		b := res.buildOutput[ev.ImportPath]
		if b == nil {
			b = &capped{max: g.maxOutput}
			res.buildOutput[ev.ImportPath] = b
		}
		b.Write([]byte(ev.Output))
		return
	case "build-fail":
		return
	}
	p := res.pkg(ev.Package)
	if ev.Test == "" {
		switch ev.Action {
		case "start":
			p.started = time.Now()
		case "output":
			if p.output.max == 0 {
				p.output.max = g.maxOutput
			}
			p.output.Write([]byte(ev.Output))
		case "pass", "fail", "skip":
			p.done = true
			p.failed = ev.Action == "fail"
			p.failedBuild = ev.FailedBuild
		}
		return
	}
	t := p.tests[ev.Test]
	if t == nil {
		t = &testRun{name: ev.Test, output: capped{max: g.maxOutput}}
		p.tests[ev.Test] = t
		p.order = append(p.order, ev.Test)
	}
	switch ev.Action {
	case "run", "pause", "cont":
		if t.action == "" {
			t.action = "run"
		}
	case "pass", "fail", "skip":
		t.action = ev.Action
	case "output":
		t.observe(ev.Output, p)
	}
}

// observe reads one line of a test's output: it keeps the test's messages
// (capped) and, uncapped, spots a panic or a time-out and the stack after it.
func (t *testRun) observe(out string, p *pkgRun) {
	line := strings.TrimRight(out, "\n")
	switch {
	case strings.HasPrefix(line, "panic: test timed out after"):
		t.timedOut, t.inPanic = true, true
		p.timedOut, p.timeoutTest = true, t.name
		return
	case strings.HasPrefix(line, "panic: ") && t.panicMsg == "":
		msg := strings.TrimPrefix(line, "panic: ")
		msg = strings.TrimSuffix(msg, " [recovered, repanicked]")
		msg = strings.TrimSuffix(msg, " [recovered]")
		t.panicMsg, t.inPanic = msg, true
		return
	}
	if t.inPanic {
		if t.stackSize < 64<<10 { // enough for any stack worth reading
			t.stack = append(t.stack, line)
			t.stackSize += len(line)
		}
		return
	}
	if strings.HasPrefix(line, "=== ") || strings.HasPrefix(line, "--- ") {
		return // go test's own bookkeeping
	}
	t.output.Write([]byte(out))
}

// readLines sends each line of r (without its newline) until EOF. A line
// longer than 1 MiB is cut there: only a broken test prints one.
func readLines(r io.Reader, out chan<- []byte) {
	defer close(out)
	br := bufio.NewReaderSize(r, 64<<10)
	const maxLine = 1 << 20
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) <= maxLine {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if len(buf) > 0 {
			out <- bytes.TrimRight(buf, "\n")
			buf = nil
		}
		if err != nil {
			return
		}
	}
}

// drain empties lines until it is closed or the wait is over.
func drain(lines <-chan []byte, wait time.Duration) {
	t := time.NewTimer(wait)
	defer t.Stop()
	for {
		select {
		case _, ok := <-lines:
			if !ok {
				return
			}
		case <-t.C:
			return
		}
	}
}

// writeOverlay writes go's -overlay JSON file and returns its path.
func writeOverlay(replace map[string]string) (string, error) {
	f, err := os.CreateTemp("", "descent-overlay-*.json")
	if err != nil {
		return "", err
	}
	err = json.NewEncoder(f).Encode(struct{ Replace map[string]string }{replace})
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// capped is a buffer that keeps the first max bytes and notes the rest.
type capped struct {
	buf       bytes.Buffer
	max       int
	truncated bool
}

func (c *capped) Write(p []byte) (int, error) {
	room := c.max - c.buf.Len()
	if room < len(p) {
		c.truncated = true
		if room > 0 {
			c.buf.Write(p[:room])
		}
		return len(p), nil
	}
	c.buf.Write(p)
	return len(p), nil
}

func (c *capped) String() string { return c.buf.String() }
