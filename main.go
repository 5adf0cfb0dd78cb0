// Command descent is a terminal workbook that teaches loss functions and the
// optimizers that minimize them.
//
// With no arguments it opens the workbook; with a subcommand it does one
// thing headless (see `descent help`).
package main

import (
	"io"
	"os"
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
// 0 success, 1 a failure the user asked about (a failing exercise), 2 bad input.
func run(args []string, env *cmdEnv) int {
	if len(args) == 0 {
		return runHome(env)
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 {
			if c := findCommand(args[1]); c != nil {
				printCommandHelp(env.stdout, c)
				return 0
			}
		}
		printUsage(env.stdout)
		return 0
	case "version", "--version":
		io.WriteString(env.stdout, "descent "+version+"\n")
		return 0
	}
	c := findCommand(args[0])
	if c == nil {
		return usageError(env, "unknown command %q (valid: %s); see `descent help`", args[0], commandNames())
	}
	return c.run(args[1:], env)
}
