package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"strconv"
	"strings"

	"descent/core/num"
	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
	"descent/outfile"
	"descent/picture"
)

// maxTraceSteps bounds `descent trace`: a million points is about 80 MB of
// JSON, already more than any plot needs.
const maxTraceSteps = 1_000_000

// traceFuncs are the surfaces `--func` takes. The ellipse also takes --kappa.
var traceFuncs = surface.Names()

// runTrace runs one optimizer on one test surface and prints every point.
// Diverging is an answer, not an error: status "diverged", exit code 0. A
// run diverges when a value stops being finite or when the loss passes
// 1e12 × max(|start loss|, 1); one whose loss grew past 1e6 × that gets a
// warning on stderr.
func runTrace(args []string, env *cmdEnv) int {
	cmd := findCommand("trace")
	fs := newFlagSet("trace")
	funcName := fs.String("func", "", "test surface: "+strings.Join(traceFuncs, ", "))
	start := fs.String("start", "", "starting point X,Y (default: the surface's suggested start)")
	steps := fs.Int("steps", 100, fmt.Sprintf("number of optimizer steps, 0 to %d", maxTraceSteps))
	kappa := floatFlag(fs, "kappa", 10, "condition number κ of the ellipse, in [1, 1e6]")
	format := fs.String("format", "json", "output format: json or csv")
	plotFile := fs.String("plot", "", "also draw the path over the surface's contours, and the loss per step, to this .png or .svg file")
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
		if v := s.Value(from.X, from.Y); !num.Finite(v) {
			return usageError(env, "trace: --start %q: the loss there is not a finite number; start closer to the surface's window", *start)
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
	if set["plot"] {
		if *plotFile == "" {
			return usageError(env, "trace: --plot is empty; give a file name ending in .png or .svg")
		}
		if err := picture.CheckPath(*plotFile); err != nil {
			return usageError(env, "trace: --plot %v", err)
		}
		if err := outfile.Check(nil, []outfile.File{{Flag: "--plot", Path: *plotFile}}); err != nil {
			return usageError(env, "trace: %v", err)
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	tr, err := train.RunTraceWith(ctx, s, o, from, *steps, train.TraceOptions{GrowthLimit: growthLimit})
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
	switch {
	case tr.Status != train.OK:
		fmt.Fprintf(env.stderr, "descent: trace: %s\n", tr.Reason)
	case tr.Growth > growthWarning:
		fmt.Fprintf(env.stderr, "descent: trace: warning: the loss grew %s-fold (to %s from %s at the start) without becoming infinite; the run is probably diverging (try a smaller --lr)\n",
			num.G(tr.Growth), num.G(peakLoss(tr)), num.G(tr.Points[0].Loss))
	}
	if *plotFile != "" {
		if err := picture.Write(*plotFile, traceFigure(s, o, tr)); err != nil {
			fmt.Fprintf(env.stderr, "descent: trace: --plot: %v\n", err)
			return 1
		}
	}
	return 0
}

// peakLoss is the loss of largest magnitude along the trace.
func peakLoss(tr train.Trace) float64 {
	peak := 0.0
	for _, p := range tr.Points {
		if math.Abs(p.Loss) > math.Abs(peak) {
			peak = p.Loss
		}
	}
	return peak
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

// exact formats a float so that parsing it back gives the same float64: the
// JSON and CSV are data for programs, and at most 24 characters wide.
func exact(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

func writeTraceCSV(w io.Writer, tr train.Trace) {
	fmt.Fprintln(w, "step,x,y,loss")
	for _, p := range tr.Points {
		fmt.Fprintf(w, "%d,%s,%s,%s\n", p.Step, exact(p.X), exact(p.Y), exact(p.Loss))
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
			fmt.Fprintf(w, ", %q: %s", h.Name, exact(v))
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
		fmt.Fprintf(w, "\n  {\"step\": %d, \"x\": %s, \"y\": %s, \"loss\": %s}", p.Step, exact(p.X), exact(p.Y), exact(p.Loss))
	}
	fmt.Fprint(w, "\n]}\n")
}

// optimizerLabel is "adam lr=0.01, beta1=0.9, …": the optimizer and its
// resolved hyperparameters, for a picture's title and legend.
func optimizerLabel(o optim.Optimizer) string {
	var parts []string
	for _, h := range o.Hyperparameters() {
		switch v := h.Value.(type) {
		case float64:
			parts = append(parts, h.Name+"="+num.G(v))
		case bool:
			if v {
				parts = append(parts, h.Name)
			}
		}
	}
	return o.Name() + " " + strings.Join(parts, ", ")
}

// traceFigure draws the path over the surface's contours beside the loss
// per step (on a log axis when every loss is positive). The map shows the
// surface's window, widened to take in the whole path when it strays no
// further than the window's own size again.
func traceFigure(s *surface.Surface, o optim.Optimizer, tr train.Trace) picture.Figure {
	xs := make([]float64, len(tr.Points))
	ys := make([]float64, len(tr.Points))
	losses := make([]float64, len(tr.Points))
	positive := true
	for i, p := range tr.Points {
		xs[i], ys[i], losses[i] = p.X, p.Y, p.Loss
		positive = positive && p.Loss > 0
	}
	w := s.Window
	win := [4]float64{w.XMin, w.XMax, w.YMin, w.YMax}
	grown := win
	for i := range xs {
		grown[0], grown[1] = math.Min(grown[0], xs[i]), math.Max(grown[1], xs[i])
		grown[2], grown[3] = math.Min(grown[2], ys[i]), math.Max(grown[3], ys[i])
	}
	if grown[1]-grown[0] <= 2*(win[1]-win[0]) && grown[3]-grown[2] <= 2*(win[3]-win[2]) {
		padX, padY := 0.03*(grown[1]-grown[0]), 0.03*(grown[3]-grown[2])
		win = [4]float64{grown[0] - padX, grown[1] + padX, grown[2] - padY, grown[3] + padY}
	}
	var minima [][2]float64
	for _, m := range s.Minima {
		minima = append(minima, [2]float64{m.X, m.Y})
	}
	title := fmt.Sprintf("trace: %s, %s, %s, %d steps from (%s, %s)",
		s.Name, s.Formula, optimizerLabel(o), len(tr.Points)-1, num.G(tr.Points[0].X), num.G(tr.Points[0].Y))
	if tr.Status != train.OK {
		title += "\n" + tr.Reason
	}
	return picture.Figure{
		Title:   title,
		XLabel:  "step",
		YLabel:  "loss",
		LogY:    positive,
		Surface: &picture.Surface{F: s.Value, XMin: win[0], XMax: win[1], YMin: win[2], YMax: win[3], Minima: minima},
		Paths:   []picture.Path{{Name: o.Name(), X: xs, Y: ys}},
		Curves:  []picture.Curve{{Name: "loss", Y: losses}},
	}
}
