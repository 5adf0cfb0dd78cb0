package main

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
)

// With no terminal, `descent` must not try to open the workbook: it names
// the headless commands and exits 0.
func TestHomeWithoutTerminalNamesHeadlessCommands(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for name, stdin := range map[string]io.Reader{"buffer": &bytes.Buffer{}, "pipe": r} {
		var out, errOut bytes.Buffer
		env := &cmdEnv{stdin: stdin, stdout: &out, stderr: &errOut}
		if code := run(nil, env); code != 0 {
			t.Errorf("%s: exit %d, want 0", name, code)
		}
		msg := out.String()
		for _, want := range []string{"needs a terminal", "trace", "train", "chapters", "read", "run", "list", "check", "go run . help"} {
			if !strings.Contains(msg, want) {
				t.Errorf("%s: message lacks %q:\n%s", name, want, msg)
			}
		}
		if strings.Count(msg, "\n") > 6 {
			t.Errorf("%s: the message should be short:\n%s", name, msg)
		}
		if errOut.Len() != 0 {
			t.Errorf("%s: nothing belongs on stderr, got %q", name, errOut.String())
		}
	}
}

// A terminal on stdin is not enough: stdout piped (descent | less) also
// means no workbook.
func TestHomeWithStdoutPiped(t *testing.T) {
	var out bytes.Buffer
	if code := run(nil, &cmdEnv{stdin: os.Stdin, stdout: &out, stderr: &out}); code != 0 {
		t.Errorf("exit %d, want 0", code)
	}
	if !strings.Contains(out.String(), "needs a terminal") {
		t.Errorf("got %q", out.String())
	}
}
