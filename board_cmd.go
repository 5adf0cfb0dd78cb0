package main

// `descent board`: the class board, read from a class directory on this
// machine (the one `descent serve --dir` keeps).

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"descent/serve"
)

func runBoard(args []string, env *cmdEnv) int {
	flags := newFlagSet("board")
	dir := flags.String("dir", serve.DefaultDir, "the class directory, as given to descent serve --dir")
	asJSON := flags.Bool("json", false, "print the board as JSON")
	by := flags.String("sort", serve.ByProgress, "order of the rows: progress (most passed first), stuck (longest stuck first) or name")
	rest, done, code := parseArgs(flags, findCommand("board"), args, env)
	if done {
		return code
	}
	if len(rest) > 0 {
		return usageError(env, "board takes no arguments, got %q", strings.Join(rest, " "))
	}
	switch *by {
	case serve.ByProgress, serve.ByStuck, serve.ByName:
	default:
		return usageError(env, "board: --sort %q is not an order (valid: progress, stuck, name)", *by)
	}
	if _, err := os.Stat(filepath.Join(*dir, serve.ClassFile)); errors.Is(err, fs.ErrNotExist) {
		return usageError(env, "board: %s holds no class (no %s): give the --dir that descent serve uses", *dir, serve.ClassFile)
	}
	b, err := serve.ReadBoard(*dir, time.Now())
	if err != nil {
		fmt.Fprintf(env.stderr, "descent: board: %v\n", err)
		return 1
	}
	b.Sort(*by)
	if *asJSON {
		err = b.WriteJSON(env.stdout)
	} else {
		err = b.WriteText(env.stdout)
	}
	if err != nil {
		fmt.Fprintf(env.stderr, "descent: board: %v\n", err)
		return 1
	}
	return 0
}
