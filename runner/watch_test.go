package runner

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// waitChange waits for a report about the named exercise, skipping reports
// about others (a loaded machine may split one save into two reports), and
// fails after a generous limit instead of hanging.
func waitChange(t *testing.T, w *Watcher, name string) Change {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case ch := <-w.Changes():
			if ch.Exercise.Name == name {
				return ch
			}
		case err := <-w.Errors():
			t.Fatalf("watcher error: %v", err)
		case <-timeout:
			t.Fatalf("no change of %s reported within 10 s of saving it", name)
		}
	}
}

// Each step saves a different exercise, so a report can only come from the
// step that expects it.
func TestWatcherSeesSavesInPlaceAndByRename(t *testing.T) {
	dir := copyExercises(t)
	w, err := NewWatcher(dir, 20*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()

	// An in-place write, as nano or VS Code do.
	target := filepath.Join(dir, "ch03", "adam.go")
	if err := os.WriteFile(target, []byte("package ch03\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if ch := waitChange(t, w, "adam"); ch.Path != target {
		t.Errorf("in-place save reported with path %s, want %s", ch.Path, target)
	}

	// Write a new file and rename it over the old one, as vim and many
	// IDEs do; the directory watch survives it, so a second one works too.
	for _, name := range []string{"momentum", "nesterov"} {
		tmp := filepath.Join(dir, "ch03", "."+name+".go.swp")
		os.WriteFile(tmp, []byte("package ch03\n// v2\n"), 0o644)
		if err := os.Rename(tmp, filepath.Join(dir, "ch03", name+".go")); err != nil {
			t.Fatal(err)
		}
		waitChange(t, w, name)
	}

	// Files that are not exercises are ignored.
	os.WriteFile(filepath.Join(dir, "ch01", "notes.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "ch01", "mse.go~"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "ch01", "mse.go"), []byte("package ch01\n"), 0o644)
	waitChange(t, w, "mse")
}

func TestWatcherCloseEndsChanges(t *testing.T) {
	w, err := NewWatcher(copyExercises(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	w.Close() // twice is fine
	if _, ok := <-w.Changes(); ok {
		t.Error("Changes should be closed after Close")
	}
}
