package main

// The command-line face of the exercise runner: list, check, watch, hint,
// reset and solution. Everything they do is a call into package runner;
// this file only parses flags, prints and reads keys.

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/term"

	"descent/cli"
	"descent/runner"
)

// exerciseFlags are the flags every exercise command takes.
type exerciseFlags struct {
	dir          *string
	timeout      *time.Duration
	buildTimeout *time.Duration
	memory       *bytesValue
}

func addExerciseFlags(fs *flag.FlagSet) *exerciseFlags {
	f := &exerciseFlags{
		dir: fs.String("dir", "", "the exercises directory (default ./exercises, or $"+runner.EnvDir+")"),
		timeout: durationFlag(fs, "timeout", runner.DefaultTimeout, 100*time.Millisecond, time.Hour,
			"time limit for running an exercise's tests, like 10s (compiling is not counted)"),
		buildTimeout: durationFlag(fs, "build-timeout", runner.DefaultBuildTimeout, time.Second, time.Hour,
			"time limit for compiling, like 3m (a first build on a cold cache can take a minute)"),
		memory: &bytesValue{n: runner.DefaultMemory, min: 64 << 20, max: 64 << 30},
	}
	fs.Var(f.memory, "memory", "memory the tests and everything they start may use together, like 1GiB or 512MiB (64MiB to 64GiB)")
	return f
}

// checker resolves the exercises directory and builds a Checker; on bad
// input it prints one line and returns the exit code.
func (f *exerciseFlags) checker(env *cmdEnv) (*runner.Checker, int) {
	dir, err := runner.FindDir(*f.dir)
	if err != nil {
		return nil, usageError(env, "%v", err)
	}
	return &runner.Checker{Dir: dir, Timeout: *f.timeout, BuildTimeout: *f.buildTimeout, Memory: f.memory.n}, 0
}

// bytesValue is a size flag: 1GiB, 512MiB, 800MB or a plain byte count.
type bytesValue struct {
	n, min, max int64
}

func (v *bytesValue) String() string { return formatBytes(v.n) }

func (v *bytesValue) Set(s string) error {
	t := strings.TrimSpace(s)
	units := []struct {
		suffix string
		scale  int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"GB", 1e9}, {"MB", 1e6}, {"KB", 1e3}, {"G", 1 << 30}, {"M", 1 << 20}, {"B", 1}}
	scale := int64(1)
	for _, u := range units {
		if strings.HasSuffix(t, u.suffix) {
			t, scale = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.scale
			break
		}
	}
	f, err := strconv.ParseFloat(t, 64)
	if err != nil || f != f {
		return fmt.Errorf("%q is not a size: write it like 1GiB or 512MiB", s)
	}
	n := f * float64(scale)
	if n < float64(v.min) || n > float64(v.max) {
		return fmt.Errorf("%s is out of range: it must be from %s to %s", strings.TrimSpace(s), formatBytes(v.min), formatBytes(v.max))
	}
	v.n = int64(n)
	return nil
}

func formatBytes(n int64) string {
	if n%(1<<30) == 0 {
		return fmt.Sprintf("%dGiB", n>>30)
	}
	return fmt.Sprintf("%dMiB", n>>20)
}

