package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"descent/runner"
)

// A testKey is a generated SSH key and its authorized_keys line.
type testKey struct {
	name   string
	signer gossh.Signer
	priv   ed25519.PrivateKey
}

func newTestKey(t testing.TB, name string) testKey {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return testKey{name: name, signer: s, priv: priv}
}

func (k testKey) line() string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k.signer.PublicKey()))) + " " + k.name + "\n"
}

func writeKeys(t testing.TB, path string, keys ...testKey) {
	t.Helper()
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k.line())
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

// testServer is a server on a loopback port.
type testServer struct {
	*Server
	addr string
	logs *syncBuffer
	done chan error
	once sync.Once
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServer starts a server with cfg on 127.0.0.1 and a free port. It
// runs with the sandbox when bubblewrap is installed (CI installs it), and
// says so when it is not.
func startServer(t testing.TB, cfg Config) *testServer {
	t.Helper()
	cfg.Addr = "127.0.0.1:0"
	if _, err := findSandbox(); err != nil {
		t.Logf("no sandbox: %v", err)
		cfg.UnsafeNoSandbox = true
	}
	if cfg.Check.Timeout == 0 {
		cfg.Check.Timeout = 10 * time.Second
	}
	logs := &syncBuffer{}
	cfg.Log = logs
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	l, err := s.Listen()
	if err != nil {
		t.Fatal(err)
	}
	ts := &testServer{Server: s, addr: l.Addr().String(), logs: logs, done: make(chan error, 1)}
	go func() { ts.done <- s.Serve(l) }()
	t.Cleanup(func() { ts.stop(t) })
	return ts
}

func (ts *testServer) stop(t testing.TB) {
	ts.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		ts.Shutdown(ctx)
		select {
		case <-ts.done:
		case <-time.After(10 * time.Second):
			t.Error("the server did not stop")
		}
	})
}

// run is one SSH command: its output, its error output and its exit code.
type run struct {
	stdout, stderr string
	code           int
}

func dial(addr string, k testKey, user string) (*gossh.Client, error) {
	return gossh.Dial("tcp", addr, &gossh.ClientConfig{
		User:            user,
		Auth:            []gossh.AuthMethod{gossh.PublicKeys(k.signer)},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         10 * time.Second,
	})
}

// sshRun runs cmd on the server as k, with stdin as its input.
func sshRun(t testing.TB, addr string, k testKey, user, cmd string, stdin []byte) run {
	t.Helper()
	r, err := trySSH(addr, k, user, cmd, stdin)
	if err != nil {
		t.Fatalf("ssh %s as %s: %v", cmd, k.name, err)
	}
	return r
}

func trySSH(addr string, k testKey, user, cmd string, stdin []byte) (run, error) {
	c, err := dial(addr, k, user)
	if err != nil {
		return run{}, err
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		return run{}, err
	}
	defer sess.Close()
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	if stdin != nil {
		sess.Stdin = bytes.NewReader(stdin)
	}
	err = sess.Run(cmd)
	code := 0
	var exit *gossh.ExitError
	if errors.As(err, &exit) {
		code, err = exit.ExitStatus(), nil
	}
	return run{out.String(), errOut.String(), code}, err
}

func answerOf(t testing.TB, name string) []byte {
	t.Helper()
	e, err := runner.Find(name)
	if err != nil {
		t.Fatal(err)
	}
	src, err := runner.Answer(e)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func wrongOf(t testing.TB, name string) []byte {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "answers", "testdata", "wrong", name, "*.go"))
	if len(files) == 0 {
		t.Fatalf("no wrong solution of %s", name)
	}
	src, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// TestAClassOfTwentySubmitsAtOnce is the test: twenty learners
