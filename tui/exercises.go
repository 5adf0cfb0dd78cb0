package tui

// The exercises screen: the catalog with each exercise's status on the left,
// the selected exercise on the right (its description, the last result, its
// hint), watch mode that re-checks on save, reset with a confirmation, and,
// for the optimizer exercises, a race against the reference optimizer
// (race.go).
//
// Checking runs the learner's code, so it goes through descent/runner, which
// runs `go test` in a subprocess with a time-out that kills its process
// group: nothing the learner writes runs inside this process. Every check,
// file read and state write happens in a tea.Cmd; Update only records what
// came back.

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"descent/runner"
)

// Exercise keys.
var (
	keyCheck = key.NewBinding(key.WithKeys("enter", "c"), key.WithHelp("enter/c", "check"))
	keyWatch = key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "watch"))
	// h is "left" elsewhere; this screen has no left, and rustlings
	// learners reach for h.
	keyHint      = key.NewBinding(key.WithKeys("h", "H"), key.WithHelp("h", "hint"))
	keyReset     = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reset"))
	keyRace      = key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "race it"))
	keyYes       = key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", "yes"))
	keyNo        = key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", "no"))
	keyListFocus = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "list/details"))
)

// exerciseBackend is what the screen needs from descent/runner; tests swap
// in a fake so goldens do not depend on the Go toolchain's timing.
type exerciseBackend struct {
	check     func(ctx context.Context, dir, name string) runner.Result
	describe  func(e runner.Exercise) string // nil: the shipped stub's header
	loadState func(dir string) (runner.State, error)
	saveState func(dir string, st runner.State) error
	reset     func(dir string, e runner.Exercise, now time.Time) (string, error)
}

func realBackend() exerciseBackend {
	return exerciseBackend{check: runner.Check, loadState: runner.LoadState, saveState: runner.SaveState, reset: runner.Reset}
}

// exercises is the screen.
type exercises struct {
	deps    *deps
	backend exerciseBackend
	dir     string // the exercises module, absolute when it can be
	list    []runner.Exercise
	cur     int

	passed  map[string]bool
	results map[string]runner.Result
	descs   map[string]string // header comments, read on demand

	checking string // the exercise being checked, "" when idle
	again    bool   // a save arrived during the check: check once more
	ctx      context.Context
	stop     context.CancelFunc

	watching bool
	watch    *exWatch
	hints    int    // how many of the exercise's graded hints are showing
	confirm  bool   // the reset prompt is open
	notice   string // one line of feedback (reset's backup path, errors)

	edit      *exEditor     // non-nil while the editor is open (workshop.go)
	race      *refRace      // non-nil while a race is on screen
	raceStall time.Duration // the race's stall limit; 0 is its default
	raceQuick bool          // tests: replay a race in a few frames

	width, height int
	detail        viewport.Model
	listTop       int
}

// newExercises opens the exercises screen on exerciseName (or the first
// exercise not yet passed when it is empty or unknown).
func newExercises(d *deps, exerciseName string) screen {
	if d != nil && d.workshop != nil {
		return newExercisesWith(d, exerciseName, d.workshop.backend())
	}
	if d != nil && d.backend != nil {
		return newExercisesWith(d, exerciseName, *d.backend)
	}
	return newExercisesWith(d, exerciseName, realBackend())
}

