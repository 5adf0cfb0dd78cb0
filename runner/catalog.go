package runner

import (
	"fmt"
	"path"
	"sort"
	"strconv"
	"strings"
)

// An Exercise is one file the learner edits and the tests that check it.
type Exercise struct {
	Name    string // short and unique, e.g. "mse"; also the file's base name
	Chapter string // chapter slug, e.g. "01-background"
	Section string // the chapter section that teaches it (a heading of chapter.md, without the #s)
	File    string // path inside the exercises module, slash-separated: "ch01/mse.go"
	Kind    Kind   // what the learner does: implement, derive, tune or debug
	Summary string // one line for tables
	// Hints are graded nudges: `hint NAME` shows the first, asking again
	// shows the next. Only the last may come close to code.
	Hints []string
}

// Kind is what an exercise asks of the learner.
type Kind int

const (
	// Implement: write a function from its math and contract.
	Implement Kind = iota
	// Derive: work out a gradient or a consequence from a loss or a rule.
	Derive
	// Tune: return a number or hyperparameters that reach a stated target,
	// measured by running the real optimizers.
	Tune
	// Debug: repair a broken implementation.
	Debug
)

var kindNames = [...]string{"implement", "derive", "tune", "debug"}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Package is the exercise's Go package directory inside the module, e.g. "ch01".
func (e Exercise) Package() string { return path.Dir(e.File) }

// TestFile is the file of tests beside the exercise, e.g. "ch01/mse_test.go".
func (e Exercise) TestFile() string { return strings.TrimSuffix(e.File, ".go") + "_test.go" }

// catalog is every exercise in the order a learner meets them. Adding an
// exercise means adding its stub, test and answer files and one line here;
// the project's tests check that the three agree.
var catalog = concat(ch01Exercises, ch02Exercises, ch03Exercises, ch04Exercises, ch05Exercises, ch06Exercises)

func concat(lists ...[]Exercise) []Exercise {
	var all []Exercise
	for _, l := range lists {
		all = append(all, l...)
	}
	return all
}

// Catalog returns every exercise in order. The slice is a copy: callers may
// keep or change it.
func Catalog() []Exercise { return append([]Exercise(nil), catalog...) }

// Chapters returns the chapter slugs that have exercises, in order.
func Chapters() []string {
	var slugs []string
	for _, e := range catalog {
		if len(slugs) == 0 || slugs[len(slugs)-1] != e.Chapter {
			slugs = append(slugs, e.Chapter)
		}
	}
	return slugs
}

// ByChapter returns the exercises of one chapter, in order; none for an
// unknown slug.
func ByChapter(slug string) []Exercise {
	var out []Exercise
	for _, e := range catalog {
		if e.Chapter == slug {
			out = append(out, e)
		}
	}
	return out
}

// Find returns the exercise with that name. The error for an unknown name
// suggests the closest one and lists them all.
func Find(name string) (Exercise, error) {
	for _, e := range catalog {
		if e.Name == name {
			return e, nil
		}
	}
	names := make([]string, len(catalog))
	for i, e := range catalog {
		names[i] = e.Name
	}
	if best := closest(name, names); best != "" {
		return Exercise{}, fmt.Errorf("no exercise %q; did you mean %q? (valid: %s)", name, best, strings.Join(names, ", "))
	}
	return Exercise{}, fmt.Errorf("no exercise %q (valid: %s)", name, strings.Join(names, ", "))
}

// index returns the exercise's position in the catalog, or -1.
func index(name string) int {
	for i, e := range catalog {
		if e.Name == name {
			return i
		}
	}
	return -1
}

// closest returns the candidate nearest to s by edit distance, if it is near
// enough to be a plausible typo.
func closest(s string, candidates []string) string {
	best, bestDist := "", len(s)/2+2
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted) // ties go to the alphabetically first, deterministically
	for _, c := range sorted {
		if d := editDistance(strings.ToLower(s), c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
