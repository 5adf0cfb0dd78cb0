package serve

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"descent/runner"
)

// ClassFile is the class state's name inside --dir.
const ClassFile = "class.json"

const classVersion = 1

// A Learner is one row of the class state: what the board shows.
type Learner struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Key      string    `json:"key"` // the SHA256 fingerprint of the key they last came in with
	Joined   time.Time `json:"joined"`
	LastSeen time.Time `json:"last_seen"`
	Online   int       `json:"online"` // sessions open now (a restart sets it to 0)

	Passed   map[string]time.Time `json:"passed"`   // exercise → when it first passed
	Attempts map[string]int       `json:"attempts"` // exercise → checks that did not pass

	// Current is the exercise they are on: the one they last checked
	// without passing, or after a pass, the first one not passed yet.
	Current      string    `json:"current,omitempty"`
	CurrentSince time.Time `json:"current_since,omitempty"`

	Last    *Verdict `json:"last,omitempty"`    // the last verdict
	Pending *Pending `json:"pending,omitempty"` // a check in flight: re-run after a restart
}

// A Verdict is the outcome of one check, as the board shows it.
type Verdict struct {
	Exercise string    `json:"exercise"`
	Status   string    `json:"status"` // runner.Status's words: "passed", "failed", …
	Summary  string    `json:"summary"`
	At       time.Time `json:"at"`
}

// Pending is a check that was asked for and has no verdict yet.
type Pending struct {
	Exercise string    `json:"exercise"`
	Hash     string    `json:"hash"` // the SHA-256 of the file being checked
	Since    time.Time `json:"since"`
}

// classFile is the class state on disk.
type classFile struct {
	Version  int                 `json:"version"`
	Learners map[string]*Learner `json:"learners"`
	Names    map[string]string   `json:"names,omitempty"` // --open: name → the key that claimed it
}

// class is the class state: one Learner per person, written to
// DIR/class.json atomically after every change, so that a server killed at
// any moment restarts with every verdict it had reported.
type class struct {
	path string
	now  func() time.Time

	mu       sync.Mutex
	file     classFile
	watchers map[chan struct{}]bool
}

// loadClass reads the class state at dir, or starts an empty one.
func loadClass(dir string, now func() time.Time) (*class, error) {
	c := &class{path: filepath.Join(dir, ClassFile), now: now, watchers: map[chan struct{}]bool{}}
	f, err := readClass(dir)
	if err != nil {
		return nil, err
	}
	for _, l := range f.Learners {
		l.Online = 0 // a restart ended every session
	}
	c.file = f
	return c, nil
}

// readClass reads the class state at dir. A missing file is an empty
// class.
func readClass(dir string) (classFile, error) {
	f := classFile{Version: classVersion, Learners: map[string]*Learner{}, Names: map[string]string{}}
	data, err := os.ReadFile(filepath.Join(dir, ClassFile))
	if errors.Is(err, fs.ErrNotExist) {
		return f, nil
	}
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return f, fmt.Errorf("%s is not a class state descent wrote: %v", filepath.Join(dir, ClassFile), err)
	}
	if f.Version != classVersion {
		return f, fmt.Errorf("%s is from another version of descent (version %d, this one reads %d)", filepath.Join(dir, ClassFile), f.Version, classVersion)
	}
	if f.Learners == nil {
		f.Learners = map[string]*Learner{}
	}
	if f.Names == nil {
		f.Names = map[string]string{}
	}
	for _, l := range f.Learners {
		l.fill()
	}
	return f, nil
}

func (l *Learner) fill() {
	if l.Passed == nil {
		l.Passed = map[string]time.Time{}
	}
	if l.Attempts == nil {
		l.Attempts = map[string]int{}
	}
}

// saveLocked writes the state atomically. Callers hold c.mu.
func (c *class) saveLocked() error {
	data, err := json.MarshalIndent(c.file, "", "  ")
	if err != nil {
		return err
	}
	return runner.WriteFileAtomic(c.path, append(data, '\n'), 0o600)
}

// changed saves and tells the watchers (a live board). Callers hold c.mu.
func (c *class) changedLocked() error {
	err := c.saveLocked()
	for w := range c.watchers {
		select {
		case w <- struct{}{}:
		default: // it has a change to read already
		}
	}
	return err
}