func newExercisesWith(d *deps, exerciseName string, b exerciseBackend) *exercises {
	dir := "exercises"
	if d != nil && d.ExercisesDir != "" {
		dir = d.ExercisesDir
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	ctx, stop := context.WithCancel(context.Background())
	x := &exercises{
		deps: d, backend: b, dir: dir, list: d.exercises(),
		passed: map[string]bool{}, results: map[string]runner.Result{}, descs: map[string]string{},
		ctx: ctx, stop: stop, cur: -1,
	}
	for i, e := range x.list {
		if e.Name == exerciseName {
			x.cur = i
		}
	}
	x.detail = viewport.New()
	x.detail.MouseWheelEnabled = true
	return x
}

func (x *exercises) Title() string {
	if x.race != nil {
		return x.race.Title()
	}
	if e, ok := x.current(); ok {
		return "Exercises · " + e.Name
	}
	return "Exercises"
}

func (x *exercises) Keys() []key.Binding {
	switch {
	case x.edit != nil:
		return editorKeys()
	case x.race != nil:
		return x.race.Keys()
	case x.confirm:
		return []key.Binding{keyYes, keyNo}
	}
	// The footer shows as many as fit, in this order: the race first, so
	// nobody misses it, the arrows last (everyone tries them).
	var keys []key.Binding
	if e, ok := x.current(); ok && raceable(e.Name) && x.canRace() {
		keys = append(keys, keyRace)
	}
	if x.workshop() {
		// In a workshop the editor saves and checks: no watch.
		return append(append(keys, keyEdit), keyCheck, keyHint, keyReset, keyPgDown, keyUp, keyDown)
	}
	return append(keys, keyCheck, keyWatch, keyHint, keyReset, keyPgDown, keyUp, keyDown)
}

// Capturing keeps esc and q for the reset prompt and the race (esc closes
// them rather than leaving the screen).
func (x *exercises) Capturing() bool { return x.confirm || x.race != nil || x.edit != nil }

// workshop reports whether the workbook runs in a workshop session.
func (x *exercises) workshop() bool { return x.deps != nil && x.deps.workshop != nil }

// canRace: the race runs the learner's program; in a workshop only in the
// server's sandbox.
func (x *exercises) canRace() bool { return !x.workshop() || x.deps.workshop.StartProgram != nil }

func (x *exercises) current() (runner.Exercise, bool) {
	if x.cur < 0 || x.cur >= len(x.list) {
		return runner.Exercise{}, false
	}
	return x.list[x.cur], true
}

// Messages this screen's commands send back.
type (
	exStateMsg struct {
		x      *exercises
		passed map[string]bool
	}
	exDescMsg struct {
		x          *exercises
		name, desc string
	}
	exResultMsg struct {
		x   *exercises
		res runner.Result
	}
	exResetMsg struct {
		x      *exercises
		name   string
		backup string
		err    error
	}
	exWatchMsg struct {
		x    *exercises
		name string
		err  error
	}
)

func (x *exercises) Init() tea.Cmd {
	b, dir := x.backend, x.dir
	load := func() tea.Msg {
		st, _ := b.loadState(dir) // a missing file is simply no progress yet
		return exStateMsg{x: x, passed: st.Passed}
	}
	return tea.Batch(load, x.describe())
}

// describe reads the selected exercise's header comment, once.
func (x *exercises) describe() tea.Cmd {
	e, ok := x.current()
	if !ok {
		return nil
	}
	if _, done := x.descs[e.Name]; done {
		return nil
	}
	x.descs[e.Name] = "" // in flight
	describe := x.backend.describe
	if describe == nil {
		describe = readDescription
	}
	return func() tea.Msg {
		return exDescMsg{x: x, name: e.Name, desc: describe(e)}
	}
}

// readDescription is the comment above the package clause of the
// exercise's stub as shipped (runner.Pristine), without the comment
// markers: the task stays on screen whatever the learner did to the
// header of their own file.
func readDescription(e runner.Exercise) string {
	src, err := runner.Pristine(e)
	if err != nil {
		return e.Summary
	}
	var lines []string
	for _, l := range strings.Split(string(src), "\n") {
		t := strings.TrimSpace(l)
		if !strings.HasPrefix(t, "//") {
			break
		}
		t = strings.TrimPrefix(t, "//")
		t = strings.TrimPrefix(t, " ")
		lines = append(lines, strings.ReplaceAll(t, "\t", "    "))
	}
	if len(lines) == 0 {
		return e.Summary
	}
	return strings.TrimSpace(reflow(lines))
}

// reflow joins the lines of each prose paragraph, as go doc does, so the
// pane can wrap them to its own width; indented lines (formulas, code) and
// blank lines stay as they are.
func reflow(lines []string) string {
	var out []string
	para := ""
	flush := func() {
		if para != "" {
			out = append(out, para)
			para = ""
		}
	}
	for _, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
			flush()
			out = append(out, "")
		case strings.HasPrefix(l, " "):
			flush()
			out = append(out, l)
		case para == "":
			para = l
		default:
			para += " " + l
		}
	}
	flush()
	return strings.Join(out, "\n")
}

