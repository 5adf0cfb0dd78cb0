package lab

// The lab's View: the settings panel on the left, the pictures on the
// right. It draws only what read() copied from the race, never the race.

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"descent/chapters/book"
	"descent/core/data"
	"descent/core/num"
	"descent/core/train"
	"descent/tui/ui"
)

// panelWidth is the settings panel's width for a lab w cells wide.
func panelWidth(w int) int {
	switch {
	case w >= 130:
		return 42
	case w >= 100:
		return 34
	}
	return 32
}

// View draws the panel, a separator and the pictures, exactly width × height.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	pw := panelWidth(m.width)
	rw := m.width - pw - 1
	panel := strings.Split(ui.FitBlock(m.panel(pw, m.height), pw, m.height), "\n")
	right := strings.Split(m.pictures(rw, m.height, pw+1), "\n")
	sep := ui.Muted.Render("│")
	var b strings.Builder
	for i := range m.height {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(panel[i])
		b.WriteString(sep)
		b.WriteString(right[i])
	}
	return b.String()
}

// pictures is the map (or the data), the legend and the chart, exactly
// w × h; x0 is the column they start at.
func (m *Model) pictures(w, h, x0 int) string {
	var b strings.Builder
	legend := m.legend(w)
	var head, picture, note string
	if m.dataMode {
		t := m.task()
		head = ui.Title.Render(t.Dataset) + ui.Muted.Render(" · "+t.describe(m.inputs())+" · "+batchText(t.Batch)+
			fmt.Sprintf(" · test %d%%", int(t.Test*100+0.5)))
		note = m.dataLegend()
	} else {
		head = ui.Title.Render(m.surface.Formula)
		note = m.mapLegend()
	}
	rest := h - 2 - len(legend) // head and note lines
	picH := max(5, rest*11/20)
	chartH := rest - picH
	if chartH < 5 { // a short lab: the chart gets what the map can spare
		picH = max(4, rest-5)
		chartH = rest - picH
	}
	if m.dataMode {
		picture = m.drawData(w, picH)
	} else {
		picture = m.drawMap(w, picH, x0, 1)
	}
	b.WriteString(ui.FitLine(head, w) + "\n")
	b.WriteString(picture + "\n")
	b.WriteString(ui.FitLine(note, w) + "\n")
	for _, l := range legend {
		b.WriteString(ui.FitLine(l, w) + "\n")
	}
	unit := "step"
	if m.dataMode {
		unit = "batch"
	}
	if chartH > 0 {
		b.WriteString(m.drawChart(w, chartH, unit))
	}
	return ui.FitBlock(b.String(), w, h)
}

func batchText(n int) string {
	if n == 0 {
		return "full batch"
	}
	return fmt.Sprintf("batch %d", n)
}

// mapLegend explains the map's marks, its minima (or that it has none)
// and its start.
func (m *Model) mapLegend() string {
	var parts []string
	switch n := len(m.surface.Minima); {
	case n == 0:
		parts = append(parts, "no minimum: f → −∞")
	case n == 1:
		parts = append(parts, "* minimum")
	default:
		parts = append(parts, fmt.Sprintf("* minima (%d)", n))
	}
	parts = append(parts, fmt.Sprintf("S start (%s, %s)", num.Sig(m.start.X, 3), num.Sig(m.start.Y, 3)))
	if m.view != m.surface.Window {
		parts = append(parts, "zoomed (0 resets)")
	}
	parts = append(parts, "s or a click moves it")
	return ui.Muted.Render(strings.Join(parts, " · "))
}

// legend names each run with its glyph and chart sample, its latest loss
// and how it stands, wrapped into as many lines as it needs (never cut).
func (m *Model) legend(w int) []string {
	names := m.names()
	off := m.offMap()
	entry := func(i int) string {
		s := m.paint(i, book.Sample(i)) + " " + names[i]
		if i < len(m.snaps) && len(m.snaps[i]) > 0 {
			s += " " + num.G(m.snaps[i][len(m.snaps[i])-1].Loss)
			if i < len(m.metrics) && m.metrics[i] != "" {
				s += " " + m.metrics[i]
			}
			switch {
			case m.statuses[i] == train.Diverged && !m.dataMode && m.unbounded():
				s += ui.Warn.Render(" ↓−∞")
			case m.statuses[i] == train.Diverged:
				s += ui.Bad.Render(" ✗")
			}
		}
		if i < len(off) && off[i] != 0 {
			s += ui.Warn.Render(" off the map " + string(off[i]))
		}
		return s
	}
	return book.LegendLines(len(m.runs), w, entry, lipgloss.Width)
}

