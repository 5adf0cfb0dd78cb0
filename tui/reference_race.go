package tui

// The race: the learner's own optimizer (their chapter 3 exercise) against
// the reference one from descent/core/optim, on the same surface, drawn live
// side by side.
//
// The learner's run is a separate process: `go run ./race …` inside the
// exercises module (exercises/race/main.go), in its own process group, which
// prints one JSON point a line. A panic there ends that process with a line
// saying where; an endless loop stops the points, and after stallTimeout the
// whole process group is killed. Either way the race shows a status and the
// workbook carries on. The reference run is project code and runs in-process
// (train.RunTrace).
//
// Both runs are computed as fast as they go; the screen then replays them
// together on a tick, a few steps per frame, so the two paths grow side by
// side however fast each one was.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"descent/chapters/book"
	"descent/core/num"
	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
	"descent/runner"
)

var (
	keyRerun   = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "run again"))
	keySurface = key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "next surface"))
)

const (
	raceTick = 50 * time.Millisecond
	// raceFrames is about how many ticks a replay takes, whatever the steps.
	raceFrames = 80
)

// raceSurfaces are the surfaces both sides know (race/main.go has its own
// copies, so the exercises module builds alone).
var raceSurfaces = []string{"rosenbrock", "quadratic", "himmelblau"}

// raceSetting is one optimizer's race: the flags for the learner's program
// and the same hyperparameters for the reference.
type raceSetting struct {
	lr, beta, rho, eps float64
	steps              int
	note               string // where the two conventions differ
}

// raceSettings are chosen so each optimizer gets near the minimum of every
// race surface in its step budget (Rosenbrock is the hard one); both sides
// always get the same numbers.
var raceSettings = map[string]raceSetting{
	"momentum": {lr: 0.001, beta: 0.9, steps: 1000},
	"nesterov": {lr: 0.001, beta: 0.9, steps: 1000,
		note: "the reference is PyTorch's form: its θ is your look-ahead point, so the paths differ slightly"},
	"adagrad": {lr: 1, eps: 1e-8, steps: 1000,
		note: "the reference puts ε inside the root; with ε this small the paths agree"},
	"rmsprop": {lr: 0.01, rho: 0.9, eps: 1e-8, steps: 1000,
		note: "the reference puts ε inside the root; with ε this small the paths agree"},
	"adam": {lr: 0.05, beta: 0.9, eps: 1e-8, steps: 1000},
	"momentum_sign": {lr: 0.001, beta: 0.9, steps: 1000,
		note: "yours keeps Keras's velocity v ← β·v − η·g; the reference PyTorch's buffer b ← β·b + g: with a constant η the points are the same"},
	"nag_printed": {lr: 0.001, beta: 0.9, steps: 1000,
		note: "the reference is PyTorch's form: its θ is your look-ahead point, so the paths differ slightly"},
}

// raceable says whether an exercise can be raced.
func raceable(name string) bool { _, ok := raceSettings[name]; return ok }

// reference builds core/optim's version of the exercise's optimizer.
func reference(name string, s raceSetting) (optim.Optimizer, error) {
	switch name {
	case "momentum", "momentum_sign":
		return optim.NewSGD(optim.SGDConfig{LR: s.lr, Momentum: s.beta})
	case "nesterov", "nag_printed":
		return optim.NewSGD(optim.SGDConfig{LR: s.lr, Momentum: s.beta, Nesterov: true})
	case "adagrad":
		return optim.NewAdagrad(optim.AdagradConfig{LR: s.lr, Eps: s.eps})
	case "rmsprop":
		return optim.NewRMSprop(optim.RMSpropConfig{LR: s.lr, Rho: s.rho, Eps: s.eps})
	case "adam":
		return optim.NewAdam(optim.AdamConfig{LR: s.lr, Beta1: s.beta, Beta2: 0.999, Eps: s.eps})
	}
	return nil, fmt.Errorf("no reference optimizer for %q", name)
}

// raceOutcome is how the learner's process ended (or stands).
type raceOutcome int

