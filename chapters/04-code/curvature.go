package code

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"

	"descent/chapters/book"
	"descent/core/nn"
	"descent/core/num"
)

// network is the document's model written as matrix products, so that its
// Hessian can be probed: 100 inputs → Dense(10, relu) → Dense(10, relu) →
// Dense(1, sigmoid), binary cross-entropy averaged over the rows. Its
// weights are one flat slice in core/nn's order (layer by layer, the
// kernel [inputs][units] row-major as Keras stores it, then the bias), so
// core/nn's Params can be handed over as they are.
//
// The loss is computed from the logit z, ℓ = max(z, 0) − z·y + log(1 + e^−|z|),
// which is Keras's binary cross-entropy of σ(z) without its clipping of p to
// [10⁻⁷, 1 − 10⁻⁷]: the two agree whenever |z| < 16.
type network struct {
	x     *mat.Dense // rows × inputs
	y     []float64
	sizes []int // 100, 10, 10, 1
}

// params is the number of weights.
func (n network) params() int {
	total := 0
	for l := 1; l < len(n.sizes); l++ {
		total += n.sizes[l-1]*n.sizes[l] + n.sizes[l]
	}
	return total
}

// A pattern records which hidden units are on (z > 0) for each row: one
// rows × units matrix of 0s and 1s per hidden layer.
type pattern []*mat.Dense

// activePattern returns which ReLU units are on at theta.
func (n network) activePattern(theta []float64) pattern {
	var p pattern
	n.lossAndGradient(theta, &p, nil)
	return p
}

// lossAndGradient returns the mean loss at theta and, when grad is not
// nil, writes ∂J/∂θ into it. The ReLUs follow *p: when it is empty, it is
// filled with the pattern at theta (the ordinary network); when it is
// given, unit j passes z on a row only if it was on in that pattern. With
// the pattern held, J is a smooth function of θ near theta, and its Hessian
// is the one automatic differentiation computes at theta.
func (n network) lossAndGradient(theta []float64, p *pattern, grad []float64) float64 {
	rows, _ := n.x.Dims()
	layers := len(n.sizes) - 1
	record := len(*p) == 0
	kernels, biases := make([]*mat.Dense, layers), make([][]float64, layers)
	inputs := make([]*mat.Dense, layers) // inputs[l] is what layer l multiplies
	off := 0
	a := n.x
	for l := range layers {
		in, units := n.sizes[l], n.sizes[l+1]
		kernels[l] = mat.NewDense(in, units, theta[off:off+in*units]) // a view, not a copy
		biases[l] = theta[off+in*units : off+in*units+units]
		off += in*units + units
		inputs[l] = a
		z := mat.NewDense(rows, units, nil)
		z.Mul(a, kernels[l]) // z = a·W + b
		for r := range rows {
			row := z.RawRowView(r)
			for j := range row {
				row[j] += biases[l][j]
			}
		}
		if l < layers-1 {
			if record {
				on := mat.NewDense(rows, units, nil)
				on.Apply(func(_, _ int, v float64) float64 { return step(v) }, z)
				*p = append(*p, on)
			}
			z.MulElem(z, (*p)[l]) // ReLU with the pattern held
		}
		a = z
	}
	logits := a.RawMatrix().Data
	total, inv := 0.0, 1/float64(rows)
	delta := mat.NewDense(rows, 1, nil) // ∂J/∂z of the output
	for r, z := range logits {
		y := n.y[r]
		total += (math.Max(z, 0) - z*y + math.Log1p(math.Exp(-math.Abs(z)))) * inv
		delta.Set(r, 0, (sigmoid(z)-y)*inv)
	}
	if grad == nil {
		return total
	}
	off = len(theta)
	for l := layers - 1; l >= 0; l-- {
		in, units := n.sizes[l], n.sizes[l+1]
		off -= in*units + units
		gW := mat.NewDense(in, units, grad[off:off+in*units])
		gW.Mul(inputs[l].T(), delta) // ∂J/∂W = aᵀ·δ
		gb := grad[off+in*units : off+in*units+units]
		clear(gb)
		for r := range rows {
			for j, d := range delta.RawRowView(r) {
				gb[j] += d // ∂J/∂b = δ summed over the rows
			}
		}
		if l > 0 {
			below := mat.NewDense(rows, in, nil)
			below.Mul(delta, kernels[l].T()) // back through the kernel…
			below.MulElem(below, (*p)[l-1])  // …and through the ReLU below
			delta = below
		}
	}
	return total
}

