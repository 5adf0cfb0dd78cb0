package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type referenceRun struct {
	Name   string         `json:"name"`
	Func   string         `json:"func"`
	Start  [2]float64     `json:"start"`
	Opt    map[string]any `json:"opt"`
	Steps  int            `json:"steps"`
	Points [][3]float64   `json:"points"`
}

type tracePoint struct {
	Step       int
	X, Y, Loss float64
}

type traceOutput struct {
	Func      string         `json:"func"`
	Optimizer map[string]any `json:"optimizer"`
	Status    string         `json:"status"`
	Points    []tracePoint   `json:"points"`
}

// traceArgs turns a reference case into the command line a user would type.
// TensorFlow.js's "momentum" optimizer is SGD with momentum (dampening 0).
func traceArgs(r referenceRun) []string {
	args := []string{"trace", "--func", r.Func, "--start", fmt.Sprintf("%v,%v", r.Start[0], r.Start[1]), "--steps", fmt.Sprint(r.Steps)}
	kind := r.Opt["kind"].(string)
	if kind == "momentum" {
		kind = "sgd"
	}
	args = append(args, "--opt", kind)
	for k, v := range r.Opt {
		switch k {
		case "kind":
		case "nesterov":
			if v.(bool) {
				args = append(args, "--nesterov")
			}
		default:
			args = append(args, "--"+strings.ReplaceAll(k, "_", "-"), fmt.Sprint(v))
		}
	}
	return args
}

// Every reference trajectory from TensorFlow.js, run through the real
// command line, point by point: |got − want| ≤ 1e-4·(1 + |want|).
func TestTraceMatchesReferenceTrajectories(t *testing.T) {
	raw, err := os.ReadFile("testdata/reference/trajectories.json")
	if err != nil {
		t.Fatal(err)
	}
	var runs []referenceRun
	if err := json.Unmarshal(raw, &runs); err != nil {
		t.Fatal(err)
	}
	if len(runs) < 8 {
		t.Fatalf("only %d reference runs loaded", len(runs))
	}
	for _, r := range runs {
		t.Run(r.Name, func(t *testing.T) {
			args := traceArgs(r)
			stdout, stderr, code := descent(t, args...)
			if code != 0 {
				t.Fatalf("descent %s: exit %d: %s", strings.Join(args, " "), code, stderr)
			}
			var got traceOutput
			if err := json.Unmarshal([]byte(stdout), &got); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			want := r.Points
			// TensorFlow.js keeps stepping into ±Inf; we stop at the last
			// finite point, so compare the finite prefix and check the status.
			finite := len(want)
			for i, p := range want {
				if !isFinite(p[0]) || !isFinite(p[1]) || !isFinite(p[2]) {
					finite = i
					break
				}
			}
			if finite < len(want) {
				if got.Status != "diverged" || !strings.Contains(stderr, "diverged") {
					t.Errorf("reference diverges at step %d, but status is %q", finite, got.Status)
				}
			} else if got.Status != "ok" {
				t.Errorf("status %q, want ok (stderr %q)", got.Status, stderr)
			}
			if len(got.Points) < finite {
				t.Fatalf("%d points, want at least the %d finite reference points", len(got.Points), finite)
			}
			for i := 0; i < finite; i++ {
				g := got.Points[i]
				if g.Step != i {
					t.Fatalf("point %d has step %d", i, g.Step)
				}
				for j, pair := range [][2]float64{{g.X, want[i][0]}, {g.Y, want[i][1]}, {g.Loss, want[i][2]}} {
					if math.Abs(pair[0]-pair[1]) > 1e-4*(1+math.Abs(pair[1])) {
						t.Fatalf("step %d %s = %.9g, TensorFlow.js has %.9g", i, []string{"x", "y", "loss"}[j], pair[0], pair[1])
					}
				}
			}
		})
	}
}

func isFinite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func TestTraceJSONShape(t *testing.T) {
	stdout, stderr, code := runInProcess("trace", "--func", "rosenbrock", "--start", "-1.2,1", "--opt", "adam", "--steps", "5", "--lr", "0.01")
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var got traceOutput
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Func != "rosenbrock" || got.Status != "ok" || len(got.Points) != 6 || got.Points[0].X != -1.2 {
		t.Errorf("unexpected output: %+v", got)
	}
	// Every resolved hyperparameter is reported, defaults included.
	for _, k := range []string{"name", "lr", "beta1", "beta2", "eps"} {
		if _, ok := got.Optimizer[k]; !ok {
			t.Errorf("optimizer object lacks %q: %v", k, got.Optimizer)
		}
	}
	if got.Optimizer["lr"] != 0.01 || got.Optimizer["beta1"] != 0.9 {
		t.Errorf("hyperparameters not resolved: %v", got.Optimizer)
	}
}

func TestTraceCSV(t *testing.T) {
	stdout, _, code := runInProcess("trace", "--func", "quadratic", "--opt", "sgd", "--lr", "0.4", "--steps", "2", "--format", "csv")
	want := "step,x,y,loss\n0,-5,-2,10.5\n1,-4.6,1.2000000000000002,4.996\n"
	if code != 0 || !strings.HasPrefix(stdout, want) || strings.Count(stdout, "\n") != 4 {
		t.Errorf("exit %d, csv:\n%s", code, stdout)
	}
}

