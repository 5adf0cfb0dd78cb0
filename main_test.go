package main

import (
	"bytes"
	"os"
	"os/exec"
	"testing"
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
