// Command race runs one of your chapter 3 optimizers on a 2-D test function
// and prints every point as a line of JSON, for descent's race screen (the
// exercises screen, key v). You can run it yourself too, from the
// repository root:
//
//	go run ./exercises/race --opt adam --func rosenbrock --steps 200
//
// (or go run ./race … from the exercises directory, as the workbook does).
// --opt is the exercise's name: momentum, momentum_sign, nesterov,
// nag_printed, adagrad, rmsprop or adam.
//
// It lives in the exercises module so that it is built from your code; the
// workbook starts it as a separate process, so a panic or an endless loop in
// your optimizer ends this program, never the workbook.
//
// Output, one JSON object a line:
//
//	{"ready":true,"opt":"adam","func":"rosenbrock",...}  before your code runs
//	{"step":1,"x":-1.18,"y":0.98,"loss":4.7}              after each step (every --every steps)
//	{"done":true,"status":"ok"}                           at the end; status "diverged" with a reason
//	{"panic":"index out of range","at":"ch03/adam.go:41"} if your code panicked (exit status 2)
//
// The surfaces are descent/exercises/internal/core/surface, the generated
// copy of descent/core/surface inside this module: the same functions and
// starting points as the workbook's reference run, and this module still
// builds on its own.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"

	"descent/exercises/ch03"
	"descent/exercises/internal/core/surface"
)

// optimizers are the names --opt takes: the exercises of chapter 3 that
// are optimizers.
var optimizers = []string{"momentum", "momentum_sign", "nesterov", "nag_printed", "adagrad", "rmsprop", "adam"}

// stepper wraps one of the exercise functions as "take one step".
type stepper func(theta []float64, grad func([]float64) []float64)

// optimizers builds the learner's optimizer by name from the flags.
func optimizer(name string, lr, beta, rho, eps float64) (stepper, error) {
	switch name {
	case "momentum":
		v := make([]float64, 2)
		return func(th []float64, g func([]float64) []float64) { ch03.MomentumStep(th, v, g(th), lr, beta) }, nil
	case "nesterov":
		v := make([]float64, 2)
		return func(th []float64, g func([]float64) []float64) { ch03.NesterovStep(th, v, g, lr, beta) }, nil
	case "adagrad":
		s := make([]float64, 2)
		return func(th []float64, g func([]float64) []float64) { ch03.AdagradStep(th, s, g(th), lr, eps) }, nil
	case "rmsprop":
		s := make([]float64, 2)
		return func(th []float64, g func([]float64) []float64) { ch03.RMSpropStep(th, s, g(th), lr, rho, eps) }, nil
	case "adam":
		a := &ch03.Adam{LR: lr, Beta1: beta, Beta2: 0.999, Eps: eps}
		return func(th []float64, g func([]float64) []float64) { a.Step(th, g(th)) }, nil
	case "momentum_sign": // Keras's form: the same points as momentum while η is constant
		v := make([]float64, 2)
		return func(th []float64, g func([]float64) []float64) { ch03.KerasMomentumStep(th, v, g(th), lr, beta) }, nil
	case "nag_printed": // Nesterov in Keras's form, once repaired
		v := make([]float64, 2)
		return func(th []float64, g func([]float64) []float64) { ch03.NAGStep(th, v, g, lr, beta) }, nil
	}
	return nil, fmt.Errorf("unknown optimizer %q (valid: %s)", name, strings.Join(optimizers, ", "))
}

func main() {
	opt := flag.String("opt", "adam", strings.Join(optimizers, ", "))
	fn := flag.String("func", "rosenbrock", strings.Join(surface.Names(), ", ")+" (the ellipse has κ = 10)")
	steps := flag.Int("steps", 500, "how many steps")
	every := flag.Int("every", 1, "print every n-th step")
	lr := flag.Float64("lr", 0.01, "learning rate η")
	beta := flag.Float64("beta", 0.9, "momentum β (β₁ for adam)")
	rho := flag.Float64("rho", 0.9, "rmsprop's ρ")
	eps := flag.Float64("eps", 1e-8, "ε")
	flag.Parse()

	out := bufio.NewWriter(os.Stdout)
	emit := func(v any) {
		b, _ := json.Marshal(v)
		out.Write(append(b, '\n'))
		out.Flush() // the workbook draws as the points arrive
	}
	s, err := surface.ByName(*fn)
	if err != nil {
		fmt.Fprintln(os.Stderr, "race:", err)
		os.Exit(1)
	}
	if *steps < 0 || *every < 1 {
		fmt.Fprintf(os.Stderr, "race: --steps must be 0 or more and --every 1 or more (got %d and %d)\n", *steps, *every)
		os.Exit(1)
	}
	step, err := optimizer(*opt, *lr, *beta, *rho, *eps)
	if err != nil {
		fmt.Fprintln(os.Stderr, "race:", err)
		os.Exit(1)
	}
	emit(map[string]any{"ready": true, "opt": *opt, "func": *fn, "steps": *steps})

	// A panic in the learner's code becomes one line the workbook can show,
	// naming the line of their file it came from.
	defer func() {
		if p := recover(); p != nil {
			emit(map[string]any{"panic": fmt.Sprint(p), "at": learnerFrame()})
			os.Exit(2)
		}
	}()

	grad := func(at []float64) []float64 {
		gx, gy := s.Gradient(at[0], at[1])
		return []float64{gx, gy}
	}
	theta := []float64{s.Start.X, s.Start.Y}
	emit(point{0, theta[0], theta[1], s.Value(theta[0], theta[1])})
	for i := 1; i <= *steps; i++ {
		step(theta, grad)
		loss := s.Value(theta[0], theta[1])
		if bad(theta[0]) || bad(theta[1]) || bad(loss) {
			emit(map[string]any{"done": true, "status": "diverged",
				"reason": fmt.Sprintf("diverged at step %d: a coordinate or the loss stopped being finite", i)})
			return
		}
		if i%*every == 0 || i == *steps {
			emit(point{i, theta[0], theta[1], loss})
		}
	}
	emit(map[string]any{"done": true, "status": "ok"})
}

type point struct {
	Step int     `json:"step"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
	Loss float64 `json:"loss"`
}

func bad(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }

// learnerFrame finds the innermost frame in the learner's ch03 package.
func learnerFrame() string {
	pc := make([]uintptr, 32)
	frames := runtime.CallersFrames(pc[:runtime.Callers(3, pc)])
	for {
		f, more := frames.Next()
		if i := strings.Index(f.File, "/ch03/"); i >= 0 {
			return fmt.Sprintf("%s:%d", f.File[i+1:], f.Line)
		}
		if !more {
			return ""
		}
	}
}
