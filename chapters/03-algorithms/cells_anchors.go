package algorithms

import (
	"context"
	_ "embed"
	"fmt"
	"math"

	"descent/chapters/book"
	"descent/core/num"
	"descent/core/surface"
)

//go:embed cells_anchors.go
var anchorsSource []byte

func anchorCells() []book.Cell {
	return []book.Cell{
		{ID: "anchor-nadam", Title: "PyTorch's NAdam before 2.0: μₜ counted twice in Πₜ₊₁", Run: runAnchorNAdam,
			Source: book.MustSource(anchorsSource, "runAnchorNAdam"),
			Params: []book.Param{{Name: "steps", Doc: "steps on Rosenbrock", Kind: book.Int, Default: 200, Min: 1, Max: 5000}}},
		{ID: "anchor-adadelta", Title: "TensorFlow.js's Adadelta divides by the previous E[g²]", Run: runAnchorAdadelta,
			Source: book.MustSource(anchorsSource, "runAnchorAdadelta"),
			Params: []book.Param{{Name: "eps", Doc: "ε inside both roots", Kind: book.Float, Default: 1e-6, Min: 1e-10, Max: 1e-2, Log: true}}},
		{ID: "anchor-centered-rmsprop", Title: "TensorFlow.js's centered RMSprop subtracts ε under the root", Run: runAnchorCenteredRMSprop,
			Source: book.MustSource(anchorsSource, "runAnchorCenteredRMSprop"),
			Params: []book.Param{{Name: "grad", Doc: "the constant gradient g of J(θ) = g·θ", Kind: book.Float, Default: 0.1, Min: 1e-4, Max: 10, Log: true}}},
		{ID: "anchor-d2l-adam", Title: "Dive into Deep Learning's TensorFlow Adam adds ε to the parameter", Run: runAnchorD2LAdam,
			Source: book.MustSource(anchorsSource, "runAnchorD2LAdam"),
			Params: []book.Param{{Name: "steps", Doc: "Adam steps", Kind: book.Int, Default: 2000, Min: 1, Max: 100000}}},
	}
}

// runAnchorNAdam runs NAdam on Rosenbrock three ways: core/optim's
// "nadam"; the same rule by hand with Πₜ₊₁ = Πₜ·μₜ₊₁ (PyTorch 2.0 and
// later, Keras); and the rule of PyTorch 1.9–1.13's default single-tensor
// path, which first updates Πₜ = Πₜ₋₁·μₜ and then sets
// mu_product_next = mu_product·mu·mu_next, so Πₜ·μₜ·μₜ₊₁ (fixed in pytorch
// PR 92699). It prints the weight on m for the first steps and where each
// run ends.
func runAnchorNAdam(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Rosenbrock()
	const eta, beta1, beta2, eps, psi = 0.002, 0.9, 0.999, 1e-8, 0.004
	mu := func(t int) float64 { return beta1 * (1 - 0.5*math.Pow(0.96, float64(t)*psi)) }
	// nadam runs the rule by hand; twice selects the pre-2.0 Πₜ₊₁.
	nadam := func(twice bool, steps int, weights *[][2]float64) (x, y float64) {
		x, y = s.Start.X, s.Start.Y
		var m, v [2]float64
		prod := 1.0
		for t := 1; t <= steps; t++ {
			gx, gy := s.Gradient(x, y)
			muT, muNext := mu(t), mu(t+1)
			prod *= muT // Πₜ
			prodNext := prod * muNext
			if twice {
				prodNext = prod * muT * muNext // mu_product * mu * mu_next
			}
			wg, wm := eta*(1-muT)/(1-prod), eta*muNext/(1-prodNext)
			if weights != nil && len(*weights) < 4 {
				*weights = append(*weights, [2]float64{wg / eta, wm / eta})
			}
			for i, g := range []float64{gx, gy} {
				m[i] = beta1*m[i] + (1-beta1)*g
				v[i] = beta2*v[i] + (1-beta2)*g*g
				step := (wg*g + wm*m[i]) / (math.Sqrt(v[i]/(1-math.Pow(beta2, float64(t)))) + eps)
				if i == 0 {
					x -= step
				} else {
					y -= step
				}
			}
		}
		return x, y
	}
	steps := in.Int("steps")
	var fixed, old [][2]float64
	fx, fy := nadam(false, steps, &fixed)
	ox, oy := nadam(true, steps, &old)
	opt := newOpt("nadam", map[string]float64{"lr": eta, "beta1": beta1, "beta2": beta2, "eps": eps})
	theta := []float64{s.Start.X, s.Start.Y}
	for t := 0; t < steps; t++ {
		gx, gy := s.Gradient(theta[0], theta[1])
		opt.Step(theta, []float64{gx, gy})
	}
	var rows [][]string
	for t := range fixed {
		rows = append(rows, []string{fmt.Sprint(t + 1), f4(mu(t + 1)), f4(fixed[t][1]), f4(old[t][1])})
	}
	out.Printf("NAdam, η = %g, β₁ = %g, β₂ = %g, ψ = %g: the weight on m, μₜ₊₁/(1 − Πₜ₊₁), divided by η\n\n", eta, beta1, beta2, psi)
	out.Printf("%s\n", book.Table([]string{"t", "μₜ", "Πₜ₊₁ = Πₜ·μₜ₊₁ (2.0+)", "Πₜ·μₜ·μₜ₊₁ (1.9–1.13)"}, rows))
	out.Printf("%s\n", book.Table([]string{fmt.Sprintf("after %d steps on Rosenbrock", steps), "θ", "f"}, [][]string{
		{"core/optim nadam", pt(theta[0], theta[1]), g3(s.Value(theta[0], theta[1]))},
		{"by hand, Πₜ·μₜ₊₁", pt(fx, fy), g3(s.Value(fx, fy))},
		{"by hand, Πₜ·μₜ·μₜ₊₁", pt(ox, oy), g3(s.Value(ox, oy))},
	}))
	out.Printf("|θ| differences: core − by hand with Πₜ·μₜ₊₁: %s;  the two by-hand rules: %s\n",
		g3(math.Max(math.Abs(theta[0]-fx), math.Abs(theta[1]-fy))), g3(math.Max(math.Abs(ox-fx), math.Abs(oy-fy))))
	return nil
}