// submit at once, a wrong solution each and then, for half of them, a
// right one; every verdict is right, and the board shows them all.
func TestAClassOfTwentySubmitsAtOnce(t *testing.T) {
	dir := t.TempDir()
	var learners []testKey
	for i := range 20 {
		learners = append(learners, newTestKey(t, fmt.Sprintf("Learner %02d", i+1)))
	}
	teacher := newTestKey(t, "Ms Teacher")
	writeKeys(t, filepath.Join(dir, "learners"), learners...)
	writeKeys(t, filepath.Join(dir, "instructors"), teacher)
	ts := startServer(t, Config{Dir: filepath.Join(dir, "class"), Learners: filepath.Join(dir, "learners"), Instructors: filepath.Join(dir, "instructors"), Workers: 2})
	if _, err := ts.Warm(context.Background()); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	var wg sync.WaitGroup
	for i, k := range learners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each learner's own files, so that each is really checked
			// (the server checks a file it has seen before only once).
			sign := []byte("\n// " + k.name + "\n")
			right := append(answerOf(t, "mse"), sign...)
			wrong := append(wrongOf(t, "mse"), sign...)
			r, err := trySSH(ts.addr, k, "x", "submit mse", wrong)
			if err != nil {
				t.Errorf("%s: %v", k.name, err)
				return
			}
			if r.code != 1 || !strings.Contains(r.stdout, "✗ mse") {
				t.Errorf("%s submitted a wrong mse: exit %d, want 1\n%s%s", k.name, r.code, r.stdout, r.stderr)
			}
			if i%2 == 1 {
				return
			}
			r, err = trySSH(ts.addr, k, "x", "submit mse", right)
			if err != nil {
				t.Errorf("%s: %v", k.name, err)
				return
			}
			if r.code != 0 || !strings.HasPrefix(r.stdout, "✓ mse passed") {
				t.Errorf("%s submitted the answer: exit %d, want 0\n%s%s", k.name, r.code, r.stdout, r.stderr)
			}
		}()
	}
	wg.Wait()
	t.Logf("30 submissions from 20 learners at once: %s", time.Since(start).Round(time.Millisecond))

	r := sshRun(t, ts.addr, teacher, "x", "board --json", nil)
	if r.code != 0 {
		t.Fatalf("board --json: exit %d: %s", r.code, r.stderr)
	}
	var b Board
	if err := json.Unmarshal([]byte(r.stdout), &b); err != nil {
		t.Fatalf("board --json is not JSON: %v\n%s", err, r.stdout)
	}
	if len(b.Learners) != 20 {
		t.Fatalf("the board has %d learners, want 20", len(b.Learners))
	}
	for _, row := range b.Learners {
		var i int
		fmt.Sscanf(row.Name, "Learner %d", &i)
		passes := (i-1)%2 == 0
		switch {
		case row.Last == nil:
			t.Errorf("%s: no verdict on the board", row.Name)
		case passes && (row.Passed != 1 || row.Last.Status != "passed" || row.Current == "mse"):
			t.Errorf("%s passed mse; the board says passed %d, last %+v, on %q", row.Name, row.Passed, *row.Last, row.Current)
		case !passes && (row.Passed != 0 || row.Last.Status != "failed" || row.Current != "mse" || row.Attempts != 1):
			t.Errorf("%s failed mse once; the board says passed %d, last %+v, on %q, %d attempts", row.Name, row.Passed, *row.Last, row.Current, row.Attempts)
		}
	}
	if len(b.Stuck) == 0 || b.Stuck[0].Exercise != "mse" || b.Stuck[0].Learners != 10 {
		t.Errorf("the class is stuck on mse (10 learners); the board says %+v", b.Stuck)
	}

	text := sshRun(t, ts.addr, teacher, "x", "board", nil)
	if !strings.Contains(text.stdout, "Learner 01") || !strings.Contains(text.stdout, "Stuck most: mse (10 learners") {
		t.Errorf("the text board lacks a learner or the stuck line:\n%s", text.stdout)
	}
}

