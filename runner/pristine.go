package runner

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"descent/answers"
)

// ModulePath is the exercises module's path (its go.mod's module line).
const ModulePath = "descent/exercises"

// EnvDir names the environment variable that points at the exercises.
const EnvDir = "DESCENT_EXERCISES"

// pristineFS holds the exercises module as shipped: every stub, test,
// shared helper, go.mod and README, at "pristine/ch01/mse.go.txt" and so on.
// The .txt keeps the Go tools from compiling them as packages of this
// module. A check builds from these copies, never from the learner's test
// files, and `reset` restores from them without network or git.
//
// The source of truth is the committed exercises/ directory; after changing
// it, refresh the copies with: go test ./runner -run Pristine -update
// (CI then proves they agree: go test ./runner -run Pristine -shipped).
//
//go:embed all:pristine
var pristineFS embed.FS

// PristineFile returns one file of the shipped exercises module, by its
// slash-separated path inside the module ("ch01/mse_test.go", "go.mod").
func PristineFile(rel string) ([]byte, error) {
	data, err := pristineFS.ReadFile("pristine/" + rel + ".txt")
	if err != nil {
		return nil, fmt.Errorf("no pristine copy of %s in this build of descent", rel)
	}
	return data, nil
}

// PristineFiles lists every file of the shipped exercises module, sorted,
// as paths inside the module.
func PristineFiles() []string {
	var out []string
	_ = fs.WalkDir(pristineFS, "pristine", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			out = append(out, strings.TrimSuffix(strings.TrimPrefix(p, "pristine/"), ".txt"))
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// WritePristine writes the whole shipped exercises module into dir, which
// must be empty or missing: a fresh copy for a test, a workspace or a
// check, made without looking at any learner's files.
func WritePristine(dir string) error {
	for _, rel := range PristineFiles() {
		data, err := PristineFile(rel)
		if err != nil {
			return err
		}
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Pristine returns the exercise's stub as shipped.
func Pristine(e Exercise) ([]byte, error) { return PristineFile(e.File) }

// Answer returns the exercise's solved file.
func Answer(e Exercise) ([]byte, error) {
	data, err := answers.Files.ReadFile(e.File)
	if err != nil {
		return nil, fmt.Errorf("no answer for %s in this build of descent", e.File)
	}
	return data, nil
}

// Edited reports whether the learner's file differs from the stub (a
// missing file counts as not edited: there is nothing of theirs to lose).
func Edited(dir string, e Exercise) (bool, error) {
	cur, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(e.File)))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	pristine, err := Pristine(e)
	if err != nil {
		return false, err
	}
	return !bytes.Equal(cur, pristine), nil
}

// Reset restores the exercise's stub. If the learner's file differs from it,
// their version is first kept beside it as NAME.go.<time>.bak, whose path
// Reset returns ("" when there was nothing to keep). Both files are written
// atomically.
func Reset(dir string, e Exercise, now time.Time) (backup string, err error) {
	pristine, err := Pristine(e)
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, filepath.FromSlash(e.File))
	cur, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// nothing to back up
	case err != nil:
		return "", err
	case !bytes.Equal(cur, pristine):
		backup = fmt.Sprintf("%s.%s.bak", path, now.Format("20060102-150405"))
		for i := 2; fileExists(backup); i++ {
			backup = fmt.Sprintf("%s.%s-%d.bak", path, now.Format("20060102-150405"), i)
		}
		if err := WriteFileAtomic(backup, cur, 0o644); err != nil {
			return "", fmt.Errorf("keeping your version: %w", err)
		}
	}
	if err := WriteFileAtomic(path, pristine, 0o644); err != nil {
		return backup, err
	}
	return backup, nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// FindDir returns the exercises directory: flagValue if given, else
// $DESCENT_EXERCISES, else ./exercises. It must hold the exercises module.
func FindDir(flagValue string) (string, error) {
	dir, how := flagValue, "--dir"
	if dir == "" {
		dir, how = os.Getenv(EnvDir), "$"+EnvDir
	}
	if dir == "" {
		dir, how = "exercises", "the default"
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	data, err := os.ReadFile(filepath.Join(abs, "go.mod"))
	if err != nil || !strings.Contains(string(data), "module "+ModulePath) {
		if how == "the default" {
			return "", fmt.Errorf("no exercises in ./exercises: run descent from the repository root, or point --dir or $%s at the exercises directory", EnvDir)
		}
		return "", fmt.Errorf("%s (from %s) is not the exercises directory: it has no go.mod for %s", dir, how, ModulePath)
	}
	return abs, nil
}
