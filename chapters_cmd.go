package main

// The chapter commands: `descent chapters`, `descent read` and `descent run`.
// They are thin: the chapters come from descent/chapters, the rendering from
// descent/chapters/render, and running a cell is calling its Run.

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/term"

	"descent/chapters"
	"descent/chapters/book"
	"descent/chapters/render"
	"descent/cli"
	"descent/core/data"
	"descent/outfile"
	"descent/picture"
)

// runChapters lists every chapter (or one) with its cells and their params.
func runChapters(args []string, env *cmdEnv) int {
	c := findCommand("chapters")
	fs := newFlagSet("chapters")
	if done, code := parseFlags(fs, c, args, env); done {
		return code
	}
	list := chapters.All()
	switch fs.NArg() {
	case 0:
	case 1:
		ch, err := chapters.Find(fs.Arg(0))
		if err != nil {
			return usageError(env, "chapters: %v", err)
		}
		list = []book.Chapter{*ch}
	default:
		return usageError(env, "chapters: takes at most one chapter, got %d arguments", fs.NArg())
	}
	w := env.stdout
	for i, ch := range list {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s  %s\n", ch.Slug, ch.Title)
		if len(ch.Cells) == 0 {
			fmt.Fprintln(w, "    (no cells yet)")
		}
		for i, cell := range cellsInOrder(&ch) {
			fmt.Fprintf(w, "    %-4s %-24s %s\n", fmt.Sprintf("[%d]", i+1), cell.ID, cell.Title)
			for _, p := range cell.Params {
				fmt.Fprintf(w, "        --%-14s %-8s %s; %s\n", p.Name, p.DefaultString(), p.Doc, p.RangeString())
			}
		}
	}
	if len(list) > 1 {
		fmt.Fprintf(w, "\nRead one with `%s`; run a cell with `%s`,\n", cli.Line("read CHAPTER"), cli.Line("run CHAPTER CELL [--param value …]"))
		fmt.Fprintf(w, "CELL being its ID or its number (`%s`).\n", cli.Line("run 3 1"))
	}
	return 0
}

// runRead prints a chapter: styled by Glamour on a terminal, plain Markdown
// otherwise (or with --plain).
func runRead(args []string, env *cmdEnv) int {
	c := findCommand("read")
	fs := newFlagSet("read")
	runCells := fs.Bool("run", false, "run every cell with its defaults and show its output under it")
	width := fs.Int("width", 0, "wrap at this many columns (default: the terminal's width, at most 100)")
	plain := fs.Bool("plain", false, "print plain Markdown even on a terminal")
	style := fs.String("style", "", "Glamour style on a terminal: dark, light or ascii (default dark; ascii when NO_COLOR is set)")
	positional, done, code := parseInterspersed(fs, c, args, env)
	if done {
		return code
	}
	if len(positional) != 1 {
		return usageError(env, "read: want one chapter (a number or a slug, e.g. `%s`), got %d arguments", cli.Line("read 3"), len(positional))
	}
	ch, err := chapters.Find(positional[0])
	if err != nil {
		return usageError(env, "read: %v", err)
	}
	if setFlags(fs)["width"] && (*width < render.MinWidth || *width > 1000) {
		return usageError(env, "read: --width %d: must be between %d and 1000", *width, render.MinWidth)
	}
	st := render.DefaultStyle()
	switch strings.ToLower(*style) {
	case "":
	case "dark", "light", "ascii":
		st = render.Style(strings.ToLower(*style))
	default:
		return usageError(env, "read: --style %q: must be one of dark, light, ascii", *style)
	}

	var outputs map[string]string
	failed := false
	if *runCells {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		outputs = map[string]string{}
		for i := range ch.Cells {
			cell := &ch.Cells[i]
			out, err := book.RunDefault(ctx, cell)
			if ctx.Err() != nil {
				fmt.Fprintln(env.stderr, "descent: read: canceled")
				return 130
			}
			if err != nil {
				failed = true
				out += fmt.Sprintf("error: %v\n", err)
			}
			outputs[cell.ID] = out
		}
	}

	termWidth, isTerm := terminalWidth(env.stdout)
	// --width asks for text wrapped to it, on a terminal or not: a pipe
	// then gets it without escape codes unless --style says otherwise.
	if !isTerm && setFlags(fs)["width"] && !*plain && *style == "" {
		isTerm, st = true, render.ASCII
	}
	if *plain || !isTerm {
		io.WriteString(env.stdout, render.Markdown(ch, outputs))
	} else {
		w := *width
		if w == 0 {
			w = min(termWidth, 100)
		}
		s, err := render.Terminal(ch, w, st, outputs)
		if err != nil {
			fmt.Fprintf(env.stderr, "descent: read: %v\n", err)
			return 1
		}
		io.WriteString(env.stdout, s)
	}
	if failed {
		return 1
	}
	return 0
}

