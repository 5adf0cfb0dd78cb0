package runner

import (
	"os"
	"path/filepath"
	"testing"
)

// copyExercises writes a fresh copy of the exercises module as shipped (the
// embedded pristine files) into a temporary directory, so a test can edit,
// break and check it. It never reads the learner's exercises/: the
// project's tests pass whatever the learner has done there.
func copyExercises(t testing.TB) string {
	t.Helper()
	dst := t.TempDir()
	if err := WritePristine(dst); err != nil {
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
