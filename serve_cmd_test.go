package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"

	"descent/serve"
)

func keyLine(t *testing.T, name string) string {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	k, _ := gossh.NewPublicKey(pub)
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k))) + " " + name + "\n"
}

// TestServeRefusesBadInput: each mistake gets one line and exit 2, and
// nothing is started or written.
func TestServeRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "learners")
	os.WriteFile(good, []byte(keyLine(t, "Ann Lee")), 0o600)
	noName := filepath.Join(dir, "noname")
	os.WriteFile(noName, []byte(strings.TrimSuffix(keyLine(t, "x"), " x\n")+"\n"), 0o600)
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, []byte("# nobody yet\n"), 0o600)
	class := filepath.Join(dir, "class")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"serve"}, "say who may come in: --learners FILE"},
		{[]string{"serve", "--open", "--learners", good}, "not both"},
		{[]string{"serve", "--learners", filepath.Join(dir, "missing")}, "--learners: stat"},
		{[]string{"serve", "--learners", noName}, "noname:1: the key has no comment"},
		{[]string{"serve", "--learners", empty}, "holds no key"},
		{[]string{"serve", "--open", "--workers", "0"}, "--workers 0 is out of range: it must be from 1 to 256"},
		{[]string{"serve", "--open", "--max-sessions", "0"}, "--max-sessions 0 is out of range"},
		{[]string{"serve", "--open", "--addr", "2323"}, `--addr "2323" is not host:port`},
		{[]string{"serve", "--open", "extra"}, "serve takes no arguments"},
		{[]string{"serve", "--open", "--dir", ""}, "--dir needs a value"},
	} {
		args := c.args
		if !strings.Contains(strings.Join(args, " "), "--dir") {
			args = append(args, "--dir", class)
		}
		code, stdout, stderr := exRun(t, "", args...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", c.args, code, stdout, stderr, c.want)
		}
		exOneLine(t, stderr)
	}
	if _, err := os.Stat(class); err == nil {
		t.Error("bad input made the class directory")
	}
}

// TestServeWarnsWithoutTheSandbox: --unsafe-no-sandbox is said at start,
// before anything else (here the start then fails: the port is taken).
func TestServeWarnsWithoutTheSandbox(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	code, _, stderr := exRun(t, "", "serve", "--open", "--unsafe-no-sandbox", "--addr", l.Addr().String(), "--dir", t.TempDir())
	if code != 1 || !strings.HasPrefix(stderr, "WARNING: --unsafe-no-sandbox: learners' code runs without bubblewrap") || !strings.Contains(stderr, "address already in use") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestBoardReadsAClassDirectory: descent board prints what the server
// keeps, as text or JSON, and refuses a directory that holds no class.
func TestBoardReadsAClassDirectory(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := exRun(t, "", "board", "--dir", dir)
	if code != 2 || !strings.Contains(stderr, "holds no class (no class.json)") {
		t.Errorf("an empty directory: exit %d, %q", code, stderr)
	}
	state := `{"version": 1, "learners": {"ann": {"id": "ann", "name": "Ann Lee", "online": 1,
		"passed": {"mse": "2026-03-01T09:00:00Z"}, "attempts": {"bce": 2}, "current": "bce",
		"current_since": "2026-03-01T09:05:00Z", "last": {"exercise": "bce", "status": "failed", "at": "2026-03-01T09:10:00Z"}}}}`
	os.WriteFile(filepath.Join(dir, serve.ClassFile), []byte(state), 0o600)
	code, stdout, _ := exRun(t, "", "board", "--dir", dir)
	if code != 0 || !strings.Contains(stdout, "Ann Lee") || !strings.Contains(stdout, "Stuck most: bce (1 learner, 2 failed checks") {
		t.Errorf("the text board: exit %d\n%s", code, stdout)
	}
	code, stdout, _ = exRun(t, "", "board", "--dir", dir, "--json", "--sort", "stuck")
	var b serve.Board
	if code != 0 || json.Unmarshal([]byte(stdout), &b) != nil || len(b.Learners) != 1 || b.Learners[0].Passed != 1 || b.Learners[0].Current != "bce" {
		t.Errorf("the JSON board: exit %d\n%s", code, stdout)
	}
	code, _, stderr = exRun(t, "", "board", "--dir", dir, "--sort", "speed")
	if code != 2 || !strings.Contains(stderr, `--sort "speed" is not an order (valid: progress, stuck, name)`) {
		t.Errorf("--sort speed: exit %d, %q", code, stderr)
	}
	os.WriteFile(filepath.Join(dir, serve.ClassFile), []byte("{not json"), 0o600)
	if code, _, stderr = exRun(t, "", "board", "--dir", dir); code != 1 || !strings.Contains(stderr, "is not a class state descent wrote") {
		t.Errorf("a corrupt class state: exit %d, %q", code, stderr)
	}
}