const (
	raceBuilding raceOutcome = iota
	raceRunning
	raceFinished
	raceDiverged
	racePanicked
	raceStalled
	raceCompileError
	raceCrashed
	raceStopped
)

// refRace is a sub-screen of the exercises screen: the learner's optimizer
// against the reference one (the lab's own race, its optimizers against each
// other, is package lab).
type refRace struct {
	deps    *deps
	dir     string
	name    string
	setting raceSetting
	surf    *surface.Surface
	fn      int // index into raceSurfaces

	// Limits; tests shorten them.
	buildTimeout time.Duration // until the program prints "ready"
	frames       int           // ticks a replay takes (raceFrames)
	stallTimeout time.Duration // between two points after that
	goCmd        string

	gen    int // bumped on each start, so old messages are dropped
	cancel context.CancelFunc
	proc   *raceProc

	mine      []train.Point // what has arrived from the learner's process
	outcome   raceOutcome
	detail    string // one line about the outcome
	ref       train.Trace
	refErr    string
	refReady  bool
	shown     int // the replay has drawn steps 0..shown
	ticking   bool
	width     int
	height    int
	lastFrame string
}

func newRefRace(d *deps, dir, name string) *refRace {
	r := &refRace{deps: d, dir: dir, name: name, setting: raceSettings[name],
		buildTimeout: 3 * time.Minute, stallTimeout: 5 * time.Second, goCmd: "go", frames: raceFrames}
	r.surf, _ = surface.ByName(raceSurfaces[0])
	return r
}

func (r *refRace) Title() string {
	return "Race · your " + r.name + " vs the reference on " + r.surf.Name
}

// Keys leaves out esc: the app's help line already says "esc back", which
// here goes back to the exercise list.
func (r *refRace) Keys() []key.Binding { return []key.Binding{keyRerun, keySurface} }

func (r *refRace) SetSize(w, h int) { r.width, r.height = max(w, 0), max(h, 0) }

// Messages of a race; gen ties them to one start.
type (
	raceTickMsg struct {
		r   *refRace
		gen int
	}
	raceRefMsg struct {
		r     *refRace
		gen   int
		trace train.Trace
		err   error
	}
	raceProcDoneMsg struct {
		r   *refRace
		gen int
	}
)

func (r *refRace) Init() tea.Cmd { return r.start() }

// start (re)starts both runs and the replay.
func (r *refRace) start() tea.Cmd {
	if r.cancel != nil {
		r.cancel()
	}
	r.gen++
	ctx, cancel := context.WithCancel(context.Background())
	r.cancel = cancel
	r.mine, r.outcome, r.detail = nil, raceBuilding, ""
	r.ref, r.refErr, r.refReady, r.shown = train.Trace{}, "", false, 0
	gen, s, surf, name := r.gen, r.setting, r.surf, r.name
	args := []string{"--opt", name, "--func", surf.Name,
		"--steps", strconv.Itoa(s.steps), "--lr", fmtFloat(s.lr), "--beta", fmtFloat(s.beta),
		"--rho", fmtFloat(s.rho), "--eps", fmtFloat(s.eps)}
	p := &raceProc{dir: r.dir, goCmd: r.goCmd, args: args, build: r.buildTimeout, stall: r.stallTimeout}
	if r.deps != nil && r.deps.workshop != nil { // in the server's sandbox (workshop.go)
		w := r.deps.workshop
		p.start = func(args []string) (*learnerProcess, error) { return w.startRace(name, args) }
	}
	r.proc = p
	learner := func() tea.Msg {
		p.run(ctx)
		return raceProcDoneMsg{r: r, gen: gen}
	}
	refRun := func() tea.Msg {
		opt, err := reference(name, s)
		if err != nil {
			return raceRefMsg{r: r, gen: gen, err: err}
		}
		tr, err := train.RunTrace(ctx, surf, opt, surf.Start, s.steps)
		return raceRefMsg{r: r, gen: gen, trace: tr, err: err}
	}
	cmds := []tea.Cmd{learner, refRun}
	if !r.ticking {
		r.ticking = true
		cmds = append(cmds, r.tick())
	}
	return tea.Batch(cmds...)
}