func (x *exercises) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case exStateMsg:
		if msg.x != x {
			return x, nil
		}
		for k, v := range msg.passed {
			x.passed[k] = v
		}
		if x.cur < 0 { // start at the first exercise not yet passed
			x.cur = 0
			for i, e := range x.list {
				if !x.passed[e.Name] {
					x.cur = i
					break
				}
			}
		}
		x.layout()
		return x, x.describe()
	case exDescMsg:
		if msg.x == x {
			x.descs[msg.name] = msg.desc
			x.layout()
		}
		return x, nil
	case exResultMsg:
		if msg.x != x {
			return x, nil
		}
		x.results[msg.res.Exercise.Name] = msg.res
		switch msg.res.Status {
		case runner.Passed:
			x.passed[msg.res.Exercise.Name] = true
		case runner.RunError, runner.Pending:
		default:
			delete(x.passed, msg.res.Exercise.Name)
		}
		x.checking = ""
		x.layout()
		if x.again {
			x.again = false
			return x, x.startCheck()
		}
		return x, nil
	case exResetMsg:
		if msg.x != x {
			return x, nil
		}
		switch {
		case msg.err != nil:
			x.notice = "reset failed: " + msg.err.Error()
		case msg.backup != "":
			x.notice = "reset " + msg.name + "; your version is kept in " + filepath.Base(msg.backup)
		default:
			x.notice = "reset " + msg.name + " (it was already the stub)"
		}
		delete(x.results, msg.name)
		delete(x.descs, msg.name)
		x.layout()
		return x, x.describe()
	case exWatchMsg:
		if msg.x != x || !x.watching {
			return x, nil
		}
		var cmds []tea.Cmd
		if msg.err != nil {
			x.notice = "watch: " + msg.err.Error()
		} else {
			// Follow the learner to whichever exercise they saved.
			for i, e := range x.list {
				if e.Name == msg.name && i != x.cur && x.checking == "" {
					x.cur, x.hints = i, 0
					x.detail.GotoTop()
				}
			}
			delete(x.descs, msg.name) // the header may have changed too
			cmds = append(cmds, x.startCheck(), x.describe())
		}
		cmds = append(cmds, x.watch.next(x))
		return x, tea.Batch(cmds...)
	}

	if x.race != nil {
		// The race captures keys (so esc comes here, not to the app), so
		// it keeps the app's meaning of q itself: Run closes the screen.
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, keyQuit) {
			return x, tea.Quit
		}
		if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, keyBack) {
			x.race.Close()
			x.race = nil
			x.layout()
			return x, nil
		}
		var cmd tea.Cmd
		x.race, cmd = x.race.Update(msg)
		return x, cmd
	}

	if x.edit != nil {
		switch msg.(type) {
		case tea.KeyPressMsg, tea.PasteMsg:
			return x, x.updateEditor(msg)
		}
		return x, nil
	}
	switch msg := msg.(type) {
	case tea.MouseWheelMsg:
		x.detail, _ = x.detail.Update(msg)
	case tea.KeyPressMsg:
		if x.confirm {
			return x, x.updateConfirm(msg)
		}
		return x, x.updateKey(msg)
	}
	return x, nil
}

func (x *exercises) updateKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, keyUp):
		return x.selectExercise(x.cur - 1)
	case key.Matches(msg, keyDown):
		return x.selectExercise(x.cur + 1)
	case key.Matches(msg, keyTop):
		return x.selectExercise(0)
	case key.Matches(msg, keyBottom):
		return x.selectExercise(len(x.list) - 1)
	case key.Matches(msg, keyPgDown):
		x.detail.PageDown()
	case key.Matches(msg, keyPgUp):
		x.detail.PageUp()
	case key.Matches(msg, keyEdit) && x.workshop():
		return x.openEditor()
	case key.Matches(msg, keyCheck):
		return x.startCheck()
	case key.Matches(msg, keyHint):
		// Each press shows one more graded hint; past the last, none.
		if e, ok := x.current(); ok {
			x.hints = (x.hints + 1) % (len(e.Hints) + 1)
		}
		x.layout()
	case key.Matches(msg, keyWatch) && !x.workshop():
		return x.toggleWatch()
	case key.Matches(msg, keyReset):
		if _, ok := x.current(); ok {
			x.confirm, x.notice = true, ""
		}
	case key.Matches(msg, keyRace):
		return x.openRace()
	}
	return nil
}