func step(v float64) float64 {
	if v > 0 {
		return 1
	}
	return 0
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

// hessianVector returns a function v ↦ H·v at theta, H the Hessian of J
// with the ReLU pattern held at theta's: the difference of two gradients,
// (∇J(θ + h·v) − ∇J(θ))/h, for a unit vector v. Holding the pattern
// matters: a plain difference would let a unit switch on or off between θ
// and θ + h·v and measure the jump of the gradient across that kink, not a
// curvature. With the pattern held, J is smooth and h = 10⁻⁷ balances the
// O(h) error of the one-sided difference against rounding, O(10⁻¹⁶/h).
func (n network) hessianVector(theta []float64) func(v, hv []float64) {
	const h = 1e-7
	held := n.activePattern(theta)
	base := make([]float64, len(theta))
	n.lossAndGradient(theta, &held, base)
	moved, g := make([]float64, len(theta)), make([]float64, len(theta))
	return func(v, hv []float64) {
		for i := range theta {
			moved[i] = theta[i] + h*v[i]
		}
		n.lossAndGradient(moved, &held, g)
		for i := range hv {
			hv[i] = (g[i] - base[i]) / h
		}
	}
}

// lanczos runs up to k steps of the Lanczos iteration on the symmetric
// operator apply from the unit vector start. Each step applies the operator
// once and makes the result orthogonal to every earlier vector (twice, as
// rounding requires), so after j steps the vectors span the Krylov space
// {start, H·start, …, H^(j−1)·start} and the j×j tridiagonal matrix T of
// the coefficients has eigenvalues (Ritz values) that approach H's own,
// the extreme ones first. It stops early when the space is exhausted: then
// the Ritz values are exactly the eigenvalues of H that start can see.
// It returns the Ritz values, ascending (Golub & Van Loan 2013, §10.1).
func lanczos(ctx context.Context, apply func(v, out []float64), start []float64, k int, progress func(step int)) (ritz []float64, err error) {
	n := len(start)
	k = min(k, n)
	basis := [][]float64{append([]float64(nil), start...)}
	alpha, beta := make([]float64, 0, k), make([]float64, 0, k)
	coef := make([]float64, k)
	scale := 0.0 // the largest coefficient so far, about ‖H‖
	for j := range k {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if progress != nil {
			progress(j)
		}
		w := make([]float64, n)
		apply(basis[j], w)
		alpha = append(alpha, floats.Dot(w, basis[j]))
		for range 2 {
			for i, q := range basis {
				coef[i] = floats.Dot(w, q)
			}
			for i, q := range basis {
				floats.AddScaled(w, -coef[i], q)
			}
		}
		b := floats.Norm(w, 2)
		scale = math.Max(scale, math.Max(math.Abs(alpha[j]), b))
		if j == k-1 || b <= 1e-5*scale {
			break // k steps done, or the Krylov space is exhausted
		}
		beta = append(beta, b)
		floats.Scale(1/b, w)
		basis = append(basis, w)
	}
	m := len(alpha)
	T := mat.NewSymDense(m, nil)
	for i := range m {
		T.SetSym(i, i, alpha[i])
		if i+1 < m {
			T.SetSym(i, i+1, beta[i])
		}
	}
	var eig mat.EigenSym
	if !eig.Factorize(T, false) {
		return nil, fmt.Errorf("the eigenvalues of the %d×%d Lanczos matrix did not converge", m, m)
	}
	return eig.Values(nil), nil
}

// A spectrum is what the Lanczos run found at one point.
type spectrum struct {
	max, min float64 // the extreme eigenvalues λ_max and λ_min
	// How many eigenvalues are below −tol, within ±tol and above tol, for
	// tol = 10⁻⁶·λ_max (the one-sided difference is good to about 10⁻⁷).
	negative, zero, positive int
	steps                    int // Lanczos steps taken
}

// measureSpectrum runs Lanczos on the Hessian at theta from a random unit
// vector for at most k steps. With k large enough to exhaust the Krylov
// space (a few hundred steps here), every eigenvalue the start can see is
// found exactly; the rest of the 1131 are one eigenvalue 0 repeated, which
// Lanczos reports once. With a small k only the extremes are reliable.
func (n network) measureSpectrum(ctx context.Context, theta []float64, k int, seed uint64, progress func(int)) (spectrum, error) {
	rng := rand.New(rand.NewPCG(seed, 23))
	start := make([]float64, len(theta))
	for i := range start {
		start[i] = rng.NormFloat64()
	}
	floats.Scale(1/floats.Norm(start, 2), start)
	ritz, err := lanczos(ctx, n.hessianVector(theta), start, k, progress)
	if err != nil {
		return spectrum{}, err
	}
	s := spectrum{min: ritz[0], max: ritz[len(ritz)-1], steps: len(ritz)}
	tol := 1e-6 * math.Max(math.Abs(s.max), math.Abs(s.min))
	for _, r := range ritz {
		switch {
		case r < -tol:
			s.negative++
		case r > tol:
			s.positive++
		}
	}
	s.zero = len(theta) - s.negative - s.positive
	return s, nil
}

// kerasNetwork is the network above on the reference data, and the weights
// of core/nn's model m, copied.
func kerasNetwork(m *nn.Sequential, x [][]float64, y [][]float64) (network, []float64) {
	labels := make([]float64, len(y))
	for i := range y {
		labels[i] = y[i][0]
	}
	X := mat.NewDense(len(x), len(x[0]), nil)
	for r, row := range x {
		X.SetRow(r, row)
	}
	return network{x: X, y: labels, sizes: []int{100, 10, 10, 1}}, append([]float64(nil), m.Params...)
}

// trainedNetwork trains the document's model from TensorFlow.js's initial
// weights for epochs epochs, as model.fit(…, epochs, batch_size=32) does
// (Adam, η = 0.001), and returns the network and its weights.
func trainedNetwork(ctx context.Context, epochs int) (network, []float64, error) {
	ds, _, err := loadReference()
	if err != nil {
		return network{}, nil, err
	}
	model, err := kerasModel("adam", 0.001)
	if err != nil {
		return network{}, nil, err
	}
	if epochs > 0 {
		if _, err := model.Fit(ctx, ds.X, ds.Y, nn.FitConfig{Epochs: epochs, BatchSize: 32}); err != nil {
			return network{}, nil, err
		}
		if ctx.Err() != nil {
			return network{}, nil, ctx.Err()
		}
	}
	net, theta := kerasNetwork(model, ds.X, ds.Y)
	return net, theta, nil
}

// runHessianInit measures the Hessian at the starting weights.
func runHessianInit(ctx context.Context, in book.Inputs, out book.Output) error {
	return hessianCell(ctx, out, 0, in.Int("steps"))
}

// runHessianTrained measures it after the document's training.
func runHessianTrained(ctx context.Context, in book.Inputs, out book.Output) error {
	return hessianCell(ctx, out, in.Int("epochs"), in.Int("steps"))
}

// hessianCell trains for epochs epochs, then runs Lanczos on the Hessian of
// the full-batch loss for at most steps steps and reports what it found.
func hessianCell(ctx context.Context, out book.Output, epochs, steps int) error {
	net, theta, err := trainedNetwork(ctx, epochs)
	if err != nil {
		return err
	}
	where := "at TensorFlow.js's initial weights"
	if epochs > 0 {
		where = fmt.Sprintf("after %d epochs of the document's training", epochs)
	}
	var p pattern
	out.Printf("%s: full-batch loss %s, %d weights\n", where, num.Fixed(net.lossAndGradient(theta, &p, nil), 4), len(theta))
	s, err := net.measureSpectrum(ctx, theta, steps, 1, func(j int) {
		if j%25 == 0 {
			out.Progress("Lanczos step %d/%d", j, steps)
		}
	})
	if err != nil {
		return err
	}
	exhausted := s.steps < steps
	how := fmt.Sprintf("Lanczos stopped at the %d steps asked for", s.steps)
	if exhausted {
		how = fmt.Sprintf("the Krylov space ran out after %d Lanczos steps: every eigenvalue is found", s.steps)
	}
	out.Printf("%s\n", how)
	out.Printf("λ_max = %s   λ_min = %s\n", num.Sig(s.max, 5), num.Sig(s.min, 5))
	share := func(k int) string { return fmt.Sprintf("%d (%.1f%%)", k, 100*float64(k)/float64(len(theta))) }
	if exhausted {
		out.Printf("of the %d eigenvalues: %s negative, %s zero, %s positive (|λ| ≤ 10⁻⁶·λ_max counts as zero)\n",
			len(theta), share(s.negative), share(s.zero), share(s.positive))
	} else {
		out.Printf("counting signs needs every eigenvalue: %d steps give %d Ritz values (%d below zero), not the spectrum\n",
			s.steps, s.steps, s.negative)
	}
	out.Printf("plain gradient descent is stable near these weights only for η < 2/λ_max = %s\n", num.Sig(2/s.max, 4))
	return nil
}

// runSharpnessLR starts full-batch gradient descent from the trained
// weights at multiples of 2/λ_max and watches the loss: below the bound it
// falls from the first step; above it the component along the sharpest
// direction grows by |1 − η·λ_max| per step until the weights leave the
// region where the bound was measured.
func runSharpnessLR(ctx context.Context, in book.Inputs, out book.Output) error {
	net, theta0, err := trainedNetwork(ctx, 10)
	if err != nil {
		return err
	}
	s, err := net.measureSpectrum(ctx, theta0, 30, 1, nil)
	if err != nil {
		return err
	}
	steps := in.Int("steps")
	var p pattern
	start := net.lossAndGradient(theta0, &p, nil)
	out.Printf("after the document's 10 epochs: loss %s, λ_max = %s, 2/λ_max = %s\n", num.Fixed(start, 4), num.Sig(s.max, 5), num.Sig(2/s.max, 4))
	var rows [][]string
	var curves []book.Series
	multiples := []float64{0.5, 0.9, 1.1, 1.5, 2, 4}
	for k, c := range multiples {
		out.Progress("run %d/%d: η = %g·2/λ_max", k+1, len(multiples), c)
		lr := c * 2 / s.max
		theta := append([]float64(nil), theta0...)
		g := make([]float64, len(theta))
		var losses []float64
		status := ""
		for step := range steps {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			var live pattern // the ordinary network: ReLUs follow the weights
			loss := net.lossAndGradient(theta, &live, g)
			if !(loss < 1e12) {
				status = fmt.Sprintf("diverged at step %d", step)
				break
			}
			losses = append(losses, loss)
			floats.AddScaled(theta, -lr, g)
		}
		peak, rises := start, 0
		for i, l := range losses {
			peak = math.Max(peak, l)
			if i > 0 && l > losses[i-1] {
				rises++
			}
		}
		end := status
		if end == "" {
			end = num.Fixed(losses[len(losses)-1], 4)
		}
		after, err := net.measureSpectrum(ctx, theta, 30, 1, nil)
		if err != nil {
			return err
		}
		rows = append(rows, []string{num.Sig(c, 2) + "·2/λ_max", num.Sig(lr, 4), fmt.Sprint(rises), num.Fixed(peak, 4), end,
			num.Sig(after.max, 4), fmt.Sprintf("%d of 10", alive(net.activePattern(theta)[1]))})
		curves = append(curves, book.Series{Name: num.Sig(c, 2) + "·2/λ", Values: losses})
	}
	out.Printf("%s", book.Table([]string{"η", "value", "steps the loss rose", "highest loss", fmt.Sprintf("loss after %d", steps), "λ_max then", "live units, layer 2"}, rows))
	book.PrintCurves(out, curves, book.CurveOptions{LogY: true, Height: 12, Caption: "full-batch loss of gradient descent from the trained weights"})
	return nil
}

// alive counts the units of a layer that are on for at least one row: a
// unit that is off on every row passes no signal and gets no gradient,
// so gradient descent can never bring it back.
func alive(on *mat.Dense) int {
	rows, units := on.Dims()
	count := 0
	for j := range units {
		for r := range rows {
			if on.At(r, j) > 0 {
				count++
				break
			}
		}
	}
	return count
}
