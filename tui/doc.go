// Package tui is descent's workbook in the terminal, built with Bubble Tea
// v2, Bubbles v2 and Lip Gloss v2.
//
// The App (app.go) is the one Bubble Tea model. It draws a header line, the
// active screen, and a help line; it owns the keys that mean the same
// everywhere (q quits, ctrl+c always quits, esc goes back, ? shows every
// key), says when the terminal is smaller than 80×24, and follows resizes.
// The help line shows the screen's keys that fit, then always "esc back"
// and "? all keys".
//
// Everything else is a screen (screen.go), one file each:
//
//	home.go            chapters with progress, continue where you left off, the lab, the exercises
//	reader.go          a chapter rendered by chapters/render, with cells that run in place
//	exercises.go       the exercises: the verdict first (verdict.go), hint, watch, reset
//	reference_race.go  the race of the learner's optimizer against the reference one
//	labview.go         the lab, which is package lab (tui/lab): optimizers racing each other
//
// Shared looks and keys are package ui (tui/ui), which the lab uses too;
// styles.go, keys.go and layout.go give them short names here. Beside the
// screens: deps.go (what screens share: the render cache, the exercises
// directory, NO_COLOR, a clock), position.go (the "continue" file),
// export.go (the lab's pictures, through package picture).
//
// Two rules keep the UI responsive. Update never blocks: slow work (reading
// files, rendering Markdown, checking an exercise) runs in a tea.Cmd or a
// goroutine. Training writes into a bounded train.Recorder and the screen
// reads a snapshot on a tick, so a run of millions of steps costs the UI the
// same as a run of ten.
//
// Nothing depends on colour alone: runs differ by glyph and line style as
// well as colour, the selection has a › marker, and under NO_COLOR (or the
// Ascii profile the golden tests use) every screen still reads.
package tui
