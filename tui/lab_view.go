package tui

// The lab's View: the settings panel on the left, the pictures on the right.
// It draws only what read() copied from the race, never the race itself.

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"

	"descent/core/data"
	"descent/core/optim"
	"descent/core/train"
)

// View draws the panel, a separator and the pictures, exactly width × height.
func (l *lab) View() string {
	if l.width <= 0 || l.height <= 0 {
		return ""
	}
	pw := 34
	if l.width >= 130 {
		pw = 42
	}
	rw := l.width - pw - 1
	panel := strings.Split(fitBlock(l.panel(pw, l.height), pw, l.height), "\n")
	right := strings.Split(l.pictures(rw, l.height), "\n")
	sep := styleMuted.Render("│")
	var b strings.Builder
	for i := range l.height {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(panel[i])
		b.WriteString(sep)
		b.WriteString(right[i])
	}
	return b.String()
}

// modeNote is the message when the surface or dataset changes.
func (l *lab) modeNote() string {
	if !l.dataMode {
		return l.surface.Note
	}
	name := data.Names()[l.dataIdx]
	for _, g := range data.Generators() {
		if g.Name == name {
			return name + ": " + g.Description
		}
	}
	return name
}

// maxStep is the furthest step any run has reached.
func (l *lab) maxStep() int {
	m := 0
	for _, pts := range l.snaps {
		if n := len(pts); n > 0 {
			m = max(m, pts[n-1].Step)
		}
	}
	return m
}

// scaleNote names the chart's y scale.
func (l *lab) scaleNote(unit string) string {
	scale := "linear"
	if l.logScale {
		scale = "log"
	}
	return styleTitle.Render("loss") + styleMuted.Render(fmt.Sprintf(" (%s scale, L toggles) by %s", scale, unit))
}

// dataPictures is dataset mode's right side: the task, then the chart.
func (l *lab) dataPictures(w, h int) string {
	t := taskFor(data.Names()[l.dataIdx])
	inputs := datasetInputs(t.Dataset)
	var b strings.Builder
	b.WriteString(fitLine(styleTitle.Render(t.Dataset)+styleMuted.Render(" · "+t.describe(inputs)+fmt.Sprintf(" · batch %d", fitBatch)), w) + "\n")
	b.WriteString(fitLine(styleMuted.Render(l.modeNote()), w) + "\n")
	b.WriteString(fitLine(l.legend(), w) + "\n")
	b.WriteString(fitLine(l.scaleNote("batch"), w) + "\n")
	b.WriteString(drawLoss(l.snaps, l.maxStep(), w, h-4, l.logScale, l.deps.NoColor, l.seriesBuf))
	return fitBlock(b.String(), w, h)
}

// pictures is the map over the chart, exactly w × h.
func (l *lab) pictures(w, h int) string {
	if l.dataMode {
		return l.dataPictures(w, h)
	}
	mapH := max(4, (h-3)*2/5)
	chartH := h - mapH - 3
	if l.contour == nil || l.contour.name != l.surface.Name || l.contour.width != w || l.contour.height != mapH {
		l.contour = newContour(l.surface, w, mapH)
	}
	var b strings.Builder
	title := styleTitle.Render(l.surface.Formula)
	legend := styleMuted.Render("  X minimum")
	b.WriteString(fitLine(title+legend, w) + "\n")
	b.WriteString(drawMap(l.contour, l.surface, l.snaps, l.deps.NoColor, l.marks) + "\n")
	b.WriteString(fitLine(l.legend(), w) + "\n")
	b.WriteString(fitLine(l.scaleNote("step"), w) + "\n")
	b.WriteString(drawLoss(l.snaps, l.maxStep(), w, chartH, l.logScale, l.deps.NoColor, l.seriesBuf))
	return fitBlock(b.String(), w, h)
}

