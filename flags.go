package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// newFlagSet returns a flag set that reports nothing itself: parseFlags turns
// its errors into descent's one-line messages.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args. It returns done=true with the exit code when the
// command should stop: 0 after --help (usage printed to stdout), 2 after bad
// input (one line on stderr).
func parseFlags(fs *flag.FlagSet, c *command, args []string, env *cmdEnv) (done bool, code int) {
	err := fs.Parse(args)
	if err == nil {
		return false, 0
	}
	if errors.Is(err, flag.ErrHelp) {
		printCommandHelp(env.stdout, c)
		fmt.Fprintln(env.stdout, "\nFlags:")
		fs.SetOutput(env.stdout)
		fs.PrintDefaults()
		return true, 0
	}
	return true, usageError(env, "%s: %s", c.name, cleanFlagError(err))
}

// cleanFlagError rewrites the flag package's wording into plain English with
// GNU-style double dashes, which is how descent's help shows flags.
func cleanFlagError(err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return fmt.Sprintf("unknown flag --%s (see --help)", strings.TrimLeft(name, "-"))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return fmt.Sprintf("flag --%s needs a value", strings.TrimLeft(name, "-"))
	}
	// invalid value "x" for flag -lr: <reason>
	if rest, ok := strings.CutPrefix(msg, "invalid value "); ok {
		if i := strings.Index(rest, " for flag -"); i >= 0 {
			value := rest[:i]
			rest = rest[i+len(" for flag -"):]
			name, reason, _ := strings.Cut(rest, ": ")
			if strings.Contains(reason, "parse error") || strings.Contains(reason, "invalid syntax") {
				reason = "not a valid value"
			}
			return fmt.Sprintf("--%s %s: %s", name, value, reason)
		}
	}
	return msg
}

// finiteFloat is a float flag that refuses NaN, ±Inf and malformed numbers.
type finiteFloat struct{ v *float64 }

func (f finiteFloat) String() string {
	if f.v == nil {
		return ""
	}
	return strconv.FormatFloat(*f.v, 'g', -1, 64)
}

func (f finiteFloat) Set(s string) error {
	v, err := parseFinite(s)
	if err != nil {
		return err
	}
	*f.v = v
	return nil
}

// parseFinite parses one finite number, with a reason a learner can act on.
func parseFinite(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		var numErr *strconv.NumError
		if errors.As(err, &numErr) && numErr.Err == strconv.ErrRange {
			return 0, errors.New("number out of range for float64")
		}
		return 0, errors.New("not a number")
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, errors.New("must be a finite number")
	}
	return v, nil
}

// floatFlag registers a finite-float flag and returns where its value lands.
func floatFlag(fs *flag.FlagSet, name string, value float64, usage string) *float64 {
	p := new(float64)
	*p = value
	fs.Var(finiteFloat{p}, name, usage)
	return p
}

// setFlags returns the names of the flags given on the command line.
func setFlags(fs *flag.FlagSet) map[string]bool {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}
