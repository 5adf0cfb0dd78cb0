package lab

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
	"descent/core/num"
	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
	"descent/tui/ui"
)

// Options configure a lab.
type Options struct {
	// NoColor draws glyph-only pictures (NO_COLOR, or the Ascii profile).
	NoColor bool
	// RaceExercise names the exercise whose race (the learner's own
	// optimizer against the reference) fits a run, or "" when none does.
	// Nil: the lab offers no race.
	RaceExercise func(r RunSpec) string
	// Export, when set, writes the current view as a picture to a new file
	// in the current directory and returns its name.
	Export func(f Frame) (string, error)
}

// RaceRequest is the message the lab sends (from a command) to ask the
// workbook to open the race of the learner's own optimizer, the exercise
// named, against the reference.
type RaceRequest struct{ Exercise string }

// Lab keys, beyond the shared ones in package ui.
var (
	keyStart   = key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "start/pause"))
	keyStep    = key.NewBinding(key.WithKeys("n", "."), key.WithHelp("n", "one step"))
	keyReset   = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reset"))
	keyAdd     = key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add optimizer"))
	keyDelete  = key.NewBinding(key.WithKeys("x", "delete"), key.WithHelp("x", "remove optimizer"))
	keyScale   = key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "loss scale"))
	keySmooth  = key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "smooth (EMA)"))
	keyChange  = key.NewBinding(key.WithKeys("left", "right", "h", "l"), key.WithHelp("←/→", "change"))
	keyEdit    = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open/type"))
	keyPlace   = key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "move start"))
	keyZoomIn  = key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+/-", "zoom"))
	keyZoomOut = key.NewBinding(key.WithKeys("-"), key.WithHelp("-", "zoom out"))
	keyPan     = key.NewBinding(key.WithKeys("shift+left", "shift+right", "shift+up", "shift+down"), key.WithHelp("shift+←↑↓→", "pan"))
	keyFit     = key.NewBinding(key.WithKeys("0"), key.WithHelp("0", "whole map"))
	keyRace    = key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "race your code"))
	keyExport  = key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "save picture"))
	// The mouse, for the ? overlay (no key press is ever called "click").
	keyClick = key.NewBinding(key.WithKeys("click"), key.WithHelp("click map", "start there"))
	keyWheel = key.NewBinding(key.WithKeys("wheel"), key.WithHelp("wheel on map", "zoom"))
)

var (
	stepChoices  = []int{100, 500, 1000, 2000, 5000, 10000, 50000, 100000}
	epochChoices = []int{1, 5, 10, 20, 50, 100, 200, 500}
	speedChoices = []int{10, 30, 100, 300, 1000, 3000, 0} // steps/s per run; 0 = as fast as possible
	kappaChoices = []float64{1, 2, 5, 10, 20, 50, 100, 1000}
)

// tick asks the lab to read the runs' buffers; id ties it to one race.
type tick struct{ id int }

// tickEvery is how often the lab redraws a running race (20 frames/s).
const tickEvery = 50 * time.Millisecond

// scaleMode is the loss chart's y scale: chosen from the data, or fixed.
type scaleMode int

const (
	scaleAuto scaleMode = iota
	scaleLinear
	scaleLog
	scaleSymLog
)

// A row is one line of the settings panel the cursor can rest on.
type row struct {
	kind  int
	run   int             // for the run's own rows
	param optim.ParamSpec // for rows that take a number
}

const (
	rowMode    = iota // surface or dataset
	rowSurface        // the surface, or the dataset
	rowKappa          // the ellipse's condition number
	rowStart          // where the runs start
	rowSteps          // steps, or epochs
	rowSpeed
	rowArch
	rowBatch
	rowNoise
	rowTest
	rowRun
	rowParam
	rowSched
	rowSchedParam
	rowClip
	rowClipLimit
	rowAdd
)

