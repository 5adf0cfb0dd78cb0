package tui

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// A program that ends (even by a panic) closes the store first: a save
// after that writes nothing, so no temporary file can be left half done,
// and a temporary file an earlier crash left behind is swept at start.
func TestPositionStoreLeavesNoTemporaryFiles(t *testing.T) {
	dir := t.TempDir()
	s := &positionStore{path: filepath.Join(dir, positionFile)}
	stale := s.path + ".tmp12345"
	if err := os.WriteFile(stale, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	s.removeStaleTemps(time.Now())
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("a stale temporary file survived the sweep: %v", err)
	}
	if err := s.Save(position{Screen: "lab"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := s.Save(position{Screen: "reader", Arg: "1"}); err != nil {
		t.Fatal(err)
	}
	p, _ := s.Load()
	if p.Screen != "lab" {
		t.Errorf("a save after Close changed the file: %+v", p)
	}
	left, _ := filepath.Glob(filepath.Join(dir, "*.tmp*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}