// runCell runs one cell: `descent run CHAPTER CELL [--param value …]`.
func runCell(args []string, env *cmdEnv) int {
	var positional []string
	var params [][2]string // name, value, in the order given
	help := false
	plotFile, plotSet := "", false
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			positional = append(positional, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		if name == "h" || name == "help" {
			help = true
			continue
		}
		if n, v, ok := strings.Cut(name, "="); ok {
			params = append(params, [2]string{n, v})
			continue
		}
		// A flag with no value after it is a bool switched on (--nesterov);
		// whether that param really is a bool is checked once the cell is known.
		if i+1 < len(args) && !isFlagToken(args[i+1]) {
			params = append(params, [2]string{name, args[i+1]})
			i++
		} else {
			params = append(params, [2]string{name, ""})
		}
	}
	if len(positional) == 0 {
		if help {
			printCommandHelp(env.stdout, findCommand("run"))
			return 0
		}
		return usageError(env, "run: want a chapter and a cell, e.g. `%s` (see `%s`)", cli.Line("run 3 1"), cli.Line("chapters"))
	}
	ch, err := chapters.Find(positional[0])
	if err != nil {
		return usageError(env, "run: %v", err)
	}
	if len(positional) == 1 {
		return usageError(env, "run: which cell of %s? (valid: %s)", ch.Slug, cellList(ch))
	}
	if len(positional) > 2 {
		return usageError(env, "run: want a chapter and a cell, got %d arguments (%s)", len(positional), strings.Join(positional, " "))
	}
	cell, number, err := findCell(ch, positional[1])
	if err != nil {
		return usageError(env, "run: %v", err)
	}
	if help {
		printCellHelp(env.stdout, ch, cell, number)
		return 0
	}
	in := book.Defaults(cell.Params)
	for _, p := range params {
		name, value := p[0], p[1]
		if name == "plot" && !paramExists(cell, name) {
			// The command's own flag: where to draw the cell's chart.
			plotFile, plotSet = value, true
			continue
		}
		if value == "" && !isBoolParam(cell, name) && paramExists(cell, name) {
			return usageError(env, "run: --%s needs a value", name)
		}
		if value == "" {
			value = "true"
		}
		if p := cellParam(cell, name); p != nil && (p.Kind == book.Float || p.Kind == book.Int) {
			// The one number syntax of descent's flags and files, with its
			// wording: 1_000 and 0x10 are not numbers, 1e400 is out of range.
			if _, err := data.ParseNumber(value); err != nil {
				return usageError(env, "run: --%s %q: %v; must be %s", name, value, err, p.RangeString())
			}
		}
		in, err = in.With(cell.Params, name, value)
		if err != nil {
			return usageError(env, "run: %v", err)
		}
	}

	if plotSet {
		if strings.TrimSpace(plotFile) == "" {
			return usageError(env, "run: --plot needs a file name ending in .png or .svg")
		}
		if err := picture.CheckPath(plotFile); err != nil {
			return usageError(env, "run: --plot %v", err)
		}
		if err := outfile.Check(nil, []outfile.File{{Flag: "--plot", Path: plotFile}}); err != nil {
			return usageError(env, "run: %v", err)
		}
	}
	return execCell(env, ch, cell, number, in, plotFile)
}

