package tui

// The reader shows one chapter: its prose rendered with Glamour and its cells
// run Jupyter-style in place.
//
// The document is rebuilt from pieces whenever something changes: the prose
// and cell sources come from a cache filled by a render command (Glamour is
// far too slow to call from Update), and each cell's block (header, knobs,
// output) is drawn fresh from its state. The viewport only scrolls the result.
//
// Cells are the project's own code, so they run in-process in a goroutine;
// they honour their context, which is how `x` stops one. Their output goes
// into a cellSink that a command drains, at most outputEvery, so a cell that
// prints in a tight loop cannot flood the program with messages.

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"descent/chapters"
	"descent/chapters/book"
	"descent/chapters/render"
)

// Reader keys, beyond the shared scrolling ones in keys.go.
var (
	keyNextCell = key.NewBinding(key.WithKeys("tab", "n"), key.WithHelp("tab/n", "next cell"))
	keyPrevCell = key.NewBinding(key.WithKeys("shift+tab", "p"), key.WithHelp("shift+tab/p", "previous cell"))
	keyRunCell  = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "run cell"))
	keyRunAll   = key.NewBinding(key.WithKeys("R"), key.WithHelp("R", "run all"))
	keyEditCell = key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit knobs"))
	keyStopCell = key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "stop"))
	keySources  = key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "full sources"))
	keyDefaults = key.NewBinding(key.WithKeys("0"), key.WithHelp("0", "knobs to defaults"))
	keyNextKnob = key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/↓", "next knob"))
	keyApply    = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply & run"))
	keyCancel   = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel edit"))
)

const (
	// outputEvery is the most often a running cell redraws the screen.
	outputEvery = 50 * time.Millisecond
	// maxOutputLines bounds what a cell keeps of its printed text; the
	// oldest lines go first (a cell printing every step would otherwise
	// grow without end).
	maxOutputLines = 400
	// sourcePreview is how many lines of a cell's source show until the
	// learner asks for all of them: enough to see what the cell does
	// without pushing its output off the screen.
	sourcePreview = 8
)

// cellRunState says where a cell is in its life.
type cellRunState int

const (
	cellIdle cellRunState = iota
	cellRunning
	cellDone
	cellFailed
	cellStopped
	cellDiverged // the run diverged: a result, said in words
	cellBadInput // the cell refused its inputs (book.BadInput)
)

// cellState is everything the reader knows about one cell.
type cellState struct {
	cell     *book.Cell
	in       book.Inputs
	state    cellRunState
	run      int // bumped on every run, so messages from an old run are ignored
	sink     *cellSink
	cancel   context.CancelFunc
	text     string // printed output, as of the last drain
	frame    string // the live area, as of the last drain
	progress string // the cell's last Progress ("epoch 812/2000")
	note     string // one line under the knobs ("knobs back to their defaults")
	err      string
	took     time.Duration
	start    time.Time
	inputs   []textinput.Model // while editing
	errs     []string          // per input, while editing
}

// reader is the chapter screen.
type reader struct {
	deps    *deps
	ch      *book.Chapter
	loadErr error
	segs    []book.Segment
	cells   []*cellState // in reading order; segCell maps a segment to one
	segCell map[int]int

	width, height int
	vp            viewport.Model

	rendered    map[int]string // segment index → rendered prose or source, for renderWidth
	renderWidth int            // the width rendered holds; 0 means nothing yet
	renderErr   string
	pending     int // the width a render command is working on, 0 if none

	cur        int   // the current cell, an index into cells
	cellTop    []int // document line of each cell's header, from the last build
	queue      []int // cells still to run for "run all"
	editing    bool
	editCell   int  // the cell whose knobs are open; run-all may move cur meanwhile
	editAt     int  // the focused input while editing
	fullSource bool // show whole cell sources, not only their first lines

	async chan tea.Msg  // results of work started outside a command
	quit  chan struct{} // closed by Close
	once  sync.Once
}

