// Package harness is how descent's checker learns the verdict of a check.
//
// When descent checks an exercise it builds the tests as shipped, wraps
// each one with Run, and starts the test binary with two pipes: one that
// hands this package a fresh secret key, read here before any of the
// exercise's code runs, and one for reports. Every report is signed with
// that key, so nothing the code under test prints, to standard output or
// to the report pipe itself, can pose as a verdict; and the last report,
// written only after every test has returned, proves the tests ran to the
// end: a program that exits early (os.Exit in init, syscall.Exit, a fatal
// error) never sends it, and never passes.
//
// Run by plain `go test`, without descent, the package does nothing and the
// tests behave as ordinary Go tests.
package harness

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// EnvVar names the variable through which descent says which file
// descriptors carry the key and the reports: "3,4".
const EnvVar = "DESCENT_HARNESS"

// An Event is one signed line on the report pipe.
type Event struct {
	Seq       int      `json:"seq"`
	Kind      string   `json:"kind"` // plan, start, note, panic, end, finish
	Test      string   `json:"test,omitempty"`
	Tests     []string `json:"tests,omitempty"`     // plan
	Msg       string   `json:"msg,omitempty"`       // note: a failure message; panic: the value
	Stack     string   `json:"stack,omitempty"`     // panic
	Failed    bool     `json:"failed,omitempty"`    // end
	Skipped   bool     `json:"skipped,omitempty"`   // end
	Completed bool     `json:"completed,omitempty"` // end: the test function returned normally
	Millis    int64    `json:"ms,omitempty"`        // end
	Code      int      `json:"code,omitempty"`      // finish: m.Run's result
	MAC       string   `json:"mac,omitempty"`
}

var (
	mu     sync.Mutex
	active bool
	out    *os.File
	mac    []byte // the key, kept only inside the HMAC state below
	seq    int
	tests  []string
)

func init() {
	spec := os.Getenv(EnvVar)
	if spec == "" {
		return
	}
	os.Unsetenv(EnvVar)
	keyFD, reportFD, ok := parseFDs(spec)
	if !ok {
		return
	}
	kf := os.NewFile(uintptr(keyFD), "descent-key")
	key, err := io.ReadAll(io.LimitReader(kf, 64))
	kf.Close()
	if err != nil || len(key) < 32 {
		return
	}
	syscall.CloseOnExec(reportFD) // a child the tests start must not inherit it
	out = os.NewFile(uintptr(reportFD), "descent-report")
	mac = key
	// Runaway recursion should end as a short, named stack overflow rather
	// than a gigabyte stack meeting the memory limit.
	debug.SetMaxStack(16 << 20)
	active = true
}

func parseFDs(spec string) (int, int, bool) {
	a, b, ok := strings.Cut(spec, ",")
	k, err1 := strconv.Atoi(a)
	r, err2 := strconv.Atoi(b)
	return k, r, ok && err1 == nil && err2 == nil && k > 2 && r > 2
}

// Sign returns the MAC of an event's fields (everything but MAC itself)
// under key. The checker verifies with the same function.
func Sign(key []byte, e Event) string {
	e.MAC = ""
	body, _ := json.Marshal(e)
	h := hmac.New(sha256.New, key)
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

func send(e Event) {
	mu.Lock()
	defer mu.Unlock()
	if !active {
		return
	}
	seq++
	e.Seq = seq
	e.MAC = Sign(mac, e)
	line, _ := json.Marshal(e)
	out.Write(append(line, '\n'))
}

// Main runs the tests and reports the end. The checker's generated TestMain
// calls it with the names of the tests it wrapped.
func Main(m *testing.M, names ...string) {
	if !active {
		os.Exit(m.Run())
	}
	tests = names
	send(Event{Kind: "plan", Tests: names})
	code := m.Run()
	send(Event{Kind: "finish", Code: code})
	os.Exit(code)
}

// Run runs one test and reports how it ended.
func Run(t *testing.T, name string, f func(*testing.T)) {
	if !active {
		f(t)
		return
	}
	start := time.Now()
	completed := false
	send(Event{Kind: "start", Test: name})
	t.Cleanup(func() {
		send(Event{Kind: "end", Test: name, Failed: t.Failed(), Skipped: t.Skipped(),
			Completed: completed, Millis: time.Since(start).Milliseconds()})
	})
	defer func() {
		if r := recover(); r != nil {
			send(Event{Kind: "panic", Test: name, Msg: fmt.Sprint(r), Stack: string(debug.Stack())})
			panic(r)
		}
	}()
	f(t)
	completed = true
}

// Note reports a failure message of the running test. The exercises'
// shared helpers (package expect) call it for every failure they report.
func Note(t testing.TB, msg string) {
	if active {
		send(Event{Kind: "note", Test: topLevel(t.Name()), Msg: msg})
	}
}

// topLevel is the top-level test of a (sub)test's name.
func topLevel(name string) string {
	top, _, _ := strings.Cut(name, "/")
	return top
}
