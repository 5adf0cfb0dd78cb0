package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// maxTraceSteps bounds `descent trace`: a million points is about 80 MB of
// JSON, already more than any plot needs.
const maxTraceSteps = 1_000_000

// traceFuncs are the surfaces `--func` takes. The ellipse also takes --kappa.
var traceFuncs = surface.Names()

// runTrace runs one optimizer on one test surface and prints every point.
// Diverging is an answer, not an error: status "diverged", exit code 0.
func runTrace(args []string, env *cmdEnv) int {
	cmd := findCommand("trace")
	fs := newFlagSet("trace")
	funcName := fs.String("func", "", "test surface: "+strings.Join(traceFuncs, ", "))
	start := fs.String("start", "", "starting point X,Y (default: the surface's suggested start)")
	steps := fs.Int("steps", 100, fmt.Sprintf("number of optimizer steps, 0 to %d", maxTraceSteps))
	kappa := floatFlag(fs, "kappa", 10, "condition number κ of the ellipse, in [1, 1e6]")
	format := fs.String("format", "json", "output format: json or csv")
	opt := registerOptimizerFlags(fs, "")
	if done, code := parseFlags(fs, cmd, args, env); done {
		return code
	}
	if fs.NArg() > 0 {
		return usageError(env, "trace: unexpected argument %q (all inputs are flags; see --help)", fs.Arg(0))
	}
	set := setFlags(fs)

	if *funcName == "" {
		return usageError(env, "trace: --func is required (valid: %s)", strings.Join(traceFuncs, ", "))
	}
	s, err := surface.ByName(*funcName)
	if err != nil {
		return usageError(env, "trace: --func: %v", err)
	}
	if set["kappa"] {
		if s.Name != "ellipse" {
			return usageError(env, "trace: --kappa is only used by --func ellipse")
		}
		if s, err = surface.Ellipse(*kappa); err != nil {
			return usageError(env, "trace: --kappa: %v", err)
		}
	}
	from := s.Start
	if set["start"] {
		if from, err = parsePoint(*start); err != nil {
			return usageError(env, "trace: --start %q: %v", *start, err)
		}
	}
	if *steps < 0 || *steps > maxTraceSteps {
		return usageError(env, "trace: --steps must be between 0 and %d, got %d", maxTraceSteps, *steps)
	}
	if *format != "json" && *format != "csv" {
		return usageError(env, "trace: --format must be json or csv, got %q", *format)
	}
	if *opt.kind == "" {
		return usageError(env, "trace: --opt is required (valid: %s)", strings.Join(optim.Kinds(), ", "))
	}
	o, err := opt.build(set, nil)
	if err != nil {
		return usageError(env, "trace: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	tr, err := train.RunTrace(ctx, s, o, from, *steps)
	if err != nil {
		return usageError(env, "trace: %v", err)
	}

	w := bufio.NewWriter(env.stdout)
	if *format == "csv" {
		writeTraceCSV(w, tr)
	} else {
		writeTraceJSON(w, s.Name, o, tr)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(env.stderr, "descent: trace: writing output: %v\n", err)
		return 1
	}
	if tr.Status != train.OK {
		fmt.Fprintf(env.stderr, "descent: trace: %s\n", tr.Reason)
	}
	return 0
}

// parsePoint reads "X,Y" as two finite numbers.
func parsePoint(s string) (surface.Point, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 2 {
		return surface.Point{}, fmt.Errorf("want two numbers X,Y separated by a comma")
	}
	var xy [2]float64
	for i, part := range parts {
		v, err := parseFinite(part)
		if err != nil {
			return surface.Point{}, fmt.Errorf("%s %q: %v", "xy"[i:i+1], strings.TrimSpace(part), err)
		}
		xy[i] = v
	}
	return surface.Point{X: xy[0], Y: xy[1]}, nil
}

// num formats a float so that parsing it back gives the same float64.
func num(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func writeTraceCSV(w io.Writer, tr train.Trace) {
	fmt.Fprintln(w, "step,x,y,loss")
	for _, p := range tr.Points {
		fmt.Fprintf(w, "%d,%s,%s,%s\n", p.Step, num(p.X), num(p.Y), num(p.Loss))
	}
}

// writeTraceJSON writes one object with keys in a fixed, readable order:
// func, optimizer (its kind, then every resolved hyperparameter), status,
// points. It is written by hand because encoding/json sorts map keys.
func writeTraceJSON(w io.Writer, funcName string, o optim.Optimizer, tr train.Trace) {
	fmt.Fprintf(w, "{\"func\": %q, \"optimizer\": {\"name\": %q", funcName, o.Name())
	for _, h := range o.Hyperparameters() {
		switch v := h.Value.(type) {
		case bool:
			fmt.Fprintf(w, ", %q: %t", h.Name, v)
		case float64:
			fmt.Fprintf(w, ", %q: %s", h.Name, num(v))
		case int:
			fmt.Fprintf(w, ", %q: %d", h.Name, v)
		default:
			fmt.Fprintf(w, ", %q: %q", h.Name, fmt.Sprint(v))
		}
	}
	fmt.Fprintf(w, "}, \"status\": %q", string(tr.Status))
	if tr.Reason != "" {
		fmt.Fprintf(w, ", \"reason\": %q", tr.Reason)
	}
	fmt.Fprint(w, ", \"points\": [")
	for i, p := range tr.Points {
		if i > 0 {
			fmt.Fprint(w, ",")
		}
		fmt.Fprintf(w, "\n  {\"step\": %d, \"x\": %s, \"y\": %s, \"loss\": %s}", p.Step, num(p.X), num(p.Y), num(p.Loss))
	}
	fmt.Fprint(w, "\n]}\n")
}
