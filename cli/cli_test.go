package cli

import (
	"os"
	"path/filepath"
	"testing"
)

func TestPrefixForEachWayOfRunning(t *testing.T) {
	bin := t.TempDir()
	cases := []struct {
		exe, path, want string
	}{
		{"/tmp/go-build123456/b001/exe/descent", "/usr/bin", GoRun},
		{"/tmp/TestX/runner.test", "/usr/bin", GoRun},
		{filepath.Join(bin, "descent"), "/usr/bin" + string(os.PathListSeparator) + bin, "descent"},
		{"/opt/elsewhere/descent", "/usr/bin", "/opt/elsewhere/descent"},
	}
	for _, c := range cases {
		if got := prefixFor(c.exe, c.path); got != c.want {
			t.Errorf("prefixFor(%q, %q) = %q, want %q", c.exe, c.path, got, c.want)
		}
	}
}

func TestLineUsesThePrefix(t *testing.T) {
	SetPrefix("ssh -p 2323 localhost")
	defer SetPrefix(GoRun)
	if got := Line("submit mse"); got != "ssh -p 2323 localhost submit mse" {
		t.Errorf("Line = %q", got)
	}
	if got := Line(""); got != "ssh -p 2323 localhost" {
		t.Errorf("Line(\"\") = %q", got)
	}
}
