package tui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"time"

	"descent/runner"
)

// positionFile is the TUI's own small state file, beside the runner's
// .descent-state.json in the exercises directory.
const positionFile = ".descent-tui.json"

// A position is where the learner was last: enough for "continue" on home.
type position struct {
	Screen string `json:"screen"` // "reader", "exercises" or "lab"
	Arg    string `json:"arg,omitempty"`
	Label  string `json:"label,omitempty"` // what home shows, e.g. "Chapter 3 · Algorithms"
}

// positionStore reads and writes the position file. A missing or corrupt
// file is simply no position; a failed write is ignored (the workbook must
// never stop because a state file could not be saved).
type positionStore struct {
	path   string
	mu     sync.Mutex
	closed bool // after Close, Save writes nothing
}

// Close waits for a Save in progress and makes later ones do nothing, so
// the program can exit (even after a panic) without leaving a half-written
// temporary file beside the position file.
func (s *positionStore) Close() {
	if s == nil {
		return
	}
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
}

// removeStaleTemps deletes temporary files an earlier run left behind when
// it was killed in the middle of a Save. Files younger than a minute may
// belong to another descent running right now, so they stay.
func (s *positionStore) removeStaleTemps(now time.Time) {
	if s == nil || s.path == "" {
		return
	}
	matches, _ := filepath.Glob(s.path + ".tmp*")
	for _, m := range matches {
		if fi, err := os.Stat(m); err == nil && now.Sub(fi.ModTime()) > time.Minute {
			_ = os.Remove(m)
		}
	}
}

// Load returns the saved position, if any.
func (s *positionStore) Load() (position, bool) {
	if s == nil || s.path == "" {
		return position{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := os.ReadFile(s.path)
	if err != nil {
		return position{}, false
	}
	var p position
	if json.Unmarshal(b, &p) != nil || p.Screen == "" {
		return position{}, false
	}
	return p, true
}

// Save writes p atomically (the runner's temporary file + rename), so a
// crash never leaves half a file.
func (s *positionStore) Save(p position) error {
	if s == nil || s.path == "" {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	if fi, err := os.Stat(filepath.Dir(s.path)); err != nil || !fi.IsDir() {
		return nil // no exercises directory here: nothing to remember beside
	}
	return runner.WriteFileAtomic(s.path, append(b, '\n'), 0o644)
}

// screenName and screenByName convert between IDs and the file's names.
func screenName(id screenID) string {
	switch id {
	case readerScreen:
		return "reader"
	case labScreen:
		return "lab"
	case exercisesScreen:
		return "exercises"
	}
	return "home"
}

func screenByName(name string) (screenID, bool) {
	switch name {
	case "reader":
		return readerScreen, true
	case "lab":
		return labScreen, true
	case "exercises":
		return exercisesScreen, true
	}
	return homeScreen, false
}
