package tui

import "descent/tui/ui"

// The styles, colours and glyphs every screen shares live in package ui
// (the lab, in package lab, uses them too); these are their short names
// inside this package.
var (
	styleHeader   = ui.Header
	styleHeaderR  = ui.HeaderR
	styleHelpKey  = ui.HelpKey
	styleHelpDesc = ui.HelpDesc
	styleTitle    = ui.Title
	styleSelected = ui.Selected
	styleMuted    = ui.Muted
	styleGood     = ui.Good
	styleBad      = ui.Bad
	styleWarn     = ui.Warn
	styleBox      = ui.Box

	runGlyphs = ui.RunGlyphs
	runStyle  = ui.RunStyle
)