// newReader opens a chapter by slug or number; an unknown one shows its error.
func newReader(d *deps, chapterSlug string) screen {
	ch, err := chapters.Find(chapterSlug)
	if err != nil {
		r := newReaderFor(d, &book.Chapter{Title: chapterSlug})
		r.loadErr = err
		return r
	}
	return newReaderFor(d, ch)
}

// newReaderFor builds the reader for a chapter value (tests pass their own).
func newReaderFor(d *deps, ch *book.Chapter) *reader {
	r := &reader{deps: d, ch: ch, segCell: map[int]int{}, rendered: map[int]string{},
		async: make(chan tea.Msg, 4), quit: make(chan struct{})}
	r.segs = ch.Segments()
	for i, s := range r.segs {
		if s.Cell != nil {
			r.segCell[i] = len(r.cells)
			r.cells = append(r.cells, &cellState{cell: s.Cell, in: book.Defaults(s.Cell.Params)})
		}
	}
	r.vp = viewport.New()
	r.vp.MouseWheelEnabled = true
	r.vp.MouseWheelDelta = 3
	return r
}

func (r *reader) Title() string {
	if r.ch.Number > 0 {
		return fmt.Sprintf("Chapter %d · %s", r.ch.Number, r.ch.Title)
	}
	return r.ch.Title
}

func (r *reader) Keys() []key.Binding {
	if r.editing {
		return []key.Binding{keyNextKnob, keyApply, keyCancel}
	}
	keys := []key.Binding{keyUp, keyDown, keyPgDown, keyTop, keyBottom}
	if len(r.cells) > 0 {
		// Cell keys first: the help line shows as many as fit.
		keys = []key.Binding{keyNextCell, keyRunCell, keyEditCell, keyStopCell, keyRunAll, keyDefaults, keyPrevCell,
			keySources, keyUp, keyDown, keyPgDown, keyTop, keyBottom}
	}
	return keys
}

// Capturing tells the app that keys such as q and esc belong to this screen
// right now (a learner is typing into a knob).
func (r *reader) Capturing() bool { return r.editing }

func (r *reader) Init() tea.Cmd { return tea.Batch(r.listen(), r.renderCmd()) }

// SetSize cannot return a command, so a resize that needs a new render
// starts it in a goroutine and hands the result to listen.
func (r *reader) SetSize(width, height int) {
	r.width, r.height = max(width, 0), max(height, 0)
	r.vp.SetWidth(r.width)
	r.vp.SetHeight(max(r.height-1, 0)) // the last line is the status line
	r.rebuild()
	if cmd := r.renderCmd(); cmd != nil {
		go func() {
			msg := cmd()
			select {
			case r.async <- msg:
			case <-r.quit:
			}
		}()
	}
}

// asyncMsg wraps a message that arrived through the reader's channel.
type asyncMsg struct {
	reader *reader
	msg    tea.Msg
}

// listen is a command that waits for the next message a goroutine of this
// reader produced; Update issues it again after each one, and Close ends it.
func (r *reader) listen() tea.Cmd {
	return func() tea.Msg {
		select {
		case m := <-r.async:
			return asyncMsg{reader: r, msg: m}
		case <-r.quit:
			return nil
		}
	}
}

// style is the Glamour style for this terminal.
func (r *reader) style() render.Style {
	if r.deps != nil && r.deps.NoColor {
		return render.ASCII
	}
	return render.Dark
}

// proseWidth is the width prose is wrapped to; cells sit in a gutter of
// two cells, so their sources are rendered narrower.
func (r *reader) proseWidth() int { return min(max(r.width, render.MinWidth), 100) }

// proseRenderedMsg carries the rendered pieces for one width.
type proseRenderedMsg struct {
	reader *reader
	width  int
	pieces map[int]string
	err    string
}