// watch returns a channel that receives after each change, and a function
// that stops the watching.
func (c *class) watch() (<-chan struct{}, func()) {
	ch := make(chan struct{}, 1)
	c.mu.Lock()
	c.watchers[ch] = true
	c.mu.Unlock()
	return ch, func() {
		c.mu.Lock()
		delete(c.watchers, ch)
		c.mu.Unlock()
	}
}

// learnerLocked returns p's row, adding it on first sight.
func (c *class) learnerLocked(p Person) *Learner {
	l := c.file.Learners[p.ID]
	if l == nil {
		l = &Learner{ID: p.ID, Name: p.Name, Joined: c.now()}
		l.fill()
		c.file.Learners[p.ID] = l
	}
	l.Name, l.Key = p.Name, p.Key
	return l
}

// claim gives name to the key with this fingerprint if no other key has it
// (--open). It reports whether the key may use the name.
func (c *class) claim(name, fingerprint string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	holder, ok := c.file.Names[name]
	if ok {
		return holder == fingerprint
	}
	c.file.Names[name] = fingerprint
	c.changedLocked()
	return true
}

// arrive notes that p opened a session; leave, that it ended.
func (c *class) arrive(p Person) error {
	if p.Instructor {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	l := c.learnerLocked(p)
	l.Online++
	l.LastSeen = c.now()
	return c.changedLocked()
}

func (c *class) leave(p Person) {
	if p.Instructor {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if l := c.file.Learners[p.ID]; l != nil {
		l.Online = max(0, l.Online-1)
		l.LastSeen = c.now()
		c.changedLocked()
	}
}

// begin records that a check of p's file for exercise is under way.
func (c *class) begin(p Person, exercise, hash string) error {
	if p.Instructor {
		return nil // an instructor trying an exercise is not on the board
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	l := c.learnerLocked(p)
	l.Pending = &Pending{Exercise: exercise, Hash: hash, Since: c.now()}
	l.LastSeen = c.now()
	return c.changedLocked()
}

// record keeps r's verdict for p; passed is p's progress after it (from
// their workspace's progress file).
func (c *class) record(p Person, r runner.Result, passed map[string]bool) error {
	if p.Instructor {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	l := c.learnerLocked(p)
	name := r.Exercise.Name
	if l.Pending != nil && l.Pending.Exercise == name {
		l.Pending = nil
	}
	l.LastSeen = now
	l.Last = &Verdict{Exercise: name, Status: r.Status.String(), Summary: oneLine(r.Summary(), 160), At: now}
	if r.Status == runner.RunError || r.Status == runner.Pending {
		return c.changedLocked() // says nothing about their code
	}
	for ex := range l.Passed {
		if !passed[ex] {
			delete(l.Passed, ex)
		}
	}
	for ex, ok := range passed {
		if _, had := l.Passed[ex]; ok && !had {
			l.Passed[ex] = now
		}
	}
	if r.OK() {
		next := ""
		for _, e := range runner.Catalog() {
			if !passed[e.Name] {
				next = e.Name
				break
			}
		}
		l.Current, l.CurrentSince = next, now
	} else {
		l.Attempts[name]++
		if l.Current != name {
			l.Current, l.CurrentSince = name, now
		}
	}
	return c.changedLocked()
}

// pending lists the checks that were under way when the server stopped.
func (c *class) pending() map[string]Pending {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]Pending{}
	for id, l := range c.file.Learners {
		if l.Pending != nil {
			out[id] = *l.Pending
		}
	}
	return out
}

// snapshot copies the learners, sorted by name.
func (c *class) snapshot() []Learner {
	c.mu.Lock()
	defer c.mu.Unlock()
	return snapshotOf(c.file)
}

func snapshotOf(f classFile) []Learner {
	out := make([]Learner, 0, len(f.Learners))
	for _, l := range f.Learners {
		cp := *l
		cp.Passed = make(map[string]time.Time, len(l.Passed))
		for k, v := range l.Passed {
			cp.Passed[k] = v
		}
		cp.Attempts = make(map[string]int, len(l.Attempts))
		for k, v := range l.Attempts {
			cp.Attempts[k] = v
		}
		if l.Last != nil {
			v := *l.Last
			cp.Last = &v
		}
		if l.Pending != nil {
			v := *l.Pending
			cp.Pending = &v
		}
		out = append(out, cp)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// learner returns a copy of one learner's row.
func (c *class) learner(id string) (Learner, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.file.Learners[id]
	if !ok {
		return Learner{}, false
	}
	return snapshotOf(classFile{Learners: map[string]*Learner{id: l}})[0], true
}
