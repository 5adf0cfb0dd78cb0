package main

import (
	"descent/cli"
	"fmt"
	"io"
	"strings"
)

const version = "0.1.0"

// A command is one headless subcommand. Each lives in its own *_cmd.go file.
type command struct {
	name    string
	args    string // synopsis after the name
	summary string // one line for `descent help`
	run     func(args []string, env *cmdEnv) int
}

// commands is the whole command line, in the order `descent help` lists it.
// It is filled in init because commands look themselves up (for --help),
// which a package-level initializer would see as a cycle.
var commands []command

func init() {
	commands = []command{
		{"trace", "--func NAME --start X,Y --opt NAME --steps N [--plot FILE.png] [flags]", "run an optimizer on a 2-D test surface; print its path as JSON or CSV", runTrace},
		{"train", "[--data FILE.csv | --dataset NAME] [--plot FILE.png] [flags]", "train a small network (Keras-like) and print its progress", runTrain},
		{"chapters", "[CHAPTER]", "list the chapters and their cells", runChapters},
		{"read", "CHAPTER [--run] [--width N] [--plain] [--style dark|light|ascii]", "print a chapter", runRead},
		{"run", "CHAPTER CELL [--param value …] [--plot FILE.png]", "run one cell of a chapter (CELL: its ID or its number)", runCell},
		{"list", "", "list the exercises and their status", runList},
		{"check", "[NAME | --all]", "check an exercise (or all) with go test", runCheck},
		{"watch", "", "re-check the current exercise each time it is saved", runWatch},
		{"hint", "NAME", "show an exercise's hint", runHint},
		{"reset", "NAME", "restore an exercise's stub (your version is kept as a backup)", runReset},
		{"solution", "NAME", "show an exercise's answer once it passes (or with --force)", runSolution},
		{"serve", "[--addr 127.0.0.1:2323] [--dir DIR] [--learners FILE | --open] [--instructors FILE] [--host-key FILE] [--max-sessions N] [--workers N]", "run a workshop over SSH: attendees ssh in to the workbook", runServe},
		{"board", "[--dir DIR] [--json] [--sort progress|stuck|name]", "show a workshop's class board (from descent serve's --dir)", runBoard},
	}
}

func findCommand(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

func commandNames() string {
	names := make([]string, len(commands))
	for i, c := range commands {
		names[i] = c.name
	}
	return strings.Join(names, ", ")
}

func printUsage(w io.Writer) {
	// The commands as the learner types them here: `go run .` from a
	// clone, `descent` once installed.
	p := cli.Prefix()
	width := len(p) + len(" COMMAND [flags]")
	fmt.Fprintf(w, `descent: a terminal workbook on loss functions and the optimizers that minimize them.

Usage:
  %-*s open the workbook (needs a terminal)
  %-*s do one thing headless

Commands:
`, width, p, width, p+" COMMAND [flags]")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nRun \"%s\" or \"%s\" for a command's flags.\n", cli.Line("help COMMAND"), cli.Line("COMMAND --help"))
	fmt.Fprint(w, `
Exit codes: 0 done; 1 failed (a failing exercise or cell, a file that could
not be written); 2 bad input (nothing was done, no file changed); 3 the
training run or the cell diverged; 130 interrupted.
`)
}

func printCommandHelp(w io.Writer, c *command) {
	fmt.Fprintf(w, "Usage: %s %s\n\n%s\n", cli.Line(c.name), c.args, c.summary)
}

// usageError prints one line to stderr and returns exit code 2, the code for
// bad input everywhere in descent.
func usageError(env *cmdEnv, format string, a ...any) int {
	fmt.Fprintf(env.stderr, "descent: "+format+"\n", a...)
	return 2
}
