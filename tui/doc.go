// Package tui is descent's workbook in the terminal, built with Bubble Tea
// v2, Bubbles v2 and Lip Gloss v2.
//
// The App (app.go) is the one Bubble Tea model. It draws a header line, the
// active screen, and a help line; it owns the keys that mean the same
// everywhere (q quits, ctrl+c always quits, esc goes back, ? shows every
// key), says when the terminal is smaller than 80×24, and follows resizes.
//
// Everything else is a screen (screen.go), one file each:
//
//	home.go       chapters with progress, continue where you left off, the lab, the exercises
//	reader.go     a chapter rendered with Glamour, with cells that run in place
//	lab.go        up to six optimizers racing on a 2-D surface, live
//	exercises.go  the exercises: status, last result, hint, watch mode
//
// Shared things live beside them: styles.go (every colour), keys.go (every
// shared key), deps.go (what screens share: the render cache, the exercises
// directory, NO_COLOR, a clock), position.go (the "continue" file).
//
// Two rules keep the UI responsive. Update never blocks: slow work (reading
// files, rendering Markdown, checking an exercise) runs in a tea.Cmd or a
// goroutine. Training writes into a bounded train.Recorder and the screen
// reads a snapshot on a tick (lab_race.go), so a run of millions of steps
// costs the UI the same as a run of ten.
//
// Nothing depends on colour alone: runs differ by glyph as well as colour,
// the selection has a › marker, and under NO_COLOR (or the Ascii profile the
// golden tests use) every screen still reads.
package tui
