package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"descent/runner"
)

// workspaces holds one exercises module per learner, under
// DIR/learners/ID/exercises: a fresh copy of the shipped module on first
// login, kept across reconnects and restarts. Only the server reads and
// writes them; a check sees nothing of a workspace but the one file it
// checks (see the package doc).
type workspaces struct {
	root string // DIR/learners

	mu    sync.Mutex
	locks map[string]*sync.Mutex // one per learner: their file and progress change one at a time
}

func newWorkspaces(dir string) (*workspaces, error) {
	root := filepath.Join(dir, "learners")
	if err := os.MkdirAll(root, 0o700); err != nil {
		return nil, err
	}
	return &workspaces{root: root, locks: map[string]*sync.Mutex{}}, nil
}

// dir is the exercises module of the learner with this id.
func (w *workspaces) dir(id string) string { return filepath.Join(w.root, id, "exercises") }

// lock returns the learner's lock.
func (w *workspaces) lock(id string) *sync.Mutex {
	w.mu.Lock()
	defer w.mu.Unlock()
	l := w.locks[id]
	if l == nil {
		l = &sync.Mutex{}
		w.locks[id] = l
	}
	return l
}

// ensure returns the learner's exercises module, creating it from the
// pristine copies the first time. The copy is written beside its place and
// renamed into it, so a crash never leaves half a workspace behind.
func (w *workspaces) ensure(id string) (string, error) {
	dir := w.dir(id)
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return dir, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o700); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(parent, ".new-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	if err := runner.WritePristine(tmp); err != nil {
		return "", fmt.Errorf("making a workspace: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		// Another session of the same learner may have made it meanwhile.
		if _, serr := os.Stat(filepath.Join(dir, "go.mod")); serr == nil {
			return dir, nil
		}
		return "", fmt.Errorf("making a workspace: %w", err)
	}
	return dir, nil
}
