package runner

import (
	"context"
	"descent/cli"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults for a Checker's zero fields.
const (
	// DefaultTimeout bounds each run of the tests (wall clock). Compiling
	// is not counted: see BuildTimeout.
	DefaultTimeout = 10 * time.Second
	// DefaultBuildTimeout bounds compiling. A first build on a cold cache
	// compiles the standard library too and can take a minute on a slow
	// machine; later builds take well under a second.
	DefaultBuildTimeout = 3 * time.Minute
	// DefaultMemory caps the memory the tests and every process they start
	// may use together.
	DefaultMemory = 1 << 30
	// DefaultProcs caps the processes and threads the tests may run at
	// once (the Go runtime itself uses a handful of threads).
	DefaultProcs = 128
	// DefaultMaxOutput is how many bytes of output are kept at each end of
	// a stream; the middle of a flood is dropped and the report says so.
	DefaultMaxOutput = 16 << 10
)

// A Checker checks exercises. Only Dir is required (and only for the
// methods that read the learner's files).
//
// A check builds the exercise's tests as shipped (the pristine copies
// embedded in descent) with the learner's solution file and nothing else of
// theirs, runs the test binary under a wrapper that limits time, memory,
// processes and output and leaves no process behind, and takes the verdict
// only from the test harness's signed report: see the package doc.
type Checker struct {
	Dir          string        // the exercises module (see FindDir)
	Timeout      time.Duration // a run of the tests; DefaultTimeout if 0
	BuildTimeout time.Duration // compiling; DefaultBuildTimeout if 0
	Memory       int64         // bytes; DefaultMemory if 0
	Procs        int           // processes; DefaultProcs if 0
	MaxOutput    int           // bytes kept at each end of the output; DefaultMaxOutput if 0
	Go           string        // the go command; "go" from PATH if empty
	// Sandbox, when set, wraps the test binary's command line (a workshop
	// server puts bubblewrap here). It gets and returns argv.
	Sandbox func(argv []string) []string
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

// CheckExercise checks the learner's file for e in c.Dir.
func (c *Checker) CheckExercise(ctx context.Context, e Exercise) Result {
	src, r, ok := c.readSolution(e)
	if !ok {
		return r
	}
	return c.CheckSource(ctx, e, src)
}

// readSolution reads the learner's file for e.
func (c *Checker) readSolution(e Exercise) ([]byte, Result, bool) {
	if c.Dir == "" {
		return nil, Result{Exercise: e, Status: RunError, Err: errors.New("no exercises directory given")}, false
	}
	src, err := os.ReadFile(filepath.Join(c.Dir, filepath.FromSlash(e.File)))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			err = fmt.Errorf("%s is missing; `%s` restores the stub", e.File, cli.Line("reset "+e.Name))
		}
		return nil, Result{Exercise: e, Status: RunError, Err: err}, false
	}
	return src, Result{}, true
}

// CheckSource checks src as the solution of e: the learner's file, or a
// file submitted to a workshop server. Nothing else is read from c.Dir.
func (c *Checker) CheckSource(ctx context.Context, e Exercise, src []byte) Result {
	start := time.Now()
	r := c.checkSource(ctx, e, src)
	r.Exercise, r.Elapsed, r.SourceHash = e, time.Since(start), HashSource(src)
	return r
}

func (c *Checker) checkSource(ctx context.Context, e Exercise, src []byte) Result {
	if err := checkRules(e, src); err != nil {
		return Result{Status: Rejected, Cause: err.Error()}
	}
	b, err := newBuild([]Exercise{e}, map[string][]byte{e.Name: src})
	if err != nil {
		return Result{Status: RunError, Err: err}
	}
	defer b.cleanup()
	bin, res, ok := c.compile(ctx, b, e)
	if !ok {
		return res
	}
	run, err := c.runContained(ctx, bin, b.pkgDir(), c.limits(1))
	if err != nil {
		if ctx.Err() != nil {
			return Result{Status: RunError, Err: errors.New("the check was canceled")}
		}
		return Result{Status: RunError, Err: err}
	}
	r, _ := c.judge(e, b.tests[e.Name], run, false)
	return r
}

// CheckAll checks the given exercises (the whole catalog if none are
// given) in c.Dir and returns their results in the same order. The
// exercises of a chapter are built and run together; a chapter that does
// not build, or whose run ends early, has its unsettled exercises checked
// one by one, so each gets its own verdict.
func (c *Checker) CheckAll(ctx context.Context, exercises ...Exercise) []Result {
	if len(exercises) == 0 {
		exercises = Catalog()
	}
	srcs := make([][]byte, len(exercises))
	pre := make([]*Result, len(exercises))
	for i, e := range exercises {
		src, r, ok := c.readSolution(e)
		if !ok {
			r.Exercise = e
			pre[i] = &r
		}
		srcs[i] = src
	}
	return c.checkSources(ctx, exercises, srcs, pre)
}

// CheckSources checks srcs[i] as the solution of exercises[i], reading
// nothing from c.Dir, and returns the results in the same order: CheckAll
// for files that are not on disk (a workshop's submissions, a test's wrong
// solutions). An exercise may appear more than once; each appearance is
// checked on its own.
func (c *Checker) CheckSources(ctx context.Context, exercises []Exercise, srcs [][]byte) []Result {
	return c.checkSources(ctx, exercises, srcs, make([]*Result, len(exercises)))
}

