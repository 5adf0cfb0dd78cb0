//go:build load

package serve

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"descent/runner"
)

// TestLoad is the workshop's load test: a class of 30 learners, each
// submitting a file every 10 s for 2 minutes, to a `descent serve` run as
// its own process on a loopback port. It reports the time from submit to
// verdict (p50, p95, max) and the server's peak memory. It takes minutes,
// so it is built only when asked:
//
//	go test -tags load ./serve -run TestLoad -v -timeout 10m
//
// DESCENT_LOAD_LEARNERS, DESCENT_LOAD_EVERY and DESCENT_LOAD_FOR change
// the class (30, 10s, 2m). Every submission is a different file (a
// learner's own variable in it), so that each one is compiled and run:
// the verdict cache, which spares a class's identical files, does not
// help here.
func TestLoad(t *testing.T) {
	learners := envInt(t, "DESCENT_LOAD_LEARNERS", 30)
	every := envDuration(t, "DESCENT_LOAD_EVERY", 10*time.Second)
	length := envDuration(t, "DESCENT_LOAD_FOR", 2*time.Minute)

	dir := t.TempDir()
	bin := filepath.Join(dir, "descent")
	build := exec.Command("go", "build", "-o", bin, "descent")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building descent: %v\n%s", err, out)
	}
	var keys []testKey
	for i := range learners {
		keys = append(keys, newTestKey(t, fmt.Sprintf("Learner %02d", i+1)))
	}
	writeKeys(t, filepath.Join(dir, "learners"), keys...)
	addr := freeAddr(t)
	server := exec.Command(bin, "serve", "--addr", addr, "--dir", filepath.Join(dir, "class"), "--learners", filepath.Join(dir, "learners"))
	server.Stderr, _ = os.Create(filepath.Join(dir, "server.log"))
	stdout, _ := server.StdoutPipe()
	if err := server.Start(); err != nil {
		t.Fatal(err)
	}
	defer server.Process.Kill()
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			t.Log("server: " + sc.Text())
			if strings.HasPrefix(sc.Text(), "Attendees type") {
				close(ready)
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(3 * time.Minute):
		t.Fatal("the server did not start")
	}

	// Sample the server's memory, and that of everything it runs.
	var peakTree int64
	stopSampling := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(100 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stopSampling:
				return
			case <-tick.C:
				peakTree = max(peakTree, treeRSS(server.Process.Pid))
			}
		}
	}()

	exercises := []string{"mse", "bce", "softmax_ce", "gradcheck", "gd_step", "l2"}
	type sample struct {
		took time.Duration
		ok   bool
	}
	var mu sync.Mutex
	var samples []sample
	var failures []string
	start := time.Now()
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Spread the class over the period, as people are.
			time.Sleep(time.Duration(i) * every / time.Duration(learners))
			for round := 0; time.Since(start) < length; round++ {
				next := time.Now().Add(every)
				name := exercises[(i+round)%len(exercises)]
				e, _ := runner.Find(name)
				src, _ := runner.Pristine(e) // fails: a stub
				passes := (i+round)%2 == 0
				if passes {
					src, _ = runner.Answer(e)
				}
				src = append(append([]byte(nil), src...), fmt.Sprintf("\nvar submission%d = %d\n", i, round)...)
				t0 := time.Now()
				r, err := trySSH(addr, k, "x", "submit "+name, src)
				took := time.Since(t0)
				mu.Lock()
				switch {
				case err != nil:
					failures = append(failures, fmt.Sprintf("%s %s: %v", k.name, name, err))
				case (r.code == 0) != passes:
					failures = append(failures, fmt.Sprintf("%s %s: exit %d (want pass %v): %s%s", k.name, name, r.code, passes, firstLine(r.stdout), r.stderr))
				default:
					samples = append(samples, sample{took, passes})
				}
				mu.Unlock()
				time.Sleep(time.Until(next))
			}
		}()
	}
	wg.Wait()
	close(stopSampling)
	<-sampled
	peakServer := vmHWM(server.Process.Pid)
	cpu := cpuSeconds(server.Process.Pid)
	server.Process.Signal(syscall.SIGINT)
	server.Wait()

	if len(failures) > 0 {
		t.Errorf("%d of %d submissions went wrong; first: %s", len(failures), len(failures)+len(samples), failures[0])
	}
	if len(samples) == 0 {
		t.Fatal("no submission came back")
	}
	took := make([]time.Duration, len(samples))
	for i, s := range samples {
		took[i] = s.took
	}
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	pct := func(p float64) time.Duration { return took[min(len(took)-1, int(p*float64(len(took))))] }
	load, _ := os.ReadFile("/proc/loadavg")
	t.Logf("%d learners, a submission every %s each, for %s: %d verdicts", learners, every, length, len(samples))
	t.Logf("submit to verdict: p50 %.2f s, p95 %.2f s, max %.2f s", pct(0.50).Seconds(), pct(0.95).Seconds(), took[len(took)-1].Seconds())
	t.Logf("server peak memory: %.0f MiB (its own process, VmHWM); %.0f MiB with the checks it ran (sampled)", float64(peakServer)/(1<<20), float64(peakTree)/(1<<20))
	t.Logf("CPU: %.0f s for the server and everything it ran, %.2f s a check (with the warm-up's): on %d idle cores, about %.1f checks a second at most",
		cpu, cpu/float64(len(samples)), runtime.NumCPU(), float64(runtime.NumCPU())*float64(len(samples))/cpu)
	t.Logf("cores: %d; load average at the end: %s", runtime.NumCPU(), strings.TrimSpace(string(load)))
	// The server's log says, for each check, how long the check itself
	// took and how long since the request: the difference is the wait for a
	// worker.
	if log, err := os.ReadFile(filepath.Join(dir, "server.log")); err == nil {
		var checking, waiting []float64
		for _, line := range strings.Split(string(log), "\n") {
			var c, r float64
			i := strings.Index(line, "(checked in ")
			if i < 0 {
				continue
			}
			if n, _ := fmt.Sscanf(line[i:], "(checked in %f s; %f s from the request)", &c, &r); n == 2 {
				checking, waiting = append(checking, c), append(waiting, r-c)
			}
		}
		if len(checking) > 0 {
			sort.Float64s(checking)
			sort.Float64s(waiting)
			at := func(v []float64, p float64) float64 { return v[min(len(v)-1, int(p*float64(len(v))))] }
			t.Logf("of which the check itself (wall clock): p50 %.2f s, p95 %.2f s; the wait for a worker: p50 %.2f s, p95 %.2f s",
				at(checking, 0.5), at(checking, 0.95), at(waiting, 0.5), at(waiting, 0.95))
		}
	}
	if pct(0.95) > 5*time.Second {
		t.Logf("p95 is over the 5 s target")
	}
}