// renderCmd renders every prose segment and cell source for the current
// width off the UI thread. render.Prose caches, so coming back to a width
// costs nothing.
func (r *reader) renderCmd() tea.Cmd {
	w := r.proseWidth()
	if r.width == 0 || w == r.renderWidth || w == r.pending {
		return nil
	}
	r.pending = w
	segs, style := r.segs, r.style()
	return func() tea.Msg {
		msg := proseRenderedMsg{reader: r, width: w, pieces: map[int]string{}}
		for i, s := range segs {
			var out string
			var err error
			if s.Cell == nil {
				out, err = render.Prose(s.Prose, w, style)
			} else if src := strings.TrimSpace(s.Cell.Source); src != "" {
				// Behind the cell's two-column gutter; render.Code expands
				// tabs and breaks long lines at a token boundary.
				out = render.Code(src, "go", w-2, 2, style)
			}
			if err != nil {
				msg.err = err.Error()
				out = s.Prose
			}
			msg.pieces[i] = strings.ReplaceAll(strings.Trim(out, "\n"), "\t", "    ")
		}
		return msg
	}
}

// Messages from running cells. run identifies the run, so a message from a
// run that was stopped and restarted is dropped.
type (
	cellOutputMsg struct {
		reader *reader
		cell   int
		run    int
	}
	cellDoneMsg struct {
		reader *reader
		cell   int
		run    int
		err    error
		end    time.Time
	}
)

func (r *reader) Update(msg tea.Msg) (screen, tea.Cmd) {
	var cmds []tea.Cmd
	switch msg := msg.(type) {
	case asyncMsg:
		if msg.reader != r {
			return r, nil
		}
		next, cmd := r.Update(msg.msg)
		return next, tea.Batch(cmd, r.listen())

	case proseRenderedMsg:
		if msg.reader != r {
			return r, nil
		}
		if msg.width == r.pending {
			r.pending = 0
		}
		if msg.width == r.proseWidth() {
			r.rendered, r.renderWidth, r.renderErr = msg.pieces, msg.width, msg.err
			r.rebuild()
		}
		return r, r.renderCmd()

	case cellOutputMsg:
		if msg.reader != r || msg.cell >= len(r.cells) {
			return r, nil
		}
		c := r.cells[msg.cell]
		if c.run != msg.run || c.state != cellRunning {
			return r, nil
		}
		c.text, c.frame, c.progress = c.sink.snapshot()
		r.rebuild()
		return r, waitOutput(r, msg.cell, c.run, c.sink)

	case cellDoneMsg:
		if msg.reader != r || msg.cell >= len(r.cells) {
			return r, nil
		}
		c := r.cells[msg.cell]
		if c.run != msg.run {
			return r, nil
		}
		c.text, c.frame, c.progress = c.sink.snapshot()
		c.took = msg.end.Sub(c.start)
		c.cancel()
		var diverged *book.DivergedError
		var bad *book.InputError
		switch {
		case msg.err == nil:
			c.state = cellDone
		case msg.err == context.Canceled:
			c.state = cellStopped
			r.queue = nil // stopping one cell stops "run all" too
		case errors.As(msg.err, &diverged):
			// A diverged run is a result worth seeing: run-all goes on.
			c.state, c.err = cellDiverged, diverged.Msg
		case errors.As(msg.err, &bad):
			c.state, c.err = cellBadInput, bad.Msg
			r.queue = nil
		default:
			c.state, c.err = cellFailed, msg.err.Error()
			r.queue = nil
		}
		r.rebuild()
		return r, r.runNextQueued()

	case tea.WindowSizeMsg:
		// The app sizes us with SetSize; a resize still needs a render.
		return r, r.renderCmd()

	case tea.MouseWheelMsg:
		r.vp, _ = r.vp.Update(msg)
		return r, nil

	case tea.KeyPressMsg:
		if r.editing {
			return r, r.updateEditing(msg)
		}
		cmds = append(cmds, r.updateKey(msg))
	}
	cmds = append(cmds, r.renderCmd())
	return r, tea.Batch(cmds...)
}