// openRace starts the race of the selected exercise against the reference
// optimizer, if it has one.
func (x *exercises) openRace() tea.Cmd {
	e, ok := x.current()
	if !ok || !raceable(e.Name) || !x.canRace() {
		return nil
	}
	x.race = newRefRace(x.deps, x.dir, e.Name)
	if x.raceStall > 0 {
		x.race.stallTimeout = x.raceStall
	}
	if x.raceQuick {
		x.race.frames = 4
	}
	x.race.SetSize(x.width, x.height)
	return x.race.Init()
}

func (x *exercises) updateConfirm(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, keyYes):
		x.confirm = false
		e, ok := x.current()
		if !ok {
			return nil
		}
		b, dir, now := x.backend, x.dir, x.now()
		return func() tea.Msg {
			backup, err := b.reset(dir, e, now)
			return exResetMsg{x: x, name: e.Name, backup: backup, err: err}
		}
	case key.Matches(msg, keyNo):
		x.confirm = false
		x.notice = "reset canceled"
	}
	return nil
}

func (x *exercises) now() time.Time {
	if x.deps != nil && x.deps.Now != nil {
		return x.deps.Now()
	}
	return time.Now()
}

// selectExercise moves the cursor; watch mode follows it to the new file.
func (x *exercises) selectExercise(i int) tea.Cmd {
	if len(x.list) == 0 {
		return nil
	}
	i = clamp(i, 0, len(x.list)-1)
	if i == x.cur {
		return nil
	}
	x.cur, x.notice, x.hints = i, "", 0
	x.detail.GotoTop()
	x.layout()
	return x.describe()
}

// startCheck checks the selected exercise in a command; a check asked for
// while one runs is queued (once), so saves never pile up subprocesses.
func (x *exercises) startCheck() tea.Cmd {
	e, ok := x.current()
	if !ok {
		return nil
	}
	if x.checking != "" {
		if x.checking == e.Name {
			x.again = true // once more when this one ends: the file changed
		} else {
			x.notice = "still checking " + x.checking + "; check " + e.Name + " when it is done"
		}
		return nil
	}
	x.checking = e.Name
	x.layout()
	b, dir, ctx := x.backend, x.dir, x.ctx
	return func() tea.Msg {
		res := b.check(ctx, dir, e.Name)
		// Keep the progress file current, as `descent check` does.
		if st, err := b.loadState(dir); err == nil || errors.Is(err, runner.ErrNoState) {
			st.Record(res)
			_ = b.saveState(dir, st) // progress is a convenience; the result still shows
		}
		return exResultMsg{x: x, res: res}
	}
}

// toggleWatch turns watch mode on (checking once right away) or off.
func (x *exercises) toggleWatch() tea.Cmd {
	if x.watching {
		x.watching = false
		x.watch.close()
		x.watch = nil
		x.layout()
		return nil
	}
	x.watching = true
	return tea.Batch(x.startWatch(), x.startCheck())
}

// startWatch starts runner's Watcher over the whole exercises module: it
// watches directories, not files, because editors save by writing a new
// file and renaming it over the old one.
func (x *exercises) startWatch() tea.Cmd {
	w, err := runner.NewWatcher(x.dir, 0)
	if err != nil {
		x.notice = "cannot watch: " + err.Error()
		x.watching = false
		x.layout()
		return nil
	}
	x.watch = &exWatch{w: w, quit: make(chan struct{})}
	x.layout()
	return x.watch.next(x)
}

// exWatch bridges the Watcher's channels into tea messages, one at a time.
type exWatch struct {
	w    *runner.Watcher
	quit chan struct{}
	once sync.Once
}

// next is a command that waits for the next save (or the watch's end).
func (d *exWatch) next(x *exercises) tea.Cmd {
	if d == nil {
		return nil
	}
	return func() tea.Msg {
		select {
		case c, ok := <-d.w.Changes():
			if !ok {
				return nil
			}
			return exWatchMsg{x: x, name: c.Exercise.Name}
		case err := <-d.w.Errors():
			return exWatchMsg{x: x, err: err}
		case <-d.quit:
			return nil
		}
	}
}

func (d *exWatch) close() {
	if d == nil {
		return
	}
	d.once.Do(func() {
		close(d.quit)
		_ = d.w.Close()
	})
}

// Close stops a running check, the watcher and any race.
func (x *exercises) Close() {
	x.stop()
	x.watch.close()
	if x.race != nil {
		x.race.Close()
	}
}