// legend names each run with its glyph and latest loss.
func (l *lab) legend() string {
	var parts []string
	for i, r := range l.runs {
		s := runStyle(i).Bold(true).Render(string(runGlyphs[i])) + " " + r.Kind
		if i < len(l.snaps) && len(l.snaps[i]) > 0 {
			s += " " + compactFloat(l.snaps[i][len(l.snaps[i])-1].Loss)
			if i < len(l.accuracy) && l.accuracy[i] != "" {
				s += " " + l.accuracy[i]
			}
			if l.statuses[i] == train.Diverged {
				s += styleBad.Render(" ✗")
			}
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, "  ")
}

// panel draws the settings, the runs and the message.
func (l *lab) panel(w, h int) string {
	var lines []string
	rows := l.rows()
	l.cursor = clamp(l.cursor, 0, len(rows)-1)
	for i, row := range rows {
		if row.kind == rowRun && row.run == 0 {
			lines = append(lines, "", styleMuted.Render(fmt.Sprintf("OPTIMIZERS %d/%d", len(l.runs), maxRuns)))
		}
		lines = append(lines, l.rowLine(row, i == l.cursor, w))
	}
	lines = append(lines, "", l.status(w))
	// The message and the doc of the row under the cursor, at the bottom.
	foot := l.footer(rows[l.cursor], w)
	room := h - len(foot)
	if len(lines) > room {
		lines = compact(lines, room)
		if len(lines) > room { // keep the cursor's row on screen
			start := clamp(l.cursor+3-room/2, 0, len(lines)-room)
			lines = lines[start : start+room]
		}
	}
	for len(lines) < room {
		lines = append(lines, "")
	}
	return strings.Join(append(lines, foot...), "\n")
}

// status is one line saying whether the race runs.
func (l *lab) status(w int) string {
	switch {
	case l.race == nil:
		return styleMuted.Render("● ready")
	case l.race.Done():
		return styleGood.Render("■ finished")
	case l.paused:
		return styleWarn.Render("‖ paused")
	}
	return styleGood.Render("▶ running")
}

func (l *lab) footer(row labRow, w int) []string {
	var text string
	bad := l.msgBad
	switch {
	case l.editing:
		text = fmt.Sprintf("%s %s: %s▏", row.param.Name, row.param.RangeString(), l.editBuf)
		bad = false
	case bad: // an error or a divergence outranks the row's doc
		text = l.msg
	case row.kind == rowParam:
		text = row.param.Doc + " " + row.param.RangeString()
	case (row.kind == rowRun) && row.run < len(l.reasons) && l.reasons[row.run] != "":
		text, bad = l.reasons[row.run], true
	default:
		text = l.msg
	}
	lines := strings.Split(lipgloss.NewStyle().Width(w).Render(text), "\n")
	if len(lines) > 4 {
		lines = lines[:4]
	}
	for i := range lines {
		if bad {
			lines[i] = styleBad.Render(lines[i])
		} else {
			lines[i] = styleMuted.Render(lines[i])
		}
	}
	return lines
}

// rowLine draws one panel row.
func (l *lab) rowLine(row labRow, selected bool, w int) string {
	marker := "  "
	if selected {
		marker = styleSelected.Render("› ")
	}
	choice := func(label, value string) string {
		v := "‹ " + value + " ›"
		if selected {
			v = styleSelected.Render(v)
		}
		return marker + fmt.Sprintf("%-9s", label) + v
	}
	switch row.kind {
	case rowMode:
		if l.dataMode {
			return choice("train", "a network")
		}
		return choice("train", "on a surface")
	case rowSurface:
		if l.dataMode {
			return choice("dataset", data.Names()[l.dataIdx])
		}
		return choice("surface", l.surface.Name)
	case rowSteps:
		if l.dataMode {
			return choice("epochs", humanInt(epochChoices[l.epochsIdx]))
		}
		return choice("steps", humanInt(stepChoices[l.stepsIdx]))
	case rowSpeed:
		s := "max"
		if sp := speedChoices[l.speedIdx]; sp > 0 {
			s = humanInt(sp) + "/s"
		}
		return choice("speed", s)
	case rowAdd:
		return marker + styleMuted.Render("+ add optimizer")
	case rowParam:
		v := compactFloat(l.paramValue(row.run, row.param))
		if row.param.Bool {
			v = "off"
			if l.paramValue(row.run, row.param) != 0 {
				v = "on"
			}
		}
		if selected && l.editing {
			v = l.editBuf + "▏"
		}
		line := fmt.Sprintf("    %-14s %s", row.param.Name, v)
		if selected {
			return marker + styleSelected.Render(fitLine(line, w-2))
		}
		return marker + line
	}
	// rowRun: glyph, kind, the settings that differ from the defaults, status.
	i := row.run
	r := l.runs[i]
	glyph := runStyle(i).Bold(true).Render(string(runGlyphs[i]))
	right := ""
	if i < len(l.statuses) {
		switch l.statuses[i] {
		case train.Diverged:
			right = styleBad.Render("✗ diverged")
		case train.OK:
			right = styleGood.Render("✓ " + humanInt(l.seen[i]))
		default:
			right = humanInt(l.seen[i])
		}
	}
	name := r.Kind + " " + runSettings(r)
	room := w - 2 - 2 - lipgloss.Width(right) - 1
	name = fitLine(name, max(room, 1))
	if selected {
		name = styleSelected.Render(name)
	}
	return marker + glyph + " " + name + " " + right
}

// runSettings lists a run's hyperparameters that differ from the defaults,
// always with lr first.
func runSettings(r labRunSpec) string {
	specs, _ := optim.Params(r.Kind)
	var parts []string
	for _, p := range specs {
		v, ok := r.Values[p.Name]
		if !ok {
			v = p.Default
		}
		if p.Name == "lr" || (ok && v != p.Default) {
			short := p.Name
			if short == "momentum" {
				short = "mom"
			}
			parts = append(parts, short+" "+compactFloat(v))
		}
	}
	return strings.Join(parts, " ")
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