// runAnchorAdadelta runs Adadelta (η = 1, ρ = 0.9) from (−5, −2) on
// f = 0.1x² + 2y² by Zeiler's Algorithm 1, which core/optim follows, and by
// TensorFlow.js's AdadeltaOptimizer (tfjs-core/src/optimizers/
// adadelta_optimizer.ts), whose update divides by
// sqrt(add(accumulatedGrad, epsilon)) — the E[g²] of the previous step —
// while the new one, newAccumulatedGrad, is computed on the line above and
// used only to store. On the first step E[g²] is still 0, so TF.js's step
// is √ε/√ε·g = g: a full gradient step, where Zeiler's is about √ε/√(1 − ρ).
func runAnchorAdadelta(ctx context.Context, in book.Inputs, out book.Output) error {
	s := surface.Quadratic()
	eps, rho := in.Float("eps"), 0.9
	core := newOpt("adadelta", map[string]float64{"lr": 1, "rho": rho, "eps": eps})
	zeiler := []float64{s.Start.X, s.Start.Y}
	tfjs := []float64{s.Start.X, s.Start.Y}
	var eg2, ed2 [2]float64 // TF.js's accumulators
	var rows [][]string
	diverged := 0 // the step at which TF.js's run left any sane range
	for t := 1; t <= 100; t++ {
		gx, gy := s.Gradient(zeiler[0], zeiler[1])
		core.Step(zeiler, []float64{gx, gy})
		if diverged > 0 {
			continue
		}
		tx, ty := s.Gradient(tfjs[0], tfjs[1])
		for i, gi := range []float64{tx, ty} {
			newEg2 := rho*eg2[i] + (1-rho)*gi*gi
			delta := math.Sqrt(ed2[i]+eps) / math.Sqrt(eg2[i]+eps) * gi // the previous E[g²]
			ed2[i] = rho*ed2[i] + (1-rho)*delta*delta
			eg2[i] = newEg2
			tfjs[i] -= delta
		}
		if diverged == 0 && !(math.Abs(tfjs[0]) < 1e100 && math.Abs(tfjs[1]) < 1e100) {
			diverged = t
		}
		if t <= 3 || t == 10 || t == 100 {
			tf, tfF := pt(tfjs[0], tfjs[1]), g3(s.Value(tfjs[0], tfjs[1]))
			if diverged > 0 {
				tf, tfF = fmt.Sprintf("diverged at step %d", diverged), "—"
			}
			rows = append(rows, []string{fmt.Sprint(t), pt(zeiler[0], zeiler[1]), g3(s.Value(zeiler[0], zeiler[1])), tf, tfF})
		}
	}
	out.Printf("Adadelta, η = 1, ρ = %g, ε = %g, on f = 0.1x² + 2y² from (%g, %g), f₀ = %s\n\n", rho, eps, s.Start.X, s.Start.Y, g3(s.Value(s.Start.X, s.Start.Y)))
	out.Printf("%s", book.Table([]string{"step", "Zeiler, core/optim: θ", "f", "TF.js: θ", "f"}, rows))
	return nil
}