// updateKey handles a key outside edit mode.
func (r *reader) updateKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, keyNextCell):
		r.moveCell(+1)
	case key.Matches(msg, keyPrevCell):
		r.moveCell(-1)
	case key.Matches(msg, keyRunCell):
		r.queue = nil
		return r.startCell(r.cur)
	case key.Matches(msg, keyRunAll):
		r.queue = nil
		for i := range r.cells {
			r.queue = append(r.queue, i)
		}
		return r.runNextQueued()
	case key.Matches(msg, keyStopCell):
		r.queue = nil
		for _, c := range r.cells {
			if c.state == cellRunning {
				c.cancel()
			}
		}
	case key.Matches(msg, keyEditCell):
		r.startEditing()
	case key.Matches(msg, keyDefaults):
		r.resetKnobs()
	case key.Matches(msg, keySources):
		r.fullSource = !r.fullSource
		r.rebuild()
		r.showCell(r.cur)
	case key.Matches(msg, keyUp):
		r.vp.ScrollUp(1)
	case key.Matches(msg, keyDown):
		r.vp.ScrollDown(1)
	case key.Matches(msg, keyPgUp):
		r.vp.PageUp()
	case key.Matches(msg, keyPgDown):
		r.vp.PageDown()
	case key.Matches(msg, keyTop):
		r.vp.GotoTop()
	case key.Matches(msg, keyBottom):
		r.vp.GotoBottom()
	}
	return nil
}

// moveCell makes the next or previous cell current and scrolls to it.
func (r *reader) moveCell(by int) {
	if len(r.cells) == 0 {
		return
	}
	r.cur = (r.cur + by + len(r.cells)) % len(r.cells)
	r.rebuild()
	r.showCell(r.cur)
}

// showCell scrolls so the cell's header is on screen, one line of context
// above it when it had to move.
func (r *reader) showCell(i int) {
	if i >= len(r.cellTop) {
		return
	}
	top := r.cellTop[i]
	if top < r.vp.YOffset() || top >= r.vp.YOffset()+r.vp.Height()-2 {
		r.vp.SetYOffset(max(top-1, 0))
	}
}

// dequeue drops cell i from a "run all" still under way.
func (r *reader) dequeue(i int) {
	r.queue = slices.DeleteFunc(r.queue, func(q int) bool { return q == i })
}

// runNextQueued starts the next cell of a "run all".
func (r *reader) runNextQueued() tea.Cmd {
	if len(r.queue) == 0 {
		return nil
	}
	next := r.queue[0]
	r.queue = r.queue[1:]
	r.cur = next
	cmd := r.startCell(next)
	r.showCell(next)
	return cmd
}

// startCell runs cell i in a goroutine (a tea.Cmd), replacing any run of it
// still going, and starts draining its output.
func (r *reader) startCell(i int) tea.Cmd {
	if i < 0 || i >= len(r.cells) {
		return nil
	}
	c := r.cells[i]
	if c.state == cellRunning {
		c.cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.run++
	c.state, c.err, c.text, c.frame, c.progress, c.note, c.took = cellRunning, "", "", "", "", "", 0
	c.cancel = cancel
	c.sink = newCellSink()
	c.start = r.now()
	r.rebuild()
	// Bring the cell to the top so its output, which grows below, shows.
	if i < len(r.cellTop) && r.cellTop[i] > r.vp.YOffset()+r.vp.Height()/3 {
		r.vp.SetYOffset(max(r.cellTop[i]-1, 0))
	}
	run, sink, cell, in := c.run, c.sink, c.cell, c.in
	exec := func() tea.Msg {
		err := runCellSafely(ctx, cell, in, sink)
		if ctx.Err() != nil && err != nil {
			err = context.Canceled
		}
		sink.finish()
		return cellDoneMsg{reader: r, cell: i, run: run, err: err, end: r.now()}
	}
	return tea.Batch(exec, waitOutput(r, i, run, sink))
}

func (r *reader) now() time.Time {
	if r.deps != nil && r.deps.Now != nil {
		return r.deps.Now()
	}
	return time.Now()
}

// runCellSafely runs a cell and turns a panic into an error: cells are
// trusted project code, but a bug in one must not take the workbook down.
func runCellSafely(ctx context.Context, cell *book.Cell, in book.Inputs, out book.Output) (err error) {
	if cell.Run == nil {
		return fmt.Errorf("this cell has nothing to run")
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("the cell panicked: %v", p)
		}
	}()
	return cell.Run(ctx, in, out)
}

