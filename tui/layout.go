package tui

import "descent/tui/ui"

// Layout helpers live in package ui; short names here.
var (
	fitLine  = ui.FitLine
	fitBlock = ui.FitBlock
	clamp    = ui.Clamp
	compact  = ui.Compact
)
