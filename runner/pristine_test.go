package runner

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var (
	update  = flag.Bool("update", false, "copy the committed exercises/ module into pristine/ (after changing it on purpose), regenerating exercises/internal/core first")
	shipped = flag.Bool("shipped", false, "compare exercises/ with pristine/ (CI runs this on a clean clone; a learner's edits would fail it)")
)

// shippedDir is the committed exercises module, relative to this package.
// Only the two developer flags above read it: every other test builds from
// the embedded copies, so a learner's work never changes a test's outcome.
const shippedDir = "../exercises"

// coreCopies are the packages of core that the exercises' tests use as
// references (the real optimizers, surfaces and losses). The exercises
// module stands alone, so it carries generated copies of them.
var coreCopies = []string{"loss", "optim", "surface"}

const generatedHeader = "// Code generated from descent/core/%s by go test ./runner -run Pristine -update; DO NOT EDIT.\n\n"

// isShipped says whether a file under exercises/ belongs to the module as
// shipped, rather than to a learner's progress (state, backups, temp files).
func isShipped(rel string) bool {
	base := filepath.Base(rel)
	switch {
	case strings.HasPrefix(base, ".descent-"), strings.HasSuffix(base, ".bak"), strings.Contains(base, ".tmp"):
		return false
	case base == "go.mod", base == "README.md", base == ".gitignore", strings.HasSuffix(base, ".go"):
		return true
	}
	return false
}

// walkShipped returns the shipped files under dir, by module path.
func walkShipped(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if !isShipped(rel) {
			return nil
		}
		data, err := os.ReadFile(p)
		files[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// coreCopy returns what exercises/internal/core/<pkg>/<file> must hold for
// every non-test file of core/<pkg>.
func coreCopy(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, pkg := range coreCopies {
		srcs, err := filepath.Glob(filepath.Join("..", "core", pkg, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, src := range srcs {
			if strings.HasSuffix(src, "_test.go") {
				continue
			}
			data, err := os.ReadFile(src)
			if err != nil {
				t.Fatal(err)
			}
			header := []byte(strings.Replace(generatedHeader, "%s", pkg, 1))
			out["internal/core/"+pkg+"/"+filepath.Base(src)] = append(header, data...)
		}
	}
	return out
}

// TestPristine keeps the three copies in step: core → exercises/internal/core
// (generated), exercises/ → pristine/ (embedded). Without flags it checks
// what needs no learner's tree: the embedded copies of core are current.
func TestPristine(t *testing.T) {
	want := coreCopy(t)
	if *update {
		// Regenerate exercises/internal/core from core.
		for _, pkg := range coreCopies {
			if err := os.RemoveAll(filepath.Join(shippedDir, "internal", "core", pkg)); err != nil {
				t.Fatal(err)
			}
		}
		for rel, data := range want {
			writeFile(t, filepath.Join(shippedDir, filepath.FromSlash(rel)), data)
		}
		// Copy the whole shipped module into pristine/.
		if err := os.RemoveAll("pristine"); err != nil {
			t.Fatal(err)
		}
		for rel, data := range walkShipped(t, shippedDir) {
			writeFile(t, filepath.Join("pristine", filepath.FromSlash(rel)+".txt"), data)
		}
		t.Log("pristine/ refreshed from exercises/; rebuild descent to embed it")
		return
	}
	for rel, data := range want {
		got, err := PristineFile(rel)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("the embedded exercises/%s is not a current copy of core; run: go test ./runner -run Pristine -update", rel)
		}
	}
	for _, rel := range PristineFiles() {
		if strings.HasPrefix(rel, "internal/core/") && want[rel] == nil {
			t.Errorf("the embedded exercises/%s has no source in core; run: go test ./runner -run Pristine -update", rel)
		}
	}
	if !*shipped {
		return
	}
	onDisk := walkShipped(t, shippedDir)
	var problems []string
	for rel, data := range onDisk {
		if p, err := PristineFile(rel); err != nil || !bytes.Equal(p, data) {
			problems = append(problems, "exercises/"+rel+" differs from its embedded copy")
		}
	}
	for _, rel := range PristineFiles() {
		if onDisk[rel] == nil {
			problems = append(problems, "exercises/"+rel+" is embedded but not in exercises/")
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p + " (after changing exercises/ on purpose run: go test ./runner -run Pristine -update)")
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}
