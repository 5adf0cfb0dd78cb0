// Command descent is a terminal workbook that teaches loss functions and the
// optimizers that minimize them.
//
// With no arguments it opens the workbook; with a subcommand it does one
// thing headless (see `descent help`).
package main

import (
	"descent/cli"
	"io"
	"os"
	"strings"
)

func main() {
	os.Exit(run(os.Args[1:], &cmdEnv{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}))
}

// cmdEnv is what a command may touch: tests pass buffers instead of the
// process's own streams.
type cmdEnv struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// run dispatches to a subcommand and returns the process exit code:
// 0 success, 1 a failure the user asked about (a failing exercise, a cell
// that failed, an output that could not be written), 2 bad input (nothing
// was done and no file changed), 3 a training run or a cell that diverged,
// 130 interrupted.
func run(args []string, env *cmdEnv) int {
	if len(args) == 0 {
		return runHome(env)
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		switch {
		case len(args) > 2:
			return usageError(env, "help: takes one command, got %d (%s)", len(args)-1, strings.Join(args[1:], " "))
		case len(args) == 2:
			c := findCommand(args[1])
			if c == nil {
				return usageError(env, "help: unknown command %q (valid: %s)", args[1], commandNames())
			}
			// The command's own --help lists its flags too.
			return c.run([]string{"--help"}, env)
		}
		printUsage(env.stdout)
		return 0
	case "version", "--version":
		io.WriteString(env.stdout, "descent "+version+"\n")
		return 0
	}
	c := findCommand(args[0])
	if c == nil {
		return usageError(env, "unknown command %q (valid: %s); see `%s`", args[0], commandNames(), cli.Line("help"))
	}
	return c.run(args[1:], env)
}