// Model is the lab.
type Model struct {
	opts          Options
	width, height int

	surfIdx  int
	surface  *surface.Surface
	kappaIdx int
	start    surface.Point
	view     surface.Window // what the map shows: zoom and pan move it
	placing  bool           // arrows move the start point

	stepsIdx int

	dataMode  bool // train a network on a dataset instead of walking a surface
	dataIdx   int
	epochsIdx int
	archIdx   int
	batchIdx  int
	noiseIdx  int
	testIdx   int
	data      *dataView // the dataset and its grid, for the picture

	speedIdx int
	runs     []RunSpec
	cursor   int
	expanded int // run whose settings are listed, or -1
	scale    scaleMode
	smooth   bool // plot the exponential moving average of the loss

	editing bool // typing a value for the row under the cursor
	editBuf string

	race   *race
	paused bool
	tickID int
	msg    string
	msgBad bool

	// Read from the race on each tick; View draws only these.
	snaps    [][]train.Point
	seen     []int
	statuses []train.Status
	reasons  []string
	metrics  []string    // dataset mode: the latest epoch's metrics, formatted
	grids    [][]float64 // dataset mode: each model's outputs over the grid

	contour *contour
	geom    mapGeom // where the map was last drawn, for the mouse
}

// New returns the lab on Rosenbrock with four optimizers worth comparing.
func New(o Options) *Model {
	m := &Model{opts: o, surfIdx: max(0, slices.Index(surface.Names(), "rosenbrock")), stepsIdx: 3, speedIdx: 3,
		expanded: -1, epochsIdx: 4, kappaIdx: 3, batchIdx: 3, testIdx: 2}
	m.dataIdx = max(0, slices.Index(data.Names(), "circles"))
	m.archIdx = defaultArch(data.Names()[m.dataIdx])
	m.setSurface()
	m.runs = defaultRuns()
	m.msg = "space starts the race"
	return m
}

// defaultRuns is a first race worth watching on Rosenbrock.
func defaultRuns() []RunSpec {
	return []RunSpec{
		{Kind: "sgd", Values: map[string]float64{"lr": 0.001}},
		{Kind: "sgd", Values: map[string]float64{"lr": 0.001, "momentum": 0.9}},
		{Kind: "rmsprop", Values: map[string]float64{"lr": 0.01}},
		{Kind: "adam", Values: map[string]float64{"lr": 0.05}},
	}
}

// defaultDataRuns is a first race worth watching on a dataset.
func defaultDataRuns() []RunSpec {
	return []RunSpec{
		{Kind: "sgd", Values: map[string]float64{"lr": 0.1}},
		{Kind: "sgd", Values: map[string]float64{"lr": 0.05, "momentum": 0.9}},
		{Kind: "rmsprop", Values: map[string]float64{"lr": 0.01}},
		{Kind: "adam", Values: map[string]float64{"lr": 0.01}},
	}
}

// sameRuns reports whether a and b are the same optimizers and settings.
func sameRuns(a, b []RunSpec) bool {
	return slices.EqualFunc(a, b, func(x, y RunSpec) bool {
		return x.Kind == y.Kind && maps.Equal(x.Values, y.Values) && x.Schedule == y.Schedule && x.Clip == y.Clip
	})
}

// setSurface builds the chosen surface (the ellipse with its κ) and puts
// the start and the view back to the surface's own.
func (m *Model) setSurface() {
	name := surface.Names()[m.surfIdx]
	if name == "ellipse" {
		m.surface, _ = surface.Ellipse(kappaChoices[m.kappaIdx])
	} else {
		m.surface, _ = surface.ByName(name)
	}
	m.start = m.surface.Start
	m.view = m.surface.Window
	m.contour = nil
}

func (m *Model) Init() tea.Cmd { return nil }

// Title is the header's name for the lab.
func (m *Model) Title() string {
	if m.dataMode {
		return "lab · " + data.Names()[m.dataIdx]
	}
	return "lab · " + m.surface.Name
}

// SetSize gives the lab its size; the map is recomputed on the next View.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.contour = nil
}

// Keys are the lab's keys, most useful first (the help line shows what fits).
func (m *Model) Keys() []key.Binding {
	switch {
	case m.editing:
		return []key.Binding{
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "set")),
			key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		}
	case m.placing:
		return []key.Binding{
			key.NewBinding(key.WithKeys("left", "right", "up", "down"), key.WithHelp("←↑↓→", "move start")),
			key.NewBinding(key.WithKeys("enter", "s", "esc"), key.WithHelp("enter", "done")),
		}
	}
	// The help line shows as many as fit, in this order: the race first
	// after start and step, so nobody misses it; the arrows last.
	keys := []key.Binding{keyStart, keyStep}
	if m.opts.RaceExercise != nil {
		keys = append(keys, keyRace)
	}
	keys = append(keys, keyChange, keyEdit, keyReset)
	if !m.dataMode {
		keys = append(keys, keyPlace, keyZoomIn, keyPan, keyFit)
	}
	keys = append(keys, keyScale, keySmooth, keyAdd, keyDelete)
	if m.opts.Export != nil {
		keys = append(keys, keyExport)
	}
	keys = append(keys, ui.KeyUp, ui.KeyDown)
	if !m.dataMode {
		keys = append(keys, keyClick, keyWheel)
	}
	return keys
}

