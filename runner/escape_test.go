package runner

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Ways to escape: learner code that starts processes that try to outlive
// the check, eats memory, floods its output, forks without end or never
// returns. Each must be stopped and reported within the time-out + 5 s,
// with its cause named, and leave no process behind. The limits are small
// here so the cases stay quick and safe on a two-core machine.

type escapeCase struct {
	name  string
	body  string // the body of MSE; MSEGrad returns nil
	extra string // more imports, each quoted on its own line
	want  Status
	says  []string
}

var escapeCases = []escapeCase{
	{
		name:  "a setsid child that would sleep for five minutes",
		extra: `"os/exec"` + "\n" + `"syscall"`,
		body: `c := exec.Command("sleep", "300")
	c.Env = append(os.Environ(), mark)
	c.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	c.Start()
	return 0`,
		want: Failed,
	},
	{
		name:  "a child that holds standard output open",
		extra: `"os/exec"`,
		body: `c := exec.Command("sleep", "300")
	c.Env = append(os.Environ(), mark)
	c.Stdout, c.Stderr = os.Stdout, os.Stderr
	c.Start()
	return 0`,
		want: Failed,
	},
	{
		name:  "an endless loop that started a child",
		extra: `"os/exec"`,
		body: `c := exec.Command("sleep", "300")
	c.Env = append(os.Environ(), mark)
	c.Start()
	for {
	}`,
		want: TimedOut,
		says: []string{"timed out after 3 s in TestMSE at ch01/mse.go", "a loop that never ends"},
	},
	{
		name:  "an endless loop that floods its output",
		extra: `"fmt"`,
		body: `for i := 0; ; i++ {
		fmt.Println("spam line", i)
	}`,
		want: TimedOut,
		says: []string{"timed out after 3 s in TestMSE", "MB meanwhile", "MB of output cut"},
	},
	{
		name:  "50 MB of output, then a wrong answer",
		extra: `"fmt"` + "\n" + `"strings"`,
		body: `if len(pred) == 3 { // the first case only
		line := strings.Repeat("x", 999)
		for range 50_000 {
			fmt.Println(line)
		}
	}
	return 0`,
		want: Failed,
		says: []string{"2 of 2 tests failed", "Your code printed (48 MB)", "MB of output cut", "expected 1.33333"},
	},
	{
		name: "memory that grows without end",
		body: `var keep [][]byte
	for {
		keep = append(keep, bytes.Repeat([]byte{1}, 1<<20))
	}`,
		extra: `"bytes"`,
		want:  Crashed,
		says:  []string{"used more than 128 MiB of memory in TestMSE"},
	},
	{
		name:  "a process that starts copies of itself",
		extra: `"os/exec"`,
		body: `for {
		c := exec.Command(os.Args[0], "-test.run=^TestMSE$")
		c.Env = append(os.Environ(), mark)
		c.Start()
	}`,
		want: Crashed,
		says: []string{"reached the limit of 16 processes and threads"},
	},
	{
		name: "infinite recursion",
		body: `return MSE(pred, target) + 1`,
		want: Crashed,
		says: []string{"infinite recursion? the stack overflowed at ch01/mse.go"},
	},
	{
		name:  "concurrent map writes",
		extra: `"sync"`,
		body: `m := map[int]int{}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10_000_000 {
				m[i%100] = g
			}
		}()
	}
	wg.Wait()
	return 0`,
		want: Crashed,
		says: []string{"concurrent map", "ch01/mse.go"},
	},
}

func TestWaysToEscapeAreStopped(t *testing.T) {
	if _, err := os.Stat("/proc/self/environ"); err != nil {
		t.Skip("needs /proc to look for leftover processes")
	}
	for i, ec := range escapeCases {
		t.Run(ec.name, func(t *testing.T) {
			t.Parallel()
			mark := fmt.Sprintf("DESCENT_ESCAPE_%d_%d=1", os.Getpid(), i)
			src := fmt.Sprintf("package ch01\n\nimport (\n\t\"os\"\n%s\n)\n\nconst mark = %q\n\nvar _ = os.Args\n\nfunc MSE(pred, target []float64) float64 {\n\t%s\n}\n\nfunc MSEGrad(pred, target []float64) []float64 { return nil }\n",
				indentImports(ec.extra), mark, ec.body)
			c := &Checker{Timeout: 3 * time.Second, Memory: 128 << 20, Procs: 16}
			r := c.CheckSource(context.Background(), mustFind(t, "mse"), []byte(src))
			if r.Status != ec.want {
				t.Errorf("got %s, want %s:\n%s", r.Status, ec.want, r.Report())
			}
			if r.Ran > c.Timeout+5*time.Second {
				t.Errorf("stopped after %s; the limit is the time-out + 5 s", r.Ran)
			}
			rep := r.Report()
			for _, s := range ec.says {
				if !strings.Contains(rep, s) {
					t.Errorf("the report should say %q:\n%.3000s", s, rep)
				}
			}
			if left := marked(mark); len(left) > 0 {
				t.Errorf("processes left behind: %v", left)
			}
		})
	}
}

func indentImports(s string) string {
	if s == "" {
		return ""
	}
	return "\t" + strings.ReplaceAll(s, "\n", "\n\t")
}

// marked lists living processes whose environment holds mark.
func marked(mark string) []int {
	var out []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		env, err := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
		if err != nil || !bytes.Contains(env, []byte(mark)) {
			continue
		}
		if stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat")); err == nil {
			if i := bytes.LastIndexByte(stat, ')'); i > 0 && bytes.HasPrefix(stat[i+1:], []byte(" Z")) {
				continue // a zombie is gone; only its entry waits to be reaped
			}
		}
		out = append(out, pid)
	}
	return out
}
