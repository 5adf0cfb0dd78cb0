package serve

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"descent/runner"
)

// A Board is the instructor's view of the class at one moment: what
// `board --json` prints, and what the text and TUI boards show.
type Board struct {
	At        time.Time  `json:"at"`
	Exercises int        `json:"exercises"` // in the catalog
	Learners  []BoardRow `json:"learners"`
	// Stuck lists the exercises where the class is stuck most: those most
	// learners are on after failing a check, longest first on a tie.
	Stuck []StuckSpot `json:"stuck"`
}

// A BoardRow is one learner.
type BoardRow struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Online   bool     `json:"online"`
	Passed   int      `json:"passed"`
	Current  string   `json:"current,omitempty"` // the exercise they are on
	Attempts int      `json:"attempts"`          // failed checks of the current exercise
	Checking string   `json:"checking,omitempty"`
	Last     *Verdict `json:"last,omitempty"`
	// LastAgo is how long ago the last verdict came, StuckFor how long
	// they have been on the current exercise without passing it (0 when
	// they have not failed a check of it yet).
	LastAgo  Seconds   `json:"last_ago_s"`
	StuckFor Seconds   `json:"stuck_for_s"`
	LastSeen time.Time `json:"last_seen"`
}

// A StuckSpot is one exercise where learners are stuck.
type StuckSpot struct {
	Exercise string  `json:"exercise"`
	Learners int     `json:"learners"` // on it after a failed check
	Attempts int     `json:"attempts"` // their failed checks of it, together
	Longest  Seconds `json:"longest_s"`
}

// Seconds is a duration that reads as whole seconds in JSON.
type Seconds time.Duration

func (s Seconds) MarshalJSON() ([]byte, error) {
	return json.Marshal(int64(time.Duration(s) / time.Second))
}

func (s *Seconds) UnmarshalJSON(b []byte) error {
	var n int64
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	*s = Seconds(time.Duration(n) * time.Second)
	return nil
}

// Sort orders of the board.
const (
	ByProgress = "progress" // most exercises passed first
	ByStuck    = "stuck"    // longest stuck first
	ByName     = "name"
)

// makeBoard builds the board from the learners' rows at time now.
func makeBoard(learners []Learner, now time.Time) Board {
	b := Board{At: now, Exercises: len(runner.Catalog()), Learners: []BoardRow{}, Stuck: []StuckSpot{}}
	spots := map[string]*StuckSpot{}
	for _, l := range learners {
		r := BoardRow{ID: l.ID, Name: l.Name, Online: l.Online > 0, Passed: len(l.Passed), Current: l.Current, LastSeen: l.LastSeen, Last: l.Last}
		if l.Pending != nil {
			r.Checking = l.Pending.Exercise
		}
		if l.Last != nil {
			r.LastAgo = Seconds(max(0, now.Sub(l.Last.At)))
		}
		if _, passed := l.Passed[l.Current]; l.Current != "" && !passed {
			r.Attempts = l.Attempts[l.Current]
			if r.Attempts > 0 {
				r.StuckFor = Seconds(max(0, now.Sub(l.CurrentSince)))
				s := spots[l.Current]
				if s == nil {
					s = &StuckSpot{Exercise: l.Current}
					spots[l.Current] = s
				}
				s.Learners++
				s.Attempts += r.Attempts
				s.Longest = max(s.Longest, r.StuckFor)
			}
		}
		b.Learners = append(b.Learners, r)
	}
	for _, s := range spots {
		b.Stuck = append(b.Stuck, *s)
	}
	sort.Slice(b.Stuck, func(i, j int) bool {
		x, y := b.Stuck[i], b.Stuck[j]
		if x.Learners != y.Learners {
			return x.Learners > y.Learners
		}
		if x.Longest != y.Longest {
			return x.Longest > y.Longest
		}
		return x.Exercise < y.Exercise
	})
	b.Sort(ByProgress)
	return b
}

// Sort orders the rows by ByProgress, ByStuck or ByName.
func (b *Board) Sort(by string) {
	rows := b.Learners
	sort.SliceStable(rows, func(i, j int) bool {
		x, y := rows[i], rows[j]
		switch by {
		case ByProgress:
			if x.Passed != y.Passed {
				return x.Passed > y.Passed
			}
		case ByStuck:
			if x.StuckFor != y.StuckFor {
				return x.StuckFor > y.StuckFor
			}
		}
		return strings.ToLower(x.Name) < strings.ToLower(y.Name)
	})
}