// TestStrangersAndLearnersAreKeptOut: an unknown key is refused at the
// door; a learner is refused the board, in one line; nobody gets a shell.
func TestStrangersAndLearnersAreKeptOut(t *testing.T) {
	dir := t.TempDir()
	ann, teacher, stranger := newTestKey(t, "Ann Lee"), newTestKey(t, "Teacher"), newTestKey(t, "Mallory")
	writeKeys(t, filepath.Join(dir, "learners"), ann)
	writeKeys(t, filepath.Join(dir, "instructors"), teacher)
	ts := startServer(t, Config{Dir: filepath.Join(dir, "class"), Learners: filepath.Join(dir, "learners"), Instructors: filepath.Join(dir, "instructors")})

	if _, err := dial(ts.addr, stranger, "ann"); err == nil || !strings.Contains(err.Error(), "unable to authenticate") {
		t.Errorf("an unknown key got in (or failed otherwise): %v", err)
	}
	if !strings.Contains(ts.logs.String(), "refused key "+gossh.FingerprintSHA256(stranger.signer.PublicKey())) {
		t.Errorf("the server's log does not name the refused key:\n%s", ts.logs.String())
	}

	r := sshRun(t, ts.addr, ann, "ann", "board", nil)
	if r.code != 1 || r.stdout != "" || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "for instructors") {
		t.Errorf("board as a learner: exit %d, stdout %q, stderr %q; want exit 1 and one line", r.code, r.stdout, r.stderr)
	}
	r = sshRun(t, ts.addr, ann, "ann", "board --json", nil)
	if r.code != 1 || r.stdout != "" {
		t.Errorf("board --json as a learner: exit %d, stdout %q", r.code, r.stdout)
	}

	for _, cmd := range []string{"sh", "bash -c id", "scp -t /tmp/x", "rsync --server . /tmp"} {
		r := sshRun(t, ts.addr, ann, "ann", cmd, nil)
		if r.code != 2 || !strings.Contains(r.stderr, "unknown command") {
			t.Errorf("%q: exit %d, %q; want 2 and unknown command", cmd, r.code, r.stderr)
		}
	}

	c, err := dial(ts.addr, ann, "ann")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	// No shell without a command.
	sess, _ := c.NewSession()
	var errOut bytes.Buffer
	sess.Stderr = &errOut
	if err := sess.Shell(); err == nil {
		err = sess.Wait()
		var exit *gossh.ExitError
		if !errors.As(err, &exit) || exit.ExitStatus() != 2 || !strings.Contains(errOut.String(), "submit NAME") {
			t.Errorf("a shell: %v, %q; want exit 2 and the usage", err, errOut.String())
		}
	}
	sess.Close()
	// No file transfer.
	sess, _ = c.NewSession()
	if err := sess.RequestSubsystem("sftp"); err == nil {
		t.Error("the sftp subsystem was granted")
	}
	sess.Close()
	// No port forwarding, either way.
	if conn, err := c.Dial("tcp", ts.addr); err == nil {
		conn.Close()
		t.Error("a direct-tcpip channel (ssh -L) was opened")
	}
	if l, err := c.Listen("tcp", "127.0.0.1:0"); err == nil {
		l.Close()
		t.Error("a remote forward (ssh -R) was granted")
	}
}

