package runner

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"descent/answers"
)

var update = flag.Bool("update", false, "copy the exercises' stubs into pristine/ (after changing a stub on purpose)")

var chapterSlugs = []string{"01-background", "02-core-concepts", "03-algorithms", "04-code", "05-future-trends", "06-faq"}

func TestCatalogEntriesAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	perChapter := map[string]int{}
	for _, e := range Catalog() {
		if seen[e.Name] {
			t.Errorf("exercise %q is in the catalog twice", e.Name)
		}
		seen[e.Name] = true
		perChapter[e.Chapter]++
		if path.Base(e.File) != e.Name+".go" {
			t.Errorf("%s: file %s should be named %s.go", e.Name, e.File, e.Name)
		}
		if e.Summary == "" || e.Hint == "" || e.Section == "" {
			t.Errorf("%s: summary, hint and section must all be filled in", e.Name)
		}
		want := "ch" + e.Chapter[:2]
		if e.Package() != want {
			t.Errorf("%s: chapter %s belongs in package %s, not %s", e.Name, e.Chapter, want, e.Package())
		}
	}
	if got := Chapters(); strings.Join(got, " ") != strings.Join(chapterSlugs, " ") {
		t.Errorf("Chapters() = %v, want %v in that order", got, chapterSlugs)
	}
	for _, slug := range chapterSlugs {
		if perChapter[slug] < 4 {
			t.Errorf("chapter %s has %d exercises; every chapter needs at least 4", slug, perChapter[slug])
		}
		if len(ByChapter(slug)) != perChapter[slug] {
			t.Errorf("ByChapter(%q) returned %d exercises, want %d", slug, len(ByChapter(slug)), perChapter[slug])
		}
	}
	if len(ByChapter("99-nope")) != 0 {
		t.Errorf("ByChapter of an unknown slug should be empty")
	}
}

// Every catalog entry has its stub, tests, answer and pristine copy, and
// every stub, test and answer file has its entry.
func TestCatalogMatchesFiles(t *testing.T) {
	for _, e := range Catalog() {
		for _, f := range []string{e.File, e.TestFile()} {
			if _, err := os.Stat(filepath.Join(exercisesDir, f)); err != nil {
				t.Errorf("%s: exercises/%s is missing", e.Name, f)
			}
		}
		if _, err := Answer(e); err != nil {
			t.Errorf("%s: %v", e.Name, err)
		}
		if _, err := Pristine(e); err != nil {
			t.Errorf("%s: %v (run go test ./runner -run Pristine -update)", e.Name, err)
		}
		if _, err := TestNames(filepath.Join(exercisesDir, e.TestFile())); err != nil {
			t.Errorf("%s: %v", e.Name, err)
		}
	}
	chapterDirs, _ := filepath.Glob(filepath.Join(exercisesDir, "ch*"))
	for _, dir := range chapterDirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			rel := filepath.ToSlash(filepath.Join(filepath.Base(dir), filepath.Base(f)))
			if strings.HasSuffix(rel, "/doc.go") {
				continue
			}
			stub := strings.TrimSuffix(rel, "_test.go")
			if stub != rel {
				stub += ".go"
			}
			if index(strings.TrimSuffix(path.Base(stub), ".go")) < 0 {
				t.Errorf("exercises/%s has no catalog entry", rel)
			}
		}
	}
	answerFiles, _ := fsGlob(answers.Files)
	for _, rel := range answerFiles {
		if !strings.HasSuffix(rel, "/doc.go") && index(strings.TrimSuffix(path.Base(rel), ".go")) < 0 {
			t.Errorf("answers/%s has no catalog entry", rel)
		}
	}
}

func fsGlob(fsys interface {
	ReadDir(string) ([]os.DirEntry, error)
}) ([]string, error) {
	var out []string
	dirs, err := fsys.ReadDir(".")
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		files, err := fsys.ReadDir(d.Name())
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			out = append(out, d.Name()+"/"+f.Name())
		}
	}
	return out, nil
}

// The stubs embedded in the binary (for reset) are the committed stubs. A
// stub the learner has edited is told apart from a stale copy by asking git
// what was committed; without git it is reported and skipped.
func TestPristineCopiesMatchStubs(t *testing.T) {
	for _, e := range Catalog() {
		cur, err := os.ReadFile(filepath.Join(exercisesDir, e.File))
		if err != nil {
			t.Errorf("%s: %v", e.Name, err)
			continue
		}
		if *update {
			dst := filepath.Join("pristine", e.File+".txt")
			if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(dst, cur, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		pristine, err := Pristine(e)
		if err != nil {
			t.Errorf("%s: %v", e.Name, err)
			continue
		}
		if bytes.Equal(cur, pristine) {
			continue
		}
		committed, err := exec.Command("git", "show", "HEAD:exercises/"+e.File).Output()
		switch {
		case err != nil:
			t.Logf("%s: exercises/%s differs from the embedded stub and git cannot say whether you edited it; skipped", e.Name, e.File)
		case bytes.Equal(committed, pristine):
			t.Logf("%s: exercises/%s has been edited (a learner's work); the embedded stub matches the committed one", e.Name, e.File)
		default:
			t.Errorf("%s: runner/pristine/%s.txt is not the committed exercises/%s; after changing a stub run: go test ./runner -run Pristine -update", e.Name, e.File, e.File)
		}
	}
}

func TestFindSuggestsTheClosestName(t *testing.T) {
	if e, err := Find("adam"); err != nil || e.File != "ch03/adam.go" {
		t.Fatalf("Find(adam) = %+v, %v", e, err)
	}
	_, err := Find("nestrov")
	if err == nil || !strings.Contains(err.Error(), `did you mean "nesterov"`) || !strings.Contains(err.Error(), "valid: mse, bce") {
		t.Errorf("Find(nestrov) error = %v; want a suggestion of nesterov and the list of names", err)
	}
	_, err = Find("zzzzzzzzzzzz")
	if err == nil || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("Find of a name like nothing should not guess: %v", err)
	}
}
