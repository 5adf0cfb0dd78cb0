package tui

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"descent/core/data"
	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// The lab races up to six optimizers on a 2-D surface: a settings panel on
// the left, the contour map with every path on the top right, and the loss
// curves below it. Training runs in lab_race.go; this file is the screen.

// Lab keys, beyond the shared ones in keys.go.
var (
	keyLabStart  = key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "start/pause"))
	keyLabStep   = key.NewBinding(key.WithKeys("n", "."), key.WithHelp("n", "one step"))
	keyLabReset  = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reset"))
	keyLabAdd    = key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add optimizer"))
	keyLabDelete = key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "remove optimizer"))
	keyLabLog    = key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "log/linear loss"))
	keyLabChange = key.NewBinding(key.WithKeys("left", "right", "h", "l"), key.WithHelp("←/→", "change"))
	keyLabEdit   = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "params/type value"))
)

var (
	stepChoices  = []int{100, 500, 1000, 2000, 5000, 10000, 50000, 100000}
	epochChoices = []int{1, 5, 10, 20, 50, 100, 200, 500}
	speedChoices = []int{10, 30, 100, 300, 1000, 3000, 0} // steps/s per run; 0 = as fast as possible
)

// labTick asks the lab to read the runs' buffers; id ties it to one race.
type labTick struct{ id int }

// tickEvery is how often the lab redraws a running race (20 frames/s).
const tickEvery = 50 * time.Millisecond

// A labRow is one line of the settings panel the cursor can rest on.
type labRow struct {
	kind  int // rowSurface … rowAdd
	run   int // for rowRun and rowParam
	param optim.ParamSpec
}

const (
	rowMode    = iota // surface or dataset
	rowSurface        // the surface, or the dataset
	rowSteps          // steps, or epochs
	rowSpeed
	rowRun
	rowParam
	rowAdd
)

type lab struct {
	deps          *deps
	width, height int

	surface  *surface.Surface
	surfIdx  int
	stepsIdx int

	dataMode  bool // train a network on a dataset instead of walking a surface
	dataIdx   int
	epochsIdx int

	speedIdx int
	runs     []labRunSpec
	cursor   int
	expanded int // run whose hyperparameters are listed, or -1
	logScale bool

	editing bool // typing a value for the param under the cursor
	editBuf string

	race   *labRace
	paused bool
	tickID int
	msg    string
	msgBad bool

	// Read from the race on each tick; View draws only these.
	snaps    [][]train.Point
	seen     []int
	statuses []train.Status
	reasons  []string
	accuracy []string // dataset mode: the latest epoch's metric, formatted

	contour   *contour
	marks     []int
	seriesBuf [][]float64
}

func newLab(d *deps) screen {
	l := &lab{deps: d, surfIdx: slices.Index(surface.Names(), "rosenbrock"), stepsIdx: 3, speedIdx: 3,
		expanded: -1, logScale: true, epochsIdx: 4}
	l.dataIdx = max(0, slices.Index(data.Names(), "circles"))
	if l.surfIdx < 0 {
		l.surfIdx = 0
	}
	l.surface, _ = surface.ByName(surface.Names()[l.surfIdx])
	l.runs = defaultRuns()
	l.msg = "space starts the race"
	return l
}

// defaultDataRuns is a first race worth watching on a dataset.
func defaultDataRuns() []labRunSpec {
	return []labRunSpec{
		{Kind: "sgd", Values: map[string]float64{"lr": 0.1}},
		{Kind: "sgd", Values: map[string]float64{"lr": 0.05, "momentum": 0.9}},
		{Kind: "rmsprop", Values: map[string]float64{"lr": 0.01}},
		{Kind: "adam", Values: map[string]float64{"lr": 0.01}},
	}
}

// sameRuns reports whether a and b are the same optimizers and settings.
func sameRuns(a, b []labRunSpec) bool {
	return slices.EqualFunc(a, b, func(x, y labRunSpec) bool {
		return x.Kind == y.Kind && maps.Equal(x.Values, y.Values)
	})
}

// defaultRuns is a first race worth watching on Rosenbrock.
func defaultRuns() []labRunSpec {
	return []labRunSpec{
		{Kind: "sgd", Values: map[string]float64{"lr": 0.001}},
		{Kind: "sgd", Values: map[string]float64{"lr": 0.001, "momentum": 0.9}},
		{Kind: "rmsprop", Values: map[string]float64{"lr": 0.01}},
		{Kind: "adam", Values: map[string]float64{"lr": 0.05}},
	}
}

func (l *lab) Init() tea.Cmd { return nil }

func (l *lab) Title() string {
	if l.dataMode {
		return "lab · " + data.Names()[l.dataIdx]
	}
	return "lab · " + l.surface.Name
}

