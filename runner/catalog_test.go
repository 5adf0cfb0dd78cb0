package runner

import (
	"os"
	"path"
	"strings"
	"testing"

	"descent/answers"
)

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
		if e.Summary == "" || len(e.Hints) == 0 || e.Section == "" {
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
		if perChapter[slug] < 6 {
			t.Errorf("chapter %s has %d exercises; every chapter needs at least 6", slug, perChapter[slug])
		}
		if len(ByChapter(slug)) != perChapter[slug] {
			t.Errorf("ByChapter(%q) returned %d exercises, want %d", slug, len(ByChapter(slug)), perChapter[slug])
		}
	}
	if len(ByChapter("99-nope")) != 0 {
		t.Errorf("ByChapter of an unknown slug should be empty")
	}
}

// The workbook asks four things of a learner, each often enough to learn it:
// at least 40 exercises, at least 6 of each kind, and more than one hint
// for each (hints are graded: the last comes close to code).
func TestCatalogHasEnoughOfEachKind(t *testing.T) {
	kinds := map[Kind]int{}
	for _, e := range Catalog() {
		kinds[e.Kind]++
		if len(e.Hints) < 2 {
			t.Errorf("%s has %d hint; give a first nudge and at least one more", e.Name, len(e.Hints))
		}
		if e.Kind < Implement || e.Kind > Debug {
			t.Errorf("%s has no kind", e.Name)
		}
	}
	if n := len(Catalog()); n < 40 {
		t.Errorf("%d exercises; the workbook needs at least 40", n)
	}
	for _, k := range []Kind{Implement, Derive, Tune, Debug} {
		if kinds[k] < 6 {
			t.Errorf("%d %s exercises; the workbook needs at least 6 of each kind", kinds[k], k)
		}
	}
	t.Logf("%d exercises: %d implement, %d derive, %d tune, %d debug", len(Catalog()), kinds[Implement], kinds[Derive], kinds[Tune], kinds[Debug])
}

// Every catalog entry has its stub, tests, answer and pristine copy, and
// every stub, test and answer file has its entry.
func TestCatalogMatchesFiles(t *testing.T) {
	shipped := map[string]bool{}
	for _, rel := range PristineFiles() {
		shipped[rel] = true
	}
	for _, e := range Catalog() {
		for _, f := range []string{e.File, e.TestFile()} {
			if !shipped[f] {
				t.Errorf("%s: exercises/%s is not in the embedded module (run go test ./runner -run Pristine -update)", e.Name, f)
			}
		}
		if _, err := Answer(e); err != nil {
			t.Errorf("%s: %v", e.Name, err)
		}
		if _, err := pristineTestNames(e); err != nil {
			t.Errorf("%s: %v", e.Name, err)
		}
	}
	for rel := range shipped {
		dir, base := path.Split(rel)
		if !strings.HasPrefix(dir, "ch") || strings.Count(rel, "/") != 1 || base == "doc.go" || !strings.HasSuffix(base, ".go") {
			continue
		}
		if strings.HasSuffix(base, "_test.go") && !strings.HasPrefix(base, "exercise_") {
			base = strings.TrimSuffix(base, "_test.go") + ".go"
			if base == "helpers.go" {
				continue // tests a chapter shares among its exercises
			}
		}
		if index(strings.TrimSuffix(base, ".go")) < 0 {
			t.Errorf("exercises/%s has no catalog entry", rel)
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

// Every stub tells the learner the command that checks it, in the form the
// README's reader can type, and that only the stub is theirs to change.
func TestStubsSayHowToCheckThem(t *testing.T) {
	for _, e := range Catalog() {
		stub, err := Pristine(e)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(strings.ReplaceAll(string(stub), "//", "")), " ")
		if !strings.Contains(text, "go run . check "+e.Name) {
			t.Errorf("%s: the stub does not say `go run . check %s`", e.Name, e.Name)
		}
		if !strings.Contains(text, "as shipped") {
			t.Errorf("%s: the stub does not say that a check runs the tests as shipped", e.Name)
		}
		if strings.Contains(text, "descent check") {
			t.Errorf("%s: the stub says `descent check`, which the README never installs", e.Name)
		}
	}
}
