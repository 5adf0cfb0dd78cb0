package main

import (
	"fmt"
	"io"
	"os"

	"golang.org/x/term"

	"descent/cli"
	"descent/tui"
)

// runHome is what `descent` with no arguments does: open the workbook when
// both stdin and stdout are terminals; otherwise (a pipe, a CI log, an
// editor's task runner) say what works without one and exit 0.
func runHome(env *cmdEnv) int {
	if !isTTY(env.stdin) || !isTTY(env.stdout) {
		printNoTerminal(env.stdout)
		return 0
	}
	if err := tui.Run(tui.Options{}); err != nil {
		fmt.Fprintf(env.stderr, "descent: %v\n", err)
		return 1
	}
	return 0
}

// isTTY reports whether v is a file connected to a terminal.
func isTTY(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// printNoTerminal is the short message for a run without a terminal.
func printNoTerminal(w io.Writer) {
	fmt.Fprintf(w, `descent: the workbook needs a terminal (stdin and stdout must both be one).
Everything also works headless:
  %s %s
Run "%s" for what each does.
`, cli.Prefix(), commandNames(), cli.Line("help"))
}