func (l *lab) SetSize(w, h int) {
	l.width, l.height = w, h
	l.contour = nil // recomputed at the new size on the next View
}

func (l *lab) Keys() []key.Binding {
	if l.editing {
		return []key.Binding{
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "set")),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		}
	}
	return []key.Binding{keyLabStart, keyLabStep, keyLabReset, keyUp, keyDown, keyLabChange, keyLabEdit, keyLabAdd, keyLabDelete, keyLabLog}
}

// Capturing is true while a value is being typed: then q and esc are ours.
func (l *lab) Capturing() bool { return l.editing }

// Close stops the race's goroutines when the learner leaves the lab.
func (l *lab) Close() { l.stopRace() }

func (l *lab) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case labTick:
		if l.race == nil || msg.id != l.tickID {
			return l, nil // a tick from a race that was reset
		}
		before := len(l.diverged())
		l.read()
		if d := l.diverged(); len(d) > before { // say so the moment it happens
			i := d[len(d)-1]
			l.setMsg(string(runGlyphs[i])+" "+l.runs[i].Kind+": "+l.reasons[i], true)
		}
		if l.race.Done() {
			l.read() // the last points, after every lane stopped
			if len(l.diverged()) == 0 || !l.msgBad {
				l.setMsg(l.summary(), false)
			}
			return l, nil
		}
		return l, l.tick()
	case tea.KeyPressMsg:
		if l.editing {
			return l, l.editKey(msg)
		}
		return l, l.key(msg)
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			l.move(-1)
		case tea.MouseWheelDown:
			l.move(1)
		}
	}
	return l, nil
}

func (l *lab) tick() tea.Cmd {
	id := l.tickID
	return tea.Tick(tickEvery, func(time.Time) tea.Msg { return labTick{id: id} })
}

func (l *lab) key(msg tea.KeyPressMsg) tea.Cmd {
	rows := l.rows()
	row := rows[clamp(l.cursor, 0, len(rows)-1)]
	switch {
	case key.Matches(msg, keyLabStart):
		return l.startPause()
	case key.Matches(msg, keyLabStep):
		return l.stepOnce()
	case key.Matches(msg, keyLabReset):
		l.reset("reset: space starts again")
	case key.Matches(msg, keyLabLog):
		l.logScale = !l.logScale
	case key.Matches(msg, keyUp):
		l.move(-1)
	case key.Matches(msg, keyDown):
		l.move(1)
	case key.Matches(msg, keyTop):
		l.cursor = 0
	case key.Matches(msg, keyLeft):
		l.change(row, -1)
	case key.Matches(msg, keyRight):
		l.change(row, +1)
	case key.Matches(msg, keyLabAdd):
		l.addRun()
	case key.Matches(msg, keyLabDelete):
		if row.kind == rowRun || row.kind == rowParam {
			l.removeRun(row.run)
		}
	case key.Matches(msg, keyEnter):
		switch row.kind {
		case rowRun:
			if l.expanded == row.run {
				l.expanded = -1
			} else {
				l.expanded = row.run
			}
		case rowParam:
			if row.param.Bool {
				l.change(row, +1)
			} else {
				l.editing = true
				l.editBuf = ""
			}
		case rowAdd:
			l.addRun()
		default:
			l.change(row, +1)
		}
	}
	return nil
}

// editKey handles typing a hyperparameter value.
func (l *lab) editKey(msg tea.KeyPressMsg) tea.Cmd {
	rows := l.rows()
	row := rows[clamp(l.cursor, 0, len(rows)-1)]
	switch s := msg.String(); s {
	case "esc":
		l.editing = false
	case "enter":
		l.editing = false
		if row.kind != rowParam {
			return nil
		}
		v, err := parseTypedFloat(l.editBuf)
		if err == nil {
			err = row.param.Check(v)
		}
		if err != nil {
			l.setMsg(err.Error(), true)
			return nil
		}
		l.setParam(row.run, row.param.Name, v)
	case "backspace":
		if len(l.editBuf) > 0 {
			l.editBuf = l.editBuf[:len(l.editBuf)-1]
		}
	default:
		if len(s) == 1 && strings.Contains("0123456789.eE-+", s) && len(l.editBuf) < 24 {
			l.editBuf += s
		}
	}
	return nil
}

// parseTypedFloat reads a typed number; NaN and ±Inf are refused.
func parseTypedFloat(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, fmt.Errorf("%q is not a finite number", s)
	}
	return v, nil
}