// waitOutput is a command that returns once the sink has something new (or
// the run ended), no sooner than outputEvery after it was issued.
func waitOutput(r *reader, cell, run int, s *cellSink) tea.Cmd {
	return func() tea.Msg {
		start := time.Now()
		select {
		case <-s.notify:
		case <-s.done:
			return nil // cellDoneMsg brings the final output
		}
		if d := outputEvery - time.Since(start); d > 0 {
			select {
			case <-time.After(d):
			case <-s.done:
				return nil
			}
		}
		return cellOutputMsg{reader: r, cell: cell, run: run}
	}
}

// cellSink is the book.Output a running cell writes to. Writes never block
// on the UI: they take a short lock and poke a one-slot channel.
type cellSink struct {
	mu       sync.Mutex
	lines    []string
	partial  string
	frame    string
	progress string
	notify   chan struct{}
	done     chan struct{}
	once     sync.Once
}

func newCellSink() *cellSink {
	return &cellSink{notify: make(chan struct{}, 1), done: make(chan struct{})}
}

func (s *cellSink) Printf(format string, a ...any) {
	text := fmt.Sprintf(format, a...)
	s.mu.Lock()
	parts := strings.Split(s.partial+text, "\n")
	s.lines = append(s.lines, parts[:len(parts)-1]...)
	s.partial = parts[len(parts)-1]
	if over := len(s.lines) - maxOutputLines; over > 0 {
		s.lines = append(s.lines[:0], s.lines[over:]...)
	}
	s.mu.Unlock()
	s.poke()
}

func (s *cellSink) Frame(frame string) {
	s.mu.Lock()
	s.frame = strings.TrimRight(frame, "\n")
	s.mu.Unlock()
	s.poke()
}

// Progress records where a long run is, for the status line.
func (s *cellSink) Progress(format string, a ...any) {
	s.mu.Lock()
	s.progress = fmt.Sprintf(format, a...)
	s.mu.Unlock()
	s.poke()
}

func (s *cellSink) poke() {
	select {
	case s.notify <- struct{}{}:
	default: // a redraw is already due
	}
}

// finish marks the run over; the drain command then stops.
func (s *cellSink) finish() { s.once.Do(func() { close(s.done) }) }

// snapshot returns the printed text, the live frame and the last progress.
func (s *cellSink) snapshot() (text, frame, progress string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	text = strings.Join(s.lines, "\n")
	if s.partial != "" {
		if text != "" {
			text += "\n"
		}
		text += s.partial
	}
	return text, s.frame, s.progress
}

// startEditing turns the current cell's knobs into text inputs.
func (r *reader) startEditing() {
	if len(r.cells) == 0 {
		return
	}
	c := r.cells[r.cur]
	if len(c.cell.Params) == 0 {
		c.err = "this cell has no knobs to edit"
		r.rebuild()
		return
	}
	c.inputs = make([]textinput.Model, len(c.cell.Params))
	c.errs = make([]string, len(c.cell.Params))
	for i, p := range c.cell.Params {
		ti := textinput.New()
		ti.Prompt = ""
		ti.CharLimit = 32
		ti.SetWidth(14)
		ti.SetValue(inputString(p, c.in))
		c.inputs[i] = ti
	}
	r.editing, r.editCell, r.editAt = true, r.cur, 0
	c.inputs[0].Focus()
	r.rebuild()
	r.showCell(r.cur)
}

