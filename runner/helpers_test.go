package runner

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exercisesDir is the committed exercises module, relative to this package.
const exercisesDir = "../exercises"

// copyExercises copies the exercises module into a temporary directory, so
// a test can edit, break and check it without touching the real files. The
// learner's progress file and backups are left behind.
func copyExercises(t testing.TB) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(exercisesDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(exercisesDir, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasPrefix(d.Name(), StateFile) || strings.HasSuffix(d.Name(), ".bak") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// writeExercise replaces one exercise file in a copied module.
func writeExercise(t testing.TB, dir string, e Exercise, src string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(e.File)), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// mustFind is Find for names the test knows exist.
func mustFind(t testing.TB, name string) Exercise {
	t.Helper()
	e, err := Find(name)
	if err != nil {
		t.Fatal(err)
	}
	return e
}
