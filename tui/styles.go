package tui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Colours are written once here. Bubble Tea downsamples them to what the
// terminal can show, and drops them under NO_COLOR or the Ascii profile, so
// nothing may depend on colour alone: runs also differ by glyph, the
// selection also has a "›" marker.
var (
	colAccent = lipgloss.Color("#7D56F4")
	colMuted  = lipgloss.Color("#8A8A8A")
	colGood   = lipgloss.Color("#3FB950")
	colBad    = lipgloss.Color("#F85149")
	colWarn   = lipgloss.Color("#D29922")
)

var (
	styleHeader   = lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Color("#FFFFFF")).Background(colAccent)
	styleHeaderR  = lipgloss.NewStyle().Foreground(lipgloss.Color("#E0E0E0")).Background(colAccent)
	styleHelpKey  = lipgloss.NewStyle().Bold(true)
	styleHelpDesc = lipgloss.NewStyle().Foreground(colMuted)
	styleTitle    = lipgloss.NewStyle().Bold(true)
	styleSelected = lipgloss.NewStyle().Bold(true).Foreground(colAccent)
	styleMuted    = lipgloss.NewStyle().Foreground(colMuted)
	styleGood     = lipgloss.NewStyle().Foreground(colGood)
	styleBad      = lipgloss.NewStyle().Foreground(colBad).Bold(true)
	styleWarn     = lipgloss.NewStyle().Foreground(colWarn)
	styleBox      = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(colAccent).Padding(0, 1)
)

// runColors and runGlyphs tell up to six runs apart: by colour where there is
// colour, and always by glyph.
var (
	runColors = []color.Color{
		lipgloss.Color("#58A6FF"), // blue
		lipgloss.Color("#F778BA"), // pink
		lipgloss.Color("#3FB950"), // green
		lipgloss.Color("#D29922"), // amber
		lipgloss.Color("#BC8CFF"), // violet
		lipgloss.Color("#39C5CF"), // cyan
	}
	runGlyphs = []rune{'●', '▲', '■', '◆', '★', '✚'}
)

// maxRuns is how many optimizers the lab races at once.
const maxRuns = 6