func (r *refRace) tick() tea.Cmd {
	gen := r.gen
	return tea.Tick(raceTick, func(time.Time) tea.Msg { return raceTickMsg{r: r, gen: gen} })
}

func fmtFloat(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func (r *refRace) Update(msg tea.Msg) (*refRace, tea.Cmd) {
	switch msg := msg.(type) {
	case raceTickMsg:
		if msg.r != r {
			return r, nil
		}
		if msg.gen != r.gen {
			return r, r.tick() // a restart: keep one tick going
		}
		r.sync()
		if r.finished() {
			r.ticking = false
			return r, nil
		}
		r.shown += max(r.setting.steps/r.frames, 1)
		return r, r.tick()
	case raceRefMsg:
		if msg.r == r && msg.gen == r.gen {
			r.ref, r.refReady = msg.trace, true
			if msg.err != nil {
				r.refErr = msg.err.Error()
			}
		}
	case raceProcDoneMsg:
		if msg.r == r && msg.gen == r.gen {
			r.sync()
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, keyRerun):
			return r, r.start()
		case key.Matches(msg, keySurface):
			r.fn = (r.fn + 1) % len(raceSurfaces)
			r.surf, _ = surface.ByName(raceSurfaces[r.fn])
			return r, r.start()
		}
	}
	return r, nil
}

// sync copies what the learner's process has produced so far.
func (r *refRace) sync() {
	if r.proc == nil {
		return
	}
	r.mine, r.outcome, r.detail = r.proc.snapshot(r.mine)
}

// finished is true once both runs have ended and the replay caught up.
func (r *refRace) finished() bool {
	if !r.refReady || r.outcome <= raceRunning {
		return false
	}
	last := 0
	if n := len(r.mine); n > 0 {
		last = r.mine[n-1].Step
	}
	if n := len(r.ref.Points); n > 0 {
		last = max(last, r.ref.Points[n-1].Step)
	}
	return r.shown >= last
}

// Close kills the learner's process group and stops the reference run.
func (r *refRace) Close() {
	if r.cancel != nil {
		r.cancel()
	}
}

// upTo returns the points with Step ≤ step.
func upTo(pts []train.Point, step int) []train.Point {
	for i, p := range pts {
		if p.Step > step {
			return pts[:i]
		}
	}
	return pts
}

func (r *refRace) View() string {
	if r.width <= 0 || r.height <= 0 {
		return ""
	}
	mine, ref := upTo(r.mine, r.shown), upTo(r.ref.Points, r.shown)
	yours, theirs := runStyle(0), runStyle(1)
	lines := []string{
		styleTitle.Render(r.surf.Formula) + styleMuted.Render(fmt.Sprintf("   from (%g, %g), %d steps, η = %g",
			r.surf.Start.X, r.surf.Start.Y, r.setting.steps, r.setting.lr)),
		yours.Render(string(runGlyphs[0])+" yours     ") + r.mineStatus(mine),
		theirs.Render(string(runGlyphs[1])+" reference ") + r.refStatus(ref),
		r.partingLine(mine, ref),
	}
	if r.setting.note != "" {
		lines = append(lines, styleMuted.Render("  note: "+r.setting.note))
	}
	plotH := r.height - len(lines) - 1
	if plotH >= 6 {
		mapW := min(r.width/2, 2*plotH+10)
		win := r.surf.Window
		axes := styleMuted.Render(fmt.Sprintf("x %g…%g, y %g…%g, ◎ minimum", win.XMin, win.XMax, win.YMin, win.YMax))
		left := strings.Split(fitBlock(r.trajectoryMap(mine, ref, mapW, plotH-1)+"\n"+axes, mapW, plotH), "\n")
		right := strings.Split(fitBlock(r.lossCurves(mine, ref, r.width-mapW-2, plotH), r.width-mapW-2, plotH), "\n")
		for i := range left {
			lines = append(lines, left[i]+"  "+right[i])
		}
	}
	return fitBlock(strings.Join(lines, "\n"), r.width, r.height)
}

