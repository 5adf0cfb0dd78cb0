// Package chapters is the workbook's table of contents: every chapter, in
// order, with lookup by number or slug. Each chapter lives in its own
// package under this directory (chapters/NN-name), with its prose in
// chapter.md and its cells in Go beside it.
//
// All returns the chapters with their {{exercises}} line already replaced
// by the list of that chapter's exercises from the exercise catalog
// (descent/runner), so the list a learner reads cannot drift from the
// exercises that exist.
//
// How a chapter is kept honest, and where each check lives:
//
//   - chapters_test.go (this package) checks every chapter: it validates
//     (every {{cell}} line names a cell, every cell is placed once, every
//     default is in range), every cell runs with its defaults and prints the
//     same bytes twice, a canceled cell returns, every chapter with cells
//     lists at least four exercises. Run it with -v to see each cell's time,
//     and BenchmarkCells to measure them.
//   - Each chapter's own chapter_test.go has a table of booktest.Quote: each
//     number the prose quotes, with the cell whose default output prints it.
//     booktest.CheckQuotes fails when either side changes.
//   - Cells that restate a core formula by hand (chapter 3's update rules)
//     run it beside the core and print the difference.
package chapters
