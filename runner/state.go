package runner

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
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

// State is the learner's progress. It is a cache, not an authority: a
// pass counts only while the learner's file is the one that passed (its
// SHA-256 is on record), so editing an exercise after passing it, copying
// someone else's progress file or editing this one by hand earns nothing;
// a file that was edited by hand or written by something else is not
// trusted at all, and the commands rebuild it by checking.
type State struct {
	Passed map[string]bool   // exercises whose current file is the one that passed
	Hashes map[string]string // the SHA-256 of the file that passed, by exercise
	Hints  map[string]int    // how many of an exercise's hints the learner has seen
	// Stale lists passes on record whose file has changed since: check
	// them again to know.
	Stale []string
}

type stateFile struct {
	Version int               `json:"version"`
	Passed  map[string]string `json:"passed"` // exercise → SHA-256 of the file that passed
	Hints   map[string]int    `json:"hints,omitempty"`
	Sum     string            `json:"sum"` // a checksum of the rest: an edit by hand breaks it
}

const stateVersion = 2

// stateKey keys the progress file's checksum. It is no secret (it is in
// the source): the checksum tells a file descent wrote from one edited by
// hand or by another program, which is then rebuilt rather than trusted.
var stateKey = []byte("descent progress file, version 2")

func (f stateFile) checksum() string {
	f.Sum = ""
	body, _ := json.Marshal(f)
	h := hmac.New(sha256.New, stateKey)
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// HashSource is the SHA-256 of a solution, as the progress file keeps it.
func HashSource(src []byte) string {
	sum := sha256.Sum256(src)
	return hex.EncodeToString(sum[:])
}

// StatePath is where the progress file of the exercises at dir lives.
func StatePath(dir string) string { return filepath.Join(dir, StateFile) }

// LoadState reads the progress file and checks each recorded pass against
// the learner's file as it is now. A missing, corrupt or hand-edited file
// gives an empty State and an error wrapping ErrNoState; names no longer in
// the catalog are dropped.
func LoadState(dir string) (State, error) {
	st := State{Passed: map[string]bool{}, Hashes: map[string]string{}, Hints: map[string]int{}}
	removeStaleTemps(dir)
	data, err := os.ReadFile(StatePath(dir))
	if errors.Is(err, fs.ErrNotExist) {
		return st, fmt.Errorf("%w: %s does not exist", ErrNoState, StateFile)
	}
	if err != nil {
		return st, fmt.Errorf("%w: %v", ErrNoState, err)
	}
	var f stateFile
	if err := json.Unmarshal(data, &f); err != nil || f.Version != stateVersion {
		return st, fmt.Errorf("%w: %s is corrupt or from another version of descent", ErrNoState, StateFile)
	}
	if !hmac.Equal([]byte(f.Sum), []byte(f.checksum())) {
		return st, fmt.Errorf("%w: %s was changed by something other than descent", ErrNoState, StateFile)
	}
	for name, hash := range f.Passed {
		e, err := Find(name)
		if err != nil {
			continue
		}
		cur, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(e.File)))
		if err == nil && hash != "" && HashSource(cur) == hash {
			st.Passed[name], st.Hashes[name] = true, hash
		} else {
			st.Stale = append(st.Stale, name)
		}
	}
	sort.Slice(st.Stale, func(i, j int) bool { return index(st.Stale[i]) < index(st.Stale[j]) })
	for name, n := range f.Hints {
		if index(name) >= 0 && n > 0 {
			st.Hints[name] = n
		}
	}
	return st, nil
}

// SaveState writes the progress file atomically: a reader (or a crash at
// any moment) sees either the old file or the new one, never half of one.
func SaveState(dir string, st State) error {
	f := stateFile{Version: stateVersion, Passed: map[string]string{}, Hints: map[string]int{}}
	for name, ok := range st.Passed {
		if ok {
			f.Passed[name] = st.Hashes[name]
		}
	}
	for name, n := range st.Hints {
		if n > 0 {
			f.Hints[name] = n
		}
	}
	f.Sum = f.checksum()
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

// removeStaleTemps deletes temporary files left by a writer of descent's
// state (the progress file, the TUI's) that was killed before its rename.
// Only old ones: a young one may be another process's write in progress.
func removeStaleTemps(dir string) {
	temps, _ := filepath.Glob(filepath.Join(dir, ".descent-*.tmp*"))
	for _, t := range temps {
		if info, err := os.Stat(t); err == nil && time.Since(info.ModTime()) > time.Minute {
			os.Remove(t)
		}
	}
}

// Record updates st with the results' verdicts: a pass marks the exercise
// done for the file that passed, anything else but a RunError marks it not
// done.
func (st *State) Record(results ...Result) {
	if st.Passed == nil {
		st.Passed = map[string]bool{}
	}
	if st.Hashes == nil {
		st.Hashes = map[string]string{}
	}
	for _, r := range results {
		name := r.Exercise.Name
		switch r.Status {
		case Passed:
			st.Passed[name], st.Hashes[name] = true, r.SourceHash
		case RunError, Pending:
			continue // says nothing about the learner's code
		default:
			delete(st.Passed, name)
			delete(st.Hashes, name)
		}
		for i, s := range st.Stale {
			if s == name {
				st.Stale = append(st.Stale[:i], st.Stale[i+1:]...)
				break
			}
		}
	}
}

// NextHint returns the exercise's next hint, its number and how many
// there are, and counts it as seen; after the last, it repeats the last.
func (st *State) NextHint(e Exercise) (hint string, n, of int) {
	if st.Hints == nil {
		st.Hints = map[string]int{}
	}
	of = len(e.Hints)
	if of == 0 {
		return "", 0, 0
	}
	n = min(st.Hints[e.Name]+1, of)
	st.Hints[e.Name] = n
	return e.Hints[n-1], n, of
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
