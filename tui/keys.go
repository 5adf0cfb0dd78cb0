package tui

import "charm.land/bubbles/v2/key"

// The same keys mean the same thing on every screen. Screens list the ones
// they use in Keys(); the app handles quit, help and back itself.
var (
	keyUp     = key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up"))
	keyDown   = key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down"))
	keyLeft   = key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "left"))
	keyRight  = key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "right"))
	keyPgUp   = key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "page up"))
	keyPgDown = key.NewBinding(key.WithKeys("pgdown", "ctrl+d", "space"), key.WithHelp("pgdn", "page down"))
	keyTop    = key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("g", "top"))
	keyBottom = key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("G", "bottom"))
	keyEnter  = key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open"))
	keyTab    = key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane"))
	keyBack   = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back"))
	keyQuit   = key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit"))
	keyForce  = key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))
	keyHelp   = key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "all keys"))
)
