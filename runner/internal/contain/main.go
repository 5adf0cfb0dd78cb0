// Command contain runs one program (a compiled test binary) under limits
// that the program cannot lift, and reports how it ended as one line of
// JSON on standard output. descent's checker builds it from this source
// (embedded in descent) on first use and runs every test binary through it.
//
//	contain [flags] -- program [args…]
//
// It gives the program a wall-clock time-out (first SIGQUIT, so the Go
// runtime prints every goroutine's stack, then SIGKILL), a memory cap (the
// sum of resident memory over every process the program starts, and
// RLIMIT_DATA for each), a cap on processes, and a cap on how much output
// is kept (the first and last part of each stream, with the total count).
// When the program ends, every process it started ends too, including
// those that called setsid or setpgid: on Linux this process becomes a
// child subreaper, so orphans are re-parented to it, and where the kernel
// allows it the program runs as the first process of a new PID namespace,
// whose end the kernel turns into the end of everything inside. Whatever
// is left is killed until nothing is.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Report is the one line of JSON this command prints.
type Report struct {
	Started    bool    `json:"started"`
	Exit       int     `json:"exit"`             // the program's exit code; -1 if a signal ended it
	Signal     string  `json:"signal,omitempty"` // the signal that ended it
	Limit      string  `json:"limit,omitempty"`  // "timeout", "memory", "procs" or "canceled": what this command stopped
	ElapsedMS  int64   `json:"elapsed_ms"`
	PeakRSS    int64   `json:"peak_rss"`   // bytes, summed over the tree, as sampled
	PeakProcs  int     `json:"peak_procs"` // processes and threads in the tree, as sampled
	Leftover   int     `json:"leftover"`   // processes still alive after the program ended, killed
	Namespaced bool    `json:"namespaced"` // ran in a new PID namespace
	Stdout     Capture `json:"stdout"`
	Stderr     Capture `json:"stderr"`
	Error      string  `json:"error,omitempty"` // this command could not do its job
}

// Capture keeps the start and end of a stream.
type Capture struct {
	Head  string `json:"head"`
	Tail  string `json:"tail,omitempty"` // only when the stream was longer than Head
	Bytes int64  `json:"bytes"`
	// Crash is the stream from the first line where the Go runtime starts
	// a crash report (panic:, fatal error:, SIGQUIT:, runtime:), capped.
	Crash string `json:"crash,omitempty"`
}

type config struct {
	timeout, grace time.Duration
	mem            int64
	procs          int
	keep           int
	dir            string
	env            []string
	extraFDs       int
	pidns          bool
	passthrough    bool // the program writes to this process's stdout and stderr as it runs
	reportFD       int  // where the report goes (default: standard output)
}

type envList []string

func (e *envList) String() string     { return strings.Join(*e, " ") }
func (e *envList) Set(s string) error { *e = append(*e, s); return nil }

func main() {
	var c config
	var env envList
	flag.DurationVar(&c.timeout, "timeout", 10*time.Second, "wall-clock limit")
	flag.DurationVar(&c.grace, "grace", time.Second, "after the time-out's SIGQUIT, how long before SIGKILL")
	flag.Int64Var(&c.mem, "mem", 1<<30, "memory cap in bytes (0: none)")
	flag.IntVar(&c.procs, "procs", 128, "cap on processes and threads together (0: none)")
	flag.IntVar(&c.keep, "keep", 16<<10, "bytes kept at each end of each output stream")
	flag.StringVar(&c.dir, "dir", "", "working directory")
	flag.Var(&env, "env", "KEY=VALUE for the program's environment (repeatable; nothing else is passed)")
	flag.IntVar(&c.extraFDs, "extra-fds", 0, "file descriptors from 3 on to pass to the program")
	flag.BoolVar(&c.pidns, "pidns", true, "run the program in a new PID namespace where the kernel allows it")
	flag.BoolVar(&c.passthrough, "passthrough", false, "let the program write to this command's standard output and error as it runs (nothing is captured); the report goes to -report-fd")
	flag.IntVar(&c.reportFD, "report-fd", 1, "file descriptor for the report")
	flag.Parse()
	c.env = env
	args := flag.Args()
	rep := Report{}
	if len(args) == 0 {
		rep.Error = "no program given"
	} else {
		rep = run(c, args)
	}
	line, _ := json.Marshal(rep)
	out := os.Stdout
	if c.reportFD != 1 {
		out = os.NewFile(uintptr(c.reportFD), "report")
	}
	out.Write(append(line, '\n'))
	if rep.Error != "" && !rep.Started {
		os.Exit(3)
	}
}