// Capturing is true while a value is typed or the start is moved: then q,
// esc and the arrows are the lab's.
func (m *Model) Capturing() bool { return m.editing || m.placing }

// Close stops the race's goroutines when the learner leaves the lab.
func (m *Model) Close() { m.stopRace() }

// Update handles one message and returns a command, if any.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tick:
		if m.race == nil || msg.id != m.tickID {
			return nil // a tick from a race that was reset
		}
		before := len(m.diverged())
		m.read()
		if d := m.diverged(); len(d) > before { // say so the moment it happens
			i := d[len(d)-1]
			// On a surface without a minimum, running off to −∞ is the
			// surface's nature, not the optimizer's failure.
			m.setMsg(string(ui.RunGlyphs[i])+" "+m.names()[i]+": "+m.reasons[i], m.dataMode || !m.unbounded())
		}
		if m.race.Done() {
			m.read() // the last points, after every lane stopped
			if len(m.diverged()) == 0 || !m.msgBad || m.surface.Minima == nil {
				m.setMsg(m.summary(), false)
			}
			return nil
		}
		return m.tick()
	case tea.KeyPressMsg:
		switch {
		case m.editing:
			return m.editKey(msg)
		case m.placing:
			m.placeKey(msg)
			return nil
		}
		return m.key(msg)
	case tea.MouseClickMsg:
		m.click(msg.X, msg.Y)
	case tea.MouseWheelMsg:
		if !m.dataMode && m.geom.contains(msg.X, msg.Y) {
			x, y := m.geom.point(msg.X, msg.Y, m.view)
			switch msg.Button {
			case tea.MouseWheelUp:
				m.zoom(0.5, x, y)
			case tea.MouseWheelDown:
				m.zoom(2, x, y)
			}
			return nil
		}
		switch msg.Button {
		case tea.MouseWheelUp:
			m.move(-1)
		case tea.MouseWheelDown:
			m.move(1)
		}
	}
	return nil
}

func (m *Model) tick() tea.Cmd {
	id := m.tickID
	return tea.Tick(tickEvery, func(time.Time) tea.Msg { return tick{id: id} })
}

func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	rows := m.rows()
	r := rows[ui.Clamp(m.cursor, 0, len(rows)-1)]
	switch {
	case key.Matches(msg, keyStart):
		return m.startPause()
	case key.Matches(msg, keyStep):
		return m.stepOnce()
	case key.Matches(msg, keyReset):
		m.reset("reset: space starts again")
	case key.Matches(msg, keyScale):
		m.scale = (m.scale + 1) % 4
		m.setMsg("loss scale: "+m.scaleName(), false)
	case key.Matches(msg, keySmooth):
		m.smooth = !m.smooth
		if m.smooth {
			m.setMsg("the chart shows each loss smoothed by an exponential moving average (α = 0.9, as TensorBoard's smoothing)", false)
		} else {
			m.setMsg("the chart shows the raw losses", false)
		}
	case key.Matches(msg, keyPan) && !m.dataMode:
		m.pan(msg.String())
	case key.Matches(msg, ui.KeyUp):
		m.move(-1)
	case key.Matches(msg, ui.KeyDown):
		m.move(1)
	case key.Matches(msg, ui.KeyTop):
		m.cursor = 0
	case key.Matches(msg, ui.KeyLeft):
		m.change(r, -1)
	case key.Matches(msg, ui.KeyRight):
		m.change(r, +1)
	case key.Matches(msg, keyAdd):
		m.addRun()
	case key.Matches(msg, keyDelete):
		if r.kind >= rowRun && r.kind < rowAdd {
			m.removeRun(r.run)
		}
	case key.Matches(msg, keyPlace) && !m.dataMode:
		m.placing = true
		m.setMsg("arrows move the start one cell, or click the map; enter when done", false)
	case key.Matches(msg, keyZoomIn) && !m.dataMode:
		m.zoom(0.5, (m.view.XMin+m.view.XMax)/2, (m.view.YMin+m.view.YMax)/2)
	case key.Matches(msg, keyZoomOut) && !m.dataMode:
		m.zoom(2, (m.view.XMin+m.view.XMax)/2, (m.view.YMin+m.view.YMax)/2)
	case key.Matches(msg, keyFit) && !m.dataMode:
		m.view = m.surface.Window
		m.contour = nil
		m.setMsg("the whole map again", false)
	case key.Matches(msg, keyRace):
		return m.raceRequest(r)
	case key.Matches(msg, keyExport):
		m.export()
	case key.Matches(msg, ui.KeyEnter):
		return m.enter(r)
	}
	return nil
}