// ReadBoard reads the class state that `descent serve --dir dir` keeps
// and makes the board from it, for `descent board`.
func ReadBoard(dir string, now time.Time) (Board, error) {
	f, err := readClass(dir)
	if err != nil {
		return Board{}, err
	}
	return makeBoard(snapshotOf(f), now), nil
}

// WriteJSON prints the board as indented JSON.
func (b Board) WriteJSON(w io.Writer) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// WriteText prints the board as a plain table, for a terminal without the
// TUI (board over SSH without -t, descent board).
func (b Board) WriteText(w io.Writer) error {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s · %d exercises · %s\n", count(len(b.Learners), "learner"), b.Exercises, b.At.Format("15:04:05"))
	if len(b.Learners) == 0 {
		sb.WriteString("No learner has come in yet.\n")
	} else {
		sb.WriteString("\n")
		for _, line := range b.Table(0) {
			sb.WriteString(line + "\n")
		}
	}
	if line := b.StuckLine(0); line != "" {
		sb.WriteString("\n" + line + "\n")
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

// Board columns: name, passed, current exercise, last verdict, stuck for.
// Together with the spaces between them they take 79 columns.
const (
	colName    = 20
	colPassed  = 6
	colCurrent = 14
	colLast    = 24
	colStuck   = 8
)

// Table is the board's header and rows as lines of plain text, at most
// width columns wide (0: no limit).
func (b Board) Table(width int) []string {
	lines := []string{fmt.Sprintf("  %-*s %*s  %-*s %-*s %*s", colName, "learner", colPassed, "passed", colCurrent, "on", colLast, "last verdict", colStuck, "stuck")}
	for _, r := range b.Learners {
		lines = append(lines, b.Row(r))
	}
	if width > 0 {
		for i, l := range lines {
			lines[i] = fit(l, width)
		}
	}
	return lines
}

// Row is one learner's line of the table.
func (b Board) Row(r BoardRow) string {
	online := " "
	if r.Online {
		online = "●"
	}
	current := r.Current
	if r.Checking != "" {
		current = r.Checking + " …"
	}
	if current == "" && r.Passed == b.Exercises && r.Passed > 0 {
		current = "all done"
	}
	last := "—"
	if r.Last != nil {
		mark := "✗"
		if r.Last.Status == runner.Passed.String() {
			mark = "✓"
		}
		what := r.Last.Status // of the exercise they are on
		if r.Last.Exercise != r.Current {
			what = r.Last.Exercise + " " + what
		}
		last = fmt.Sprintf("%s %s, %s ago", mark, what, Ago(time.Duration(r.LastAgo)))
	}
	stuck := ""
	if r.StuckFor > 0 {
		stuck = Ago(time.Duration(r.StuckFor))
	}
	return fmt.Sprintf("%s %s %*s  %s %s %*s", online, pad(r.Name, colName),
		colPassed, fmt.Sprintf("%d/%d", r.Passed, b.Exercises),
		pad(current, colCurrent), pad(last, colLast), colStuck, stuck)
}

// StuckLine names where the class is stuck most, in one line (at most
// width columns; 0: no limit), or "" when nobody is.
func (b Board) StuckLine(width int) string {
	if len(b.Stuck) == 0 {
		return ""
	}
	parts := []string{}
	for i, s := range b.Stuck {
		if i == 5 {
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%s, %s, longest %s)", s.Exercise, count(s.Learners, "learner"), count(s.Attempts, "failed check"), Ago(time.Duration(s.Longest))))
	}
	line := "Stuck most: " + strings.Join(parts, " · ")
	if width > 0 {
		line = fit(line, width)
	}
	return line
}

// count says "1 learner", "3 learners".
func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// Ago reads a duration the way a board shows it: 45s, 12m, 1h05m, 3d.
func Ago(d time.Duration) string {
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%ds", int(d/time.Second))
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d/time.Minute))
	case d < 48*time.Hour:
		return fmt.Sprintf("%dh%02dm", int(d/time.Hour), int(d%time.Hour/time.Minute))
	}
	return fmt.Sprintf("%dd", int(d/(24*time.Hour)))
}

// pad cuts or pads s to n terminal columns (a name in Chinese takes two
// columns a character).
func pad(s string, n int) string {
	s = fit(s, n)
	return s + strings.Repeat(" ", max(0, n-ansi.StringWidth(s)))
}

// fit cuts s to at most n columns, marking a cut with "…".
func fit(s string, n int) string {
	if ansi.StringWidth(s) <= n {
		return s
	}
	return ansi.Truncate(s, n, "…")
}