// TestSubmitRefusesBadInputWithExit2: nothing is checked or saved.
func TestSubmitRefusesBadInputWithExit2(t *testing.T) {
	dir := t.TempDir()
	ann := newTestKey(t, "Ann")
	writeKeys(t, filepath.Join(dir, "learners"), ann)
	ts := startServer(t, Config{Dir: filepath.Join(dir, "class"), Learners: filepath.Join(dir, "learners")})
	big := append([]byte("package ch01\n//"), bytes.Repeat([]byte("x"), MaxSubmission)...)
	for _, c := range []struct {
		cmd   string
		stdin []byte
		want  string
	}{
		{"submit nosuch", answerOf(t, "mse"), `no exercise "nosuch" (valid: mse, bce,`},
		{"submit mes", answerOf(t, "mse"), `did you mean "mse"?`},
		{"submit", answerOf(t, "mse"), "one exercise name"},
		{"submit mse bce", answerOf(t, "mse"), "one exercise name"},
		{"submit mse", []byte("def mse(p, y):\n    return 0\n"), "not Go source"},
		{"submit mse", []byte{0x7f, 'E', 'L', 'F', 0, 0}, "not Go source"},
		{"submit mse", big, "over 256 KB"},
		{"submit mse", []byte{}, "nothing came on standard input"},
		{"list extra", nil, "no arguments"},
		{"frobnicate", nil, "unknown command"},
	} {
		r := sshRun(t, ts.addr, ann, "ann", c.cmd, c.stdin)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit 2 and %q", c.cmd, r.code, r.stderr, c.want)
		}
	}
	l, _ := ts.class.learner(personID("Ann"))
	if l.Last != nil || l.Pending != nil {
		t.Errorf("bad input was recorded: %+v", l)
	}
}

