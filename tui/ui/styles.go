package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"

	"descent/chapters/book"
)

// Colours are written once here. Bubble Tea downsamples them to what the
// terminal can show, and drops them under NO_COLOR or the Ascii profile.
var (
	ColAccent = lipgloss.Color("#7D56F4")
	ColMuted  = lipgloss.Color("#8A8A8A")
	ColGood   = lipgloss.Color("#3FB950")
	ColBad    = lipgloss.Color("#F85149")
	ColWarn   = lipgloss.Color("#D29922")
)

// The shared styles.
var (
	Header   = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#FFFFFF")).Background(ColAccent)
	HeaderR  = lipgloss.NewStyle().Foreground(lipgloss.Color("#E0E0E0")).Background(ColAccent)
	HelpKey  = lipgloss.NewStyle().Bold(true)
	HelpDesc = lipgloss.NewStyle().Foreground(ColMuted)
	Title    = lipgloss.NewStyle().Bold(true)
	Selected = lipgloss.NewStyle().Bold(true).Foreground(ColAccent)
	Muted    = lipgloss.NewStyle().Foreground(ColMuted)
	Good     = lipgloss.NewStyle().Foreground(ColGood)
	Bad      = lipgloss.NewStyle().Foreground(ColBad).Bold(true)
	Warn     = lipgloss.NewStyle().Foreground(ColWarn)
	Box      = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(ColAccent).Padding(0, 1)
)

// RunColors and RunGlyphs tell up to six runs apart: by colour where there
// is colour, and always by glyph (the same markers book's charts draw).
var (
	RunColors = []color.Color{
		lipgloss.Color("#58A6FF"), // blue
		lipgloss.Color("#F778BA"), // pink
		lipgloss.Color("#3FB950"), // green
		lipgloss.Color("#D29922"), // amber
		lipgloss.Color("#BC8CFF"), // violet
		lipgloss.Color("#39C5CF"), // cyan
	}
	RunGlyphs = book.Markers
)

// MaxRuns is how many optimizers the lab races at once.
const MaxRuns = 6

// RunStyle is run i's colour.
func RunStyle(i int) lipgloss.Style {
	return lipgloss.NewStyle().Foreground(RunColors[i%len(RunColors)])
}
