package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// FitLine cuts or pads s (which may hold ANSI styling) to exactly w cells.
func FitLine(s string, w int) string {
	if w <= 0 {
		return ""
	}
	n := lipgloss.Width(s)
	if n > w {
		s = ansi.Truncate(s, w, "…")
		n = lipgloss.Width(s)
	}
	if n < w {
		s += strings.Repeat(" ", w-n)
	}
	return s
}

// FitBlock cuts or pads text to exactly h lines of exactly w cells, the
// contract every screen's View keeps.
func FitBlock(text string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	var b strings.Builder
	b.Grow((w + 1) * h)
	for i := 0; i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(lines) {
			b.WriteString(FitLine(lines[i], w))
		} else {
			b.WriteString(strings.Repeat(" ", w))
		}
	}
	return b.String()
}

// Clamp keeps v in [lo, hi].
func Clamp(v, lo, hi int) int {
	if hi < lo {
		return lo
	}
	return max(lo, min(v, hi))
}

// Compact drops blank lines (after the first) until lines fits in h.
func Compact(lines []string, h int) []string {
	out := make([]string, 0, len(lines))
	extra := len(lines) - h
	for i, l := range lines {
		if extra > 0 && i > 0 && strings.TrimSpace(l) == "" {
			extra--
			continue
		}
		out = append(out, l)
	}
	return out
}
