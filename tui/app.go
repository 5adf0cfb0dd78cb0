package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"descent/chapters"
	"descent/tui/lab"
)

// Minimum terminal size the workbook lays itself out for.
const (
	minWidth  = 80
	minHeight = 24
)

// App is the Bubble Tea model for the whole workbook: a header line, the
// active screen, and a help line. It routes messages to the active screen
// and owns the keys that mean the same everywhere (quit, help, back).
type App struct {
	deps     *deps
	width    int
	height   int
	home     screen
	lab      screen // kept, so the lab's settings survive a trip home
	active   screen
	activeID screenID
	showKeys bool // the `?` overlay
}

// New returns the workbook's model, showing home.
func New(o Options) *App {
	d := newDeps(o)
	h := newHome(d)
	return &App{deps: d, home: h, active: h, activeID: homeScreen}
}

// Run opens the workbook on the terminal and returns when the learner quits.
func Run(o Options) error {
	a := New(o)
	_, err := tea.NewProgram(a).Run()
	a.closeActive()
	a.deps.Position.Close() // let a save in flight finish before we exit
	return err
}

// Close ends what the workbook has running (a check, a race, a watch)
// and lets a save in flight finish: for a host that runs the App in a
// program of its own, as descent serve does for each SSH session.
func (a *App) Close() {
	a.closeActive()
	a.deps.Position.Close()
}

// Init starts the home screen.
func (a *App) Init() tea.Cmd { return a.active.Init() }

// Update handles the app's own messages and passes the rest to the screen.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.resizeActive()
		return a, nil
	case navigateMsg:
		cmd := a.open(msg.to, msg.arg)
		if msg.race {
			if x, ok := a.active.(*exercises); ok {
				cmd = tea.Batch(cmd, x.openRace())
			}
		}
		return a, cmd
	case lab.RaceRequest:
		// From the lab: the learner's own optimizer against the reference.
		return a, navigateRace(msg.Exercise)
	case tea.MouseClickMsg:
		msg.Y-- // the screen starts under the header line
		return a.route(msg)
	case tea.MouseWheelMsg:
		msg.Y--
		return a.route(msg)
	case backMsg:
		return a, a.open(homeScreen, "")
	case tea.KeyPressMsg:
		if key.Matches(msg, keyForce) {
			a.closeActive()
			return a, tea.Quit
		}
		if c, ok := a.active.(capturer); ok && c.Capturing() {
			break // the screen wants every key
		}
		if a.showKeys {
			switch {
			case key.Matches(msg, keyQuit):
				a.closeActive()
				return a, tea.Quit
			case key.Matches(msg, keyHelp, keyBack, keyEnter):
				a.showKeys = false
			}
			return a, nil
		}
		switch {
		case key.Matches(msg, keyQuit):
			a.closeActive()
			return a, tea.Quit
		case key.Matches(msg, keyHelp):
			a.showKeys = true
			return a, nil
		case key.Matches(msg, keyBack):
			if a.activeID != homeScreen {
				return a, a.open(homeScreen, "")
			}
			return a, nil
		}
	}
	return a.route(msg)
}

// route passes a message to the active screen.
func (a *App) route(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := a.active.Update(msg)
	if next != nil {
		a.active = next
	}
	return a, cmd
}

// open makes screen id the active one, closing the one being left.
func (a *App) open(id screenID, arg string) tea.Cmd {
	a.closeActive()
	a.showKeys = false
	var s screen
	switch id {
	case readerScreen:
		s = newReader(a.deps, arg)
	case labScreen:
		if a.lab == nil {
			a.lab = newLab(a.deps)
		}
		s = a.lab
	case exercisesScreen:
		s = newExercises(a.deps, arg)
	default:
		id, s = homeScreen, a.home
	}
	a.active, a.activeID = s, id
	a.resizeActive()
	cmds := []tea.Cmd{s.Init()}
	if id != homeScreen {
		cmds = append(cmds, a.savePosition(id, arg))
	}
	return tea.Batch(cmds...)
}

// savePosition remembers where the learner went, off the UI thread.
func (a *App) savePosition(id screenID, arg string) tea.Cmd {
	p := position{Screen: screenName(id), Arg: arg, Label: positionLabel(id, arg)}
	store := a.deps.Position
	return func() tea.Msg {
		_ = store.Save(p) // losing "continue" is not worth stopping for
		return nil
	}
}

// positionLabel is how home names a saved position.
func positionLabel(id screenID, arg string) string {
	switch id {
	case readerScreen:
		if ch, err := chapters.Find(arg); err == nil {
			return fmt.Sprintf("Chapter %d · %s", ch.Number, ch.Title)
		}
		return "Chapter " + arg
	case exercisesScreen:
		if arg == "" {
			return "Exercises"
		}
		return "Exercise " + arg
	case labScreen:
		return "The lab"
	}
	return ""
}

