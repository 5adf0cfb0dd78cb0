package runner

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// StateFile is the progress file's name, inside the exercises directory.
const StateFile = ".descent-state.json"

// ErrNoState means there is no usable progress file: it is missing or
// corrupt. Callers rebuild it by checking every exercise.
var ErrNoState = errors.New("no usable progress file")

// State is the learner's progress: which exercises have passed.
type State struct {
	Passed map[string]bool `json:"passed"`
}

type stateFile struct {
	Version int      `json:"version"`
	Passed  []string `json:"passed"` // exercise names, sorted
}

// StatePath is where the progress file of the exercises at dir lives.
func StatePath(dir string) string { return filepath.Join(dir, StateFile) }

// LoadState reads the progress file. A missing or corrupt file gives an
// empty State and an error wrapping ErrNoState; names no longer in the
// catalog are dropped.
func LoadState(dir string) (State, error) {
	st := State{Passed: map[string]bool{}}
	data, err := os.ReadFile(StatePath(dir))
	if errors.Is(err, fs.ErrNotExist) {
		return st, fmt.Errorf("%w: %s does not exist", ErrNoState, StateFile)
	}
	if err != nil {
		return st, fmt.Errorf("%w: %v", ErrNoState, err)
	}
	var f stateFile
	if err := json.Unmarshal(data, &f); err != nil || f.Version != 1 {
		return st, fmt.Errorf("%w: %s is corrupt", ErrNoState, StateFile)
	}
	for _, name := range f.Passed {
		if index(name) >= 0 {
			st.Passed[name] = true
		}
	}
	return st, nil
}

// SaveState writes the progress file atomically: a reader (or a crash at
// any moment) sees either the old file or the new one, never half of one.
func SaveState(dir string, st State) error {
	f := stateFile{Version: 1, Passed: []string{}}
	for name, ok := range st.Passed {
		if ok {
			f.Passed = append(f.Passed, name)
		}
	}
	sort.Strings(f.Passed)
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	if err := WriteFileAtomic(StatePath(dir), append(data, '\n'), 0o644); err != nil {
		return err
	}
	removeStaleTemps(dir)
	return nil
}

// removeStaleTemps deletes temporary files left by a writer that was killed
// before its rename. Only old ones: a young one may be another process's
// write in progress.
func removeStaleTemps(dir string) {
	temps, _ := filepath.Glob(filepath.Join(dir, StateFile+".tmp*"))
	for _, t := range temps {
		if info, err := os.Stat(t); err == nil && time.Since(info.ModTime()) > time.Minute {
			os.Remove(t)
		}
	}
}

// Record updates st with the results' verdicts: a pass marks the exercise
// done, anything else but a RunError marks it not done.
func (st *State) Record(results ...Result) {
	if st.Passed == nil {
		st.Passed = map[string]bool{}
	}
	for _, r := range results {
		switch r.Status {
		case Passed:
			st.Passed[r.Exercise.Name] = true
		case RunError, Pending:
			// says nothing about the learner's code
		default:
			delete(st.Passed, r.Exercise.Name)
		}
	}
}

// Next returns the first exercise in catalog order that has not passed, and
// false when every one has.
func (st State) Next() (Exercise, bool) {
	for _, e := range catalog {
		if !st.Passed[e.Name] {
			return e, true
		}
	}
	return Exercise{}, false
}

// WriteFileAtomic writes data to a temporary file beside path, syncs it and
// renames it over path, so path always holds a complete file.
func WriteFileAtomic(path string, data []byte, perm fs.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, perm)
	}
	if err == nil {
		err = os.Rename(name, path)
	}
	if err != nil {
		os.Remove(name)
		return err
	}
	return nil
}