// resetKnobs puts the current cell's knobs back to their defaults; the
// next run uses them.
func (r *reader) resetKnobs() {
	if len(r.cells) == 0 {
		return
	}
	c := r.cells[r.cur]
	if len(c.cell.Params) == 0 {
		c.note = "this cell has no knobs"
	} else {
		c.in = book.Defaults(c.cell.Params)
		c.note = "knobs back to their defaults: enter runs the cell with them"
	}
	r.rebuild()
}

// inputString is a knob's current value as a learner would type it.
func inputString(p book.Param, in book.Inputs) string {
	switch p.Kind {
	case book.Choice:
		return in.Choice(p.Name)
	case book.Bool:
		return strconv.FormatBool(in.Bool(p.Name))
	case book.Int:
		return strconv.Itoa(in.Int(p.Name))
	}
	return strconv.FormatFloat(in.Float(p.Name), 'g', -1, 64)
}

// updateEditing handles a key while the knobs are open: tab moves between
// them, enter checks them all and runs, esc leaves them as they were.
func (r *reader) updateEditing(msg tea.KeyPressMsg) tea.Cmd {
	c := r.cells[r.editCell]
	if len(c.inputs) == 0 { // cannot happen; never index an empty slice
		r.editing = false
		return nil
	}
	switch {
	case key.Matches(msg, keyCancel):
		r.stopEditing(c)
		return nil
	case key.Matches(msg, keyApply):
		in := c.in
		ok := true
		for i, p := range c.cell.Params {
			next, err := in.With(c.cell.Params, p.Name, c.inputs[i].Value())
			if err != nil {
				c.errs[i], ok = err.Error(), false
				continue
			}
			c.errs[i], in = "", next
		}
		if !ok {
			r.rebuild()
			return nil
		}
		c.in = in
		r.stopEditing(c)
		r.dequeue(r.editCell) // it runs now, not again later in a run-all
		return r.startCell(r.editCell)
	// Only tab and the arrows move between knobs: n and p are letters a
	// learner may be typing (a choice such as "none").
	case msg.String() == "tab" || msg.String() == "down":
		r.focusInput(c, +1)
		return nil
	case msg.String() == "shift+tab" || msg.String() == "up":
		r.focusInput(c, -1)
		return nil
	}
	var cmd tea.Cmd
	c.inputs[r.editAt], cmd = c.inputs[r.editAt].Update(msg)
	r.rebuild()
	return cmd
}

func (r *reader) focusInput(c *cellState, by int) {
	c.inputs[r.editAt].Blur()
	r.editAt = (r.editAt + by + len(c.inputs)) % len(c.inputs)
	c.inputs[r.editAt].Focus()
	r.rebuild()
}

func (r *reader) stopEditing(c *cellState) {
	r.editing = false
	c.inputs, c.errs = nil, nil
	r.rebuild()
}

// rebuild lays the document out again from the cached pieces and the cells'
// state, keeping the scroll position.
func (r *reader) rebuild() {
	if r.width == 0 {
		return
	}
	y := r.vp.YOffset()
	var lines []string
	add := func(s string) { lines = append(lines, strings.Split(s, "\n")...) }
	r.cellTop = r.cellTop[:0]
	if r.loadErr != nil {
		add(styleBad.Render(r.loadErr.Error()))
		r.vp.SetContentLines(lines)
		return
	}
	if r.renderWidth == 0 {
		add(styleMuted.Render("  rendering " + r.ch.Title + "…"))
		r.vp.SetContentLines(lines)
		return
	}
	if r.renderErr != "" {
		add(styleBad.Render("  could not render: " + r.renderErr))
	}
	for i, seg := range r.segs {
		if seg.Cell == nil {
			add(r.rendered[i])
			continue
		}
		ci := r.segCell[i]
		r.cellTop = append(r.cellTop, len(lines))
		add(r.cellBlock(ci, r.rendered[i]))
		add("")
	}
	r.vp.SetContentLines(lines)
	r.vp.SetYOffset(y)
}

