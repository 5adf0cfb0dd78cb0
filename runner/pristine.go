package runner

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"descent/answers"
)

// ModulePath is the exercises module's path (its go.mod's module line).
const ModulePath = "descent/exercises"

// EnvDir names the environment variable that points at the exercises.
const EnvDir = "DESCENT_EXERCISES"

// pristineFS holds each stub as shipped, at "pristine/ch01/mse.go.txt". The
// .txt keeps the Go tools from compiling them as a package of this module;
// a test checks they equal the stubs in exercises/.
//
//go:embed pristine
var pristineFS embed.FS

// Pristine returns the exercise's stub as shipped.
func Pristine(e Exercise) ([]byte, error) {
	data, err := pristineFS.ReadFile("pristine/" + e.File + ".txt")
	if err != nil {
		return nil, fmt.Errorf("no pristine copy of %s in this build of descent", e.File)
	}
	return data, nil
}

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