// execCell runs one cell with its inputs, prints its output, and draws its
// last chart to plotFile when one is given.
//
// Exit codes: 0 the cell ran; 1 it failed (an error or a panic: a bug in
// the chapter), or the picture could not be written; 2 its inputs were
// refused, or --plot was asked of a cell that drew no chart; 3 its run
// diverged (the cell printed what it had and says why, on a status line);
// 130 interrupted.
func execCell(env *cmdEnv, ch *book.Chapter, cell *book.Cell, number int, in book.Inputs, plotFile string) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	termWidth, isTerm := terminalWidth(env.stdout)
	var out cellWriter
	if isTerm {
		w := env.stdout
		if os.Getenv("NO_COLOR") != "" {
			w = stripWriter{w}
		}
		out = &liveOutput{w: w, width: termWidth}
	} else {
		// Curves colour their series; a pipe or a file gets plain text.
		out = &headlessOutput{w: stripWriter{env.stdout}}
	}
	var figures *figureKeeper
	if plotFile != "" {
		figures = &figureKeeper{cellWriter: out}
		out = figures
	}
	err := runGuarded(ctx, cell, in, out)
	out.finish()
	var diverged *book.DivergedError
	switch {
	case ctx.Err() != nil:
		fmt.Fprintln(env.stderr, "descent: run: canceled")
		return 130
	case errors.As(err, new(*book.InputError)):
		return usageError(env, "run: %v", err)
	case errors.As(err, &diverged):
		// A status, not a failure of the chapter: say it on stdout, after
		// what the cell printed, in words.
		msg := strings.TrimSpace(diverged.Msg)
		if !strings.HasPrefix(strings.ToLower(msg), "diverged") {
			msg = "diverged: " + msg
		}
		fmt.Fprintf(env.stdout, "Stopped: %s\n", msg)
	case err != nil:
		fmt.Fprintf(env.stderr, "descent: run: %s %s: %v\n", ch.Slug, cell.ID, err)
		return 1
	}
	code := 0
	if diverged != nil {
		code = 3
	}
	if figures == nil {
		return code
	}
	fig, ok := figures.last()
	switch {
	case !ok && diverged != nil:
		fmt.Fprintf(env.stderr, "descent: run: --plot: the cell diverged before it drew a chart; no picture written\n")
		return code
	case !ok:
		return usageError(env, "run: --plot: cell [%d] %s draws no chart (%s)", number, cell.ID, chartCells(ch))
	}
	if err := picture.Write(plotFile, cellPicture(ch, cell, number, in, fig)); err != nil {
		fmt.Fprintf(env.stderr, "descent: run: --plot: %v\n", err)
		return 1
	}
	return code
}

// runGuarded runs the cell, turning a panic (a bug in the chapter) into an
// error so the command still exits with a message.
func runGuarded(ctx context.Context, cell *book.Cell, in book.Inputs, out book.Output) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cell panicked: %v", r)
		}
	}()
	return cell.Run(ctx, in, out)
}

// cellsInOrder are the chapter's cells in reading order: the workbook
// numbers them [1], [2], … in this order, and so does `descent run`.
// Cells the prose does not place (a chapter being written) come last.
func cellsInOrder(ch *book.Chapter) []*book.Cell {
	var cells []*book.Cell
	placed := map[string]bool{}
	for _, seg := range ch.Segments() {
		if seg.Cell != nil && !placed[seg.Cell.ID] {
			cells = append(cells, seg.Cell)
			placed[seg.Cell.ID] = true
		}
	}
	for i := range ch.Cells {
		if !placed[ch.Cells[i].ID] {
			cells = append(cells, &ch.Cells[i])
		}
	}
	return cells
}

