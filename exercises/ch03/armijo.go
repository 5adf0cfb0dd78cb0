// Exercise armijo: a backtracking line search on the Armijo condition.
//
// Read first: chapter 03-algorithms, "Line search: the Armijo condition".
//
// From θ, along a direction d, find a step size t that lowers f by at
// least a fraction c of what the slope promises:
//
//	f(θ + t·d) ≤ f(θ) + c·t·(∇f(θ)·d)
//
// Try t = t₀ first; while the condition fails, shrink t ← ρ·t and try
// again. Return the first t that satisfies it. ∇f(θ)·d is the slope of f
// along d at θ: negative when d goes downhill.
//
// Contract:
//   - f is expensive: evaluate it once at θ and once per trial step, no
//     more.
//   - If d is not a descent direction (∇f(θ)·d ≥ 0), no step can be
//     promised: return 0 without trying any.
//   - Give up after 60 trials and return 0.
//   - Never write to theta, grad or dir (the caller moves θ itself), and
//     never hand f a slice it may keep: build each trial point anew.
//   - 0 < ρ < 1, 0 < c < 1, t₀ > 0.
//
// Convention: gonum's optimize.Backtracking tests the same condition (its
// DecreaseFactor is c, its ContractionFactor ρ); Nocedal and Wright,
// Numerical Optimization, Algorithm 3.1.
//
// Check it with: go run . check armijo   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// ArmijoStep returns the first step size t = t0, t0·shrink, t0·shrink², …
// that satisfies the Armijo condition from theta along dir, given the
// gradient grad of f at theta, or 0.
func ArmijoStep(f func(x []float64) float64, theta, grad, dir []float64, t0, shrink, c float64) float64 {
	// TODO: the slope along dir; the value at θ; then the trials.
	return 0
}