// Diverging is an answer: exit 0, status diverged, points end at the last
// finite one, and one line on stderr says what happened.
func TestTraceDivergenceIsAnAnswer(t *testing.T) {
	stdout, stderr, code := descent(t, "trace", "--func", "quadratic", "--opt", "sgd", "--lr", "0.6", "--steps", "5000")
	if code != 0 {
		t.Fatalf("exit %d, want 0", code)
	}
	var got traceOutput
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if got.Status != "diverged" || len(got.Points) >= 5001 {
		t.Errorf("status %q with %d points", got.Status, len(got.Points))
	}
	if lines := strings.Split(strings.TrimSpace(stderr), "\n"); len(lines) != 1 || !strings.Contains(stderr, "diverged at step") {
		t.Errorf("want one line explaining the divergence, got %q", stderr)
	}
}

// Each bad input of issue 2, point 6: exit code 2 and one clear line.
func TestTraceBadInput(t *testing.T) {
	base := []string{"trace", "--func", "beale", "--opt", "adam", "--steps", "10"}
	with := func(extra ...string) []string { return append(append([]string{}, base...), extra...) }
	cases := []struct {
		name string
		args []string
		want []string // all must appear in the message
	}{
		{"unknown function", []string{"trace", "--func", "banana", "--opt", "sgd"}, []string{`unknown function "banana"`, "quadratic, rosenbrock, beale, himmelblau, saddle"}},
		{"missing function", []string{"trace", "--opt", "sgd"}, []string{"--func is required", "rosenbrock"}},
		{"unknown optimizer", []string{"trace", "--func", "beale", "--opt", "lbfgs"}, []string{`unknown optimizer "lbfgs"`, "sgd, adagrad, rmsprop, adadelta, adam, amsgrad, adamw, adamax, nadam"}},
		{"missing optimizer", []string{"trace", "--func", "beale"}, []string{"--opt is required", "adamw"}},
		{"malformed number", with("--lr", "0.0.1"), []string{"--lr", "not a number"}},
		{"NaN", with("--lr", "NaN"), []string{"--lr", "finite"}},
		{"Inf", with("--beta2", "+Inf"), []string{"--beta2", "finite"}},
		{"start one number", with("--start", "1"), []string{"--start", "two numbers"}},
		{"start three numbers", with("--start", "1,2,3"), []string{"--start", "two numbers"}},
		{"start not a number", with("--start", "1,y"), []string{"--start", `"y"`, "not a number"}},
		{"start infinite", with("--start", "1,Inf"), []string{"--start", "finite"}},
		{"lr zero", with("--lr", "0"), []string{"lr must be in (0, ∞)", "got 0"}},
		{"lr negative", with("--lr", "-0.1"), []string{"lr must be in (0, ∞)", "got -0.1"}},
		{"beta1 one", with("--beta1", "1"), []string{"beta1 must be in [0, 1)", "got 1"}},
		{"beta2 negative", with("--beta2", "-0.5"), []string{"beta2 must be in [0, 1)"}},
		{"eps negative", with("--eps", "-1e-8"), []string{"eps must be in [0, ∞)"}},
		{"rho one", []string{"trace", "--func", "beale", "--opt", "rmsprop", "--rho", "1"}, []string{"rho must be in [0, 1)"}},
		{"rho negative", []string{"trace", "--func", "beale", "--opt", "adadelta", "--rho", "-0.1"}, []string{"rho must be in [0, 1)"}},
		{"negative steps", with("--steps", "-1"), []string{"--steps must be between 0 and 1000000", "got -1"}},
		{"absurd steps", with("--steps", "1000000000"), []string{"--steps must be between 0 and 1000000"}},
		{"steps not a number", with("--steps", "ten"), []string{`--steps "ten": not a whole number`}},
		{"flag not used by optimizer", with("--momentum", "0.9"), []string{"--momentum is not used by adam", "--beta1"}},
		{"switch not used by optimizer", with("--nesterov"), []string{"--nesterov is not used by adam"}},
		{"centered on adam", with("--centered"), []string{"--centered is not used by adam"}},
		{"initial accumulator on sgd", []string{"trace", "--func", "beale", "--opt", "sgd", "--initial-accumulator", "0.1"}, []string{"--initial-accumulator is not used by sgd"}},
		{"nesterov without momentum", []string{"trace", "--func", "beale", "--opt", "sgd", "--nesterov"}, []string{"nesterov needs momentum > 0"}},
		{"unknown flag", with("--learning-rate", "0.1"), []string{"unknown flag --learning-rate"}},
		{"bad format", with("--format", "xml"), []string{"--format must be json or csv"}},
		{"kappa without ellipse", with("--kappa", "5"), []string{"--kappa is only used by --func ellipse"}},
		{"stray argument", with("extra"), []string{`unexpected argument "extra"`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := runInProcess(c.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", code, stderr)
			}
			if stdout != "" {
				t.Errorf("bad input should print nothing on stdout, got %q", stdout)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "descent: trace: ") {
				t.Errorf("want exactly one line starting \"descent: trace: \", got %q", stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("message %q lacks %q", strings.TrimSpace(stderr), w)
				}
			}
		})
	}
}

