package runner

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// A testOutcome is what the harness said about one test.
type testOutcome struct {
	started, ended             bool
	failed, skipped, completed bool
	notes                      []string
	panicMsg, panicStack       string
}

// judge turns one contained run into e's result. In a chapter run
// (batch), settled is false when the run said too little about e to judge
// it fairly alone (it ended early, before or after e's tests): checking e
// on its own will say more.
func (c *Checker) judge(e Exercise, tests []string, run *containedRun, batch bool) (r Result, settled bool) {
	rep := run.report
	r = Result{Exercise: e, Tests: len(tests), Ran: time.Duration(rep.ElapsedMS) * time.Millisecond}
	r.Printed, r.PrintedBytes = printed(rep)
	lim := c.limits(1)

	outcomes := map[string]*testOutcome{}
	var running string // a test that started and never ended
	var last string    // the last test that started
	finished, finishCode := false, 0
	for _, ev := range run.events {
		o := outcomes[ev.Test]
		if o == nil && ev.Test != "" {
			o = &testOutcome{}
			outcomes[ev.Test] = o
		}
		switch ev.Kind {
		case "start":
			o.started = true
			running, last = ev.Test, ev.Test
		case "note":
			o.notes = append(o.notes, ev.Msg)
		case "panic":
			o.panicMsg, o.panicStack = ev.Msg, ev.Stack
		case "end":
			o.ended, o.failed, o.skipped, o.completed = true, ev.Failed, ev.Skipped, ev.Completed
			if running == ev.Test {
				running = ""
			}
		case "finish":
			finished, finishCode = true, ev.Code
		}
	}
	if run.tampered != "" {
		r.Status, r.Cause = Crashed, run.tampered+": a check only believes the test harness"
		return r, true
	}
	if rep.Limit == "canceled" {
		r.Status, r.Err = RunError, fmt.Errorf("the check was canceled")
		return r, true
	}

	allEnded := true
	for _, name := range tests {
		o := outcomes[name]
		if o == nil || !o.ended {
			allEnded = false
			continue
		}
		switch {
		case o.panicMsg != "":
			if r.Status != Panicked {
				r.Status, r.Test, r.Panic = Panicked, name, o.panicMsg
				r.Frame = learnerFrame(strings.Split(o.panicStack, "\n"), e)
				r.Output = "panic: " + o.panicMsg + "\n" + o.panicStack
			}
		case o.skipped:
			r.Failures = append(r.Failures, TestFailure{Test: name, Output: "the test was skipped: a check counts a skip as a failure\n"})
		case o.failed:
			msg := strings.Join(o.notes, "\n")
			if msg == "" {
				// A test that reported with t.Errorf rather than through
				// the harness: its words are in the output. The harness
				// said it failed; the words are only shown.
				msg = failureText(rep.Stdout.Head+"\n"+rep.Stdout.Tail, name)
			}
			if msg == "" {
				msg = "the test failed without a message of its own"
			}
			r.Failures = append(r.Failures, TestFailure{Test: name, Output: msg + "\n"})
		case !o.completed:
			r.Failures = append(r.Failures, TestFailure{Test: name, Output: "the test stopped before it finished (runtime.Goexit in your code?)\n"})
		default:
			r.TestsPassed++
		}
	}
	clean := finished && rep.Limit == "" && rep.Signal == ""
	if allEnded && r.Status != Panicked {
		switch {
		case len(r.Failures) > 0:
			r.Status = Failed
			r.Output = joinFailures(r.Failures)
			return r, true
		case clean && (batch || (finishCode == 0 && rep.Exit == 0)):
			r.Status = Passed
			return r, true
		case batch:
			return r, false // the run ended badly after e's tests: look again alone
		}
	}
	if batch {
		return r, false
	}
	if r.Status == Panicked {
		return r, true
	}
	if running == "" {
		running = last
	}
	return c.crashed(r, e, rep, lim, running, finished), true
}

// crashed names why a run ended before every test reported.
func (c *Checker) crashed(r Result, e Exercise, rep containReport, lim runLimits, running string, finished bool) Result {
	crash := rep.Stderr.Crash
	frame := learnerFrame(strings.Split(crash, "\n"), e)
	where := ""
	if frame != nil {
		where = fmt.Sprintf(" at %s:%d", shortPath(frame.File), frame.Line)
	}
	in := ""
	if running != "" {
		in = " in " + running
	}
	r.Test, r.Frame, r.Output = running, frame, crash
	flood := ""
	if total := rep.Stdout.Bytes + rep.Stderr.Bytes; total > 1<<20 {
		flood = fmt.Sprintf(" (it printed %s meanwhile)", megabytes(total))
	}
	switch {
	case rep.Limit == "timeout":
		r.Status, r.Timeout = TimedOut, lim.timeout
		r.Cause = fmt.Sprintf("timed out after %s%s%s%s: is there a loop that never ends?", seconds(lim.timeout), in, where, flood)
		return r
	case rep.Limit == "memory" || outOfMemory.MatchString(crash):
		r.Status = Crashed
		r.Cause = fmt.Sprintf("used more than %s of memory%s%s: is something growing without end?", mebibytes(lim.memory), in, where)
		return r
	case rep.Limit == "procs":
		r.Status = Crashed
		r.Cause = fmt.Sprintf("reached the limit of %d processes and threads%s: does the code start processes in a loop?", lim.procs, in)
		return r
	case stackOverflow.MatchString(crash):
		r.Status = Crashed
		r.Cause = fmt.Sprintf("infinite recursion? the stack overflowed%s%s", where, in)
		return r
	}
	if m := panicLine.FindStringSubmatch(crash); m != nil && !strings.HasPrefix(crash, "SIGQUIT") {
		// A panic the harness did not see: the test framework's own, after
		// a test ended early (runtime.Goexit, panic(nil)).
		r.Status, r.Panic = Panicked, strings.TrimSuffix(strings.TrimSpace(m[1]), " [recovered]")
		return r
	}
	if m := fatalError.FindStringSubmatch(crash); m != nil {
		r.Status = Crashed
		what := strings.TrimSpace(m[1])
		if strings.HasPrefix(what, "concurrent map") {
			r.Cause = fmt.Sprintf("%s%s%s: a map was used by two goroutines at once without a lock", what, where, in)
		} else {
			r.Cause = fmt.Sprintf("the Go runtime stopped the program: %s%s%s", what, where, in)
		}
		return r
	}
	r.Status = Crashed
	switch {
	case rep.Signal != "":
		r.Cause = fmt.Sprintf("the program was killed by a signal (%s)%s", rep.Signal, in)
	case finished:
		r.Cause = fmt.Sprintf("the program ended with status %d after the tests", rep.Exit)
	case running == "" && !anyStarted(r):
		r.Cause = fmt.Sprintf("the program exited (status %d) before the tests started: os.Exit or syscall.Exit in init or a package-level variable?", rep.Exit)
	default:
		r.Cause = fmt.Sprintf("the program exited (status %d) before the tests finished%s: os.Exit or syscall.Exit in your code?", rep.Exit, in)
	}
	return r
}