func (x *exercises) SetSize(width, height int) {
	x.width, x.height = max(width, 0), max(height, 0)
	x.sizeEditor()
	if x.race != nil {
		x.race.SetSize(width, height)
	}
	x.layout()
}

// listWidth is the left pane: long enough for the longest exercise name.
func (x *exercises) listWidth() int { return clamp(x.width/4, 20, 28) }

// layout refills the detail pane for the selected exercise.
func (x *exercises) layout() {
	dw := x.width - x.listWidth() - 1
	x.detail.SetWidth(max(dw, 0))
	x.detail.SetHeight(max(x.height-1, 0))
	e, ok := x.current()
	if !ok || dw <= 0 {
		x.detail.SetContent("")
		return
	}
	x.detail.SetContentLines(x.detailLines(e, dw))
}

// detailLines is the right-hand pane, each line at most w cells, a
// wrapped line indented under its own text. After a check the verdict
// comes first (✓/✗, the first failing case, one next:), then the whole
// report; then the exercise itself, its hint and, for an optimizer, the
// race.
func (x *exercises) detailLines(e runner.Exercise, w int) []string {
	var out []string
	add := func(s string) {
		for _, l := range strings.Split(s, "\n") {
			out = append(out, hangWrap(l, w-1)...)
		}
	}
	res, done := x.results[e.Name]
	switch {
	case x.checking == e.Name:
		add(styleWarn.Render("◌ checking " + e.Name + "…"))
		add("")
	case done:
		v := verdictOf(res)
		st := styleBad
		switch {
		case v.ok:
			st = styleGood
		case res.Status == runner.Pending || res.Status == runner.RunError:
			st = styleWarn
		}
		head := v.headline
		if res.Elapsed > 0 {
			head += " · " + roundDuration(res.Elapsed)
		}
		add(st.Render(head))
		for _, l := range v.first {
			if strings.HasPrefix(strings.TrimSpace(l), "next:") {
				add(styleWarn.Render(l))
			} else {
				add(l)
			}
		}
		if v.ok && x.cur+1 < len(x.list) {
			add(styleGood.Render("next: " + x.list[x.cur+1].Name + " (↓)"))
		}
		if x.hints > 0 && !v.ok { // asked for now: beside the verdict
			addHints(add, e, x.hints)
		}
		if len(v.details) > 0 && !v.ok {
			add(styleMuted.Render("── the whole report " + strings.Repeat("─", max(w-22, 1))))
			add(strings.Join(v.details, "\n"))
		}
		add("")
	case x.passed[e.Name]:
		add(styleGood.Render("✓ passed when last checked") + styleMuted.Render(" · enter checks again"))
		add("")
	}
	add(styleTitle.Render(e.Name) + styleMuted.Render("  "+e.File+" · "+e.Chapter))
	if raceable(e.Name) {
		add(styleMuted.Render("v races your " + e.Name + " against the reference optimizer"))
	}
	add(styleMuted.Render(strings.Repeat("─", max(w-1, 1))))
	desc, ok := x.descs[e.Name]
	if !ok || desc == "" {
		desc = e.Summary
	}
	add(desc)
	add("")
	if !done && x.checking != e.Name && !x.passed[e.Name] {
		if x.workshop() {
			add(styleMuted.Render("not checked yet · e edits the file, ctrl+s there saves and checks"))
		} else {
			add(styleMuted.Render("not checked yet · enter checks, w watches the file"))
		}
	}
	switch {
	case x.hints > 0 && done && !res.OK():
		// shown beside the verdict
	case x.hints > 0:
		addHints(add, e, x.hints)
	default:
		if len(e.Hints) > 1 {
			add(styleMuted.Render(fmt.Sprintf("h shows a hint (%d, each closer to the answer)", len(e.Hints))))
		} else {
			add(styleMuted.Render("h shows a hint"))
		}
	}
	return out
}

// addHints adds the first n of an exercise's graded hints.
func addHints(add func(string), e runner.Exercise, n int) {
	for i := 0; i < n && i < len(e.Hints); i++ {
		more := ""
		if i == n-1 && n < len(e.Hints) {
			more = styleMuted.Render(" (h: the next hint)")
		}
		add(styleWarn.Render(fmt.Sprintf("Hint %d/%d: ", i+1, len(e.Hints))) + e.Hints[i] + more)
	}
}

