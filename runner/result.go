package runner

import (
	"fmt"
	"strings"
	"time"
)

// Status is the outcome of checking one exercise.
type Status int

const (
	Pending      Status = iota // not checked (or its package never ran)
	Passed                     // every test passed
	Failed                     // at least one test failed
	CompileError               // the package did not build
	Panicked                   // a test panicked
	TimedOut                   // the tests ran longer than the time-out
	RunError                   // the runner could not run the check at all
	Crashed                    // the program ended before the tests finished: a fatal error, an exit, a limit
	Rejected                   // the solution breaks the rules (imports outside the standard library, …)
)

func (s Status) String() string {
	switch s {
	case Passed:
		return "passed"
	case Failed:
		return "failed"
	case CompileError:
		return "compile error"
	case Panicked:
		return "panicked"
	case TimedOut:
		return "timed out"
	case RunError:
		return "could not run"
	case Crashed:
		return "crashed"
	case Rejected:
		return "not accepted"
	}
	return "pending"
}

// A Diagnostic is one compiler message.
type Diagnostic struct {
	File    string // as the compiler printed it, relative to the package when it can be
	Line    int
	Col     int
	Message string
}

func (d Diagnostic) String() string {
	if d.Line == 0 {
		return d.Message
	}
	if d.Col == 0 {
		return fmt.Sprintf("%s:%d: %s", d.File, d.Line, d.Message)
	}
	return fmt.Sprintf("%s:%d:%d: %s", d.File, d.Line, d.Col, d.Message)
}

// A TestFailure is one failing test and what it said.
type TestFailure struct {
	Test   string
	Output string // the test's own messages, without === RUN / --- FAIL lines
}

// A Frame locates the learner's code in a panic or a time-out.
type Frame struct {
	Function string // e.g. "descent/exercises/ch01.MSE"
	File     string // absolute path
	Line     int
}

// Result is everything a face (command line or TUI) needs to show about one
// check. It holds plain text only: no colours, no terminal codes.
type Result struct {
	Exercise Exercise
	Status   Status
	// SourceHash is the SHA-256 of the solution that was checked (see
	// HashSource): the progress file records it with a pass.
	SourceHash string

	Diagnostics []Diagnostic  // CompileError: the compiler's words
	Failures    []TestFailure // Failed (also the tests that failed before a panic)
	Test        string        // Panicked, TimedOut: the test that was running
	Panic       string        // Panicked: the panic message
	Frame       *Frame        // Panicked, TimedOut: the learner's own frame, if found
	Timeout     time.Duration // TimedOut: the limit that was hit
	// Cause names, in one line, why the check failed when that is more
	// than a failing test: "infinite recursion? the stack overflowed at
	// ch01/mse.go:3", "used more than 1 GiB of memory", an early exit.
	Cause string

	Tests       int // how many tests the exercise has
	TestsPassed int // how many of them passed

	// Printed is what the learner's code printed (standard output and
	// error, the test framework's own lines left out), cut in the middle
	// if it was long; PrintedBytes is how much there was in all.
	Printed      string
	PrintedBytes int64

	Output    string        // the raw output behind the report, capped
	Truncated bool          // Output (or a test's messages) was cut at the cap
	Err       error         // RunError: why the check could not run
	Elapsed   time.Duration // the whole check, compiling included
	Ran       time.Duration // the run of the tests alone
}

// OK reports whether the exercise passed.
func (r Result) OK() bool { return r.Status == Passed }

// Summary is one line: the exercise, its status and the first detail.
func (r Result) Summary() string {
	s := r.Exercise.Name + ": " + r.Status.String()
	switch r.Status {
	case CompileError:
		if len(r.Diagnostics) > 0 {
			s += ": " + r.Diagnostics[0].String()
		}
	case Failed:
		names := make([]string, len(r.Failures))
		for i, f := range r.Failures {
			names[i] = f.Test
		}
		s += ": " + strings.Join(names, ", ")
	case Panicked:
		s += ": " + r.Panic
		if r.Frame != nil {
			s += fmt.Sprintf(" (%s:%d)", shortPath(r.Frame.File), r.Frame.Line)
		}
	case TimedOut, Crashed, Rejected:
		s += ": " + r.Cause
	case RunError:
		if r.Err != nil {
			s += ": " + r.Err.Error()
		}
	}
	return s
}