// TestAWorkspaceIsKeptAcrossRestarts: the host key, the learner's file and
// their progress survive a restart; list shows it.
func TestAWorkspaceIsKeptAcrossRestarts(t *testing.T) {
	dir := t.TempDir()
	ann := newTestKey(t, "Ann Lee")
	writeKeys(t, filepath.Join(dir, "learners"), ann)
	cfg := Config{Dir: filepath.Join(dir, "class"), Learners: filepath.Join(dir, "learners")}
	ts := startServer(t, cfg)
	if r := sshRun(t, ts.addr, ann, "ann", "submit mse", answerOf(t, "mse")); r.code != 0 {
		t.Fatalf("the answer failed: %s%s", r.stdout, r.stderr)
	}
	key1 := ts.hostKey.PublicKey().Marshal()
	ts.stop(t)

	ts = startServer(t, cfg)
	if !bytes.Equal(key1, ts.hostKey.PublicKey().Marshal()) {
		t.Error("the host key changed across a restart")
	}
	r := sshRun(t, ts.addr, ann, "ann", "list", nil)
	if r.code != 0 || !strings.Contains(r.stdout, "Ann Lee: 1 of") || !strings.Contains(r.stdout, "mse             01-background     passed") {
		t.Errorf("list after a restart:\n%s%s", r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, "submit bce < exercises/ch01/bce.go") || !strings.Contains(r.stdout, "ssh -p ") {
		t.Errorf("list does not say how to submit the next one:\n%s", r.stdout)
	}
	ws := ts.ws.dir(personID("Ann Lee"))
	saved, _ := os.ReadFile(filepath.Join(ws, "ch01", "mse.go"))
	if !bytes.Equal(saved, answerOf(t, "mse")) {
		t.Error("the submitted file is not in the workspace")
	}
	st, err := runner.LoadState(ws)
	if err != nil || !st.Passed["mse"] {
		t.Errorf("the workspace's progress file does not record the pass: %v %v", st.Passed, err)
	}
}

// TestAPendingCheckRunsAgainAfterARestart: a server killed mid-check
// finds the check pending and records its verdict.
func TestAPendingCheckRunsAgainAfterARestart(t *testing.T) {
	dir := t.TempDir()
	ann := newTestKey(t, "Ann")
	writeKeys(t, filepath.Join(dir, "learners"), ann)
	cfg := Config{Dir: filepath.Join(dir, "class"), Learners: filepath.Join(dir, "learners")}
	// What a server killed after saving the file and marking the check
	// pending leaves behind.
	p := Person{ID: personID("Ann"), Name: "Ann"}
	{
		s, err := New(Config{Dir: cfg.Dir, Learners: cfg.Learners, UnsafeNoSandbox: true, Log: io.Discard})
		if err != nil {
			t.Fatal(err)
		}
		ws, err := s.ws.ensure(p.ID)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(ws, "ch01", "mse.go"), answerOf(t, "mse"), 0o644)
		s.class.begin(p, "mse", runner.HashSource(answerOf(t, "mse")))
	}
	ts := startServer(t, cfg)
	deadline := time.Now().Add(60 * time.Second)
	for {
		l, _ := ts.class.learner(p.ID)
		if l.Pending == nil && l.Last != nil {
			if l.Last.Status != "passed" || len(l.Passed) != 1 {
				t.Errorf("the resumed check: %+v", *l.Last)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the pending check was not run after the restart")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestOpenNamesLearnersBySSHUser: with --open any key gets in under the
// SSH user's name, which then belongs to that key.
func TestOpenNamesLearnersBySSHUser(t *testing.T) {
	dir := t.TempDir()
	a, b := newTestKey(t, ""), newTestKey(t, "")
	ts := startServer(t, Config{Dir: dir, Open: true})
	if r := sshRun(t, ts.addr, a, "ann", "list", nil); r.code != 0 || !strings.HasPrefix(r.stdout, "ann: 0 of") {
		t.Errorf("list as ann: %d %q %q", r.code, r.stdout, r.stderr)
	}
	if r := sshRun(t, ts.addr, b, "ann", "list", nil); r.code != 1 || !strings.Contains(r.stderr, "taken by someone else's key") {
		t.Errorf("another key as ann: %d %q", r.code, r.stderr)
	}
	if r := sshRun(t, ts.addr, b, "\x1b[2Jbob", "list", nil); r.code != 1 || !strings.Contains(r.stderr, "choose another SSH user name") {
		t.Errorf("a name with an escape: %d %q", r.code, r.stderr)
	}
}

// TestAFloodFromOneKeyIsRefused: past its limits a key's sessions are
// refused with a message, and other learners are served meanwhile.
func TestAFloodFromOneKeyIsRefused(t *testing.T) {
	dir := t.TempDir()
	ann, bob := newTestKey(t, "Ann"), newTestKey(t, "Bob")
	writeKeys(t, filepath.Join(dir, "learners"), ann, bob)
	ts := startServer(t, Config{Dir: filepath.Join(dir, "class"), Learners: filepath.Join(dir, "learners"), PerMinute: 5})
	refused := 0
	for range 8 {
		r := sshRun(t, ts.addr, ann, "ann", "list", nil)
		if r.code == 1 && strings.Contains(r.stderr, "too many connections from your key") {
			refused++
		}
	}
	if refused != 3 {
		t.Errorf("8 sessions in a minute with a limit of 5: %d refused, want 3", refused)
	}
	if r := sshRun(t, ts.addr, bob, "bob", "list", nil); r.code != 0 {
		t.Errorf("another learner was refused too: %q", r.stderr)
	}
}

// TestAPlaceInTheQueueIsShown: with one worker busy, a second submission
// hears where it stands.
func TestAPlaceInTheQueueIsShown(t *testing.T) {
	q := newQueue(1)
	release := make(chan struct{})
	started := make(chan struct{})
	go q.do(context.Background(), nil, func() { close(started); <-release })
	<-started
	var places []int
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		q.do(context.Background(), func(n int) { mu.Lock(); places = append(places, n); mu.Unlock() }, func() {})
		close(done)
	}()
	for told := 0; told == 0; {
		time.Sleep(time.Millisecond)
		mu.Lock()
		told = len(places)
		mu.Unlock()
	}
	close(release)
	<-done
	mu.Lock()
	defer mu.Unlock()
	if len(places) == 0 || places[0] != 1 {
		t.Errorf("places told: %v, want [1]", places)
	}
}

// TestTheSameFileIsCheckedOnce: a file the server has checked before gets
// the same verdict without a second build, and it is recorded all the same.
func TestTheSameFileIsCheckedOnce(t *testing.T) {
	dir := t.TempDir()
	ann, bob := newTestKey(t, "Ann"), newTestKey(t, "Bob")
	writeKeys(t, filepath.Join(dir, "learners"), ann, bob)
	ts := startServer(t, Config{Dir: filepath.Join(dir, "class"), Learners: filepath.Join(dir, "learners")})
	for _, k := range []testKey{ann, bob} {
		if r := sshRun(t, ts.addr, k, "x", "submit mse", answerOf(t, "mse")); r.code != 0 {
			t.Fatalf("%s: %s%s", k.name, r.stdout, r.stderr)
		}
	}
	if !strings.Contains(ts.logs.String(), "Bob: mse passed (the same file as checked before") {
		t.Errorf("the second identical file was checked again:\n%s", ts.logs.String())
	}
	if l, _ := ts.class.learner(personID("Bob")); len(l.Passed) != 1 {
		t.Errorf("Bob's pass was not recorded: %+v", l)
	}
}

// TestTheBoardIsLiveOverSSH: an instructor's terminal session opens the
// board; a learner's verdict shows on it while it is open; q ends it.
func TestTheBoardIsLiveOverSSH(t *testing.T) {
	dir := t.TempDir()
	ann, teacher := newTestKey(t, "Ann Lee"), newTestKey(t, "Teacher")
	writeKeys(t, filepath.Join(dir, "learners"), ann)
	writeKeys(t, filepath.Join(dir, "instructors"), teacher)
	ts := startServer(t, Config{Dir: filepath.Join(dir, "class"), Learners: filepath.Join(dir, "learners"), Instructors: filepath.Join(dir, "instructors")})

	c, err := dial(ts.addr, teacher, "teacher")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	screen := &syncBuffer{}
	sess.Stdout = screen
	keys, _ := sess.StdinPipe()
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	waitFor := func(what string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !strings.Contains(ansi.Strip(screen.String()), what) {
			if time.Now().After(deadline) {
				t.Fatalf("the board never showed %q; it showed:\n%s", what, ansi.Strip(screen.String()))
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitFor("No learner has come in yet")
	if r := sshRun(t, ts.addr, ann, "ann", "submit mse", wrongOf(t, "mse")); r.code != 1 {
		t.Fatalf("the wrong solution: exit %d", r.code)
	}
	waitFor("Ann Lee")
	waitFor("Stuck most: mse (1 learner")
	keys.Write([]byte("q"))
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("the board ended with %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("q did not end the board")
	}
}

// quietModel is a workbook stand-in that shows one line and waits.
type quietModel struct{}

func (quietModel) Init() tea.Cmd                       { return nil }
func (quietModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return quietModel{}, nil }
func (quietModel) View() tea.View                      { return tea.NewView("the workbook") }

// TestAnIdleSessionEndsWithAMessage: a learner's terminal session with no
// key for the idle limit ends, saying why and that the work is kept.
func TestAnIdleSessionEndsWithAMessage(t *testing.T) {
	dir := t.TempDir()
	ann := newTestKey(t, "Ann")
	writeKeys(t, filepath.Join(dir, "learners"), ann)
	ts := startServer(t, Config{Dir: filepath.Join(dir, "class"), Learners: filepath.Join(dir, "learners"), IdleTimeout: time.Second})
	ts.workbook = func(ssh.Session, Person) (tea.Model, func(), error) { return quietModel{}, func() {}, nil }
	c, err := dial(ts.addr, ann, "ann")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, _ := c.NewSession()
	defer sess.Close()
	sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{})
	var out, errOut syncBuffer
	sess.Stdout, sess.Stderr = &out, &errOut
	start := time.Now()
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case err := <-done:
		if err != nil || !strings.Contains(errOut.String(), "no key for 1 second, so the session ended; your work is saved") {
			t.Errorf("the idle session ended with %v, saying %q", err, errOut.String())
		}
		if !strings.Contains(out.String(), "the workbook") {
			t.Errorf("the workbook was not shown: %q", out.String())
		}
		t.Logf("ended after %s", time.Since(start).Round(time.Millisecond))
	case <-time.After(20 * time.Second):
		t.Fatal("an idle session did not end")
	}
}

func freeAddr(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}

	defer l.Close()
	return l.Addr().String()
}
