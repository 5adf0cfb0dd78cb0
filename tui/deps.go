package tui

import (
	"os"
	"path/filepath"
	"sync"
	"time"

	"descent/runner"
)

// deps carries what every screen may share. The app builds one and hands the
// same pointer to every screen it constructs.
type deps struct {
	// Renders caches Glamour output per (chapter, width); safe for
	// concurrent use, so a render command may fill it off the UI thread.
	Renders *renderCache
	// ExercisesDir is the learner's exercises module (runner.Dir's answer);
	// the home screen reads progress from there.
	ExercisesDir string
	// NoColor is true when NO_COLOR is set (or the profile has no colours):
	// screens must then tell things apart by glyph, not colour alone.
	NoColor bool
	// Now is the clock; tests replace it to get deterministic output.
	Now func() time.Time
	// Position remembers where the learner was, for "continue" on home.
	Position *positionStore
	// backend checks exercises; nil means descent/runner (tests fake it).
	backend *exerciseBackend
	// ExportDir is where the lab saves pictures: the current directory.
	ExportDir string
	// workshop is set in a workshop server's session (workshop.go).
	workshop *Workshop
	// catalog lists the exercises; nil means runner.Catalog (tests pin a
	// small one, so their frames do not change each time an exercise is
	// added).
	catalog func() []runner.Exercise
}

// exercises is the catalog of exercises.
func (d *deps) exercises() []runner.Exercise {
	if d != nil && d.catalog != nil {
		return d.catalog()
	}
	return runner.Catalog()
}

// chapterExercises is the catalog's exercises of one chapter.
func (d *deps) chapterExercises(slug string) []runner.Exercise {
	var out []runner.Exercise
	for _, e := range d.exercises() {
		if e.Chapter == slug {
			out = append(out, e)
		}
	}
	return out
}

// Options configures Run and New.
type Options struct {
	// ExercisesDir is the exercises module; empty means the runner's default.
	ExercisesDir string
	// NoColor forces the no-colour look (NO_COLOR in the environment also does).
	NoColor bool
	// StateDir is where the TUI keeps its own small state file (the last
	// position); empty means ExercisesDir.
	StateDir string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Workshop, set by descent serve for an attendee's SSH session,
	// checks through the server and adds the editor (see workshop.go).
	Workshop *Workshop

	backend   *exerciseBackend         // tests: a fake checker
	exportDir string                   // tests: where pictures go ("" is the current directory)
	catalog   func() []runner.Exercise // tests: a fixed catalog
}

func newDeps(o Options) *deps {
	dir := o.ExercisesDir
	if dir == "" {
		dir = defaultExercisesDir()
	}
	stateDir := o.StateDir
	if stateDir == "" {
		stateDir = dir
	}
	now := o.Now
	if now == nil {
		now = time.Now
	}
	noColor := o.NoColor
	if v, ok := os.LookupEnv("NO_COLOR"); ok && v != "" {
		noColor = true
	}
	d := &deps{
		Renders:      newRenderCache(),
		ExercisesDir: dir,
		NoColor:      noColor,
		Now:          now,
		Position:     &positionStore{path: filepath.Join(stateDir, positionFile)},
		backend:      o.backend,
		ExportDir:    o.exportDir,
		catalog:      o.catalog,
		workshop:     o.Workshop,
	}
	return d
}

// defaultExercisesDir is the runner's rule ($DESCENT_EXERCISES, else
// ./exercises). When that directory is not an exercises module the workbook
// still opens: progress is simply empty and the exercises screen says why.
func defaultExercisesDir() string {
	if d, err := runner.FindDir(""); err == nil {
		return d
	}
	if d := os.Getenv("DESCENT_EXERCISES"); d != "" {
		return d
	}
	return "exercises"
}

// renderCache maps a key such as "03-algorithms@80" to rendered text.
type renderCache struct {
	mu sync.Mutex
	m  map[string]string
}

func newRenderCache() *renderCache { return &renderCache{m: map[string]string{}} }

// Get returns the cached text for key.
func (c *renderCache) Get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s, ok := c.m[key]
	return s, ok
}

// Put stores text under key.
func (c *renderCache) Put(key, text string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] = text
}