func firstLine(s string) string { return oneLine(s, 200) }

func envInt(t *testing.T, name string, def int) int {
	if v := os.Getenv(name); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("%s=%q is not a positive whole number", name, v)
		}
		return n
	}
	return def
}

func envDuration(t *testing.T, name string, def time.Duration) time.Duration {
	if v := os.Getenv(name); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			t.Fatalf("%s=%q is not a duration like 10s", name, v)
		}
		return d
	}
	return def
}

// vmHWM is a process's peak resident memory, in bytes.
func vmHWM(pid int) int64 {
	return statusField(pid, "VmHWM:")
}

func statusField(pid int, field string) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseInt(strings.Fields(rest)[0], 10, 64)
			return kb << 10
		}
	}
	return 0
}

// cpuSeconds is the CPU time of pid and of every child it waited for
// (the go commands, the compilers, the checks), user and system.
func cpuSeconds(pid int) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	i := strings.LastIndexByte(string(data), ')')
	f := strings.Fields(string(data[i+2:]))
	// After the name: state is field 3; utime, stime, cutime, cstime are 14–17.
	var ticks float64
	for _, k := range []int{11, 12, 13, 14} {
		n, _ := strconv.ParseFloat(f[k], 64)
		ticks += n
	}
	return ticks / 100 // USER_HZ
}

// treeRSS sums the resident memory of pid and its descendants.
func treeRSS(pid int) int64 {
	children := map[int][]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		p, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", p))
		if err != nil {
			continue
		}
		i := strings.LastIndexByte(string(data), ')')
		if i < 0 {
			continue
		}
		f := strings.Fields(string(data[i+2:]))
		if len(f) > 1 {
			pp, _ := strconv.Atoi(f[1])
			children[pp] = append(children[pp], p)
		}
	}
	var sum int64
	queue := []int{pid}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		sum += statusField(p, "VmRSS:")
		queue = append(queue, children[p]...)
	}
	return sum
}