// enter acts on the row under the cursor: open or close a run's settings,
// type a value, move the start, or step a choice.
func (m *Model) enter(r row) tea.Cmd {
	switch r.kind {
	case rowRun:
		if m.expanded == r.run {
			m.expanded = -1
		} else {
			m.expanded = r.run
		}
	case rowParam, rowSchedParam, rowClipLimit, rowKappa:
		if r.param.Bool {
			m.change(r, +1)
		} else {
			m.editing, m.editBuf = true, ""
		}
	case rowStart:
		m.placing = true
		m.setMsg("arrows move the start one cell, or click the map; enter when done", false)
	case rowAdd:
		m.addRun()
	default:
		m.change(r, +1)
	}
	return nil
}

// raceRequest asks the workbook to race the learner's own version of the
// run under the cursor (or the first run) against the reference.
func (m *Model) raceRequest(r row) tea.Cmd {
	if m.opts.RaceExercise == nil {
		return nil
	}
	i := 0
	if r.kind >= rowRun && r.kind < rowAdd {
		i = r.run
	}
	name := m.opts.RaceExercise(m.runs[i])
	if name == "" {
		m.setMsg("no exercise of yours matches "+m.names()[i]+": the race takes momentum, nesterov, adagrad, rmsprop and adam (move to one of those runs and press v)", true)
		return nil
	}
	return func() tea.Msg { return RaceRequest{Exercise: name} }
}

