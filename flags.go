package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"descent/core/data"
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
	return true, usageError(env, "%s: %s", c.name, cleanFlagError(fs, err))
}

// cleanFlagError rewrites the flag package's wording into plain English with
// GNU-style double dashes, which is how descent's help shows flags, and
// says what a value should look like.
func cleanFlagError(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return fmt.Sprintf("unknown flag --%s (see --help)", strings.TrimLeft(name, "-"))
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return fmt.Sprintf("flag --%s needs a value", strings.TrimLeft(name, "-"))
	}
	// invalid value "x" for flag -lr: <reason>
	// invalid boolean value "x" for -shuffle: <reason>
	for _, prefix := range []string{"invalid value ", "invalid boolean value "} {
		rest, ok := strings.CutPrefix(msg, prefix)
		if !ok {
			continue
		}
		i := strings.Index(rest, " for ")
		if i < 0 {
			break
		}
		value := rest[:i]
		name, reason, _ := strings.Cut(strings.TrimPrefix(rest[i+len(" for "):], "flag "), ": ")
		name = strings.TrimLeft(name, "-")
		if reason == "parse error" || reason == "value out of range" || strings.Contains(reason, "invalid syntax") {
			reason = expected(fs.Lookup(name), value, reason == "value out of range")
		}
		return fmt.Sprintf("--%s %s: %s", name, value, reason)
	}
	return msg
}

// expected says what a flag of the standard kinds takes, for a value that
// did not parse.
func expected(f *flag.Flag, quoted string, outOfRange bool) string {
	var v any
	if f != nil {
		if g, ok := f.Value.(flag.Getter); ok {
			v = g.Get()
		}
	}
	switch v.(type) {
	case time.Duration:
		if s, err := strconv.Unquote(quoted); err == nil {
			if _, err := strconv.ParseFloat(s, 64); err == nil {
				return fmt.Sprintf(`a duration needs a unit: write "%ss" for seconds or "%sm" for minutes`, s, s)
			}
		}
		return `not a duration; give a number with a unit, like "10s" or "2m"`
	case bool:
		return "not true or false"
	case int, int64, uint, uint64:
		if outOfRange {
			return "out of range for a whole number"
		}
		return "not a whole number"
	}
	return "not a valid value"
}

// finiteFloat is a float flag that takes only finite decimal numbers.
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

// parseFinite parses one finite number, with the same syntax and the same
// reasons as a number in a CSV file (data.ParseNumber): "not a number",
// "out of range (beyond ±1.8e308, the largest float64)".
func parseFinite(s string) (float64, error) {
	v, err := data.ParseNumber(s)
	if errors.Is(err, data.ErrEmpty) {
		return 0, errors.New("needs a number")
	}
	return v, err
}

// floatFlag registers a finite-float flag and returns where its value lands.
func floatFlag(fs *flag.FlagSet, name string, value float64, usage string) *float64 {
	p := new(float64)
	*p = value
	fs.Var(finiteFloat{p}, name, usage)
	return p
}

// boundedDuration is a duration flag with a range, and a message that shows
// how to write one.
type boundedDuration struct {
	v        *time.Duration
	min, max time.Duration
}

func (d boundedDuration) String() string {
	if d.v == nil {
		return ""
	}
	return d.v.String()
}

func (d boundedDuration) Get() any { return *d.v }

func (d boundedDuration) Set(s string) error {
	v, err := time.ParseDuration(strings.TrimSpace(s))
	if err != nil {
		if _, numErr := strconv.ParseFloat(strings.TrimSpace(s), 64); numErr == nil {
			return fmt.Errorf(`a duration needs a unit: write "%ss" for seconds or "%sm" for minutes`, strings.TrimSpace(s), strings.TrimSpace(s))
		}
		return errors.New(`not a duration; give a number with a unit, like "10s" or "2m"`)
	}
	if v < d.min || v > d.max {
		return fmt.Errorf("must be between %v and %v", d.min, d.max)
	}
	*d.v = v
	return nil
}

// durationFlag registers a duration flag that takes values in [min, max]
// and explains a missing unit ("10" → write "10s").
func durationFlag(fs *flag.FlagSet, name string, value, min, max time.Duration, usage string) *time.Duration {
	p := new(time.Duration)
	*p = value
	fs.Var(boundedDuration{p, min, max}, name, fmt.Sprintf("%s (%v to %v)", usage, min, max))
	return p
}

// setFlags returns the names of the flags given on the command line.
func setFlags(fs *flag.FlagSet) map[string]bool {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	return set
}

// emptyFileFlag returns the first of the named flags that was given an
// empty value (--data ""), which is never what a learner meant.
func emptyFileFlag(fs *flag.FlagSet, set map[string]bool, names ...string) string {
	for _, name := range names {
		if set[name] && strings.TrimSpace(fs.Lookup(name).Value.String()) == "" {
			return name
		}
	}
	return ""
}
