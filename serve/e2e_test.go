package serve

import (
	"bufio"
	"encoding/pem"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"descent/runner"
)

// The end-to-end test is a workshop as people have it: `descent serve` as
// its own process, OpenSSH's ssh in tmux at 80×24. A learner reads a
// chapter, edits mse in the workbook's editor until it passes, leaves,
// comes back and finds it passed; the instructor's board shows it live.
// It needs tmux and ssh (CI installs both) and is skipped in -short mode.

type pane struct {
	t      *testing.T
	socket string
	name   string
}

func (p *pane) tmux(args ...string) string {
	p.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", p.socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	if err != nil {
		p.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (p *pane) keys(keys ...string) { p.tmux(append([]string{"send-keys", "-t", p.name}, keys...)...) }
func (p *pane) text(s string)       { p.tmux("send-keys", "-t", p.name, "-l", s) }
func (p *pane) screen() string      { return p.tmux("capture-pane", "-p", "-t", p.name) }

// waitFor polls the screen until it shows every one of want.
func (p *pane) waitFor(want ...string) string {
	p.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		s := p.screen()
		ok := true
		for _, w := range want {
			if !strings.Contains(s, w) {
				ok = false
			}
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("%s: timed out waiting for %q; the screen:\n%s", p.name, want, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// moveTo presses down until the selected line (›) holds item.
func (p *pane) moveTo(item string) {
	p.t.Helper()
	for range 40 {
		for _, l := range strings.Split(p.screen(), "\n") {
			if strings.Contains(l, "›") && strings.Contains(l, item) {
				return
			}
		}
		p.keys("Down")
		time.Sleep(50 * time.Millisecond)
	}
	p.t.Fatalf("%s: no %q to move to on:\n%s", p.name, item, p.screen())
}

// choose moves to item and opens it.
func (p *pane) choose(item string) {
	p.t.Helper()
	p.moveTo(item)
	p.keys("Enter")
}

func TestAWorkshopInTmux(t *testing.T) {
	for _, tool := range []string{"tmux", "ssh"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed: the end-to-end test needs it", tool)
		}
	}
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "descent")
	if out, err := exec.Command("go", "build", "-o", bin, "descent").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ann, teacher := newTestKey(t, "Ann Lee"), newTestKey(t, "Teacher")
	writeKeys(t, filepath.Join(dir, "learners"), ann)
	writeKeys(t, filepath.Join(dir, "instructors"), teacher)
	keyFile := func(k testKey, priv any) string {
		block, err := gossh.MarshalPrivateKey(priv, k.name)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, strings.ReplaceAll(k.name, " ", "_"))
		if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	annKey, teacherKey := keyFile(ann, ann.priv), keyFile(teacher, teacher.priv)

	addr := freeAddr(t)
	port := addr[strings.LastIndexByte(addr, ':')+1:]
	args := []string{"serve", "--addr", addr, "--dir", filepath.Join(dir, "class"), "--learners", filepath.Join(dir, "learners"), "--instructors", filepath.Join(dir, "instructors")}
	if _, err := findSandbox(); err != nil {
		args = append(args, "--unsafe-no-sandbox")
	}
	server := exec.Command(bin, args...)
	server.Stderr, _ = os.Create(filepath.Join(dir, "server.log"))
	out, _ := server.StdoutPipe()
	if err := server.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		server.Process.Signal(os.Interrupt)
		server.Wait()
	}()
	ready := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "Attendees type") {
				ready <- true
			}
		}
		ready <- false
	}()
	select {
	case ok := <-ready:
		if !ok {
			log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
			t.Fatalf("the server did not start:\n%s", log)
		}
	case <-time.After(3 * time.Minute):
		t.Fatal("the server did not start")
	}

	socket := fmt.Sprintf("descent-serve-e2e-%d", os.Getpid())
	defer exec.Command("tmux", "-L", socket, "kill-server").Run()
	ssh := func(key string) string {
		return fmt.Sprintf("ssh -t -q -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes -o IdentityAgent=none -i %s -p %s 127.0.0.1; sleep 60", key, port)
	}
	open := func(name, key string) *pane {
		p := &pane{t: t, socket: socket, name: name}
		p.tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", ssh(key))
		return p
	}

	board := open("board", teacherKey)
	board.waitFor("class board", "No learner has come in yet")

	learner := open("learner", annKey)
	learner.waitFor("CHAPTERS", "Exercises")
	// Read a chapter.
	learner.keys("Enter")
	learner.waitFor("Background: why a loss", "cell 1/")
	learner.keys("Escape")
	learner.waitFor("CHAPTERS")
	board.waitFor("Ann Lee", "0/", "online")

	// Edit mse in the workbook until it passes.
	learner.choose("Exercises")
	learner.waitFor("Exercises · mse", "e edit")
	learner.keys("e")
	learner.waitFor("ch01/mse.go  1:1", strings.Repeat("─", 80))
	// The workbook follows the terminal's size.
	learner.tmux("resize-window", "-t", "learner", "-x", "100", "-y", "30")
	learner.waitFor(strings.Repeat("─", 100))
	learner.tmux("resize-window", "-t", "learner", "-x", "80", "-y", "24")
	learner.waitFor("ch01/mse.go  1:1")
	stub, _ := runner.Pristine(mustFindExercise(t, "mse"))
	lineOf := func(prefix string, after int) int {
		for i, l := range strings.Split(string(stub), "\n") {
			if i >= after && strings.HasPrefix(l, prefix) {
				return i
			}
		}
		t.Fatalf("the stub has no line %q", prefix)
		return 0
	}
	mse := lineOf("\treturn 0", 0)
	learner.keys("-N", fmt.Sprint(mse), "Down")
	learner.keys("Home", "C-k")
	learner.text("\tif len(pred) == 0 { return 0 }; s := 0.0; for i := range pred { d := pred[i] - target[i]; s += d * d }; return s / float64(len(pred))")
	learner.keys("C-s")
	learner.waitFor("✗ mse: 1 of 2 tests failed", "TestMSEGrad")
	board.waitFor("✗ failed", "Stuck most: mse (1 learner")

	grad := lineOf("\treturn nil", mse)
	learner.keys("-N", fmt.Sprint(grad-mse), "Down")
	learner.keys("Home", "C-k")
	learner.text("\tg := make([]float64, len(pred)); for i := range pred { g[i] = 2 * (pred[i] - target[i]) / float64(len(pred)) }; return g")
	learner.keys("C-s")
	learner.waitFor("✓ mse passed")
	board.waitFor("✓ mse passed", "1/")

	// Leave, come back: it is still passed.
	learner.keys("Escape")
	learner.waitFor("1/", "passed", "✓ mse")
	learner.keys("q")
	learner.tmux("kill-session", "-t", "learner")
	learner = open("learner", annKey)
	learner.waitFor("Continue")
	learner.choose("Exercises")
	learner.waitFor("✓ mse", "1/")

	// The race runs the learner's momentum (still the stub) in the sandbox.
	learner.moveTo("momentum ")
	learner.keys("v")
	learner.waitFor("Race · your momentum", "never moved from the start")
	learner.keys("Escape")
	learner.keys("q")
	board.keys("q")
}

func mustFindExercise(t *testing.T, name string) runner.Exercise {
	e, err := runner.Find(name)
	if err != nil {
		t.Fatal(err)
	}
	return e
}
