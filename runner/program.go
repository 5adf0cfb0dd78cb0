package runner

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// A Program is a learner's program (a main package of the exercises
// module, such as the race) running under the checker's limits, its
// standard output read as it comes. A learner's code never runs in
// descent's own process, nor outside these limits.
type Program struct {
	Stdout io.Reader // the program's standard output, as it is written

	cmd      *exec.Cmd
	root     string
	reportR  *os.File
	stderr   bytes.Buffer
	done     chan struct{}
	end      ProgramEnd
	stopOnce sync.Once
}

// ProgramEnd says how a Program ended.
type ProgramEnd struct {
	Exit  int    // its exit code (-1 if a signal or a limit ended it)
	Limit string // "timeout", "memory", "procs" or "canceled": what stopped it, if anything did
	Err   error  // the sandbox itself failed
}

// StartProgram builds the main package pkg ("race") of the exercises
// module as shipped, with the learner's files of the given exercises in
// place of their stubs (read from c.Dir), and starts it with args under
// c's limits: c.Timeout bounds the whole run. A build failure comes back
// as a CompileError result's report in the error.
func (c *Checker) StartProgram(ctx context.Context, pkg string, mine []Exercise, args ...string) (*Program, error) {
	root, err := os.MkdirTemp("", "descent-program-")
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(root)
		}
	}()
	for _, rel := range PristineFiles() {
		if strings.HasSuffix(rel, "_test.go") {
			continue
		}
		data, err := PristineFile(rel)
		if err != nil {
			return nil, err
		}
		if err := writeIn(root, rel, data); err != nil {
			return nil, err
		}
	}
	for _, e := range mine {
		src, r, found := c.readSolution(e)
		if !found {
			return nil, r.Err
		}
		if err := checkRules(e, src); err != nil {
			return nil, err
		}
		if err := writeIn(root, e.File, src); err != nil {
			return nil, err
		}
	}
	bin := filepath.Join(root, path.Base(pkg)+".bin")
	b := &build{root: root, pkg: path.Dir(pkg), tests: map[string][]string{}}
	if out, err := c.goBuild(ctx, root, bin, "./"+pkg); err != nil {
		diags := parseDiagnostics(out)
		for i := range diags {
			diags[i].File = b.displayPath(diags[i].File)
		}
		r := Result{Status: CompileError, Diagnostics: diags, Output: out}
		if len(mine) > 0 {
			r.Exercise = mine[0]
		}
		return nil, &BuildError{Result: r}
	}
	wrapper, err := containBinary(ctx, c.goBin())
	if err != nil {
		return nil, err
	}
	home := filepath.Join(root, "home")
	if err := os.Mkdir(home, 0o700); err != nil {
		return nil, err
	}
	if err := shareWithSandboxUser(home, root, root); err != nil {
		return nil, err
	}
	lim := c.limits(1)
	reportR, reportW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	wargs := []string{
		"-timeout", lim.timeout.String(), "-grace", "1s",
		"-mem", strconv.FormatInt(lim.memory, 10),
		"-procs", strconv.Itoa(lim.procs),
		"-dir", root, "-passthrough", "-report-fd", "3",
		"-env", "HOME=" + home, "-env", "TMPDIR=" + home,
		"-env", "PATH=/usr/local/bin:/usr/bin:/bin", "-env", "LANG=C.UTF-8",
	}
	wargs = append(wargs, c.wrap(append([]string{"--", bin}, args...)...)...)
	cmd := exec.Command(wrapper, wargs...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	cmd.ExtraFiles = []*os.File{reportW}
	cmd.SysProcAttr = wrapperAttrs()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		reportW.Close()
		return nil, err
	}
	p := &Program{Stdout: stdout, cmd: cmd, root: root, reportR: reportR, done: make(chan struct{})}
	cmd.Stderr = &lockedBuffer{b: &p.stderr}
	if err := cmd.Start(); err != nil {
		reportW.Close()
		return nil, fmt.Errorf("starting descent's sandbox: %w", err)
	}
	reportW.Close()
	ok = true
	go func() {
		select {
		case <-ctx.Done():
			p.Stop()
		case <-p.done:
		}
	}()
	return p, nil
}

// A BuildError is a learner's program that does not compile: Result holds
// the compiler's words, pointed at the learner's files.
type BuildError struct{ Result Result }

func (e *BuildError) Error() string { return strings.TrimSpace(e.Result.Report()) }

// Pid is the process id of the sandbox the program runs in: signal it to
// end the program and everything it started.
func (p *Program) Pid() int { return p.cmd.Process.Pid }

// Wait waits for the program to end and says how it did. Read Stdout to
// its end first (or concurrently): the program may block writing to it.
func (p *Program) Wait() ProgramEnd {
	p.stopOnce.Do(func() {}) // Wait after Stop is fine; Stop after Wait does nothing
	data, _ := io.ReadAll(p.reportR)
	err := p.cmd.Wait()
	var rep containReport
	if jerr := json.Unmarshal(bytes.TrimSpace(data), &rep); jerr != nil {
		p.end = ProgramEnd{Exit: -1, Err: fmt.Errorf("descent's sandbox failed (%v)", err)}
	} else {
		p.end = ProgramEnd{Exit: rep.Exit, Limit: rep.Limit}
		if rep.Signal != "" {
			p.end.Exit = -1
		}
	}
	p.reportR.Close()
	os.RemoveAll(p.root)
	close(p.done)
	return p.end
}

// Stop ends the program and everything it started.
func (p *Program) Stop() {
	p.stopOnce.Do(func() {
		if p.cmd.Process != nil {
			p.cmd.Process.Signal(syscall.SIGTERM) // the wrapper kills the tree and reports
		}
	})
}

// goBuild compiles a main package of a temporary module.
func (c *Checker) goBuild(ctx context.Context, root, out, pkg string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, c.buildTimeout())
	defer cancel()
	cmd := exec.CommandContext(ctx, c.goBin(), "build", "-o", out, "-trimpath", "-buildvcs=false", pkg)
	cmd.Dir = root
	cmd.Env = buildEnv()
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	if errors.Is(err, exec.ErrNotFound) {
		return "", errNoGo
	}
	return buf.String(), err
}

func writeIn(root, rel string, data []byte) error {
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

// lockedBuffer is a bytes.Buffer safe for one writer and later readers.
type lockedBuffer struct {
	mu sync.Mutex
	b  *bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.b.Len() < 64<<10 {
		l.b.Write(p)
	}
	return len(p), nil
}