// editKey handles typing a value.
func (m *Model) editKey(msg tea.KeyPressMsg) tea.Cmd {
	rows := m.rows()
	r := rows[ui.Clamp(m.cursor, 0, len(rows)-1)]
	switch s := msg.String(); s {
	case "esc":
		m.editing = false
	case "enter":
		m.editing = false
		v, err := parseTypedFloat(m.editBuf)
		if err == nil {
			err = r.param.Check(v)
		}
		if err != nil {
			m.setMsg(err.Error(), true)
			return nil
		}
		m.setValue(r, v)
	case "backspace":
		if len(m.editBuf) > 0 {
			m.editBuf = m.editBuf[:len(m.editBuf)-1]
		}
	default:
		if len(s) == 1 && strings.Contains("0123456789.eE-+", s) && len(m.editBuf) < 24 {
			m.editBuf += s
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
func (m *Model) rows() []row {
	rows := []row{{kind: rowMode}, {kind: rowSurface}}
	if m.dataMode {
		rows = append(rows, row{kind: rowArch}, row{kind: rowBatch}, row{kind: rowNoise}, row{kind: rowTest})
	} else {
		if m.surface.Name == "ellipse" {
			rows = append(rows, row{kind: rowKappa, param: optim.ParamSpec{Name: "κ", Min: 1, Max: 1e6,
				MinInclusive: true, MaxInclusive: true, Doc: "the condition number L/μ: how much steeper across than along"}})
		}
		rows = append(rows, row{kind: rowStart})
	}
	rows = append(rows, row{kind: rowSteps}, row{kind: rowSpeed})
	for i, r := range m.runs {
		rows = append(rows, row{kind: rowRun, run: i})
		if i != m.expanded {
			continue
		}
		specs, _ := optim.Params(r.Kind)
		for _, p := range specs {
			rows = append(rows, row{kind: rowParam, run: i, param: p})
		}
		rows = append(rows, row{kind: rowSched, run: i})
		if r.Schedule != "" && r.Schedule != "constant" {
			specs, _ := optim.ScheduleParams(r.Schedule)
			for _, p := range specs {
				if p.Name != "lr" {
					rows = append(rows, row{kind: rowSchedParam, run: i, param: p})
				}
			}
		}
		rows = append(rows, row{kind: rowClip, run: i})
		if r.Clip == "value" || r.Clip == "norm" {
			rows = append(rows, row{kind: rowClipLimit, run: i, param: optim.ParamSpec{Name: "limit", Default: 1, Min: 0,
				Max: math.Inf(1), Doc: "the largest gradient entry (value) or gradient norm (norm) a step may use"}})
		}
	}
	if len(m.runs) < ui.MaxRuns {
		rows = append(rows, row{kind: rowAdd})
	}
	return rows
}

func (m *Model) move(d int) { m.cursor = ui.Clamp(m.cursor+d, 0, len(m.rows())-1) }

// change turns the value on a row one notch in direction d.
func (m *Model) change(r row, d int) {
	cycle := func(i, n int) int { return (i + d + n) % n }
	switch r.kind {
	case rowMode:
		m.dataMode = !m.dataMode
		switch {
		case m.dataMode && sameRuns(m.runs, defaultRuns()):
			m.runs = defaultDataRuns()
		case !m.dataMode && sameRuns(m.runs, defaultDataRuns()):
			m.runs = defaultRuns()
		}
		m.cursor = 0
		m.reset(m.modeNote())
	case rowSurface:
		if m.dataMode {
			m.dataIdx = cycle(m.dataIdx, len(data.Names()))
			m.archIdx = defaultArch(data.Names()[m.dataIdx])
			m.reset(m.modeNote())
			return
		}
		m.surfIdx = cycle(m.surfIdx, len(surface.Names()))
		m.setSurface()
		m.reset(m.surface.Note)
	case rowKappa:
		m.kappaIdx = ui.Clamp(m.kappaIdx+d, 0, len(kappaChoices)-1)
		m.setSurface()
		m.reset(m.surface.Note)
	case rowSteps:
		if m.dataMode {
			m.epochsIdx = ui.Clamp(m.epochsIdx+d, 0, len(epochChoices)-1)
		} else {
			m.stepsIdx = ui.Clamp(m.stepsIdx+d, 0, len(stepChoices)-1)
		}
		m.reset("")
	case rowSpeed:
		m.speedIdx = ui.Clamp(m.speedIdx+d, 0, len(speedChoices)-1)
		m.reset("")
	case rowArch:
		m.archIdx = cycle(m.archIdx, len(archChoices))
		m.reset("model: " + m.task().describe(m.inputs()))
	case rowBatch:
		m.batchIdx = ui.Clamp(m.batchIdx+d, 0, len(batchChoices)-1)
		m.reset("")
	case rowNoise:
		m.noiseIdx = ui.Clamp(m.noiseIdx+d, 0, len(noiseChoices)-1)
		m.reset("noise: every point jittered by a Gaussian of σ = " + num.G(noiseChoices[m.noiseIdx]))
	case rowTest:
		m.testIdx = ui.Clamp(m.testIdx+d, 0, len(testChoices)-1)
		m.reset("")
	case rowRun:
		kinds := optim.Kinds()
		k := cycle(slices.Index(kinds, m.runs[r.run].Kind), len(kinds))
		m.runs[r.run] = RunSpec{Kind: kinds[k], Values: map[string]float64{}}
		m.cursor = min(m.cursor, len(m.rows())-1)
		m.reset("")
	case rowParam:
		m.setValue(r, nudge(r.param, m.paramValue(r.run, r.param), d))
	case rowSched:
		kinds := optim.ScheduleKinds()
		cur := m.runs[r.run].Schedule
		if cur == "" {
			cur = "constant"
		}
		rs := m.runs[r.run]
		rs.Schedule, rs.SchedValues = kinds[cycle(slices.Index(kinds, cur), len(kinds))], map[string]float64{}
		m.runs[r.run] = rs
		m.reset(m.names()[r.run] + ": schedule " + rs.Schedule)
	case rowSchedParam:
		m.setValue(r, nudge(r.param, m.schedValue(r.run, r.param), d))
	case rowClip:
		kinds := optim.ClipKinds()
		cur := m.runs[r.run].Clip
		if cur == "" {
			cur = "none"
		}
		rs := m.runs[r.run]
		rs.Clip = kinds[cycle(slices.Index(kinds, cur), len(kinds))]
		if rs.ClipLimit <= 0 {
			rs.ClipLimit = 1
		}
		m.runs[r.run] = rs
		m.reset(m.names()[r.run] + ": clipping " + rs.Clip)
	case rowClipLimit:
		m.setValue(r, nudge(r.param, m.runs[r.run].ClipLimit, d))
	}
}

func (m *Model) paramValue(run int, p optim.ParamSpec) float64 {
	if v, ok := m.runs[run].Values[p.Name]; ok {
		return v
	}
	return p.Default
}

func (m *Model) schedValue(run int, p optim.ParamSpec) float64 {
	if v, ok := m.runs[run].SchedValues[p.Name]; ok {
		return v
	}
	return p.Default
}

// setValue sets the number on row r (a typed or nudged value, checked).
func (m *Model) setValue(r row, v float64) {
	switch r.kind {
	case rowKappa:
		// κ is typed freely; the ladder is only for ←/→.
		s, err := surface.Ellipse(v)
		if err != nil {
			m.setMsg(err.Error(), true)
			return
		}
		m.kappaIdx = slices.Index(kappaChoices, v) // -1 for a typed value off the ladder
		if m.kappaIdx < 0 {
			m.kappaIdx = len(kappaChoices) - 1
			for i, k := range kappaChoices {
				if k >= v {
					m.kappaIdx = i
					break
				}
			}
		}
		m.surface, m.start, m.view, m.contour = s, s.Start, s.Window, nil
		m.reset(s.Note)
		return
	case rowClipLimit:
		rs := m.runs[r.run]
		rs.ClipLimit = v
		m.runs[r.run] = rs
		m.reset(fmt.Sprintf("%s: clip limit %s", m.names()[r.run], num.G(v)))
		return
	case rowSchedParam:
		rs := m.runs[r.run]
		vals := maps.Clone(rs.SchedValues)
		if vals == nil {
			vals = map[string]float64{}
		}
		vals[r.param.Name] = v
		rs.SchedValues = vals
		m.runs[r.run] = rs
		m.reset(fmt.Sprintf("%s: %s = %s", m.names()[r.run], r.param.Name, num.G(v)))
		return
	}
	vals := maps.Clone(m.runs[r.run].Values)
	if vals == nil {
		vals = map[string]float64{}
	}
	vals[r.param.Name] = v
	m.runs[r.run].Values = vals
	m.reset(fmt.Sprintf("%s: %s = %s", m.names()[r.run], r.param.Name, num.G(v)))
}

func (m *Model) addRun() {
	if len(m.runs) >= ui.MaxRuns {
		m.setMsg(fmt.Sprintf("at most %d optimizers race at once", ui.MaxRuns), true)
		return
	}
	kinds := optim.Kinds()
	next := kinds[len(m.runs)%len(kinds)]
	m.runs = append(m.runs, RunSpec{Kind: next, Values: map[string]float64{}})
	m.reset("added " + next + ": ←/→ on its row picks another")
}

func (m *Model) removeRun(i int) {
	if len(m.runs) <= 1 {
		m.setMsg("a race needs one optimizer", true)
		return
	}
	m.runs = slices.Delete(m.runs, i, i+1)
	m.expanded = -1
	m.cursor = ui.Clamp(m.cursor, 0, len(m.rows())-1)
	m.reset("")
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
		// Counts move along the 1-2-5 ladder too: 100 → 200 → 500.
		for _, w := range ladder(p) {
			if d > 0 && w > v && w == math.Trunc(w) && p.Check(w) == nil {
				return w
			}
		}
		if d < 0 {
			l := ladder(p)
			for i := len(l) - 1; i >= 0; i-- {
				if w := l[i]; w < v && w == math.Trunc(w) && p.Check(w) == nil {
					return w
				}
			}
		}
		return v
	}
	l := ladder(p)
	// The first ladder value past v in direction d that the spec accepts.
	if d > 0 {
		for _, w := range l {
			if w > v*(1+1e-9) && p.Check(w) == nil {
				return w
			}
		}
	} else {
		for i := len(l) - 1; i >= 0; i-- {
			if w := l[i]; w < v*(1-1e-9) && p.Check(w) == nil {
				return w
			}
		}
	}
	return v
}

func ladder(p optim.ParamSpec) []float64 {
	if p.Max <= 1 {
		return []float64{0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.995, 0.999, 0.9999}
	}
	l := []float64{0}
	for e := -10; e <= 6; e++ {
		for _, k := range []float64{1, 2, 5} {
			l = append(l, k*math.Pow(10, float64(e)))
		}
	}
	return l
}

// startPause starts a race, or pauses and resumes the one running. A race
// that has finished starts over.
func (m *Model) startPause() tea.Cmd {
	if m.race != nil && m.race.Done() {
		m.reset("")
	}
	if m.race == nil {
		if err := m.begin(false); err != nil {
			return nil
		}
		m.setMsg("racing: space pauses, n steps once, r resets", false)
		return m.tick()
	}
	m.paused = !m.paused
	m.race.SetPaused(m.paused)
	if m.paused {
		m.setMsg("paused: space resumes, n takes one step", false)
	} else {
		m.setMsg("racing", false)
	}
	return nil
}

// stepOnce takes a single step of every run, pausing first if needed.
func (m *Model) stepOnce() tea.Cmd {
	var cmd tea.Cmd
	if m.race == nil {
		if err := m.begin(true); err != nil {
			return nil
		}
		cmd = m.tick()
	} else if !m.paused {
		m.paused = true
		m.race.SetPaused(true)
	}
	m.race.StepOnce()
	m.setMsg("paused: n steps once more, space resumes", false)
	return cmd
}

// task is dataset mode's task as the panel sets it.
func (m *Model) task() task {
	return taskFor(data.Names()[m.dataIdx], m.archIdx, m.batchIdx, m.noiseIdx, m.testIdx)
}

// begin starts a new race; paused races wait for single steps.
func (m *Model) begin(paused bool) error {
	spec := raceSpec{Surface: m.surface, Start: m.start, Steps: stepChoices[m.stepsIdx],
		Speed: speedChoices[m.speedIdx], Runs: m.runs}
	if m.dataMode {
		t := m.task()
		spec.Task, spec.Steps = &t, epochChoices[m.epochsIdx]
	}
	r, err := startRace(spec, paused)
	if err != nil {
		m.setMsg(err.Error(), true)
		return err
	}
	m.race, m.paused = r, paused
	m.tickID++
	m.read()
	return nil
}

// reset stops the race (if any) and clears the pictures.
func (m *Model) reset(msg string) {
	m.stopRace()
	m.snaps, m.seen, m.statuses, m.reasons = m.snaps[:0], m.seen[:0], m.statuses[:0], m.reasons[:0]
	m.metrics, m.grids = m.metrics[:0], m.grids[:0]
	m.data = nil
	if msg != "" {
		m.setMsg(msg, false)
	}
}

func (m *Model) stopRace() {
	if m.race != nil {
		m.race.Stop()
		m.race = nil
		m.tickID++
	}
	m.paused = false
}

func (m *Model) setMsg(s string, bad bool) { m.msg, m.msgBad = s, bad }

// read copies every lane's buffer into the lab's own slices (reusing them).
func (m *Model) read() {
	n := len(m.race.lanes)
	m.snaps = slices.Grow(m.snaps[:0], n)[:n]
	m.seen = slices.Grow(m.seen[:0], n)[:n]
	m.statuses = slices.Grow(m.statuses[:0], n)[:n]
	m.reasons = slices.Grow(m.reasons[:0], n)[:n]
	m.metrics = slices.Grow(m.metrics[:0], n)[:n]
	m.grids = slices.Grow(m.grids[:0], n)[:n]
	for i, ln := range m.race.lanes {
		// Status and step count first: the recorder only ever gets ahead of
		// them, so a frame never claims more steps than it draws.
		m.statuses[i], m.reasons[i] = ln.Status()
		m.seen[i] = int(ln.steps.Load())
		m.snaps[i], _ = ln.rec.Snapshot(m.snaps[i])
		m.metrics[i] = ""
		var parts []string
		for _, name := range []string{"accuracy", "val_accuracy", "mae", "val_mae"} {
			if v, ok := ln.Metric(name); ok {
				short := strings.NewReplacer("val_accuracy", "test acc", "accuracy", "acc", "val_mae", "test mae").Replace(name)
				parts = append(parts, short+" "+num.Sig(v, 3))
			}
		}
		m.metrics[i] = strings.Join(parts, " ")
		m.grids[i] = ln.Grid()
	}
}

// diverged lists the runs that have diverged, as of the last read.
func (m *Model) diverged() []int {
	var out []int
	for i, s := range m.statuses {
		if s == train.Diverged {
			out = append(out, i)
		}
	}
	return out
}

// placeKey moves the start one map cell per arrow; enter, esc or s ends.
func (m *Model) placeKey(msg tea.KeyPressMsg) {
	dx := (m.view.XMax - m.view.XMin) / float64(max(m.geom.w, 1))
	dy := (m.view.YMax - m.view.YMin) / float64(max(m.geom.h, 1))
	p := m.start
	switch msg.String() {
	case "left", "h":
		p.X -= dx
	case "right", "l":
		p.X += dx
	case "up", "k":
		p.Y += dy
	case "down", "j":
		p.Y -= dy
	case "enter", "esc", "s", "q":
		m.placing = false
		m.setMsg(fmt.Sprintf("start (%s, %s): space races from there", num.G(m.start.X), num.G(m.start.Y)), false)
		return
	default:
		return
	}
	m.setStart(p)
}

// setStart moves the start point (rounded to a readable number of digits)
// and clears the race, which started elsewhere.
func (m *Model) setStart(p surface.Point) {
	round := func(v, span float64) float64 {
		q := math.Pow(10, math.Floor(math.Log10(span/200)))
		return math.Round(v/q) * q
	}
	p.X, p.Y = round(p.X, m.view.XMax-m.view.XMin), round(p.Y, m.view.YMax-m.view.YMin)
	if !finite(m.surface.Value(p.X, p.Y)) {
		m.setMsg("the loss is not finite there: pick another start", true)
		return
	}
	m.start = p
	m.reset(fmt.Sprintf("start (%s, %s), f = %s", num.G(p.X), num.G(p.Y), num.G(m.surface.Value(p.X, p.Y))))
}

// click puts the start where the map was clicked.
func (m *Model) click(x, y int) {
	if m.dataMode || !m.geom.contains(x, y) {
		return
	}
	px, py := m.geom.point(x, y, m.view)
	m.setStart(surface.Point{X: px, Y: py})
}

// zoom scales the view by f around (x, y): f < 1 zooms in.
func (m *Model) zoom(f, x, y float64) {
	w, h := (m.view.XMax-m.view.XMin)*f, (m.view.YMax-m.view.YMin)*f
	full := m.surface.Window
	if w < (full.XMax-full.XMin)*1e-4 || w > (full.XMax-full.XMin)*1e3 {
		m.setMsg("that is as far as the zoom goes", true)
		return
	}
	fx := (x - m.view.XMin) / (m.view.XMax - m.view.XMin)
	fy := (y - m.view.YMin) / (m.view.YMax - m.view.YMin)
	m.view = surface.Window{XMin: x - fx*w, XMax: x + (1-fx)*w, YMin: y - fy*h, YMax: y + (1-fy)*h}
	m.contour = nil
	m.setMsg(fmt.Sprintf("view x %s…%s, y %s…%s (0: the whole map)", num.G(m.view.XMin), num.G(m.view.XMax),
		num.G(m.view.YMin), num.G(m.view.YMax)), false)
}

// pan moves the view a quarter of its size.
func (m *Model) pan(k string) {
	w, h := (m.view.XMax-m.view.XMin)/4, (m.view.YMax-m.view.YMin)/4
	switch k {
	case "shift+left":
		m.view.XMin, m.view.XMax = m.view.XMin-w, m.view.XMax-w
	case "shift+right":
		m.view.XMin, m.view.XMax = m.view.XMin+w, m.view.XMax+w
	case "shift+up":
		m.view.YMin, m.view.YMax = m.view.YMin+h, m.view.YMax+h
	case "shift+down":
		m.view.YMin, m.view.YMax = m.view.YMin-h, m.view.YMax-h
	}
	m.contour = nil
}

// export saves the current view as a picture, if the workbook can.
func (m *Model) export() {
	if m.opts.Export == nil {
		return
	}
	name, err := m.opts.Export(m.frame())
	if err != nil {
		m.setMsg("could not save the picture: "+err.Error(), true)
		return
	}
	m.setMsg("saved the picture to "+name, false)
}

// modeNote is the message when the surface or dataset changes.
func (m *Model) modeNote() string {
	if !m.dataMode {
		return m.surface.Note
	}
	name := data.Names()[m.dataIdx]
	for _, g := range data.Generators() {
		if g.Name == name {
			return name + ": " + g.Description
		}
	}
	return name
}

// inputs is how many features the chosen dataset has.
func (m *Model) inputs() int {
	d, err := data.Generate(data.Names()[m.dataIdx], 4, fitSeed)
	if err != nil {
		return 0
	}
	return len(d.Features)
}