func (a *App) closeActive() {
	if a.activeID == homeScreen {
		return
	}
	if c, ok := a.active.(closer); ok {
		c.Close()
	}
}

func (a *App) resizeActive() {
	if a.width > 0 && a.height > 2 {
		a.active.SetSize(a.width, a.height-2)
	}
}

// View draws header, screen and help line; or the too-small message.
func (a *App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "descent"
	return v
}

func (a *App) render() string {
	if a.width == 0 || a.height == 0 {
		return "" // no size yet
	}
	if a.width < minWidth || a.height < minHeight {
		return tooSmall(a.width, a.height)
	}
	body := a.active.View()
	if a.showKeys {
		body = a.keyMap(a.width, a.height-2)
	}
	return a.header() + "\n" + body + "\n" + a.helpLine()
}

// tooSmall is the centred message shown below 80×24.
func tooSmall(w, h int) string {
	msg := fmt.Sprintf("terminal too small (need %d×%d, have %d×%d)", minWidth, minHeight, w, h)
	if lipgloss.Width(msg) > w {
		msg = fmt.Sprintf("too small: %d×%d < %d×%d", w, h, minWidth, minHeight)
	}
	return fitBlock(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, msg), w, h)
}

func (a *App) headerStyles() (lipgloss.Style, lipgloss.Style) {
	if a.deps.NoColor {
		s := lipgloss.NewStyle().Reverse(true).Bold(true)
		return s, lipgloss.NewStyle().Reverse(true)
	}
	return styleHeader, styleHeaderR
}

func (a *App) header() string {
	left := " descent · " + a.active.Title()
	right := "? keys  q quit "
	ls, rs := a.headerStyles()
	room := a.width - lipgloss.Width(right) - 1
	if lipgloss.Width(left) > room { // a long title gives way to the keys
		left = fitLine(left, room)
	}
	gap := a.width - lipgloss.Width(left) - lipgloss.Width(right)
	return ls.Render(left) + rs.Render(strings.Repeat(" ", gap)+right)
}

// helpLine lists the screen's keys as far as they fit, then always the
// app's own (esc back, ? for every key), so nothing that leaves a screen
// or explains it is ever cut off at 80 columns.
func (a *App) helpLine() string {
	item := func(k key.Binding) string {
		return styleHelpKey.Render(k.Help().Key) + " " + styleHelpDesc.Render(k.Help().Desc)
	}
	sep := styleHelpDesc.Render(" · ")
	var global []key.Binding
	capturing := false
	if c, ok := a.active.(capturer); ok && c.Capturing() {
		capturing = true // the screen has esc and ? for itself right now
	}
	switch {
	case a.showKeys:
		global = []key.Binding{keyBack, keyQuit}
	case capturing:
	default:
		if a.activeID != homeScreen {
			global = append(global, keyBack)
		}
		global = append(global, keyHelp)
	}
	var right []string
	for _, k := range global {
		right = append(right, item(k))
	}
	tail := strings.Join(right, sep)
	room := a.width - 2 - lipgloss.Width(tail) - 3
	var left []string
	used := 0
	if !a.showKeys {
		for _, k := range a.active.Keys() {
			if !k.Enabled() || k.Help().Key == "" {
				continue
			}
			s := item(k)
			w := lipgloss.Width(s)
			if len(left) > 0 {
				w += 3
			}
			if used+w > room {
				continue // a shorter one further on may still fit
			}
			left = append(left, s)
			used += w
		}
	}
	line := strings.Join(left, sep)
	if line != "" && tail != "" {
		line += sep
	}
	return fitLine(" "+line+tail, a.width)
}

// keyMap is the `?` overlay: every key of this screen and of the app, in
// one column, or two side by side when one would not fit.
func (a *App) keyMap(w, h int) string {
	section := func(title string, keys []key.Binding) string {
		rows := []string{styleTitle.Render(title)}
		for _, k := range keys {
			if !k.Enabled() || k.Help().Key == "" {
				continue
			}
			rows = append(rows, fmt.Sprintf("  %-12s %s", k.Help().Key, k.Help().Desc))
		}
		return strings.Join(rows, "\n")
	}
	mine := section(a.active.Title(), a.active.Keys())
	everywhere := section("Everywhere", []key.Binding{keyBack, keyHelp, keyQuit, keyForce,
		key.NewBinding(key.WithKeys("wheel"), key.WithHelp("mouse wheel", "scroll"))})
	closing := styleMuted.Render("press ? or esc to close; the line at the bottom shows the keys that fit")
	body := lipgloss.JoinVertical(lipgloss.Left, mine, "", everywhere, "", closing)
	if lipgloss.Height(body)+2 > h {
		cols := lipgloss.JoinHorizontal(lipgloss.Top, mine, "    ", everywhere)
		body = lipgloss.JoinVertical(lipgloss.Left, cols, "", closing)
	}
	box := styleBox.Render(body)
	return fitBlock(lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, box), w, h)
}