// Report is the whole readable report, several lines of plain text: the
// verdict first, then the details, then what the code printed.
func (r Result) Report() string {
	var b strings.Builder
	switch r.Status {
	case Passed:
		fmt.Fprintf(&b, "✓ %s passed (%s)\n", r.Exercise.Name, plural(r.Tests, "test"))
	case CompileError:
		fmt.Fprintf(&b, "✗ %s does not compile:\n", r.Exercise.Name)
		for _, d := range r.Diagnostics {
			fmt.Fprintf(&b, "  %s\n", d)
		}
		if len(r.Diagnostics) == 0 && r.Output != "" {
			b.WriteString(indent(r.Output))
		}
		if r.Cause != "" {
			fmt.Fprintf(&b, "  (%s)\n", r.Cause)
		}
	case Failed:
		fmt.Fprintf(&b, "✗ %s: %d of %s failed\n", r.Exercise.Name, len(r.Failures), plural(r.Tests, "test"))
		for _, f := range r.Failures {
			fmt.Fprintf(&b, "--- %s\n%s", f.Test, indent(onceNext(f.Output)))
		}
	case Panicked:
		fmt.Fprintf(&b, "✗ %s panicked in %s: %s\n", r.Exercise.Name, r.Test, r.Panic)
		if r.Frame != nil {
			fmt.Fprintf(&b, "  at %s:%d (%s)\n", shortPath(r.Frame.File), r.Frame.Line, r.Frame.Function)
		}
		for _, f := range r.Failures {
			fmt.Fprintf(&b, "--- %s\n%s", f.Test, indent(f.Output))
		}
	case TimedOut, Crashed:
		fmt.Fprintf(&b, "✗ %s: %s\n", r.Exercise.Name, r.Cause)
		if r.Frame != nil && !strings.Contains(r.Cause, fmt.Sprintf("%s:%d", shortPath(r.Frame.File), r.Frame.Line)) {
			fmt.Fprintf(&b, "  it was running %s:%d (%s)\n", shortPath(r.Frame.File), r.Frame.Line, r.Frame.Function)
		}
	case Rejected:
		fmt.Fprintf(&b, "✗ %s was not checked: %s\n", r.Exercise.Name, r.Cause)
	case RunError:
		fmt.Fprintf(&b, "✗ %s could not be checked: %v\n", r.Exercise.Name, r.Err)
	default:
		fmt.Fprintf(&b, "· %s was not checked\n", r.Exercise.Name)
	}
	if r.Printed != "" {
		fmt.Fprintf(&b, "Your code printed (%s):\n%s", megabytes(r.PrintedBytes), indent(r.Printed))
	}
	if r.Truncated {
		b.WriteString("  (output was cut short: it was larger than the runner keeps)\n")
	}
	return b.String()
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// onceNext keeps the first of a test's identical "next:" lines: a test
// that fails several cases for one reason says what to do once.
func onceNext(s string) string {
	seen := map[string]bool{}
	var out []string
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "next:") {
			if seen[t] {
				continue
			}
			seen[t] = true
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// shortPath keeps the last two elements of a path: "ch01/mse.go".
func shortPath(p string) string {
	p = strings.ReplaceAll(p, "\\", "/")
	parts := strings.Split(p, "/")
	if len(parts) > 2 {
		parts = parts[len(parts)-2:]
	}
	return strings.Join(parts, "/")
}

func indent(s string) string {
	if s == "" {
		return ""
	}
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "  " + strings.TrimPrefix(l, "    ")
	}
	return strings.Join(lines, "\n") + "\n"
}