// cellBlock draws one cell: a header with its number, title and state, its
// source, its knobs and its output, behind a gutter that marks the current
// cell by glyph as well as colour.
func (r *reader) cellBlock(i int, source string) string {
	c := r.cells[i]
	current := i == r.cur
	bar, mark := styleMuted.Render("│ "), "  "
	if current {
		bar, mark = styleSelected.Render("┃ "), styleSelected.Render("› ")
	}
	inner := max(r.width-2, 10)
	var b []string
	head := fmt.Sprintf("[%d] %s", i+1, c.cell.Title)
	if c.cell.Title == "" {
		head = fmt.Sprintf("[%d] %s", i+1, c.cell.ID)
	}
	status := r.statusText(c)
	// A long title gives way to the status, which says what enter will do.
	head = ansi.Truncate(head, max(r.width-2-ansi.StringWidth(status)-2, 4), "…")
	pad := max(r.width-2-ansi.StringWidth(head)-ansi.StringWidth(status)-1, 1)
	headStyle := styleTitle
	if current {
		headStyle = styleSelected
	}
	b = append(b, ansi.Truncate(mark+headStyle.Render(head)+strings.Repeat(" ", pad)+status, r.width, "…"))
	var src []string
	for _, l := range strings.Split(source, "\n") {
		if strings.TrimSpace(ansi.Strip(l)) == "" {
			continue // Glamour pads code blocks with blank lines
		}
		// Glamour pads each line to its wrap width; cut the padding so the
		// gutter still fits.
		src = append(src, bar+ansi.Truncate(l, inner, ""))
	}
	if !r.fullSource && len(src) > sourcePreview {
		more := len(src) - sourcePreview
		src = append(src[:sourcePreview], bar+styleMuted.Render(fmt.Sprintf("    … %d more lines (s shows all sources)", more)))
	}
	b = append(b, src...)
	b = append(b, r.knobLines(c, current, bar)...)
	if c.state != cellIdle || c.text != "" || c.frame != "" {
		b = append(b, bar+styleMuted.Render("── output "+strings.Repeat("─", max(inner-10, 0))))
		for _, part := range []string{c.text, c.frame} {
			if part == "" {
				continue
			}
			// A line too long for the page continues behind ↪.
			for _, l := range strings.Split(render.Fit(part, inner), "\n") {
				b = append(b, bar+ansi.Truncate(l, inner, ""))
			}
		}
		switch {
		case c.state == cellRunning && c.progress != "":
			b = append(b, bar+styleWarn.Render("◌ "+c.progress))
		case c.state == cellRunning && c.text == "" && c.frame == "":
			b = append(b, bar+styleMuted.Render("◌ running: output appears here as the cell prints it"))
		case c.state == cellStopped:
			b = append(b, bar+styleWarn.Render("■ "+stoppedText(c)+"; what it printed is kept above"))
		}
		if c.err != "" {
			for _, l := range render.FitLine(cellErrorText(c), inner) {
				b = append(b, bar+l)
			}
		}
	} else if c.err != "" {
		b = append(b, bar+styleWarn.Render(c.err))
	}
	if c.note != "" {
		b = append(b, bar+styleMuted.Render(c.note))
	}
	return strings.Join(b, "\n")
}

