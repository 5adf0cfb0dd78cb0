// Package book defines what a chapter is made of: Markdown prose and cells,
// small Go functions whose output appears under them as in a notebook.
//
// A chapter's prose marks where each cell goes with a line of its own:
//
//	{{cell gd-stability}}
//
// A cell's Source is read from the chapter's real source file (embedded in
// the binary), so the code a learner reads is the code that ran. Cells take
// named Params with defaults and ranges, which the TUI offers as knobs and
// `descent run` takes as flags, and run deterministically from a seed.
//
// This package also has the small output helpers cells share: tables and
// ASCII curves that survive NaN and ±Inf.
//
// Running cells: RunCell and RunDefault run one into a Capture and return
// its output as a string (text, then the last frame), turning a panic into
// an error. Outputs may contain ANSI colour codes (Curves colours each of
// several series); StripANSI removes them for plain text, which the
// renderer and the headless commands do. An {{exercises}} line in the prose
// is replaced by ExpandExercises (package chapters does it at load).
//
// Package booktest has the shared test helper that checks every number the
// prose quotes against a cell's output.
package book