// parseArgs parses flags wherever they appear among the positional
// arguments ("check mse --timeout 2s" as well as "check --timeout 2s mse").
func parseArgs(fs *flag.FlagSet, c *command, args []string, env *cmdEnv) (positional []string, done bool, code int) {
	for {
		if done, code := parseFlags(fs, c, args, env); done {
			return nil, true, code
		}
		if fs.NArg() == 0 {
			return positional, false, 0
		}
		positional = append(positional, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// interruptible returns a context that ends on Ctrl-C, so a running check
// is killed with its whole process group rather than left behind.
func interruptible() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt)
}

// progress loads the state file, rebuilding it by checking every exercise
// when it is missing, corrupt or not descent's, and re-checking any
// exercise whose file changed since it passed.
func progress(ctx context.Context, c *runner.Checker, env *cmdEnv) runner.State {
	st, err := runner.LoadState(c.Dir)
	if err != nil {
		fmt.Fprintf(env.stderr, "descent: %v; rebuilding it by checking every exercise…\n", err)
		st.Record(c.CheckAll(ctx)...)
		saveProgress(c, st, env)
		return st
	}
	if len(st.Stale) > 0 {
		var stale []runner.Exercise
		for _, name := range st.Stale {
			if e, err := runner.Find(name); err == nil {
				stale = append(stale, e)
			}
		}
		st.Record(c.CheckAll(ctx, stale...)...)
		saveProgress(c, st, env)
	}
	return st
}

func saveProgress(c *runner.Checker, st runner.State, env *cmdEnv) {
	if err := runner.SaveState(c.Dir, st); err != nil {
		fmt.Fprintf(env.stderr, "descent: could not save progress to %s: %v\n", runner.StatePath(c.Dir), err)
	}
}

// exerciseArg resolves the one optional NAME argument: the named exercise,
// or the first one that has not passed yet.
func exerciseArg(ctx context.Context, cmd string, args []string, c *runner.Checker, env *cmdEnv) (runner.Exercise, bool, int) {
	switch len(args) {
	case 0:
		e, ok := progress(ctx, c, env).Next()
		if !ok {
			fmt.Fprintln(env.stdout, "Every exercise passes. Name one to go back to it.")
			return e, false, 0
		}
		return e, true, 0
	case 1:
		e, err := runner.Find(args[0])
		if err != nil {
			return e, false, usageError(env, "%s: %v", cmd, err)
		}
		return e, true, 0
	}
	return runner.Exercise{}, false, usageError(env, "%s takes one exercise name, got %d arguments: %s", cmd, len(args), strings.Join(args, " "))
}

func runList(args []string, env *cmdEnv) int {
	fs := newFlagSet("list")
	flags := addExerciseFlags(fs)
	rest, done, code := parseArgs(fs, findCommand("list"), args, env)
	if done {
		return code
	}
	if len(rest) > 0 {
		return usageError(env, "list takes no arguments, got %q", strings.Join(rest, " "))
	}
	c, code := flags.checker(env)
	if c == nil {
		return code
	}
	ctx, stop := interruptible()
	defer stop()
	st := progress(ctx, c, env)
	printList(env.stdout, st)
	return 0
}

func printList(w io.Writer, st runner.State) {
	next, more := st.Next()
	fmt.Fprintf(w, "   %-3s %-15s %-17s %-5s %s\n", "#", "exercise", "chapter", "", "what you write")
	done := 0
	for i, e := range runner.Catalog() {
		mark, status := " ", "todo"
		if st.Passed[e.Name] {
			status = "done"
			done++
		}
		if more && e.Name == next.Name {
			mark = "→"
		}
		fmt.Fprintf(w, " %s %-3d %-15s %-17s %-5s %s\n", mark, i+1, e.Name, e.Chapter, status, e.Summary)
	}
	fmt.Fprintf(w, "\n%d/%d done.", done, len(runner.Catalog()))
	if more {
		fmt.Fprintf(w, " Next: %s (exercises/%s): %s", next.Name, next.File, cli.Line("check "+next.Name))
	}
	fmt.Fprintln(w)
}

func runCheck(args []string, env *cmdEnv) int {
	fs := newFlagSet("check")
	flags := addExerciseFlags(fs)
	all := fs.Bool("all", false, "check every exercise")
	rest, done, code := parseArgs(fs, findCommand("check"), args, env)
	if done {
		return code
	}
	if *all && len(rest) > 0 {
		return usageError(env, "check: give an exercise name or --all, not both")
	}
	c, code := flags.checker(env)
	if c == nil {
		return code
	}
	ctx, stop := interruptible()
	defer stop()

	if *all {
		results := c.CheckAll(ctx)
		st, _ := runner.LoadState(c.Dir)
		st.Record(results...)
		saveProgress(c, st, env)
		return reportAll(env, results)
	}
	e, ok, code := exerciseArg(ctx, "check", rest, c, env)
	if !ok {
		return code
	}
	r := c.CheckExercise(ctx, e)
	st := progress(ctx, c, env)
	st.Record(r)
	saveProgress(c, st, env)
	if r.Status == runner.RunError {
		fmt.Fprint(env.stderr, "descent: "+r.Report())
		return 2
	}
	fmt.Fprint(env.stdout, r.Report())
	if !r.OK() {
		fmt.Fprintf(env.stdout, "\nEdit exercises/%s and run `%s` again (or `%s`).\n", e.File, cli.Line("check "+e.Name), cli.Line("hint "+e.Name))
		return 1
	}
	if next, more := st.Next(); more {
		fmt.Fprintf(env.stdout, "Next: %s (exercises/%s): %s\n", next.Name, next.File, next.Summary)
	} else {
		fmt.Fprintln(env.stdout, "That was the last one: every exercise passes.")
	}
	return 0
}

// reportAll prints one line per exercise and returns the exit code: 0 all
// passed, 1 some failed, 2 the runner itself could not check some.
func reportAll(env *cmdEnv, results []runner.Result) int {
	passed, runErrors := 0, 0
	var firstRunError string
	for _, r := range results {
		switch r.Status {
		case runner.Passed:
			passed++
			fmt.Fprintf(env.stdout, "✓ %s\n", r.Exercise.Name)
		case runner.RunError:
			runErrors++
			if firstRunError == "" {
				firstRunError = r.Report()
			}
			fmt.Fprintf(env.stdout, "? %s\n", r.Summary())
		default:
			fmt.Fprintf(env.stdout, "✗ %s\n", firstLine(r.Summary()))
		}
	}
	fmt.Fprintf(env.stdout, "\n%d/%d passed.", passed, len(results))
	if passed < len(results) {
		fmt.Fprintf(env.stdout, " `%s` shows one exercise in full.", cli.Line("check NAME"))
	}
	fmt.Fprintln(env.stdout)
	switch {
	case runErrors > 0:
		fmt.Fprint(env.stderr, "descent: "+firstRunError)
		return 2
	case passed < len(results):
		return 1
	}
	return 0
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func runHint(args []string, env *cmdEnv) int {
	fs := newFlagSet("hint")
	flags := addExerciseFlags(fs)
	rest, done, code := parseArgs(fs, findCommand("hint"), args, env)
	if done {
		return code
	}
	if len(rest) > 0 {
		if _, ok, code := exerciseArg(context.Background(), "hint", rest, nil, env); !ok {
			return code
		}
	}
	// Hints are graded: the progress file remembers how many were seen.
	c, code := flags.checker(env)
	if c == nil {
		return code
	}
	ctx, stop := interruptible()
	defer stop()
	e, ok, code := exerciseArg(ctx, "hint", rest, c, env)
	if !ok {
		return code
	}
	st := progress(ctx, c, env)
	printHint(env.stdout, &st, e)
	saveProgress(c, st, env)
	return 0
}

// printHint shows the exercise's next hint and counts it as seen.
func printHint(w io.Writer, st *runner.State, e runner.Exercise) {
	hint, n, of := st.NextHint(e)
	fmt.Fprintf(w, "%s (exercises/%s): %s\n  Hint %d of %d: %s\n  Read: chapter %s, %q.\n", e.Name, e.File, e.Summary, n, of, hint, e.Chapter, e.Section)
	if n < of {
		fmt.Fprintf(w, "  Stuck still? `%s` again gives the next hint.\n", cli.Line("hint "+e.Name))
	}
}

func runReset(args []string, env *cmdEnv) int {
	fs := newFlagSet("reset")
	flags := addExerciseFlags(fs)
	yes := fs.Bool("yes", false, "do not ask for confirmation (for scripts)")
	rest, done, code := parseArgs(fs, findCommand("reset"), args, env)
	if done {
		return code
	}
	if len(rest) != 1 {
		return usageError(env, "reset needs exactly one exercise name (see `%s`)", cli.Line("list"))
	}
	e, err := runner.Find(rest[0])
	if err != nil {
		return usageError(env, "reset: %v", err)
	}
	c, code := flags.checker(env)
	if c == nil {
		return code
	}
	edited, err := runner.Edited(c.Dir, e)
	if err != nil {
		fmt.Fprintf(env.stderr, "descent: reset: %v\n", err)
		return 2
	}
	if !edited && fileExists(filepath.Join(c.Dir, filepath.FromSlash(e.File))) {
		fmt.Fprintf(env.stdout, "exercises/%s is already the original stub: nothing to reset.\n", e.File)
		return 0
	}
	if !*yes {
		fmt.Fprintf(env.stdout, "Reset exercises/%s to the original stub? Your version will be kept beside it as a .bak file. [y/N] ", e.File)
		answer, err := bufio.NewReader(env.stdin).ReadString('\n')
		if a := strings.ToLower(strings.TrimSpace(answer)); a != "y" && a != "yes" {
			if a == "" && err != nil {
				fmt.Fprintln(env.stdout, "\nNothing changed (no answer; scripts can pass --yes).")
			} else {
				fmt.Fprintln(env.stdout, "Nothing changed.")
			}
			return 0
		}
	}
	backup, err := runner.Reset(c.Dir, e, time.Now())
	if err != nil {
		fmt.Fprintf(env.stderr, "descent: reset: %v\n", err)
		return 2
	}
	if st, err := runner.LoadState(c.Dir); err == nil {
		st.Record(runner.Result{Exercise: e, Status: runner.Failed}) // the stub does not pass
		saveProgress(c, st, env)
	}
	fmt.Fprintf(env.stdout, "exercises/%s is the original stub again.\n", e.File)
	if backup != "" {
		rel, err := filepath.Rel(c.Dir, backup)
		if err != nil {
			rel = backup
		}
		fmt.Fprintf(env.stdout, "Your version is in exercises/%s.\n", filepath.ToSlash(rel))
	}
	return 0
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func runSolution(args []string, env *cmdEnv) int {
	fs := newFlagSet("solution")
	flags := addExerciseFlags(fs)
	force := fs.Bool("force", false, "show the answer even though the exercise does not pass yet")
	rest, done, code := parseArgs(fs, findCommand("solution"), args, env)
	if done {
		return code
	}
	if len(rest) != 1 {
		return usageError(env, "solution needs exactly one exercise name (see `%s`)", cli.Line("list"))
	}
	e, err := runner.Find(rest[0])
	if err != nil {
		return usageError(env, "solution: %v", err)
	}
	if !*force {
		c, code := flags.checker(env)
		if c == nil {
			return code
		}
		ctx, stop := interruptible()
		defer stop()
		// A pass on record counts only for the file as it is now (LoadState
		// checks its hash); otherwise ask the tests.
		st, _ := runner.LoadState(c.Dir)
		if !st.Passed[e.Name] {
			r := c.CheckExercise(ctx, e)
			st.Record(r)
			saveProgress(c, st, env)
			if !r.OK() {
				fmt.Fprintf(env.stderr, "descent: %s does not pass yet (%s). Finish it first, or run `%s` to see the answer anyway.\n",
					e.Name, r.Status, cli.Line("solution "+e.Name+" --force"))
				return 1
			}
		}
	}
	answer, err := runner.Answer(e)
	if err != nil {
		fmt.Fprintf(env.stderr, "descent: solution: %v\n", err)
		return 2
	}
	fmt.Fprintf(env.stdout, "// The answer to %s (answers/%s):\n\n", e.Name, e.File)
	env.stdout.Write(answer)
	return 0
}

func runWatch(args []string, env *cmdEnv) int {
	fs := newFlagSet("watch")
	flags := addExerciseFlags(fs)
	debounce := durationFlag(fs, "debounce", runner.DefaultDebounce, 0, 10*time.Second,
		"how long a burst of file events must settle before a re-check, like 150ms")
	rest, done, code := parseArgs(fs, findCommand("watch"), args, env)
	if done {
		return code
	}
	if len(rest) > 0 {
		return usageError(env, "watch takes no arguments, got %q (it starts at the first exercise that does not pass)", strings.Join(rest, " "))
	}
	c, code := flags.checker(env)
	if c == nil {
		return code
	}
	ctx, stop := interruptible()
	defer stop()

	out := env.stdout
	keys := make(chan rune, 8)
	raw := false
	if f, ok := env.stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		// One key at a time, without Enter.
		if old, err := term.MakeRaw(int(f.Fd())); err == nil {
			defer term.Restore(int(f.Fd()), old)
			out = crlfWriter{env.stdout} // raw mode does not turn \n into \r\n
			raw = true
			go readKeys(f, keys)
		}
	}
	if !raw {
		go readLineKeys(env.stdin, keys)
	}
	return watchLoop(ctx, c, *debounce, keys, &cmdEnv{stdin: env.stdin, stdout: out, stderr: out})
}

// watchLoop is the watch session: check the current exercise, wait for a
// save or a key, repeat. It returns when the learner quits or ctx ends.
func watchLoop(ctx context.Context, c *runner.Checker, debounce time.Duration, keys <-chan rune, env *cmdEnv) int {
	w, err := runner.NewWatcher(c.Dir, debounce)
	if err != nil {
		fmt.Fprintf(env.stderr, "descent: %v\n", err)
		return 2
	}
	defer w.Close()
	st := progress(ctx, c, env)
	cur, more := st.Next()
	if !more {
		fmt.Fprintf(env.stdout, "Every exercise passes. `%s` re-checks one.\n", cli.Line("check NAME"))
		return 0
	}
	help := func() {
		fmt.Fprintf(env.stdout, "\nWatching exercises/%s. Save it to re-check. Keys: h hint · l list · c check · q quit\n", cur.File)
	}
	// check runs the current exercise. On a pass it says so last, names
	// the next exercise and waits for that file's first save, so the pass
	// is what stays on screen, not the next stub's failures.
	check := func() bool {
		fmt.Fprintf(env.stdout, "\n── %s: checking exercises/%s …\n", cur.Name, cur.File)
		r := c.CheckExercise(ctx, cur)
		if ctx.Err() != nil {
			return false
		}
		st.Record(r)
		saveProgress(c, st, env)
		fmt.Fprint(env.stdout, r.Report())
		if !r.OK() {
			help()
			return true
		}
		next, more := st.Next()
		if !more {
			fmt.Fprintln(env.stdout, "\nThat was the last one: every exercise passes.")
			return false
		}
		passed := cur
		cur = next
		fmt.Fprintf(env.stdout, "\n✓ %s passed. Next: %s (exercises/%s): %s.\n", passed.Name, cur.Name, cur.File, cur.Summary)
		fmt.Fprintf(env.stdout, "Watching exercises/%s: save it to check it. Keys: h hint · l list · c check · q quit\n", cur.File)
		return true
	}
	if !check() {
		return 0
	}
	for {
		select {
		case <-ctx.Done():
			fmt.Fprintln(env.stdout, "\nStopped.")
			return 0
		case ch, ok := <-w.Changes():
			if !ok {
				return 0
			}
			if ch.Exercise.Name == cur.Name && !check() {
				return 0
			}
		case err := <-w.Errors():
			fmt.Fprintf(env.stderr, "descent: watching files: %v\n", err)
		case k, ok := <-keys:
			if !ok {
				keys = nil // stdin ended: keep watching, quit with Ctrl-C
				continue
			}
			switch k {
			case 'h':
				fmt.Fprintln(env.stdout)
				printHint(env.stdout, &st, cur)
				saveProgress(c, st, env)
				help()
			case 'l':
				fmt.Fprintln(env.stdout)
				printList(env.stdout, st)
				help()
			case 'c':
				if !check() {
					return 0
				}
			case 'q', 3: // 3 is Ctrl-C in raw mode
				fmt.Fprintln(env.stdout, "Bye.")
				return 0
			}
		}
	}
}

// readKeys sends each byte typed on a raw terminal.
func readKeys(r io.Reader, keys chan<- rune) {
	defer close(keys)
	buf := make([]byte, 1)
	for {
		if _, err := r.Read(buf); err != nil {
			return
		}
		keys <- rune(buf[0])
	}
}

// readLineKeys sends the first letter of each line, for a stdin that is
// not a terminal (a pipe, a test).
func readLineKeys(r io.Reader, keys chan<- rune) {
	defer close(keys)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			keys <- rune(line[0])
		}
	}
}

// crlfWriter ends lines with \r\n, as a terminal in raw mode needs.
type crlfWriter struct{ w io.Writer }

func (c crlfWriter) Write(p []byte) (int, error) {
	if _, err := c.w.Write([]byte(strings.ReplaceAll(string(p), "\n", "\r\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}
