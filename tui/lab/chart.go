package lab

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"descent/chapters/book"
	"descent/core/num"
	"descent/core/train"
	"descent/tui/ui"
)

// emaAlpha is the smoothing factor of the moving average the chart can
// show instead of the raw losses (e toggles it): each point is
// α·(the average so far) + (1 − α)·(this loss), bias-corrected at the
// start the way TensorBoard's smoothing is.
const emaAlpha = 0.9

// ema returns the smoothed losses of pts.
func ema(pts []train.Point) []float64 {
	out := make([]float64, len(pts))
	avg, weight := 0.0, 0.0
	for i, p := range pts {
		avg = emaAlpha*avg + (1-emaAlpha)*p.Loss
		weight = emaAlpha*weight + (1 - emaAlpha)
		out[i] = avg / weight
	}
	return out
}

// maxStep is the furthest step any run has reached.
func (m *Model) maxStep() int {
	n := 0
	for _, pts := range m.snaps {
		if k := len(pts); k > 0 {
			n = max(n, pts[k-1].Step)
		}
	}
	return n
}

// lossLines are the runs' losses as book.Lines, smoothed when asked.
func (m *Model) lossLines() []book.Line {
	lines := make([]book.Line, len(m.snaps))
	for i, pts := range m.snaps {
		l := book.Line{X: make([]float64, len(pts))}
		for k, p := range pts {
			l.X[k] = float64(p.Step)
		}
		if m.smooth {
			l.Y = ema(pts)
		} else {
			l.Y = make([]float64, len(pts))
			for k, p := range pts {
				l.Y[k] = p.Loss
			}
		}
		lines[i] = l
	}
	return lines
}

// chartScale is the scale the chart uses: auto picks log while every loss
// is above 0, and the symmetric log scale once one is not (a saddle's loss
// goes negative), so no loss is ever left out without a word.
func (m *Model) chartScale(lines []book.Line) book.Scale {
	switch m.scale {
	case scaleLinear:
		return book.Linear
	case scaleLog:
		return book.Log
	case scaleSymLog:
		return book.SymLog
	}
	for _, l := range lines {
		for _, v := range l.Y {
			if v <= 0 {
				return book.SymLog
			}
		}
	}
	return book.Log
}

func (m *Model) scaleName() string {
	return [...]string{"auto (log while every loss is above 0, else symmetric log)", "linear", "log", "symmetric log"}[m.scale]
}

// drawChart is the loss chart, exactly w × h: a line saying what is
// plotted and on which scale, then the chart.
func (m *Model) drawChart(w, h int, unit string) string {
	lines := m.lossLines()
	sc := m.chartScale(lines)
	what := "loss"
	if m.smooth {
		what = "loss, smoothed (EMA α = 0.9; e shows raw)"
	}
	head := ui.Title.Render(what) + ui.Muted.Render(fmt.Sprintf(" · %s scale (L) · by %s", sc, unit))
	p := book.Plot{Width: w, Height: h - 1, Scale: sc, XMin: 0, XMax: float64(max(m.maxStep(), 1)), Lines: lines,
		Paint: m.paint}
	if np, _ := p.Hidden(); np > 0 {
		head = ui.Title.Render(what) + ui.Warn.Render(fmt.Sprintf(" · log scale: %d losses ≤ 0 not drawn (L: symmetric log)", np))
	}
	any := false
	for i := range lines {
		any = any || p.Drawable(i)
	}
	var body string
	if !any {
		body = ui.Muted.Render("  the loss of each run appears here: space starts, n takes one step")
	} else {
		body = strings.Join(p.Rows(), "\n")
	}
	return ui.FitBlock(ui.FitLine(head, w)+"\n"+body, w, h)
}

// paint colours series i (i < 0: the axes), unless there is no colour.
func (m *Model) paint(i int, s string) string {
	if i < 0 {
		return ui.Muted.Render(s)
	}
	if m.opts.NoColor {
		return s
	}
	return ui.RunStyle(i).Render(s)
}

// unbounded is true on a surface with no minimum (the saddle).
func (m *Model) unbounded() bool { return math.IsInf(m.surface.MinValue, -1) }

// summary is the message once every run has stopped: who did best, judged
// as the task allows. On a surface with minima, the lowest final loss among
// the runs that did not diverge; on one without (the saddle), there is no
// winner, only who escaped the saddle first; on a dataset, the best test
// accuracy (or the lowest loss without a test split).
func (m *Model) summary() string {
	names := m.names()
	glyph := func(i int) string { return string(ui.RunGlyphs[i%len(ui.RunGlyphs)]) + " " + names[i] }
	diverged := 0
	for _, s := range m.statuses {
		if s == train.Diverged {
			diverged++
		}
	}
	if !m.dataMode && m.unbounded() {
		type escape struct{ run, step int }
		var escaped []escape
		f0 := m.surface.Value(m.start.X, m.start.Y)
		for i, pts := range m.snaps {
			for _, p := range pts {
				if p.Loss < f0-1 {
					escaped = append(escaped, escape{i, p.Step})
					break
				}
			}
		}
		sort.SliceStable(escaped, func(a, b int) bool { return escaped[a].step < escaped[b].step })
		if len(escaped) == 0 {
			return "finished: no minimum here, and no run got more than 1 below f(start): all stuck near the saddle"
		}
		e := escaped[0]
		s := fmt.Sprintf("finished: no minimum here (f → −∞), so no winner; first to escape (f < f(start) − 1): %s at step %d",
			glyph(e.run), e.step)
		if stuck := len(m.snaps) - len(escaped); stuck > 0 {
			s += fmt.Sprintf("; %d never did", stuck)
		}
		return s
	}
	best, bestVal := -1, math.Inf(1)
	metric := "loss"
	for i, pts := range m.snaps {
		if m.statuses[i] == train.Diverged || len(pts) == 0 {
			continue
		}
		v := pts[len(pts)-1].Loss
		if m.dataMode {
			if acc, ok := m.race.lanes[i].Metric("val_accuracy"); ok {
				v, metric = -acc, "test accuracy"
			}
		}
		if v < bestVal {
			best, bestVal = i, v
		}
	}
	s := "finished"
	switch {
	case best < 0:
		s += ": every run diverged (lower the learning rates)"
	case metric == "test accuracy":
		s += fmt.Sprintf(": best test accuracy %s by %s", num.Sig(-bestVal, 3), glyph(best))
	case m.dataMode:
		s += fmt.Sprintf(": lowest training loss %s by %s", num.G(bestVal), glyph(best))
	default:
		p := m.snaps[best][len(m.snaps[best])-1]
		s += fmt.Sprintf(": lowest loss %s by %s, %s from the nearest minimum", num.G(bestVal), glyph(best),
			num.G(m.nearestMinimum(p.X, p.Y)))
	}
	if diverged > 0 {
		s += fmt.Sprintf("; %d diverged", diverged)
	}
	return s
}

// nearestMinimum is the distance from (x, y) to the closest known minimum.
func (m *Model) nearestMinimum(x, y float64) float64 {
	d := math.Inf(1)
	for _, p := range m.surface.Minima {
		d = math.Min(d, math.Hypot(x-p.X, y-p.Y))
	}
	return d
}