// mineStatus describes the learner's run.
func (r *refRace) mineStatus(shown []train.Point) string {
	last := ""
	if n := len(shown); n > 0 {
		last = fmt.Sprintf("step %d, loss %.4g", shown[n-1].Step, shown[n-1].Loss)
	}
	switch r.outcome {
	case raceBuilding:
		return styleMuted.Render("compiling your code (go run ./race)…")
	case raceRunning, raceFinished:
		if r.outcome == raceFinished && !r.moved() {
			return styleWarn.Render("never moved from the start: is " + r.name + " still the stub?")
		}
		if r.outcome == raceFinished && r.shown >= r.setting.steps {
			if _, _, _, parted := parting(r.mine, r.ref.Points); !parted && r.refReady {
				return styleGood.Render("✓ " + last)
			}
			return "■ " + last
		}
		return last
	case raceDiverged:
		return styleBad.Render("✗ "+r.detail) + styleMuted.Render("  "+last)
	case raceStopped:
		return styleWarn.Render("■ stopped")
	}
	return styleBad.Render("✗ " + r.detail)
}

// raceTolerance is how far apart (in the plane) the two points of one step
// may be and still count as the same path: float64 arithmetic done in
// another order differs by about 1e-16, a different formula by far more.
const (
	raceTolerance     = 1e-9
	raceToleranceText = "1e-9"
)

// parting finds the first step at which the learner's point is more than
// raceTolerance from the reference's point of the same step, and by how
// much. compared is how many steps both runs reached.
func parting(mine, ref []train.Point) (step int, by float64, compared int, parted bool) {
	for i, m := range mine {
		if i >= len(ref) {
			break
		}
		p := ref[i]
		if p.Step != m.Step {
			break // the learner's program skipped points (--every): compare no further
		}
		compared++
		if d := math.Hypot(m.X-p.X, m.Y-p.Y); d > raceTolerance || math.IsNaN(d) {
			return m.Step, d, compared, true
		}
	}
	return 0, 0, compared, false
}

// partingLine says, next to the final losses, whether the two paths are
// the same, and if not the first step at which they part and by how much.
func (r *refRace) partingLine(mine, ref []train.Point) string {
	if len(mine) < 2 || len(ref) < 2 {
		return styleMuted.Render("  paths: compared step by step as they arrive")
	}
	step, by, n, parted := parting(mine, ref)
	if parted {
		return styleWarn.Render(fmt.Sprintf("  paths part at step %d: yours is %s from the reference (more than %s)",
			step, num.G(by), raceToleranceText))
	}
	last := mine[min(n, len(mine))-1].Step
	if r.finished() {
		return styleGood.Render(fmt.Sprintf("  paths: within %s of each other at every step, 0 to %d", raceToleranceText, last))
	}
	return styleMuted.Render(fmt.Sprintf("  paths: within %s of each other so far (to step %d)", raceToleranceText, last))
}

// moved is false when every point the learner's run produced is the start.
func (r *refRace) moved() bool {
	for _, p := range r.mine {
		if p.X != r.surf.Start.X || p.Y != r.surf.Start.Y {
			return true
		}
	}
	return false
}

func (r *refRace) refStatus(shown []train.Point) string {
	switch {
	case r.refErr != "":
		return styleBad.Render("✗ " + r.refErr)
	case !r.refReady:
		return styleMuted.Render("…")
	}
	n := len(shown)
	if n == 0 {
		return ""
	}
	s := fmt.Sprintf("step %d, loss %.4g", shown[n-1].Step, shown[n-1].Loss)
	if r.ref.Status == train.Diverged && n == len(r.ref.Points) {
		return styleBad.Render("✗ " + r.ref.Reason)
	}
	return s
}

