package chapters

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	background "descent/chapters/01-background"
	concepts "descent/chapters/02-core-concepts"
	algorithms "descent/chapters/03-algorithms"
	code "descent/chapters/04-code"
	trends "descent/chapters/05-future-trends"
	faq "descent/chapters/06-faq"
	"descent/chapters/book"
	"descent/runner"
)

var (
	once sync.Once
	all  []book.Chapter
)

// All returns the chapters in reading order.
func All() []book.Chapter {
	once.Do(func() {
		all = []book.Chapter{
			background.Chapter(),
			concepts.Chapter(),
			algorithms.Chapter(),
			code.Chapter(),
			trends.Chapter(),
			faq.Chapter(),
		}
		for i := range all {
			all[i].Markdown = book.ExpandExercises(all[i].Markdown, Exercises(all[i].Slug))
		}
	})
	return all
}

// Find returns a chapter by number ("3", "03") or slug ("03-algorithms",
// or just "algorithms").
func Find(name string) (*book.Chapter, error) {
	chs := All()
	name = strings.ToLower(strings.TrimSpace(name))
	if n, err := strconv.Atoi(name); err == nil {
		for i := range chs {
			if chs[i].Number == n {
				return &chs[i], nil
			}
		}
	}
	for i := range chs {
		slug := chs[i].Slug
		if name == slug || name == slug[strings.Index(slug, "-")+1:] {
			return &chs[i], nil
		}
	}
	valid := make([]string, len(chs))
	for i, c := range chs {
		valid[i] = c.Slug
	}
	return nil, fmt.Errorf("unknown chapter %q (valid: a number 1–%d or %s)", name, len(chs), strings.Join(valid, ", "))
}

// Exercises returns the chapter's exercises from the exercise catalog, as
// the chapter lists them where its prose has an {{exercises}} line.
func Exercises(slug string) []book.ExerciseLink {
	var links []book.ExerciseLink
	for _, e := range runner.ByChapter(slug) {
		links = append(links, book.ExerciseLink{Name: e.Name, Summary: e.Summary, File: e.File})
	}
	return links
}