// rows lists the panel's lines in order.
func (l *lab) rows() []labRow {
	rows := []labRow{{kind: rowMode}, {kind: rowSurface}, {kind: rowSteps}, {kind: rowSpeed}}
	for i, r := range l.runs {
		rows = append(rows, labRow{kind: rowRun, run: i})
		if i == l.expanded {
			specs, _ := optim.Params(r.Kind)
			for _, p := range specs {
				rows = append(rows, labRow{kind: rowParam, run: i, param: p})
			}
		}
	}
	if len(l.runs) < maxRuns {
		rows = append(rows, labRow{kind: rowAdd})
	}
	return rows
}

func (l *lab) move(d int) { l.cursor = clamp(l.cursor+d, 0, len(l.rows())-1) }

// change turns the value on row one notch in direction d.
func (l *lab) change(row labRow, d int) {
	switch row.kind {
	case rowMode:
		l.dataMode = !l.dataMode
		switch {
		case l.dataMode && sameRuns(l.runs, defaultRuns()):
			l.runs = defaultDataRuns()
		case !l.dataMode && sameRuns(l.runs, defaultDataRuns()):
			l.runs = defaultRuns()
		}
		l.reset(l.modeNote())
	case rowSurface:
		if l.dataMode {
			names := data.Names()
			l.dataIdx = (l.dataIdx + d + len(names)) % len(names)
			l.reset(l.modeNote())
			return
		}
		names := surface.Names()
		l.surfIdx = (l.surfIdx + d + len(names)) % len(names)
		l.surface, _ = surface.ByName(names[l.surfIdx])
		l.contour = nil
		l.reset(l.surface.Note)
	case rowSteps:
		if l.dataMode {
			l.epochsIdx = clamp(l.epochsIdx+d, 0, len(epochChoices)-1)
		} else {
			l.stepsIdx = clamp(l.stepsIdx+d, 0, len(stepChoices)-1)
		}
		l.reset("")
	case rowSpeed:
		l.speedIdx = clamp(l.speedIdx+d, 0, len(speedChoices)-1)
		l.reset("")
	case rowRun:
		kinds := optim.Kinds()
		k := (slices.Index(kinds, l.runs[row.run].Kind) + d + len(kinds)) % len(kinds)
		l.runs[row.run] = labRunSpec{Kind: kinds[k], Values: map[string]float64{}}
		if l.expanded == row.run {
			l.cursor = min(l.cursor, len(l.rows())-1)
		}
		l.reset("")
	case rowParam:
		cur := l.paramValue(row.run, row.param)
		l.setParam(row.run, row.param.Name, nudge(row.param, cur, d))
	}
}

func (l *lab) paramValue(run int, p optim.ParamSpec) float64 {
	if v, ok := l.runs[run].Values[p.Name]; ok {
		return v
	}
	return p.Default
}

func (l *lab) setParam(run int, name string, v float64) {
	vals := map[string]float64{}
	for k, x := range l.runs[run].Values {
		vals[k] = x
	}
	vals[name] = v
	l.runs[run].Values = vals
	l.reset(fmt.Sprintf("%s %s = %s", l.runs[run].Kind, name, compactFloat(v)))
}

func (l *lab) addRun() {
	if len(l.runs) >= maxRuns {
		l.setMsg(fmt.Sprintf("at most %d optimizers race at once", maxRuns), true)
		return
	}
	kinds := optim.Kinds()
	next := kinds[len(l.runs)%len(kinds)]
	l.runs = append(l.runs, labRunSpec{Kind: next, Values: map[string]float64{}})
	l.reset("added " + next + ": ←/→ on its row picks another")
}

func (l *lab) removeRun(i int) {
	if len(l.runs) <= 1 {
		l.setMsg("a race needs one optimizer", true)
		return
	}
	l.runs = slices.Delete(l.runs, i, i+1)
	l.expanded = -1
	l.cursor = clamp(l.cursor, 0, len(l.rows())-1)
	l.reset("")
}

// nudge moves v one notch: switches toggle, fractions walk a ladder that
// crowds towards 1, other values a 1-2-5 ladder. Values the spec refuses
// are skipped.
func nudge(p optim.ParamSpec, v float64, d int) float64 {
	if p.Bool {
		if v != 0 {
			return 0
		}
		return 1
	}
	if p.Integer {
		if w := v + float64(d); p.Check(w) == nil {
			return w
		}
		return v
	}
	var ladder []float64
	if p.Max <= 1 {
		ladder = []float64{0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.995, 0.999, 0.9999}
	} else {
		ladder = []float64{0}
		for e := -10; e <= 3; e++ {
			for _, m := range []float64{1, 2, 5} {
				ladder = append(ladder, m*math.Pow(10, float64(e)))
			}
		}
	}
	// The first ladder value past v in direction d that the spec accepts.
	if d > 0 {
		for _, w := range ladder {
			if w > v*(1+1e-9) && p.Check(w) == nil {
				return w
			}
		}
	} else {
		for i := len(ladder) - 1; i >= 0; i-- {
			if w := ladder[i]; w < v*(1-1e-9) && p.Check(w) == nil {
				return w
			}
		}
	}
	return v
}