// The real binary: a bad input exits 2 with no stack trace.
func TestTraceBadInputFromOutside(t *testing.T) {
	_, stderr, code := descent(t, "trace", "--func", "beale", "--opt", "adam", "--beta1", "1.5")
	if code != 2 || strings.Contains(stderr, "goroutine") || !strings.Contains(stderr, "beta1") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestTraceHelp(t *testing.T) {
	stdout, _, code := runInProcess("trace", "--help")
	if code != 0 || !strings.Contains(stdout, "-initial-accumulator") || !strings.Contains(stdout, "-nesterov") {
		t.Errorf("exit %d, help:\n%s", code, stdout)
	}
}

// The cases of issue 13 for trace: honest reasons, warnings, one wording
// for out-of-range numbers.
func TestTraceIssueCases(t *testing.T) {
	quad := []string{"trace", "--func", "quadratic", "--opt", "sgd", "--steps", "50"}
	cases := []struct {
		name   string
		args   []string
		status string
		stderr string // the whole of stderr
	}{
		{"the README's example converges", append(quad, "--lr", "0.4"), "ok", ""},
		{"a million-fold growth warns", append(quad, "--lr", "0.55"), "ok",
			"descent: trace: warning: the loss grew 6.31e+07-fold (to 6.625e+08 from 10.5 at the start) without becoming infinite; the run is probably diverging (try a smaller --lr)\n"},
		{"a trillion-fold growth diverges", append(quad, "--lr", "0.6"), "diverged",
			"descent: trace: diverged at step 42: the loss passed 1e+12 × its start (1.506e+13 from 10.5; the learning rate is probably too large for this surface)\n"},
		{"eps 0 divides by zero", []string{"trace", "--func", "quadratic", "--start", "1e-170,1e-170", "--opt", "adam", "--eps", "0", "--steps", "5"}, "diverged",
			"descent: trace: diverged at step 1: x became infinite (division by zero: with ε = 0 the denominator is the root of the squared-gradient average alone, and it underflowed to 0 (|g| = 4e-170 here); set --eps above 0 (1e-8 is usual))\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			stdout, stderr, code := runInProcess(c.args...)
			var got traceOutput
			if err := json.Unmarshal([]byte(stdout), &got); err != nil || code != 0 {
				t.Fatalf("exit %d, output not JSON: %v", code, err)
			}
			if got.Status != c.status || stderr != c.stderr {
				t.Errorf("status %q, stderr %q;\nwant %q, %q", got.Status, stderr, c.status, c.stderr)
			}
			if strings.Contains(stderr, "NaN") || strings.Contains(stderr, "Inf") {
				t.Errorf("a non-finite value reached the screen: %q", stderr)
			}
		})
	}
	bad := []struct {
		args []string
		want string
	}{
		{[]string{"--lr", "1e400"}, `--lr "1e400": out of range (beyond ±1.8e308, the largest float64)`},
		{[]string{"--lr", "1_000"}, `--lr "1_000": not a number (write the digits without _ separators)`},
		{[]string{"--start", "1e400,0"}, `--start "1e400,0": x "1e400": out of range (beyond ±1.8e308, the largest float64)`},
		{[]string{"--start", "1e200,0"}, `--start "1e200,0": the loss there is not a finite number`},
		{[]string{"--plot", "path.gif"}, "--plot path.gif: cannot draw a .gif file; a picture file must end in .png or .svg"},
		{[]string{"--plot", ""}, "--plot is empty; give a file name ending in .png or .svg"},
		{[]string{"--plot", "/nonexistent-dir/p.png"}, "--plot /nonexistent-dir/p.png: directory /nonexistent-dir does not exist"},
	}
	for _, b := range bad {
		stdout, stderr, code := runInProcess(append([]string{"trace", "--func", "beale", "--opt", "adam"}, b.args...)...)
		if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, b.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", b.args, code, stderr, b.want)
		}
	}
}

// --plot draws the path over the contours beside the loss, as PNG or SVG.
func TestTracePlot(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"rosenbrock.png", "rosenbrock.svg"} {
		path := filepath.Join(dir, name)
		stdout, stderr, code := runInProcess("trace", "--func", "rosenbrock", "--opt", "adam", "--lr", "0.01", "--steps", "300", "--plot", path)
		if code != 0 || stderr != "" || !strings.HasPrefix(stdout, "{") {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		checkPicture(t, path, 1600, 900)
	}
	// A diverging run draws what it did.
	path := filepath.Join(dir, "diverged.png")
	if _, _, code := runInProcess("trace", "--func", "quadratic", "--opt", "sgd", "--lr", "0.6", "--steps", "80", "--plot", path); code != 0 {
		t.Fatalf("exit %d", code)
	}
	checkPicture(t, path, 1600, 900)
}
