package ui

import "charm.land/bubbles/v2/key"

// The same keys mean the same thing on every screen. Screens list the ones
// they use in their Keys(); the app handles quit, help and back itself.
var (
	KeyUp     = key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up"))
	KeyDown   = key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down"))
	KeyLeft   = key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "left"))
	KeyRight  = key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "right"))
	KeyPgUp   = key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up"))
	KeyPgDown = key.NewBinding(key.WithKeys("pgdown", "ctrl+d", "space"), key.WithHelp("pgdn", "page down"))
	KeyTop    = key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "top"))
	KeyBottom = key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "bottom"))
	KeyEnter  = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open"))
	KeyTab    = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane"))
	KeyBack   = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back"))
	KeyQuit   = key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit"))
	KeyForce  = key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))
	KeyHelp   = key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys"))
)