func run(c config, args []string) Report {
	var rep Report
	becomeSubreaper()
	if err := limitSelf(c); err != nil {
		rep.Error = err.Error()
		return rep
	}

	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = c.dir
	cmd.Env = c.env
	first := 3
	if c.reportFD >= 3 {
		first = c.reportFD + 1 // the report's descriptor is this command's own
	}
	for i := 0; i < c.extraFDs; i++ {
		cmd.ExtraFiles = append(cmd.ExtraFiles, os.NewFile(uintptr(first+i), fmt.Sprintf("fd%d", first+i)))
	}
	outR, outW, _ := os.Pipe()
	errR, errW, _ := os.Pipe()
	cmd.Stdin = nil
	cmd.Stdout, cmd.Stderr = outW, errW
	if c.passthrough {
		outR.Close()
		errR.Close()
		outW.Close()
		errW.Close()
		outR, errR = nil, nil
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	}
	attrs, namespaced := procAttrs(c.pidns)
	cmd.SysProcAttr = attrs
	err := cmd.Start()
	if err != nil && namespaced {
		// The kernel refused the namespaces: run without them.
		cmd = rebuild(cmd, args)
		cmd.SysProcAttr, namespaced = procAttrs(false)
		err = cmd.Start()
	}
	if !c.passthrough {
		outW.Close()
		errW.Close()
	}
	for _, f := range cmd.ExtraFiles {
		f.Close() // the program holds them now; the checker must see EOF when it ends
	}
	if err != nil {
		rep.Error = "starting " + args[0] + ": " + err.Error()
		return rep
	}
	rep.Started, rep.Namespaced = true, namespaced
	start := time.Now()

	var wg sync.WaitGroup
	if !c.passthrough {
		wg.Add(2)
		go func() { defer wg.Done(); rep.Stdout = capture(outR, c.keep, false) }()
		go func() { defer wg.Done(); rep.Stderr = capture(errR, c.keep, true) }()
	}

	main := cmd.Process.Pid
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)

	self := os.Getpid()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	deadline := time.NewTimer(c.timeout)
	defer deadline.Stop()
	var killAt <-chan time.Time
	var state syscall.WaitStatus
	ended := false
	for !ended {
		select {
		case <-stop:
			rep.Limit = "canceled"
			killTree(self)
			state, ended = reap(main)
		case <-deadline.C:
			rep.Limit = "timeout"
			cmd.Process.Signal(syscall.SIGQUIT) // the Go runtime dumps every goroutine's stack
			killAt = time.After(c.grace)
		case <-killAt:
			killTree(self)
			state, ended = reap(main)
		case <-tick.C:
			// One reaper for everything: the program's end, and every
			// orphan re-parented here.
			if state, ended = reap(main); ended {
				break
			}
			pids := descendants(self)
			tasks := treeTasks(pids)
			rep.PeakProcs = max(rep.PeakProcs, tasks)
			rss := treeRSS(pids)
			rep.PeakRSS = max(rep.PeakRSS, rss)
			switch {
			case c.procs > 0 && tasks >= c.procs:
				rep.Limit = "procs"
				killTree(self)
				state, ended = reap(main)
			case c.mem > 0 && rss > c.mem:
				rep.Limit = "memory"
				killTree(self)
				state, ended = reap(main)
			}
		}
	}
	rep.ElapsedMS = time.Since(start).Milliseconds()
	// The program is gone; anything it started goes too, then the pipes
	// reach their end even if a child had them open.
	rep.Leftover = len(descendants(self))
	killTree(self)
	reap(main)
	wg.Wait()
	rep.Exit = state.ExitStatus()
	if state.Signaled() {
		rep.Signal = state.Signal().String()
	}
	return rep
}

// rebuild makes a fresh Cmd with the same settings: a Cmd cannot be
// started twice.
func rebuild(old *exec.Cmd, args []string) *exec.Cmd {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir, cmd.Env, cmd.ExtraFiles = old.Dir, old.Env, old.ExtraFiles
	cmd.Stdout, cmd.Stderr = old.Stdout, old.Stderr
	return cmd
}

// capture reads r to its end, keeping the first and last keep bytes and,
// for standard error, the runtime's crash report.
func capture(r io.Reader, keep int, crash bool) Capture {
	var c Capture
	var head bytes.Buffer
	tail := newRing(keep)
	var crashBuf bytes.Buffer
	inCrash := false
	br := bufio.NewReaderSize(r, 64<<10)
	for {
		line, err := br.ReadSlice('\n')
		if len(line) > 0 {
			c.Bytes += int64(len(line))
			if room := keep - head.Len(); room > 0 {
				head.Write(line[:min(room, len(line))])
			}
			tail.Write(line)
			if crash {
				if !inCrash && startsCrash(line) {
					inCrash = true
				}
				if inCrash && crashBuf.Len() < 256<<10 {
					crashBuf.Write(line[:min(len(line), 256<<10-crashBuf.Len())])
				}
			}
		}
		if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
			break
		}
	}
	c.Head = head.String()
	if c.Bytes > int64(head.Len()) {
		c.Tail = tail.String()
	}
	c.Crash = crashBuf.String()
	return c
}

func startsCrash(line []byte) bool {
	for _, p := range []string{"panic: ", "fatal error: ", "SIGQUIT: ", "runtime: "} {
		if bytes.HasPrefix(line, []byte(p)) {
			return true
		}
	}
	return false
}

// ring keeps the last n bytes written to it.
type ring struct {
	buf  []byte
	n    int
	full bool
	at   int
}

func newRing(n int) *ring { return &ring{buf: make([]byte, n), n: n} }

func (r *ring) Write(p []byte) {
	if r.n == 0 {
		return
	}
	if len(p) >= r.n {
		copy(r.buf, p[len(p)-r.n:])
		r.at, r.full = 0, true
		return
	}
	k := copy(r.buf[r.at:], p)
	if k < len(p) {
		copy(r.buf, p[k:])
		r.full = true
	}
	r.at = (r.at + len(p)) % r.n
	if r.at == 0 && len(p) > 0 {
		r.full = true
	}
}

func (r *ring) String() string {
	if !r.full {
		return string(r.buf[:r.at])
	}
	return string(r.buf[r.at:]) + string(r.buf[:r.at])
}