// knobLines shows a cell's parameters: one summary line, or one input per
// knob while editing, each with its range and any error under it.
func (r *reader) knobLines(c *cellState, current bool, bar string) []string {
	if len(c.cell.Params) == 0 {
		return nil
	}
	if !(r.editing && c == r.cells[r.editCell] && c.inputs != nil) {
		parts := make([]string, len(c.cell.Params))
		for i, p := range c.cell.Params {
			parts[i] = p.Name + " = " + inputString(p, c.in)
		}
		hint := ""
		if current {
			hint = styleMuted.Render("   (e edits, 0 resets)")
		}
		return []string{bar + styleMuted.Render("⚙ ") + strings.Join(parts, " · ") + hint}
	}
	var out []string
	for i, p := range c.cell.Params {
		mark := "  "
		if i == r.editAt {
			mark = styleSelected.Render("› ")
		}
		label := fmt.Sprintf("%-14s", p.Name)
		out = append(out, bar+mark+label+"["+fitLine(c.inputs[i].View(), 16)+"] "+styleMuted.Render(p.RangeString()))
		if c.errs[i] != "" {
			out = append(out, bar+"    "+styleBad.Render("✗ "+c.errs[i]))
		}
	}
	return out
}

// statusText is the right-hand side of a cell's header.
func (r *reader) statusText(c *cellState) string {
	switch c.state {
	case cellRunning:
		if c.progress != "" {
			return styleWarn.Render("◌ " + c.progress + " (x stops)")
		}
		return styleWarn.Render("◌ running… (x stops)")
	case cellDone:
		return styleGood.Render("✓ done in " + roundDuration(c.took))
	case cellFailed:
		return styleBad.Render("✗ failed")
	case cellBadInput:
		return styleWarn.Render("✗ bad input")
	case cellDiverged:
		return styleWarn.Render("✗ diverged")
	case cellStopped:
		return styleWarn.Render("■ " + stoppedText(c))
	}
	return styleMuted.Render("▷ enter runs")
}

// stoppedText is "stopped at epoch 812/2000", or "stopped" for a cell
// that never said how far it got.
func stoppedText(c *cellState) string {
	if c.progress != "" {
		return "stopped at " + c.progress
	}
	return "stopped"
}

// cellErrorText is the line under a cell's output that says how it ended
// when it did not end well.
func cellErrorText(c *cellState) string {
	switch c.state {
	case cellDiverged:
		return styleWarn.Render("diverged: " + c.err)
	case cellBadInput:
		return styleWarn.Render("bad input: " + c.err + " (e edits the knobs, 0 resets them)")
	}
	return styleBad.Render("✗ " + c.err)
}

// roundDuration prints a run's time the way a person reads it.
func roundDuration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "<1ms"
	case d < time.Second:
		return d.Round(time.Millisecond).String()
	}
	return d.Round(100 * time.Millisecond).String()
}

func (r *reader) View() string {
	if r.width <= 0 || r.height <= 0 {
		return ""
	}
	body := r.vp.View()
	return fitBlock(body+"\n"+r.statusLine(), r.width, r.height)
}

// statusLine says which cell is current and how far down the page we are.
func (r *reader) statusLine() string {
	var parts []string
	if n := len(r.cells); n > 0 {
		parts = append(parts, fmt.Sprintf("cell %d/%d", r.cur+1, n))
		running := 0
		for _, c := range r.cells {
			if c.state == cellRunning {
				running++
			}
		}
		if running > 0 {
			parts = append(parts, fmt.Sprintf("%d running", running))
		}
	} else {
		parts = append(parts, "no cells")
	}
	if r.editing {
		parts = append(parts, "editing knobs: enter runs, esc cancels")
	}
	pct := int(r.vp.ScrollPercent()*100 + 0.5)
	if r.vp.TotalLineCount() <= r.vp.Height() {
		pct = 100
	}
	left := strings.Join(parts, " · ")
	right := fmt.Sprintf("%d%%", pct)
	pad := max(r.width-ansi.StringWidth(left)-ansi.StringWidth(right)-2, 1)
	return styleMuted.Render(" " + left + strings.Repeat(" ", pad) + right + " ")
}

// Close stops any running cell; the app calls it when the screen goes away.
func (r *reader) Close() {
	r.once.Do(func() { close(r.quit) })
	r.queue = nil
	for _, c := range r.cells {
		if c.cancel != nil {
			c.cancel()
		}
	}
}