// contourShades run from low to high values.
const contourShades = " .:-=+*#%@"

// trajectoryMap draws the surface as shaded contours (log scale, so valleys
// show) with both paths over it, and the minima as ◎.
func (r *refRace) trajectoryMap(mine, ref []train.Point, w, h int) string {
	if w < 4 || h < 3 {
		return ""
	}
	win, s := r.surf.Window, r.surf
	grid := make([][]rune, h)
	cellOf := func(x, y float64) (int, int, bool) {
		if math.IsNaN(x) || math.IsNaN(y) {
			return 0, 0, false
		}
		c := int((x - win.XMin) / (win.XMax - win.XMin) * float64(w))
		row := int((win.YMax - y) / (win.YMax - win.YMin) * float64(h))
		return c, row, c >= 0 && c < w && row >= 0 && row < h
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	vals := make([][]float64, h)
	for row := range h {
		vals[row] = make([]float64, w)
		y := win.YMax - (float64(row)+0.5)/float64(h)*(win.YMax-win.YMin)
		for c := range w {
			x := win.XMin + (float64(c)+0.5)/float64(w)*(win.XMax-win.XMin)
			v := math.Log10(math.Max(s.Value(x, y)-s.MinValue, 0) + 1e-3)
			vals[row][c] = v
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
	}
	shades := []rune(contourShades)
	for row := range h {
		grid[row] = make([]rune, w)
		for c := range w {
			k := 0
			if hi > lo {
				k = int((vals[row][c] - lo) / (hi - lo) * float64(len(shades)-1))
			}
			grid[row][c] = shades[clamp(k, 0, len(shades)-1)]
		}
	}
	owner := make([][]int, h) // 0 contour, 1 yours, 2 reference, 3 minimum
	for row := range h {
		owner[row] = make([]int, w)
	}
	mark := func(pts []train.Point, who int) {
		for _, p := range pts {
			if c, row, ok := cellOf(p.X, p.Y); ok {
				owner[row][c] = who
			}
		}
	}
	for _, m := range s.Minima {
		if c, row, ok := cellOf(m.X, m.Y); ok {
			owner[row][c] = 3
		}
	}
	mark(ref, 2)
	mark(mine, 1) // yours on top
	styles := []lipgloss.Style{styleMuted, runStyle(0).Bold(true),
		runStyle(1).Bold(true), styleGood}
	glyphs := []rune{0, runGlyphs[0], runGlyphs[1], '◎'}
	var b strings.Builder
	for row := range h {
		if row > 0 {
			b.WriteByte('\n')
		}
		run, who := []rune{}, -1
		flush := func() {
			if len(run) > 0 {
				b.WriteString(styles[who].Render(string(run)))
			}
			run = run[:0]
		}
		for c := range w {
			o := owner[row][c]
			ch := grid[row][c]
			if o > 0 {
				ch = glyphs[o]
			}
			if o != who {
				flush()
				who = o
			}
			run = append(run, ch)
		}
		flush()
	}
	return b.String()
}

// lossCurves plots both losses against the step on a log scale: yours with
// ● on a light line, the reference with ▲ on a heavy one, so they differ
// without colour too. When the learner's optimizer is right the two lines
// lie on top of each other, which is the point of the race.
func (r *refRace) lossCurves(mine, ref []train.Point, w, h int) string {
	if w < 20 || h < 5 {
		return ""
	}
	var lines []book.Line
	for _, pts := range [][]train.Point{mine, ref} {
		l := book.Line{}
		for _, p := range pts {
			l.X = append(l.X, float64(p.Step))
			l.Y = append(l.Y, p.Loss)
		}
		lines = append(lines, l)
	}
	if len(mine)+len(ref) < 2 {
		return styleMuted.Render("loss (log scale) appears here as the runs go")
	}
	p := book.Plot{Width: w, Height: h - 2, Scale: book.Log, XMin: 0, XMax: float64(max(r.setting.steps, 1)),
		Lines: lines, Paint: func(i int, s string) string {
			if i < 0 || r.deps == nil || r.deps.NoColor {
				return s
			}
			return runStyle(i).Render(s)
		}}
	rows := p.Rows()
	legend := fmt.Sprintf("%s yours  %s reference  (loss, log scale)", book.Sample(0), book.Sample(1))
	return strings.Join(append([]string{legend}, rows...), "\n")
}

// raceProc runs the learner's race program and collects its points. Its
// fields after the config are shared between run (one goroutine) and the UI,
// under mu.
type raceProc struct {
	dir          string
	goCmd        string
	args         []string
	build, stall time.Duration
	// start starts the program; nil is startLearnerRace (a workshop puts
	// its sandbox here).
	start func(args []string) (*learnerProcess, error)

	mu      sync.Mutex
	pid     int // the process group, once started (tests check it is gone)
	points  []train.Point
	outcome raceOutcome
	detail  string
}

// snapshot appends the points not yet in dst and returns the state.
func (p *raceProc) snapshot(dst []train.Point) ([]train.Point, raceOutcome, string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(dst) < len(p.points) {
		dst = append(dst, p.points[len(dst):]...)
	}
	return dst, p.outcome, p.detail
}

func (p *raceProc) set(o raceOutcome, detail string) {
	p.mu.Lock()
	p.outcome, p.detail = o, detail
	p.mu.Unlock()
}

// raceLine is any line the race program prints.
type raceLine struct {
	Ready  bool     `json:"ready"`
	Step   *int     `json:"step"`
	X      float64  `json:"x"`
	Y      float64  `json:"y"`
	Loss   *float64 `json:"loss"`
	Done   bool     `json:"done"`
	Status string   `json:"status"`
	Reason string   `json:"reason"`
	Panic  string   `json:"panic"`
	At     string   `json:"at"`
}

// maxRacePoints bounds memory whatever the learner's program prints.
const maxRacePoints = 200_000

// run starts the process and reads it until it ends, is stalled or ctx is
// canceled; it always leaves no process behind.
func (p *raceProc) run(ctx context.Context) {
	start := p.start
	if start == nil {
		start = func(args []string) (*learnerProcess, error) { return startLearnerRace(p.goCmd, p.dir, args) }
	}
	proc, err := start(p.args)
	var build *runner.BuildError
	switch {
	case errors.As(err, &build):
		why := compileSummary(build.Result.Output)
		if len(build.Result.Diagnostics) > 0 {
			why = build.Result.Diagnostics[0].String()
		}
		p.set(raceCompileError, "does not build: "+why)
		return
	case err != nil:
		p.set(raceCrashed, err.Error())
		return
	}
	kill, stdout, stderr := proc.kill, proc.stdout, proc.stderr
	p.mu.Lock()
	p.pid = proc.pid
	p.mu.Unlock()

	lines := make(chan []byte, 64)
	go func() {
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			lines <- append([]byte(nil), sc.Bytes()...)
		}
		close(lines)
	}()

	timer := time.NewTimer(p.build)
	defer timer.Stop()
	ready, ended := false, false
	var killedFor raceOutcome
	var killedWhy string
loop:
	for {
		select {
		case <-ctx.Done():
			kill()
			killedFor, killedWhy = raceStopped, "stopped"
			break loop
		case <-timer.C:
			kill()
			if ready {
				killedFor, killedWhy = raceStalled, fmt.Sprintf("no step for %s, so it was stopped: is there a loop that never ends?", p.stall)
			} else {
				killedFor, killedWhy = raceCompileError, fmt.Sprintf("still compiling after %s, so it was stopped", p.build)
			}
			break loop
		case b, ok := <-lines:
			if !ok {
				break loop
			}
			var l raceLine
			if json.Unmarshal(b, &l) != nil {
				// The learner's own prints: not ours to draw, and they do
				// not count as progress (a loop that prints is still stuck).
				continue
			}
			switch {
			case l.Ready:
				ready = true
				p.set(raceRunning, "")
			case l.Panic != "":
				// Where first: the line is cut to the screen's width.
				msg := "your code panicked: "
				if l.At != "" {
					msg = "your code panicked at " + l.At + ": "
				}
				msg += strings.TrimPrefix(l.Panic, "runtime error: ")
				p.set(racePanicked, msg)
				ended = true
			case l.Done:
				if l.Status == "diverged" {
					p.set(raceDiverged, l.Reason)
				} else {
					p.set(raceFinished, "")
				}
				ended = true
			case l.Step != nil && l.Loss != nil:
				p.mu.Lock()
				if len(p.points) < maxRacePoints {
					p.points = append(p.points, train.Point{Step: *l.Step, X: l.X, Y: l.Y, Loss: *l.Loss})
				}
				p.mu.Unlock()
			default:
				continue // JSON, but not ours
			}
			if !timer.Stop() {
				select {
				case <-timer.C:
				default:
				}
			}
			timer.Reset(p.stall)
		}
	}
	kill() // whatever happened, leave nothing running
	go func() {
		for range lines { // let the scanner finish so the pipe closes
		}
	}()
	werr := proc.wait()
	switch {
	case killedFor != 0:
		p.set(killedFor, killedWhy)
	case ended:
		// the program said how it ended
	case !ready:
		p.set(raceCompileError, "does not build: "+compileSummary(stderr.String()))
	case werr != nil:
		p.set(raceCrashed, "your program crashed: "+lastLines(stderr.String(), 2))
	default:
		p.set(raceCrashed, "the race program ended without finishing")
	}
}

// A learnerProcess is the learner's race program, running.
type learnerProcess struct {
	pid    int           // its process group
	stdout io.Reader     // one JSON point a line
	stderr *cappedBuffer // the compiler's or the runtime's words
	kill   func()        // ends it and everything it started
	wait   func() error  // waits for it to exit
}

// learnerRaceLimit bounds a whole race run; the race's own stall timer
// stops a run that goes quiet long before.
const learnerRaceLimit = 5 * time.Minute

// startLearnerRace builds the exercises module's race program with the
// learner's file for the exercise named by --opt (every other exercise as
// shipped) and starts it under the checker's limits (runner.StartProgram):
// the learner's code never runs unconfined. args are the race's flags.
func startLearnerRace(goCmd, dir string, args []string) (*learnerProcess, error) {
	var mine []runner.Exercise
	for i := 0; i+1 < len(args); i++ {
		if args[i] == "--opt" {
			if e, err := runner.Find(args[i+1]); err == nil {
				mine = append(mine, e)
			}
		}
	}
	c := &runner.Checker{Dir: dir, Go: goCmd, Timeout: learnerRaceLimit}
	prog, err := c.StartProgram(context.Background(), "race", mine, args...)
	if err != nil {
		return nil, err
	}
	stderr := &cappedBuffer{}
	return &learnerProcess{pid: prog.Pid(), stdout: prog.Stdout, stderr: stderr,
		kill: prog.Stop,
		wait: func() error {
			end := prog.Wait()
			switch {
			case end.Err != nil:
				return end.Err
			case end.Limit != "":
				return fmt.Errorf("stopped: %s limit", end.Limit)
			case end.Exit != 0:
				return fmt.Errorf("exit status %d", end.Exit)
			}
			return nil
		}}, nil
}

// compileSummary keeps the compiler's first error lines, which name
// file:line.
func compileSummary(s string) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		keep = append(keep, l)
		if len(keep) == 2 {
			break
		}
	}
	if len(keep) == 0 {
		return "go run failed"
	}
	return strings.Join(keep, "; ")
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "; ")
}

// cappedBuffer keeps the first 16 KiB written to it: enough for compiler
// errors, bounded whatever a program prints.
type cappedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (c *cappedBuffer) Write(b []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if room := 16<<10 - c.buf.Len(); room > 0 {
		c.buf.Write(b[:min(len(b), room)])
	}
	return len(b), nil
}

func (c *cappedBuffer) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.String()
}