// findCell finds a cell by its ID or its number, and returns its number.
func findCell(ch *book.Chapter, arg string) (*book.Cell, int, error) {
	cells := cellsInOrder(ch)
	if len(cells) == 0 {
		return nil, 0, fmt.Errorf("chapter %s has no cells yet", ch.Slug)
	}
	arg = strings.ToLower(strings.TrimSpace(arg))
	if n, err := strconv.Atoi(arg); err == nil {
		if n >= 1 && n <= len(cells) {
			return cells[n-1], n, nil
		}
		return nil, 0, fmt.Errorf("chapter %s has no cell %d (valid: %s)", ch.Slug, n, cellList(ch))
	}
	for i, c := range cells {
		if c.ID == arg {
			return c, i + 1, nil
		}
	}
	return nil, 0, fmt.Errorf("chapter %s has no cell %q (valid: %s)", ch.Slug, arg, cellList(ch))
}

// cellList is "1 rank-lines, 2 loss-table, …": every cell's number and ID,
// either of which `descent run` takes.
func cellList(ch *book.Chapter) string {
	cells := cellsInOrder(ch)
	if len(cells) == 0 {
		return "none yet"
	}
	items := make([]string, len(cells))
	for i, c := range cells {
		items[i] = fmt.Sprintf("%d %s", i+1, c.ID)
	}
	return strings.Join(items, ", ") + "; by number or ID"
}

func isFlagToken(s string) bool {
	// "-0.5" is a value, not a flag.
	if !strings.HasPrefix(s, "-") {
		return false
	}
	if len(s) > 1 && (s[1] == '.' || (s[1] >= '0' && s[1] <= '9')) {
		return false
	}
	return true
}

// cellParam is the cell's param called name, or nil.
func cellParam(cell *book.Cell, name string) *book.Param {
	for i := range cell.Params {
		if cell.Params[i].Name == name {
			return &cell.Params[i]
		}
	}
	return nil
}

func paramExists(cell *book.Cell, name string) bool {
	for _, p := range cell.Params {
		if p.Name == name {
			return true
		}
	}
	return false
}

func isBoolParam(cell *book.Cell, name string) bool {
	for _, p := range cell.Params {
		if p.Name == name {
			return p.Kind == book.Bool
		}
	}
	return false
}

func printCellHelp(w io.Writer, ch *book.Chapter, cell *book.Cell, number int) {
	fmt.Fprintf(w, "Usage: %s", cli.Line("run "+ch.Slug+" "+cell.ID))
	if len(cell.Params) > 0 {
		fmt.Fprint(w, " [--param value …]")
	}
	fmt.Fprintf(w, " [--plot FILE.png]\n       (or: %s …)\n\n[%d] %s\n", cli.Line(fmt.Sprintf("run %d %d", ch.Number, number)), number, cell.Title)
	fmt.Fprintln(w, "\n--plot FILE.png or FILE.svg draws the cell's last chart to a picture.")
	if len(cell.Params) == 0 {
		fmt.Fprintln(w, "\nThis cell takes no parameters.")
		return
	}
	fmt.Fprintln(w, "\nParameters:")
	for _, p := range cell.Params {
		fmt.Fprintf(w, "  --%-14s %s (default %s; %s)\n", p.Name, p.Doc, p.DefaultString(), p.RangeString())
	}
}

// parseInterspersed parses flags that may come before or after positional
// arguments (`descent read 3 --run` and `descent read --run 3`), which the
// flag package alone does not allow: it stops at the first positional.
func parseInterspersed(fs *flag.FlagSet, c *command, args []string, env *cmdEnv) (positional []string, done bool, code int) {
	rest := args
	for {
		if done, code := parseFlags(fs, c, rest, env); done {
			return nil, true, code
		}
		rest = fs.Args()
		if len(rest) == 0 {
			return positional, false, 0
		}
		positional = append(positional, rest[0])
		rest = rest[1:]
	}
}

