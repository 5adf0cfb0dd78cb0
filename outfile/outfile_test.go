//go:build unix

package outfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeFile(t *testing.T, path, text string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func modeOf(t *testing.T, path string) os.FileMode {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode().Perm()
}

// onlyFiles lists dir, so a test can see that no temporary file was left.
func onlyFiles(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("directory holds %v, want %v", got, want)
	}
}

func TestNewFileGetsTheUmaskMode(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	path := filepath.Join(dir, "w.json")
	if err := WriteFile(path, []byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if m := modeOf(t, path); m != 0o644 {
		t.Errorf("new file has mode %04o, want 0644 (0666 under umask 022)", m)
	}
	syscall.Umask(0o077)
	other := filepath.Join(dir, "h.json")
	if err := WriteFile(other, []byte("{}\n")); err != nil {
		t.Fatal(err)
	}
	if m := modeOf(t, other); m != 0o600 {
		t.Errorf("under umask 077 the new file has mode %04o, want 0600", m)
	}
	onlyFiles(t, dir, "h.json", "w.json")
}

func TestExistingFileKeepsItsMode(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.json")
	writeFile(t, path, "old", 0o640)
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("content %q", b)
	}
	if m := modeOf(t, path); m != 0o640 {
		t.Errorf("mode became %04o, want 0640 kept", m)
	}
}

func TestSymlinkIsWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.json")
	link := filepath.Join(dir, "link.json")
	writeFile(t, target, "old", 0o644)
	if err := os.Symlink("real.json", link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	info, err := os.Lstat(link)
	if err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the symlink was replaced: %v %v", info.Mode(), err)
	}
	if b, _ := os.ReadFile(target); string(b) != "new" {
		t.Errorf("target holds %q, want the new content", b)
	}
	// A dangling link creates its target.
	dangling := filepath.Join(dir, "dangling.json")
	if err := os.Symlink("later.json", dangling); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(dangling, []byte("x")); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "later.json")); err != nil || string(b) != "x" {
		t.Errorf("dangling link's target: %q %v", b, err)
	}
	onlyFiles(t, dir, "dangling.json", "later.json", "link.json", "real.json")
}

// A write that fails halfway leaves the old file byte for byte, with its
// mode, and no temporary file; the message names the user's path only.
func TestFailedWriteChangesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.json")
	writeFile(t, path, "precious", 0o640)
	err := Write(path, func(w io.Writer) error {
		io.WriteString(w, "half")
		return errors.New("weights are not all finite numbers")
	})
	if err == nil || !strings.Contains(err.Error(), "writing "+path+": weights are not all finite numbers") {
		t.Errorf("error %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "precious" {
		t.Errorf("file now holds %q", b)
	}
	if m := modeOf(t, path); m != 0o640 {
		t.Errorf("mode became %04o", m)
	}
	onlyFiles(t, dir, "w.json")
}

func TestWriteRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	for path, want := range map[string]string{
		dir:         "is a directory",
		"/dev/null": "is a device",
	} {
		err := WriteFile(path, []byte("x"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", path, err, want)
		}
	}
}

// readOnlyDir returns a directory that cannot be written. Root writes
// anywhere permissions allow nothing, so as root it is /sys, which the
// kernel refuses to everyone.
func readOnlyDir(t *testing.T) string {
	if os.Geteuid() != 0 {
		dir := t.TempDir()
		os.Chmod(dir, 0o555)
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		return dir
	}
	f, err := os.Create("/sys/.descent-test")
	if err == nil {
		f.Close()
		os.Remove("/sys/.descent-test")
		t.Fatal("no read-only directory to test with")
	}
	return "/sys"
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "data.csv")
	writeFile(t, data, "a,y\n1,0\n", 0o644)
	link := filepath.Join(dir, "link.csv")
	os.Symlink("data.csv", link)
	hard := filepath.Join(dir, "hard.csv")
	os.Link(data, hard)
	locked := filepath.Join(dir, "locked.json")
	writeFile(t, locked, "{}", 0o444)
	ro := readOnlyDir(t)
	in := []File{{"--data", data}}
	cases := []struct {
		name    string
		outputs []File
		want    string
	}{
		{"fine", []File{{"--history", filepath.Join(dir, "h.json")}, {"--save-weights", filepath.Join(dir, "w.json")}}, ""},
		{"empty ignored", []File{{"--history", ""}}, ""},
		{"the input", []File{{"--history", data}}, "--history " + data + " is the same file as the input --data " + data + "; refusing to overwrite an input"},
		{"the input, another spelling", []File{{"--history", dir + "/./data.csv"}}, "is the same file as the input --data"},
		{"the input through a symlink", []File{{"--history", link}}, "is the same file as the input --data"},
		{"the input through a hard link", []File{{"--history", hard}}, "is the same file as the input --data"},
		{"two outputs", []File{{"--save-weights", filepath.Join(dir, "x.json")}, {"--history", filepath.Join(dir, "x.json")}},
			"--save-weights " + filepath.Join(dir, "x.json") + " and --history " + filepath.Join(dir, "x.json") + " are the same file"},
		{"missing directory", []File{{"--history", filepath.Join(dir, "no", "h.json")}}, "directory " + filepath.Join(dir, "no") + " does not exist"},
		{"a directory", []File{{"--history", dir}}, "is a directory"},
		{"a device", []File{{"--history", "/dev/null"}}, "is a device"},
		{"read-only file", []File{{"--history", locked}}, "is read-only (mode 0444)"},
		{"read-only directory", []File{{"--save-weights", filepath.Join(ro, "w.json")}}, "--save-weights " + filepath.Join(ro, "w.json") + ": cannot write in directory " + ro + ": permission denied"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := Check(in, c.outputs)
			switch {
			case c.want == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("error %v, want one containing %q", err, c.want)
			case err != nil && strings.Contains(err.Error(), ".descent-"):
				t.Errorf("the message names a temporary file: %v", err)
			}
		})
	}
	onlyFiles(t, dir, "data.csv", "hard.csv", "link.csv", "locked.json")
}