// hangWrap wraps one line (which may hold styling) to w cells; the lines
// it continues on start two cells further in than the line itself.
func hangWrap(l string, w int) []string {
	if l == "" {
		return []string{""}
	}
	if ansi.StringWidth(l) <= w {
		return []string{l}
	}
	plain := ansi.Strip(l)
	lead := min(len(plain)-len(strings.TrimLeft(plain, " ")), w/3)
	hang := lead + 2
	first := strings.Split(ansi.Wrap(l, w, " "), "\n")
	if len(first) == 1 {
		return first
	}
	out := []string{first[0]}
	rest := trimLeftStyled(ansi.TruncateLeft(l, ansi.StringWidth(first[0]), ""))
	for _, c := range strings.Split(ansi.Wrap(rest, max(w-hang, 10), " "), "\n") {
		out = append(out, strings.Repeat(" ", hang)+trimLeftStyled(c))
	}
	return out
}

// trimLeftStyled drops leading spaces from styled text.
func trimLeftStyled(s string) string {
	p := ansi.Strip(s)
	if n := len(p) - len(strings.TrimLeft(p, " ")); n > 0 {
		return ansi.TruncateLeft(s, n, "")
	}
	return s
}

// statusGlyph shows an exercise's state in the list, by glyph first.
func (x *exercises) statusGlyph(e runner.Exercise) string {
	if x.checking == e.Name {
		return styleWarn.Render("◌")
	}
	if res, ok := x.results[e.Name]; ok && !res.OK() && res.Status != runner.RunError && res.Status != runner.Pending {
		return styleBad.Render("✗")
	}
	if x.passed[e.Name] {
		return styleGood.Render("✓")
	}
	return styleMuted.Render("·")
}

// listLines is the left-hand pane: chapters and their exercises.
func (x *exercises) listLines(w int) (lines []string, curLine int) {
	done := 0
	for _, e := range x.list {
		if x.passed[e.Name] {
			done++
		}
	}
	lines = append(lines, styleTitle.Render(fmt.Sprintf("%d/%d passed", done, len(x.list))))
	chapter := ""
	for i, e := range x.list {
		if e.Chapter != chapter {
			chapter = e.Chapter
			lines = append(lines, styleMuted.Render(chapter))
		}
		mark, name := "  ", e.Name
		if i == x.cur {
			mark, name = styleSelected.Render("› "), styleSelected.Render(e.Name)
			curLine = len(lines)
		}
		lines = append(lines, fitLine(mark+x.statusGlyph(e)+" "+name, w))
	}
	return lines, curLine
}

func (x *exercises) View() string {
	if x.width <= 0 || x.height <= 0 {
		return ""
	}
	if x.race != nil {
		return x.race.View()
	}
	if x.edit != nil {
		return x.editorView()
	}
	lw := x.listWidth()
	h := max(x.height-1, 1)
	list, curLine := x.listLines(lw)
	// Scroll the list only as far as needed to keep the cursor in view.
	if curLine < x.listTop+1 {
		x.listTop = max(curLine-1, 0)
	} else if curLine >= x.listTop+h {
		x.listTop = curLine - h + 1
	}
	x.listTop = clamp(x.listTop, 0, max(len(list)-h, 0))
	left := strings.Split(fitBlock(strings.Join(list[x.listTop:], "\n"), lw, h), "\n")
	right := strings.Split(fitBlock(x.detail.View(), max(x.width-lw-1, 0), h), "\n")
	var b strings.Builder
	sep := styleMuted.Render("│")
	for i := 0; i < h; i++ {
		b.WriteString(left[i] + sep + right[i] + "\n")
	}
	b.WriteString(x.statusLine())
	return fitBlock(b.String(), x.width, x.height)
}

// statusLine is the prompt, the last notice, or the watch state.
func (x *exercises) statusLine() string {
	switch {
	case x.confirm:
		e, _ := x.current()
		return styleWarn.Render(" Reset " + e.File + " to the stub? Your version is kept as a .bak file. (y/n)")
	case x.notice != "":
		return " " + x.notice
	case x.watching:
		return styleGood.Render(" ● watching ") + styleMuted.Render("each save re-checks that exercise · w stops")
	}
	if x.workshop() {
		return styleMuted.Render(" your exercises, kept on the server between visits")
	}
	return styleMuted.Render(" exercises in " + x.dir)
}