func (c *Checker) checkSources(ctx context.Context, exercises []Exercise, srcs [][]byte, pre []*Result) []Result {
	start := time.Now()
	results := make([]Result, len(exercises))
	// Batches: one chapter package each, an exercise at most once.
	var batches [][]int
	open := map[string]int{} // package → the batch being filled
	for i, e := range exercises {
		results[i].Exercise = e
		if pre[i] != nil {
			results[i] = *pre[i]
			continue
		}
		k, ok := open[e.Package()]
		if ok {
			for _, j := range batches[k] {
				if exercises[j].Name == e.Name {
					ok = false
					break
				}
			}
		}
		if !ok {
			batches = append(batches, nil)
			k = len(batches) - 1
			open[e.Package()] = k
		}
		batches[k] = append(batches[k], i)
	}
	// Batches are independent: run as many at once as there are cores.
	var wg sync.WaitGroup
	work := make(chan []int)
	for range min(runtime.NumCPU(), len(batches)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for idx := range work {
				c.checkBatch(ctx, exercises, srcs, idx, results)
			}
		}()
	}
	for _, idx := range batches {
		if ctx.Err() != nil {
			break
		}
		work <- idx
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)
	for i := range results {
		if ctx.Err() != nil && results[i].Status == Pending {
			results[i].Status, results[i].Err = RunError, errors.New("the check was canceled")
		}
		if results[i].Elapsed == 0 {
			results[i].Elapsed = elapsed
		}
		results[i].Exercise = exercises[i]
	}
	return results
}

// checkBatch settles results[idx...]: distinct exercises of one chapter
// package, built and run together.
func (c *Checker) checkBatch(ctx context.Context, exercises []Exercise, all [][]byte, idx []int, results []Result) {
	var batch []Exercise
	var at []int
	srcs := map[string][]byte{}
	for _, i := range idx {
		e := exercises[i]
		if err := checkRules(e, all[i]); err != nil {
			results[i] = Result{Status: Rejected, Cause: err.Error(), SourceHash: HashSource(all[i])}
			continue
		}
		batch = append(batch, e)
		at = append(at, i)
		srcs[e.Name] = all[i]
	}
	c.settle(ctx, batch, at, srcs, results)
}

// settle checks the batch together and narrows down what spoils it: a
// batch that does not build is split in two (one file's error must not
// cost every other file a build of its own); a run that ends early is
// pinned on the exercise whose test was running, which is checked alone,
// while the rest, still unsettled, are checked together again.
func (c *Checker) settle(ctx context.Context, batch []Exercise, at []int, srcs map[string][]byte, results []Result) {
	if ctx.Err() != nil {
		return
	}
	if len(batch) == 1 {
		results[at[0]] = c.CheckSource(ctx, batch[0], srcs[batch[0].Name])
		return
	}
	b, err := newBuild(batch, srcs)
	if err != nil {
		for k := range batch {
			results[at[k]] = Result{Status: RunError, Err: err}
		}
		return
	}
	defer b.cleanup()
	if _, _, ok := c.compile(ctx, b, batch[0]); !ok {
		half := len(batch) / 2
		c.settle(ctx, batch[:half], at[:half], srcs, results)
		c.settle(ctx, batch[half:], at[half:], srcs, results)
		return
	}
	bin := filepath.Join(b.root, b.pkg+".test")
	run, err := c.runContained(ctx, bin, b.pkgDir(), c.limits(len(batch)))
	if err != nil {
		for k := range batch {
			results[at[k]] = c.CheckSource(ctx, batch[k], srcs[batch[k].Name])
		}
		return
	}
	culprit := b.exerciseRunningAtTheEnd(run)
	var again []Exercise
	var againAt []int
	for k, e := range batch {
		r, settled := c.judge(e, b.tests[e.Name], run, true)
		switch {
		case settled:
			r.SourceHash = HashSource(srcs[e.Name])
			results[at[k]] = r
		case e.Name == culprit || culprit == "":
			results[at[k]] = c.CheckSource(ctx, e, srcs[e.Name])
		default:
			again, againAt = append(again, e), append(againAt, at[k])
		}
	}
	if len(again) > 0 {
		c.settle(ctx, again, againAt, srcs, results)
	}
}

// exerciseRunningAtTheEnd names the exercise whose test had started but
// not ended when the run stopped ("" if none had).
func (b *build) exerciseRunningAtTheEnd(run *containedRun) string {
	running := ""
	for _, ev := range run.events {
		switch ev.Kind {
		case "start":
			running = ev.Test
		case "end":
			if ev.Test == running {
				running = ""
			}
		}
	}
	for name, tests := range b.tests {
		for _, t := range tests {
			if t == running {
				return name
			}
		}
	}
	return ""
}

func (c *Checker) timeout() time.Duration {
	if c.Timeout <= 0 {
		return DefaultTimeout
	}
	return c.Timeout
}

func (c *Checker) buildTimeout() time.Duration {
	if c.BuildTimeout <= 0 {
		return DefaultBuildTimeout
	}
	return c.BuildTimeout
}

// limits are the run's limits; a chapter run together gets a little more
// time (its exercises' tests run one after another) but the same memory.
func (c *Checker) limits(exercises int) runLimits {
	l := runLimits{timeout: c.timeout(), memory: c.Memory, procs: c.Procs, keep: c.MaxOutput}
	if exercises > 1 {
		l.timeout += time.Duration(min(exercises-1, 4)) * c.timeout() / 4
	}
	if l.memory <= 0 {
		l.memory = DefaultMemory
	}
	if l.procs <= 0 {
		l.procs = DefaultProcs
	}
	if l.keep <= 0 {
		l.keep = DefaultMaxOutput
	}
	return l
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
	_, names, err := wrapTests(path.Base(e.TestFile()), data)
	return names, err
}

func testNamesIn(name string, src []byte) ([]string, error) {
	_, names, err := wrapTests(name, src)
	return names, err
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