// terminalWidth reports whether w is a terminal and, if so, its width.
func terminalWidth(w io.Writer) (int, bool) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		width = 80
	}
	return width, true
}

// A cellWriter is a book.Output for a command: finish prints what is left.
type cellWriter interface {
	book.Output
	finish()
}

// headlessOutput streams text and keeps only the last frame, printed at the
// end: a pipe or a file gets the final picture, not every redraw.
type headlessOutput struct {
	mu    sync.Mutex
	w     io.Writer
	frame string
	ended bool // the text so far ends with a newline (or is empty)
	wrote bool
}

func (o *headlessOutput) Printf(format string, a ...any) {
	o.mu.Lock()
	defer o.mu.Unlock()
	s := fmt.Sprintf(format, a...)
	if s == "" {
		return
	}
	io.WriteString(o.w, s)
	o.wrote = true
	o.ended = strings.HasSuffix(s, "\n")
}

func (o *headlessOutput) Frame(s string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.frame = s
}

// Progress is not printed headless: a pipe gets results, not a ticker.
func (o *headlessOutput) Progress(string, ...any) {}

func (o *headlessOutput) finish() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.frame == "" {
		if o.wrote && !o.ended {
			io.WriteString(o.w, "\n")
		}
		return
	}
	if o.wrote && !o.ended {
		io.WriteString(o.w, "\n")
	}
	io.WriteString(o.w, o.frame)
	if !strings.HasSuffix(o.frame, "\n") {
		io.WriteString(o.w, "\n")
	}
}

// liveOutput redraws the frame in place on a terminal: before drawing a new
// frame (or printing text, which goes above the frame) it moves the cursor
// back up over the old frame and clears to the end of the screen.
type liveOutput struct {
	mu         sync.Mutex
	w          io.Writer
	frame      string // as drawn, ending with a newline
	partial    string // text not yet ended by a newline, held back so the frame starts on its own line
	frameLines int
	width      int // the terminal's columns, to count lines that wrap; 0 if unknown
}

func (o *liveOutput) erase() {
	if o.frameLines > 0 {
		fmt.Fprintf(o.w, "\x1b[%dA\r\x1b[J", o.frameLines)
		o.frameLines = 0
	}
}

func (o *liveOutput) draw() {
	if o.frame == "" {
		return
	}
	io.WriteString(o.w, o.frame)
	o.frameLines = screenLines(o.frame, o.width)
}

// screenLines counts the terminal rows s takes: a line wider than the
// terminal wraps onto more than one, and the cursor must go back over all
// of them to redraw.
func screenLines(s string, width int) int {
	n := 0
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		cols := len([]rune(book.StripANSI(line)))
		if width > 0 && cols > width {
			n += (cols + width - 1) / width
		} else {
			n++
		}
	}
	return n
}

func (o *liveOutput) Printf(format string, a ...any) {
	o.mu.Lock()
	defer o.mu.Unlock()
	s := o.partial + fmt.Sprintf(format, a...)
	cut := strings.LastIndex(s, "\n") + 1
	o.partial = s[cut:]
	if cut == 0 {
		return
	}
	o.erase()
	io.WriteString(o.w, s[:cut])
	o.draw()
}

func (o *liveOutput) Frame(s string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	o.erase()
	o.frame = s
	o.draw()
}

// Progress is not drawn yet: the live frame already shows the run moving.
func (o *liveOutput) Progress(string, ...any) {}

func (o *liveOutput) finish() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.partial != "" {
		o.erase()
		io.WriteString(o.w, o.partial+"\n")
		o.partial = ""
		o.draw()
	}
}

// stripWriter removes colour codes from everything written through it.
type stripWriter struct{ w io.Writer }

func (s stripWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(s.w, book.StripANSI(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
