package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"descent/chapters"
)

// home is the first screen: continue where you left off, the chapters with
// progress on each, the lab and the exercises.
type home struct {
	deps          *deps
	width, height int
	items         []homeItem
	cursor        int
	passed        map[string]bool
	resume        *position
	loaded        bool // the first progressMsg has arrived
}

// A homeItem is one line the cursor can rest on.
type homeItem struct {
	section string // heading printed above the first item of a section
	label   string
	detail  string // shown under the list when the item is selected
	done    int    // exercises passed …
	total   int    // … of this many (0: no progress column)
	to      screenID
	arg     string
}

// progressMsg carries what loadHome read from disk.
type progressMsg struct {
	passed map[string]bool
	resume *position
}

func newHome(d *deps) screen {
	h := &home{deps: d, passed: map[string]bool{}}
	h.build()
	return h
}

// Init reads progress and the saved position off the UI thread. The app
// calls it again each time the learner comes back home.
func (h *home) Init() tea.Cmd {
	d := h.deps
	return func() tea.Msg {
		d.Position.removeStaleTemps(d.Now())
		m := progressMsg{passed: loadProgress(d.ExercisesDir)}
		if p, ok := d.Position.Load(); ok {
			m.resume = &p
		}
		return m
	}
}

// build lays out the items from the catalog, progress and saved position.
func (h *home) build() {
	var sel string
	if h.cursor < len(h.items) {
		sel = h.items[h.cursor].label
	}
	h.items = h.items[:0]
	if p := h.resume; p != nil {
		if id, ok := screenByName(p.Screen); ok {
			h.items = append(h.items, homeItem{section: "Continue", label: "Continue: " + p.Label,
				detail: "Pick up where you left off.", to: id, arg: p.Arg})
		}
	}
	for i, ch := range chapters.All() {
		it := homeItem{label: fmt.Sprintf("%d  %s", ch.Number, ch.Title), detail: ch.Summary,
			to: readerScreen, arg: ch.Slug}
		if i == 0 {
			it.section = "Chapters"
		}
		for _, ex := range h.deps.chapterExercises(ch.Slug) {
			it.total++
			if h.passed[ex.Name] {
				it.done++
			}
		}
		if it.detail == "" {
			it.detail = fmt.Sprintf("Read chapter %d and run its cells.", ch.Number)
		}
		h.items = append(h.items, it)
	}
	all := h.deps.exercises()
	ex := homeItem{section: "Practice", label: "The lab", to: labScreen,
		detail: "Race up to six optimizers on a 2-D surface: live loss curves and paths over a contour map."}
	h.items = append(h.items, ex)
	exs := homeItem{label: "Exercises", to: exercisesScreen, total: len(all),
		detail: "Write the loss functions and optimizers yourself; go test checks them."}
	for _, e := range all {
		if h.passed[e.Name] {
			exs.done++
		}
	}
	h.items = append(h.items, exs)
	h.cursor = 0
	for i, it := range h.items {
		if it.label == sel {
			h.cursor = i
		}
	}
}

func (h *home) Update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case progressMsg:
		h.passed, h.resume = msg.passed, msg.resume
		h.build()
		if !h.loaded && h.resume != nil {
			h.cursor = 0 // first visit: offer to continue
		}
		h.loaded = true
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, keyUp):
			h.move(-1)
		case key.Matches(msg, keyDown):
			h.move(1)
		case key.Matches(msg, keyTop):
			h.cursor = 0
		case key.Matches(msg, keyBottom):
			h.cursor = len(h.items) - 1
		case key.Matches(msg, keyEnter, keyRight):
			if h.cursor < len(h.items) {
				it := h.items[h.cursor]
				return h, navigate(it.to, it.arg)
			}
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			h.move(-1)
		case tea.MouseWheelDown:
			h.move(1)
		}
	}
	return h, nil
}

func (h *home) move(d int) { h.cursor = clamp(h.cursor+d, 0, len(h.items)-1) }

func (h *home) SetSize(w, height int) { h.width, h.height = w, height }
func (h *home) Title() string         { return "home" }
func (h *home) Keys() []key.Binding {
	return []key.Binding{keyUp, keyDown, key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open"))}
}

// View draws the list in a centred column at most 96 cells wide.
func (h *home) View() string {
	w := min(h.width, 96)
	var lines []string
	lines = append(lines, "", styleTitle.Render("Loss functions and the optimizers that minimize them"),
		styleMuted.Render("Read a chapter, run its cells, race optimizers in the lab, pass the exercises."))
	for i, it := range h.items {
		if it.section != "" {
			lines = append(lines, "", styleMuted.Render(strings.ToUpper(it.section)))
		}
		lines = append(lines, h.itemLine(it, i == h.cursor, w))
	}
	// The selected item's detail, under the list.
	if h.cursor < len(h.items) {
		lines = append(lines, "", styleMuted.Render(fitLine(h.items[h.cursor].detail, w)))
	}
	if len(lines) > h.height { // short window: drop the blank lines first
		lines = compact(lines, h.height)
	}
	pad := max(0, (h.width-w)/2)
	for i := range lines {
		lines[i] = strings.Repeat(" ", pad) + lines[i]
	}
	return fitBlock(strings.Join(lines, "\n"), h.width, h.height)
}

// itemLine draws one item: marker, label, and progress on the right.
func (h *home) itemLine(it homeItem, selected bool, w int) string {
	marker := "  "
	label := it.label
	if selected {
		marker = "› "
	}
	right := ""
	if it.total > 0 {
		right = fmt.Sprintf("%5s %s", fmt.Sprintf("%d/%d", it.done, it.total), progressBar(it.done, it.total, 8))
		if it.done == it.total {
			right += " ✓"
		} else {
			right += "  "
		}
	}
	room := w - 2 - lipgloss.Width(right) - 2
	label = fitLine(label, room)
	if selected {
		label = styleSelected.Render(label)
		marker = styleSelected.Render(marker)
	}
	if it.total > 0 && it.done == it.total {
		right = styleGood.Render(right)
	} else {
		right = styleMuted.Render(right)
	}
	return marker + label + "  " + right
}

// progressBar is a bar of n cells, filled done/total of the way.
func progressBar(done, total, n int) string {
	if total <= 0 {
		return strings.Repeat("▱", n)
	}
	f := clamp(done*n/total, 0, n)
	return strings.Repeat("▰", f) + strings.Repeat("▱", n-f)
}
