package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// A screen is one full-window view; the app routes messages to the active one.
//
// The app draws a header line above the screen and a help line below it, so
// a screen's size is the window minus those two lines.
type screen interface {
	Init() tea.Cmd
	Update(msg tea.Msg) (screen, tea.Cmd)
	View() string // exactly width × height cells, no more
	SetSize(width, height int)
	Title() string       // for the header line
	Keys() []key.Binding // for the help line and the `?` full key map
}

// navigateMsg asks the app to switch screens; screens return it from a
// tea.Cmd (see navigate).
type navigateMsg struct {
	to   screenID
	arg  string // chapter slug or exercise name
	race bool   // exercises: open the race of arg against the reference
}

// screenID names a screen the app can show.
type screenID int

const (
	homeScreen screenID = iota
	readerScreen
	labScreen
	exercisesScreen
)

// navigate returns a command that asks the app to show screen to with arg.
func navigate(to screenID, arg string) tea.Cmd {
	return func() tea.Msg { return navigateMsg{to: to, arg: arg} }
}

// navigateRace returns a command that opens the exercises screen on the
// named exercise with its race against the reference running.
func navigateRace(exercise string) tea.Cmd {
	return func() tea.Msg { return navigateMsg{to: exercisesScreen, arg: exercise, race: true} }
}

// backMsg asks the app to return to home (what Esc does on a screen that has
// nothing of its own to close). Screens return it from a tea.Cmd (see back).
type backMsg struct{}

// back returns a command that asks the app to go back to home.
func back() tea.Cmd { return func() tea.Msg { return backMsg{} } }

// Constructors the app calls (the reader and exercises screens live in
// reader.go and exercises.go):
//
//	newReader(deps *deps, chapterSlug string) screen
//	newExercises(deps *deps, exerciseName string) screen
//	newHome(deps *deps) screen
//	newLab(deps *deps) screen

// Optional interfaces a screen may implement.
type (
	// capturer: while Capturing() is true (a text field is being edited, a
	// confirmation is open, a sub-view is showing) the app sends the screen
	// every key except ctrl+c, including q, ?, and esc.
	capturer interface{ Capturing() bool }
	// closer: the app calls Close when it leaves the screen or quits, so the
	// screen can stop its goroutines and subprocesses.
	closer interface{ Close() }
)
