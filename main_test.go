package main

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary stand in for the descent binary: with
// DESCENT_BE_MAIN=1 it runs main() instead of the tests, so tests can run
// the real command line as a subprocess without building it first.
func TestMain(m *testing.M) {
	if os.Getenv("DESCENT_BE_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// descent runs the command line as a subprocess and returns its stdout,
// stderr and exit code.
func descent(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "DESCENT_BE_MAIN=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if exit, ok := err.(*exec.ExitError); ok {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("running descent %v: %v", args, err)
	}
	return out.String(), errb.String(), code
}

// runInProcess runs the command line in this process with buffers.
func runInProcess(args ...string) (stdout, stderr string, code int) {
	var out, errb bytes.Buffer
	code = run(args, &cmdEnv{stdin: &bytes.Buffer{}, stdout: &out, stderr: &errb})
	return out.String(), errb.String(), code
}

// checkPicture checks a picture file: a PNG must decode at the given size,
// an SVG must be well-formed XML with an <svg> root.
func checkPicture(t *testing.T, path string, width, height int) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(path, ".png") {
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: not a PNG: %v", path, err)
		}
		if r := img.Bounds(); r.Dx() != width || r.Dy() != height {
			t.Errorf("%s is %d×%d, want %d×%d", path, r.Dx(), r.Dy(), width, height)
		}
		return
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", path, err)
		}
		if el, ok := tok.(xml.StartElement); ok && root == "" {
			root = el.Name.Local
		}
	}
	if root != "svg" {
		t.Errorf("%s: root element %q, want svg", path, root)
	}
}

func TestHelp(t *testing.T) {
	stdout, stderr, code := runInProcess("help", "nope")
	if code != 2 || stdout != "" || stderr != "descent: help: unknown command \"nope\" (valid: trace, train, chapters, read, run, list, check, watch, hint, reset, solution, serve, board)\n" {
		t.Errorf("help nope: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	stdout, _, code = runInProcess("help", "train")
	if code != 0 || !strings.Contains(stdout, "Usage: go run . train") || !strings.Contains(stdout, "-save-weights") {
		t.Errorf("help train: exit %d:\n%s", code, stdout)
	}
	stdout, _, code = runInProcess("help")
	if code != 0 || !strings.Contains(stdout, "Exit codes: 0 done") {
		t.Errorf("help: exit %d:\n%s", code, stdout)
	}
}

// Durations say how to write one: "10" needs a unit.
func TestDurationFlags(t *testing.T) {
	fs := newFlagSet("check")
	fs.Duration("timeout", time.Second, "")
	bounded := durationFlag(fs, "debounce", 100*time.Millisecond, 0, time.Minute, "")
	cases := map[string]string{
		"--timeout=10":    `--timeout "10": a duration needs a unit: write "10s" for seconds or "10m" for minutes`,
		"--timeout=soon":  `--timeout "soon": not a duration; give a number with a unit, like "10s" or "2m"`,
		"--debounce=-1s":  `--debounce "-1s": must be between 0s and 1m0s`,
		"--debounce=5":    `--debounce "5": a duration needs a unit: write "5s" for seconds or "5m" for minutes`,
		"--debounce=2h":   `--debounce "2h": must be between 0s and 1m0s`,
		"--debounce=nope": `--debounce "nope": not a duration; give a number with a unit, like "10s" or "2m"`,
	}
	for arg, want := range cases {
		err := fs.Parse([]string{arg})
		if err == nil || cleanFlagError(fs, err) != want {
			t.Errorf("%s: %v, want %q", arg, err, want)
		}
	}
	if err := fs.Parse([]string{"--debounce=250ms"}); err != nil || *bounded != 250*time.Millisecond {
		t.Errorf("--debounce=250ms: %v %v", *bounded, err)
	}
}