func anyStarted(r Result) bool { return r.TestsPassed > 0 || len(r.Failures) > 0 }

var (
	stackOverflow = regexp.MustCompile(`(?m)^(fatal error: stack overflow|runtime: goroutine stack exceeds)`)
	outOfMemory   = regexp.MustCompile(`(?m)^(fatal error: (runtime: )?out of memory|runtime: out of memory)`)
	fatalError    = regexp.MustCompile(`(?m)^fatal error: (.*)$`)
	panicLine     = regexp.MustCompile(`(?m)^panic: (.*)$`)
	// testingLine matches the test framework's own lines in standard
	// output, which are not the learner's printing.
	testingLine = regexp.MustCompile(`^(--- (FAIL|PASS|SKIP): |=== (RUN|PAUSE|CONT|NAME) |FAIL$|PASS$|ok\s|exit status \d+$|testing: warning)`)
	testingMsg  = regexp.MustCompile(`^    \S+_test\.go:\d+: `)
)

// printed is what the learner's code printed, the test framework's lines
// taken out: a few lines from each end, none too wide, and between them
// how much of a flood was cut.
func printed(rep containReport) (string, int64) {
	const ends = 15
	head := learnerLines(rep.Stdout.Head)
	var tail []string
	cut := ""
	if rep.Stdout.Tail != "" {
		tail = learnerLines(rep.Stdout.Tail)
		if n := rep.Stdout.Bytes - int64(len(rep.Stdout.Head)) - int64(len(rep.Stdout.Tail)); n > 0 {
			cut = fmt.Sprintf("… %s of output cut …", megabytes(n))
		}
	}
	if len(tail) == 0 && len(head) > 2*ends+1 {
		head, tail = head[:ends], head[len(head)-ends:]
		cut = "… lines cut …"
	}
	if len(head) > ends && len(tail) > 0 {
		head = head[:ends]
	}
	if len(tail) > ends {
		tail = tail[len(tail)-ends:]
	}
	lines := head
	if cut != "" {
		lines = append(lines, cut)
	}
	lines = append(lines, tail...)
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	if len(lines) == 0 {
		return "", rep.Stdout.Bytes
	}
	const width = 160
	for i, line := range lines {
		if r := []rune(line); len(r) > width {
			lines[i] = string(r[:width]) + fmt.Sprintf("… (%d more characters)", len(r)-width)
		}
	}
	return strings.Join(lines, "\n") + "\n", rep.Stdout.Bytes
}

// learnerLines splits output into lines, leaving out the test framework's.
func learnerLines(text string) []string {
	var keep []string
	inMsg := false
	for _, line := range strings.Split(text, "\n") {
		switch {
		case testingLine.MatchString(line):
			inMsg = false
			continue
		case testingMsg.MatchString(line):
			inMsg = true
			continue
		case inMsg && strings.HasPrefix(line, "        "):
			continue
		}
		inMsg = false
		keep = append(keep, line)
	}
	return keep
}

// failureText finds what the test framework printed for a failed test:
// the indented lines under "--- FAIL: name", their file:line prefix cut.
func failureText(out, name string) string {
	var b strings.Builder
	in := false
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, "--- FAIL: "+name+" ("):
			in = true
		case in && strings.HasPrefix(line, "    "):
			line = strings.TrimPrefix(line, "    ")
			if m := testingMsg.FindStringIndex("    " + line); m != nil {
				line = line[m[1]-4:]
			}
			b.WriteString(line + "\n")
		default:
			in = false
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func joinFailures(fs []TestFailure) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(f.Output)
	}
	return b.String()
}

func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", (n+1023)/1024)
	}
	return fmt.Sprintf("%.0f MB", float64(n)/(1<<20))
}

func mebibytes(n int64) string {
	if n >= 1<<30 && n%(1<<30) == 0 {
		return fmt.Sprintf("%d GiB", n>>30)
	}
	return fmt.Sprintf("%d MiB", n>>20)
}

func seconds(d interface{ Seconds() float64 }) string {
	return fmt.Sprintf("%g s", d.Seconds())
}
