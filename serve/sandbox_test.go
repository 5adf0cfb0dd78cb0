package serve

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// escapeSolution is a correct MSE that first tries to get out: it returns
// the right answer only if every attempt failed, and prints what happened.
const escapeSolution = `package ch01

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"time"
)

var tried, out bool

func escaped() bool {
	if tried {
		return out
	}
	tried = true
	try := func(what string, err error) {
		if err == nil {
			fmt.Println("ESCAPED:", what)
			out = true
		} else {
			fmt.Println("blocked:", what, "-", err)
		}
	}
	try("write into the workspace", os.WriteFile(%[1]q, []byte("x"), 0o644))
	try("write beside the server's state", os.WriteFile(%[2]q, []byte("x"), 0o644))
	_, err := os.ReadFile(%[3]q)
	try("read another learner's file", err)
	_, err = os.ReadFile("/etc/passwd")
	try("read /etc/passwd", err)
	c, err := net.DialTimeout("tcp", %[4]q, time.Second)
	if err == nil {
		c.Close()
	}
	try("connect to a port on the host", err)
	c, err = net.DialTimeout("tcp", %[5]q, time.Second)
	if err == nil {
		c.Close()
	}
	try("connect to the server", err)
	_, err = net.DialTimeout("tcp", "8.8.8.8:53", time.Second)
	try("reach the internet", err)
	_, err = exec.Command("/bin/sh", "-c", "true").CombinedOutput()
	try("run a shell", err)
	try("write a home file", os.WriteFile("/root/escaped", []byte("x"), 0o644))
	err = os.WriteFile("/tmp/scratch", []byte("x"), 0o644)
	fmt.Println("private /tmp write:", err)
	entries, _ := os.ReadDir("/")
	fmt.Print("the root holds:")
	for _, e := range entries {
		fmt.Print(" ", e.Name())
	}
	fmt.Println()
	return out
}

func MSE(pred, target []float64) float64 {
	if escaped() {
		return -1
	}
	if len(pred) == 0 {
		return 0
	}
	sum := 0.0
	for i := range pred {
		d := pred[i] - target[i]
		sum += d * d
	}
	return sum / float64(len(pred))
}

func MSEGrad(pred, target []float64) []float64 {
	grad := make([]float64, len(pred))
	n := float64(len(pred))
	for i := range pred {
		grad[i] = 2 * (pred[i] - target[i]) / n
	}
	return grad
}
`

// TestASubmissionCannotGetOut submits a solution that tries to write into
// the class directory and the workspace, read another learner's file,
// reach the server and the internet, and run a shell: it passes only if
// every attempt failed, and nothing it tried left a trace.
func TestASubmissionCannotGetOut(t *testing.T) {
	if _, err := findSandbox(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI must install bubblewrap: %v", err)
		}
		t.Skipf("the sandbox needs bubblewrap (apt-get install bubblewrap): %v", err)
	}
	dir := t.TempDir()
	ann, bob := newTestKey(t, "Ann"), newTestKey(t, "Bob")
	writeKeys(t, filepath.Join(dir, "learners"), ann, bob)
	class := filepath.Join(dir, "class")
	ts := startServer(t, Config{Dir: class, Learners: filepath.Join(dir, "learners")})
	if r := sshRun(t, ts.addr, bob, "bob", "submit mse", answerOf(t, "mse")); r.code != 0 {
		t.Fatalf("bob's answer: %s%s", r.stdout, r.stderr)
	}
	bobs := filepath.Join(ts.ws.dir(personID("Bob")), "ch01", "mse.go")
	annWS := ts.ws.dir(personID("Ann"))
	// Something listening that is not the SSH server: a connection to it
	// would be seen, where a refused SSH handshake might not be.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	conns := make(chan net.Conn, 4)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns <- c
		}
	}()
	src := fmt.Sprintf(escapeSolution, filepath.Join(annWS, "ch01", "escaped.go"), filepath.Join(class, "escaped"), bobs, ln.Addr().String(), ts.addr)
	r := sshRun(t, ts.addr, ann, "ann", "submit mse", []byte(src))
	if strings.Contains(r.stdout, "ESCAPED") || r.code != 0 {
		t.Errorf("the submission got out (or failed otherwise): exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	for _, want := range []string{"blocked: write into the workspace", "blocked: connect to the server", "blocked: reach the internet", "blocked: read another learner's file"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the report lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, p := range []string{filepath.Join(annWS, "ch01", "escaped.go"), filepath.Join(class, "escaped"), "/root/escaped", "/tmp/scratch"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was written", p)
		}
	}
	select {
	case <-conns:
		t.Error("the submission connected to a port on the host")
	default:
	}
}
