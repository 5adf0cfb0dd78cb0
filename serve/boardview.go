package serve

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// boardView is the class board as a Bubble Tea model: what an instructor
// sees with `ssh -t`. It redraws when the class state changes and once a
// second (for the times), and sorts by progress, by time stuck or by name.
type boardView struct {
	read    func() Board     // the board now
	changes <-chan struct{}  // a receive after each change of the class
	stop    func()           // stops watching
	now     func() time.Time // for the header's clock
	join    string           // what a learner types to come in
	board   Board
	by      string
	width   int
	height  int
	scroll  int
	styles  boardStyles
	closed  bool
}

type boardStyles struct {
	title, header, dim, pass, fail, online, warn, alarm lipgloss.Style
}

func newBoardStyles() boardStyles {
	return boardStyles{
		title:  lipgloss.NewStyle().Bold(true),
		header: lipgloss.NewStyle().Underline(true),
		dim:    lipgloss.NewStyle().Foreground(lipgloss.BrightBlack),
		pass:   lipgloss.NewStyle().Foreground(lipgloss.Green),
		fail:   lipgloss.NewStyle().Foreground(lipgloss.Red),
		online: lipgloss.NewStyle().Foreground(lipgloss.Green),
		warn:   lipgloss.NewStyle().Foreground(lipgloss.Yellow),
		alarm:  lipgloss.NewStyle().Foreground(lipgloss.Red).Bold(true),
	}
}

// Thresholds of time stuck at which the board colours a row.
const (
	stuckWarn  = 10 * time.Minute
	stuckAlarm = 20 * time.Minute
)

// newBoardView watches c; the view's owner calls close when it ends.
func newBoardView(c *class, now func() time.Time, join string) *boardView {
	ch, stop := c.watch()
	v := &boardView{
		read:    func() Board { return makeBoard(c.snapshot(), now()) },
		changes: ch, stop: stop, now: now, join: join,
		by: ByProgress, width: 80, height: 24, styles: newBoardStyles(),
	}
	v.refresh()
	return v
}

type boardChangedMsg struct{}
type boardTickMsg struct{}

func (v *boardView) waitForChange() tea.Cmd {
	ch := v.changes
	return func() tea.Msg {
		if _, ok := <-ch; !ok {
			return nil
		}
		return boardChangedMsg{}
	}
}

func tickBoard() tea.Cmd {
	return tea.Tick(time.Second, func(time.Time) tea.Msg { return boardTickMsg{} })
}

func (v *boardView) refresh() {
	v.board = v.read()
	v.board.Sort(v.by)
}

func (v *boardView) Init() tea.Cmd { return tea.Batch(v.waitForChange(), tickBoard()) }

func (v *boardView) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		v.width, v.height = msg.Width, msg.Height
	case boardChangedMsg:
		v.refresh()
		return v, v.waitForChange()
	case boardTickMsg:
		v.refresh()
		return v, tickBoard()
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c", "esc":
			v.close()
			return v, tea.Quit
		case "p":
			v.by = ByProgress
			v.refresh()
		case "s":
			v.by = ByStuck
			v.refresh()
		case "n":
			v.by = ByName
			v.refresh()
		case "up", "k":
			v.scroll = max(0, v.scroll-1)
		case "down", "j":
			v.scroll++
		case "pgup":
			v.scroll = max(0, v.scroll-v.rowsShown())
		case "pgdown", " ":
			v.scroll += v.rowsShown()
		case "home", "g":
			v.scroll = 0
		}
		v.board.Sort(v.by)
	}
	v.scroll = max(0, min(v.scroll, len(v.board.Learners)-v.rowsShown()))
	return v, nil
}

func (v *boardView) close() {
	if !v.closed {
		v.closed = true
		v.stop()
	}
}

// rowsShown is how many learner rows fit: the screen less the title, the
// header, the stuck lines and the help line.
func (v *boardView) rowsShown() int { return max(1, v.height-7) }

func (v *boardView) View() tea.View {
	var b strings.Builder
	s := v.styles
	online := 0
	for _, r := range v.board.Learners {
		if r.Online {
			online++
		}
	}
	order := map[string]string{ByProgress: "by progress", ByStuck: "by time stuck", ByName: "by name"}[v.by]
	title := fmt.Sprintf("descent · class board · %s, %d online · %d exercises · %s", count(len(v.board.Learners), "learner"), online, v.board.Exercises, order)
	b.WriteString(s.title.Render(fit(title, v.width)) + "\n")
	table := v.board.Table(v.width)
	b.WriteString(s.header.Render(table[0]) + "\n")
	rows := v.board.Learners
	shown := v.rowsShown()
	if len(rows) == 0 {
		b.WriteString(s.dim.Render(fit("  No learner has come in yet: they type "+v.join, v.width)) + "\n")
		shown--
	}
	end := min(len(rows), v.scroll+shown)
	for i := v.scroll; i < end; i++ {
		b.WriteString(v.styleRow(rows[i], table[i+1]) + "\n")
	}
	for i := end - v.scroll; i < shown; i++ {
		b.WriteString("\n")
	}
	b.WriteString("\n")
	stuck := "Nobody is stuck: no one is on an exercise after a failed check."
	if line := v.board.StuckLine(0); line != "" {
		stuck = line
	}
	wrapped := lipgloss.NewStyle().Width(v.width).Render(stuck)
	lines := strings.Split(wrapped, "\n")
	if len(lines) > 2 {
		lines = append(lines[:1], fit(lines[1], v.width-1)+"…")
	}
	for len(lines) < 2 {
		lines = append(lines, "")
	}
	b.WriteString(s.warn.Render(strings.Join(lines, "\n")) + "\n")
	more := ""
	if len(rows) > shown {
		more = fmt.Sprintf(" · rows %d–%d of %d, ↑/↓ to scroll", v.scroll+1, end, len(rows))
	}
	b.WriteString(s.dim.Render(fit("p by progress · s by time stuck · n by name · q quit"+more+" · "+v.now().Format("15:04:05"), v.width)))
	view := tea.NewView(b.String())
	view.AltScreen = true
	return view
}

// styleRow colours a row of the table: the online dot, the verdict's
// mark, and the time stuck once it is long.
func (v *boardView) styleRow(r BoardRow, line string) string {
	s := v.styles
	w := ansi.StringWidth(line)
	head, tail := ansi.Cut(line, 0, max(0, w-colStuck)), ansi.Cut(line, max(0, w-colStuck), w)
	if r.Online {
		head = strings.Replace(head, "●", s.online.Render("●"), 1)
	}
	head = strings.Replace(head, "✓", s.pass.Render("✓"), 1)
	head = strings.Replace(head, "✗", s.fail.Render("✗"), 1)
	switch stuck := time.Duration(r.StuckFor); {
	case stuck >= stuckAlarm:
		tail = s.alarm.Render(tail)
	case stuck >= stuckWarn:
		tail = s.warn.Render(tail)
	}
	return head + tail
}
