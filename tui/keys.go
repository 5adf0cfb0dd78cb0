package tui

import "descent/tui/ui"

// The keys every screen shares are in package ui; these are their short
// names inside this package.
var (
	keyUp     = ui.KeyUp
	keyDown   = ui.KeyDown
	keyLeft   = ui.KeyLeft
	keyRight  = ui.KeyRight
	keyPgUp   = ui.KeyPgUp
	keyPgDown = ui.KeyPgDown
	keyTop    = ui.KeyTop
	keyBottom = ui.KeyBottom
	keyEnter  = ui.KeyEnter
	keyTab    = ui.KeyTab
	keyBack   = ui.KeyBack
	keyQuit   = ui.KeyQuit
	keyForce  = ui.KeyForce
	keyHelp   = ui.KeyHelp
)