// startPause starts a race, or pauses and resumes the one running. A race
// that has finished starts over.
func (l *lab) startPause() tea.Cmd {
	if l.race != nil && l.race.Done() {
		l.reset("")
	}
	if l.race == nil {
		if err := l.begin(false); err != nil {
			return nil
		}
		l.setMsg("racing: space pauses, n steps once, r resets", false)
		return l.tick()
	}
	l.paused = !l.paused
	l.race.SetPaused(l.paused)
	if l.paused {
		l.setMsg("paused: space resumes, n takes one step", false)
	} else {
		l.setMsg("racing", false)
	}
	return nil
}

// stepOnce takes a single step of every run, pausing first if needed.
func (l *lab) stepOnce() tea.Cmd {
	var cmd tea.Cmd
	if l.race == nil {
		if err := l.begin(true); err != nil {
			return nil
		}
		cmd = l.tick()
	} else if !l.paused {
		l.paused = true
		l.race.SetPaused(true)
	}
	l.race.StepOnce()
	l.setMsg("paused: n steps once more, space resumes", false)
	return cmd
}

// begin starts a new race; paused races wait for single steps.
func (l *lab) begin(paused bool) error {
	spec := labRaceSpec{Surface: l.surface, Start: l.surface.Start, Steps: stepChoices[l.stepsIdx],
		Speed: speedChoices[l.speedIdx], Runs: l.runs}
	if l.dataMode {
		t := taskFor(data.Names()[l.dataIdx])
		spec.Task, spec.Steps = &t, epochChoices[l.epochsIdx]
	}
	r, err := startLabRace(spec, paused)
	if err != nil {
		l.setMsg(err.Error(), true)
		return err
	}
	l.race, l.paused = r, paused
	l.tickID++
	l.read()
	return nil
}

// reset stops the race (if any) and clears the pictures.
func (l *lab) reset(msg string) {
	l.stopRace()
	l.snaps, l.seen, l.statuses, l.reasons = l.snaps[:0], l.seen[:0], l.statuses[:0], l.reasons[:0]
	l.accuracy = l.accuracy[:0]
	if msg != "" {
		l.setMsg(msg, false)
	}
}

func (l *lab) stopRace() {
	if l.race != nil {
		l.race.Stop()
		l.race = nil
		l.tickID++
	}
	l.paused = false
}

func (l *lab) setMsg(s string, bad bool) { l.msg, l.msgBad = s, bad }

// read copies every labLane's buffer into the lab's own slices (reusing them).
func (l *lab) read() {
	n := len(l.race.lanes)
	l.snaps = slices.Grow(l.snaps[:0], n)[:n]
	l.seen = slices.Grow(l.seen[:0], n)[:n]
	l.statuses = slices.Grow(l.statuses[:0], n)[:n]
	l.reasons = slices.Grow(l.reasons[:0], n)[:n]
	l.accuracy = slices.Grow(l.accuracy[:0], n)[:n]
	for i, ln := range l.race.lanes {
		// Status and step count first: the recorder only ever gets ahead of
		// them, so a frame never claims more steps than it draws.
		l.statuses[i], l.reasons[i] = ln.Status()
		l.seen[i] = int(ln.steps.Load())
		l.snaps[i], _ = ln.rec.Snapshot(l.snaps[i])
		l.accuracy[i] = ""
		for _, name := range []string{"accuracy", "mae"} {
			if v, ok := ln.Metric(name); ok {
				l.accuracy[i] = fmt.Sprintf("%s %.3g", strings.Replace(name, "accuracy", "acc", 1), v)
			}
		}
	}
}

// diverged lists the runs that have diverged, as of the last read.
func (l *lab) diverged() []int {
	var out []int
	for i, s := range l.statuses {
		if s == train.Diverged {
			out = append(out, i)
		}
	}
	return out
}

// summary is the message when every run has stopped.
func (l *lab) summary() string {
	best, bestLoss := -1, math.Inf(1)
	diverged := 0
	for i, pts := range l.snaps {
		if l.statuses[i] == train.Diverged {
			diverged++
			continue
		}
		if len(pts) > 0 && pts[len(pts)-1].Loss < bestLoss {
			best, bestLoss = i, pts[len(pts)-1].Loss
		}
	}
	s := "finished"
	if best >= 0 {
		s += fmt.Sprintf(": lowest loss %s by %s %s", compactFloat(bestLoss), string(runGlyphs[best]), l.runs[best].Kind)
	}
	if diverged > 0 {
		s += fmt.Sprintf("; %d diverged", diverged)
	}
	return s
}