// panel draws the settings, the runs and the message.
func (m *Model) panel(w, h int) string {
	var lines []string
	rows := m.rows()
	m.cursor = ui.Clamp(m.cursor, 0, len(rows)-1)
	for i, r := range rows {
		if r.kind == rowRun && r.run == 0 {
			lines = append(lines, "", ui.Muted.Render(fmt.Sprintf("OPTIMIZERS %d/%d", len(m.runs), ui.MaxRuns)))
		}
		lines = append(lines, m.rowLine(r, i == m.cursor, w))
	}
	lines = append(lines, "", m.status())
	foot := m.footer(rows[m.cursor], w)
	room := h - len(foot)
	if len(lines) > room {
		lines = ui.Compact(lines, room)
		if len(lines) > room { // keep the cursor's row on screen
			at := m.cursor + 2
			start := ui.Clamp(at-room/2, 0, len(lines)-room)
			lines = lines[start : start+room]
		}
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	return strings.Join(append(lines, foot...), "\n")
}

// status is one line saying whether the race runs.
func (m *Model) status() string {
	switch {
	case m.race == nil:
		return ui.Muted.Render("● ready")
	case m.race.Done():
		return ui.Good.Render("■ finished")
	case m.paused:
		return ui.Warn.Render("‖ paused")
	}
	return ui.Good.Render("▶ running")
}

// footer is the message, or what the row under the cursor is about.
func (m *Model) footer(r row, w int) []string {
	var text string
	bad := m.msgBad
	switch {
	case m.editing:
		text = fmt.Sprintf("%s %s: %s▏", r.param.Name, r.param.RangeString(), m.editBuf)
		bad = false
	case bad: // an error or a divergence outranks the row's doc
		text = m.msg
	case r.kind == rowParam || r.kind == rowSchedParam || r.kind == rowClipLimit || r.kind == rowKappa:
		text = r.param.Doc + " " + r.param.RangeString()
	case r.kind == rowSched:
		text = "a learning-rate schedule: η changes with the step (←/→ picks one; its settings follow)"
	case r.kind == rowClip:
		text = "gradient clipping: value clamps each entry, norm rescales the whole gradient"
	case r.kind == rowRun && r.run < len(m.reasons) && m.reasons[r.run] != "":
		text, bad = m.reasons[r.run], !(m.unbounded() && !m.dataMode)
	default:
		text = m.msg
	}
	lines := strings.Split(lipgloss.NewStyle().Width(w).Render(text), "\n")
	if len(lines) > 4 {
		lines = lines[:4]
	}
	for i := range lines {
		if bad {
			lines[i] = ui.Bad.Render(lines[i])
		} else {
			lines[i] = ui.Muted.Render(lines[i])
		}
	}
	return lines
}

// rowLine draws one panel row.
func (m *Model) rowLine(r row, selected bool, w int) string {
	marker := "  "
	if selected {
		marker = ui.Selected.Render("› ")
	}
	choice := func(label, value string) string {
		v := "‹ " + value + " ›"
		if selected {
			v = ui.Selected.Render(v)
		}
		return marker + fmt.Sprintf("%-9s", label) + v
	}
	number := func(label string, v float64) string {
		s := num.G(v)
		if selected && m.editing {
			s = m.editBuf + "▏"
		}
		line := fmt.Sprintf("    %-13s %s", label, s)
		if selected {
			return marker + ui.Selected.Render(ui.FitLine(line, w-2))
		}
		return marker + line
	}
	switch r.kind {
	case rowMode:
		if m.dataMode {
			return choice("train", "a network")
		}
		return choice("train", "on a surface")
	case rowSurface:
		if m.dataMode {
			return choice("dataset", data.Names()[m.dataIdx])
		}
		return choice("surface", m.surface.Name)
	case rowKappa:
		k := m.surface.Formula
		if i := strings.Index(k, "+ "); i >= 0 {
			k = strings.TrimSuffix(strings.TrimSpace(k[i+2:]), "y²)")
		}
		if selected && m.editing {
			k = m.editBuf + "▏"
		}
		return choice("κ", k)
	case rowStart:
		s := fmt.Sprintf("(%s, %s)", num.Sig(m.start.X, 3), num.Sig(m.start.Y, 3))
		if selected {
			s = ui.Selected.Render(s)
		}
		return marker + fmt.Sprintf("%-9s", "start") + s
	case rowSteps:
		if m.dataMode {
			return choice("epochs", humanInt(epochChoices[m.epochsIdx]))
		}
		return choice("steps", humanInt(stepChoices[m.stepsIdx]))
	case rowSpeed:
		s := "max"
		if sp := speedChoices[m.speedIdx]; sp > 0 {
			s = humanInt(sp) + "/s"
		}
		return choice("speed", s)
	case rowArch:
		return choice("model", archChoices[m.archIdx].Name)
	case rowBatch:
		b := batchChoices[m.batchIdx]
		if b == 0 {
			return choice("batch", "all")
		}
		return choice("batch", strconv.Itoa(b))
	case rowNoise:
		return choice("noise", num.G(noiseChoices[m.noiseIdx]))
	case rowTest:
		return choice("test", fmt.Sprintf("%d%%", int(testChoices[m.testIdx]*100+0.5)))
	case rowAdd:
		return marker + ui.Muted.Render("+ add optimizer")
	case rowParam:
		v := m.paramValue(r.run, r.param)
		if r.param.Bool {
			s := "off"
			if v != 0 {
				s = "on"
			}
			line := fmt.Sprintf("    %-13s %s", r.param.Name, s)
			if selected {
				return marker + ui.Selected.Render(ui.FitLine(line, w-2))
			}
			return marker + line
		}
		return number(r.param.Name, v)
	case rowSched:
		s := m.runs[r.run].Schedule
		if s == "" {
			s = "constant"
		}
		return marker + "    " + fmt.Sprintf("%-9s", "schedule") + pick(selected, ui.Selected.Render("‹ "+s+" ›"), "‹ "+s+" ›")
	case rowSchedParam:
		return number(r.param.Name, m.schedValue(r.run, r.param))
	case rowClip:
		s := m.runs[r.run].Clip
		if s == "" {
			s = "none"
		}
		return marker + "    " + fmt.Sprintf("%-9s", "clip") + pick(selected, ui.Selected.Render("‹ "+s+" ›"), "‹ "+s+" ›")
	case rowClipLimit:
		return number("clip limit", m.runs[r.run].ClipLimit)
	}
	// rowRun: glyph, kind, the settings that differ from the defaults, status.
	i := r.run
	rs := m.runs[i]
	glyph := m.paint(i, string(ui.RunGlyphs[i%len(ui.RunGlyphs)]))
	right := ""
	if i < len(m.statuses) {
		switch {
		case m.statuses[i] == train.Diverged && !m.dataMode && m.unbounded():
			right = ui.Warn.Render("↓−∞ " + humanInt(m.seen[i]))
		case m.statuses[i] == train.Diverged:
			right = ui.Bad.Render("✗ diverged")
		case m.statuses[i] == train.OK:
			right = ui.Good.Render("✓ " + humanInt(m.seen[i]))
		default:
			right = humanInt(m.seen[i])
		}
	}
	name := rs.Kind + " " + settings(rs)
	room := w - 2 - 2 - lipgloss.Width(right) - 1
	name = ui.FitLine(name, max(room, 1))
	if selected {
		name = ui.Selected.Render(name)
	}
	return marker + glyph + " " + name + " " + right
}

func pick(c bool, a, b string) string {
	if c {
		return a
	}
	return b
}

// humanInt writes 12000 as 12,000.
func humanInt(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return s
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
