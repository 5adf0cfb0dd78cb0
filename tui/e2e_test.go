package tui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The end-to-end test drives the real binary in tmux, as a learner would:
// open, go to the lab, start a race, watch the chart change, resize, quit,
// and find the shell as it was. It needs tmux; CI installs it.

type tmuxSession struct {
	t      *testing.T
	socket string
	name   string
}

func (s *tmuxSession) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (s *tmuxSession) keys(keys ...string) {
	s.run(append([]string{"send-keys", "-t", s.name}, keys...)...)
}
func (s *tmuxSession) capture() string { return s.run("capture-pane", "-p", "-t", s.name) }
func (s *tmuxSession) captureEscapes() string {
	return s.run("capture-pane", "-p", "-e", "-t", s.name)
}
func (s *tmuxSession) display(format string) string {
	return strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, format))
}

// waitFor polls the pane until ok holds.
func (s *tmuxSession) waitFor(what string, ok func(pane string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		p := s.capture()
		if ok(p) {
			return p
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %s; pane:\n%s", what, p)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// buildDescent builds the binary into a temporary directory.
func buildDescent(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	bin := filepath.Join(dir, "descent")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = ".." // the module root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startTmux opens a shell in a detached w×h session with its own server.
func startTmux(t *testing.T, w, h int, env ...string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the end-to-end test needs it (apt-get install tmux)")
	}
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	s := &tmuxSession{t: t, socket: fmt.Sprintf("descent-e2e-%d-%d", os.Getpid(), time.Now().UnixNano()), name: "e2e"}
	args := []string{"new-session", "-d", "-s", s.name, "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "-c", t.TempDir()}
	args = append(args, "env", "PS1=e2e$ ", "TERM=xterm-256color")
	args = append(args, env...)
	args = append(args, "/bin/sh")
	s.run(args...)
	sock := s.display("#{socket_path}")
	t.Cleanup(func() {
		exec.Command("tmux", "-L", s.socket, "kill-server").Run()
		if strings.Contains(sock, s.socket) {
			os.Remove(sock) // tmux leaves its socket file behind
		}
	})
	s.waitFor("the shell prompt", func(p string) bool { return strings.Contains(p, "e2e$") })
	return s
}

func TestEndToEndInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the end-to-end test needs it (apt-get install tmux)")
	}
	bin := buildDescent(t)
	s := startTmux(t, 100, 30)
	s.keys("clear", "Enter")
	s.keys(bin, "Enter")
	s.waitFor("home", func(p string) bool { return strings.Contains(p, "descent · home") })
	if got := s.display("#{alternate_on}"); got != "1" {
		t.Errorf("the workbook should use the alternate screen; alternate_on = %q", got)
	}

	// To the lab (next-to-last entry) and start the race.
	s.keys("G", "k", "Enter")
	s.waitFor("the lab", func(p string) bool { return strings.Contains(p, "OPTIMIZERS") })
	s.keys("Space")
	first := s.waitFor("a chart", func(p string) bool { return strings.Contains(p, "┤") && strings.Contains(p, "running") })
	chart := func(p string) string { // the right-hand side below the map
		var b strings.Builder
		for _, line := range strings.Split(p, "\n") {
			if _, right, ok := strings.Cut(line, "│"); ok && strings.ContainsAny(right, "┤┼") {
				b.WriteString(right + "\n")
			}
		}
		return b.String()
	}
	s.waitFor("the chart to change", func(p string) bool { return chart(p) != "" && chart(p) != chart(first) })

	// Resize: the layout follows.
	s.run("resize-window", "-t", s.name, "-x", "120", "-y", "40")
	s.waitFor("the 120×40 layout", func(p string) bool {
		lines := strings.Split(strings.TrimRight(p, "\n"), "\n")
		return len(lines) >= 39 && strings.Index(lines[0], "q quit") > 100
	})
	s.run("resize-window", "-t", s.name, "-x", "70", "-y", "20")
	s.waitFor("the too-small message", func(p string) bool { return strings.Contains(p, "have 70×20") })
	s.run("resize-window", "-t", s.name, "-x", "100", "-y", "30")
	s.waitFor("the lab again", func(p string) bool { return strings.Contains(p, "OPTIMIZERS") })

	// Quit: the shell is back, in the normal screen, cursor and mouse as before.
	s.keys("q")
	p := s.waitFor("the shell again", func(p string) bool { return strings.Contains(p, "e2e$") && !strings.Contains(p, "descent ·") })
	if strings.Contains(p, "OPTIMIZERS") {
		t.Errorf("the lab is still on screen after quit:\n%s", p)
	}
	for format, want := range map[string]string{
		"#{alternate_on}":   "0",
		"#{cursor_flag}":    "1",
		"#{mouse_any_flag}": "0",
	} {
		if got := s.display(format); got != want {
			t.Errorf("after quit %s = %q, want %q", format, got, want)
		}
	}
	s.keys("echo still-$((40+2))", "Enter")
	s.waitFor("the shell to answer", func(p string) bool { return strings.Contains(p, "still-42") })
}

func TestEndToEndNoColor(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the end-to-end test needs it (apt-get install tmux)")
	}
	bin := buildDescent(t)
	s := startTmux(t, 80, 24, "NO_COLOR=1")
	s.keys(bin, "Enter")
	s.waitFor("home", func(p string) bool { return strings.Contains(p, "descent · home") })
	s.keys("G", "k", "Enter")
	s.waitFor("the lab", func(p string) bool { return strings.Contains(p, "OPTIMIZERS") })
	s.keys("Space")
	s.waitFor("a race", func(p string) bool { return strings.Contains(p, "┤") })
	esc := s.captureEscapes()
	for _, sgr := range []string{"[38;", "[48;", "[31m", "[32m", "[34m", "[35m"} {
		if strings.Contains(esc, sgr) {
			t.Errorf("NO_COLOR=1 but the pane has colour %q", sgr)
		}
	}
	s.keys("q")
	s.waitFor("the shell again", func(p string) bool { return strings.Contains(p, "e2e$") && !strings.Contains(p, "descent ·") })
}