// runAnchorCenteredRMSprop feeds centered RMSprop (ρ = 0.9, ε = 1e-7,
// η = 0.001) a constant gradient g, as on J(θ) = g·θ, and prints each
// form's denominator. The centered variance estimate v − ḡ² is
// ρᵗ·(1 − ρᵗ)·g² here: it shrinks towards 0, and each framework guards
// the root differently:
//
//	Graves (2013), Keras, core/optim:  √(v − ḡ² + ε)
//	PyTorch:                           √(v − ḡ²) + ε
//	TensorFlow.js:                     √(v − (ḡ² + ε)) = √(v − ḡ² − ε)
//
// TF.js's argument turns negative once v − ḡ² < ε, and its step becomes
// the square root of a negative number: not a number.
func runAnchorCenteredRMSprop(ctx context.Context, in book.Inputs, out book.Output) error {
	g, rho, eps, eta := in.Float("grad"), 0.9, 1e-7, 0.001
	var v, gbar float64
	var rows [][]string
	firstBad := 0
	for t := 1; t <= 300; t++ {
		v = rho*v + (1-rho)*g*g
		gbar = rho*gbar + (1-rho)*g
		variance := v - gbar*gbar
		tfjsArg := variance - eps
		if tfjsArg < 0 && firstBad == 0 {
			firstBad = t
		}
		if t <= 2 || t == 10 || t == 50 || t == 100 || t == 200 || t == 300 || t == firstBad {
			tfjs := "not a number (√ of " + g3(tfjsArg) + ")"
			if tfjsArg >= 0 {
				tfjs = g3(eta * g / math.Sqrt(tfjsArg))
			}
			rows = append(rows, []string{fmt.Sprint(t), g3(variance), g3(eta * g / math.Sqrt(math.Max(variance, 0)+eps)),
				g3(eta * g / (math.Sqrt(math.Max(variance, 0)) + eps)), tfjs})
		}
	}
	out.Printf("centered RMSprop on a constant gradient g = %g: ρ = %g, ε = %g, η = %g; the step η·g/denominator\n\n", g, rho, eps, eta)
	out.Printf("%s\n", book.Table([]string{"t", "v − ḡ²", "Graves, Keras, descent", "PyTorch", "TF.js"}, rows))
	if firstBad > 0 {
		out.Printf("TF.js's step stops being a number at step %d, when v − ḡ² falls below ε\n", firstBad)
	}
	return nil
}

// runAnchorD2LAdam runs Adam on f(θ) = ½(θ₁ − 1)², whose second weight θ₂
// does not affect the loss (its gradient is exactly 0, like a dead unit's
// or an unused embedding's), as core/optim computes it,
// θ ← θ − η·m̂/(√v̂ + ε), and as Dive into Deep Learning's TensorFlow code
// (§12.10) writes it:
//
//	p[:].assign(p - hyperparams['lr'] * v_bias_corr / tf.math.sqrt(s_bias_corr) + eps)
//
// The parenthesis closes before "+ eps": ε is added to the parameter at
// every step, and nothing keeps the division away from 0/0.
func runAnchorD2LAdam(ctx context.Context, in book.Inputs, out book.Output) error {
	const eta, beta1, beta2, eps = 0.01, 0.9, 0.999, 1e-6 // D2L's values
	steps := in.Int("steps")
	core := newOpt("adam", map[string]float64{"lr": eta, "beta1": beta1, "beta2": beta2, "eps": eps})
	right := []float64{0, 0}
	d2l := []float64{0, 0}
	var m, v [2]float64
	for t := 1; t <= steps; t++ {
		if t%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		core.Step(right, []float64{right[0] - 1, 0})
		g := [2]float64{d2l[0] - 1, 0}
		for i := range d2l {
			m[i] = beta1*m[i] + (1-beta1)*g[i]
			v[i] = beta2*v[i] + (1-beta2)*g[i]*g[i]
			mHat := m[i] / (1 - math.Pow(beta1, float64(t)))
			vHat := v[i] / (1 - math.Pow(beta2, float64(t)))
			d2l[i] = d2l[i] - eta*mHat/math.Sqrt(vHat) + eps
		}
	}
	show := func(x float64) string {
		if !num.Finite(x) {
			return "not a number (0/0 from step 1)"
		}
		return f4(x)
	}
	out.Printf("Adam, η = %g, β₁ = %g, β₂ = %g, ε = %g, %d steps on f = ½(θ₁ − 1)² from θ = (0, 0); θ₂ has gradient 0\n\n", eta, beta1, beta2, eps, steps)
	out.Printf("%s", book.Table([]string{"", "θ₁", "θ₁ − 1", "θ₂ (unused)"}, [][]string{
		{"core/optim: η·m̂/(√v̂ + ε)", show(right[0]), g3(right[0] - 1), show(right[1])},
		{"D2L's TensorFlow: η·m̂/√v̂, then + ε", show(d2l[0]), g3(d2l[0] - 1), show(d2l[1])},
	}))
	return nil
}
