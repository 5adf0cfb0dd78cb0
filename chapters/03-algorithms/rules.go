package algorithms

import "math"

// The update rules of the adaptive optimizers, written out one line per
// formula so the chapter can show them. The cells check each against
// core/optim, which is what the rest of descent runs: the prose quotes
// these functions, and the check proves they are the same arithmetic.
//
// Each rule updates theta in place from the gradient g and keeps its state
// (running sums and averages) in slices of the same length.

// adagradStep: s ← s + g²;  θ ← θ − η·g/√(s + ε).
func adagradStep(theta, g, s []float64, eta, eps float64) {
	for i := range theta {
		s[i] += g[i] * g[i]
		theta[i] -= eta * g[i] / math.Sqrt(s[i]+eps)
	}
}

// rmspropStep: v ← ρ·v + (1 − ρ)·g²;  θ ← θ − η·g/√(v + ε).
func rmspropStep(theta, g, v []float64, eta, rho, eps float64) {
	for i := range theta {
		v[i] = rho*v[i] + (1-rho)*g[i]*g[i]
		theta[i] -= eta * g[i] / math.Sqrt(v[i]+eps)
	}
}

// adadeltaStep: E[g²] ← ρ·E[g²] + (1 − ρ)·g²;
// Δ = √(E[Δ²] + ε)/√(E[g²] + ε)·g;  E[Δ²] ← ρ·E[Δ²] + (1 − ρ)·Δ²;  θ ← θ − η·Δ.
func adadeltaStep(theta, g, eg2, ed2 []float64, eta, rho, eps float64) {
	for i := range theta {
		eg2[i] = rho*eg2[i] + (1-rho)*g[i]*g[i]
		delta := math.Sqrt(ed2[i]+eps) / math.Sqrt(eg2[i]+eps) * g[i]
		ed2[i] = rho*ed2[i] + (1-rho)*delta*delta
		theta[i] -= eta * delta
	}
}

// adamStep, at step t = 1, 2, …: m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;
// m̂ = m/(1 − β₁ᵗ);  v̂ = v/(1 − β₂ᵗ);  θ ← θ − η·m̂/(√v̂ + ε).
// With decay > 0 it is AdamW: first θ ← θ − η·λ·θ, outside the adaptive scaling.
func adamStep(theta, g, m, v []float64, t int, eta, beta1, beta2, eps, decay float64) {
	for i := range theta {
		theta[i] -= eta * decay * theta[i]
		m[i] = beta1*m[i] + (1-beta1)*g[i]
		v[i] = beta2*v[i] + (1-beta2)*g[i]*g[i]
		mHat := m[i] / (1 - math.Pow(beta1, float64(t)))
		vHat := v[i] / (1 - math.Pow(beta2, float64(t)))
		theta[i] -= eta * mHat / (math.Sqrt(vHat) + eps)
	}
}

// amsgradStep, at step t = 1, 2, …: Adam's m and v, plus v̄ ← max(v̄, v), the
// largest v so far; then v̂ = v̄/(1 − β₂ᵗ) and θ ← θ − η·m̂/(√v̂ + ε). The
// denominator can only grow, so the effective rate per coordinate never rises.
func amsgradStep(theta, g, m, v, vMax []float64, t int, eta, beta1, beta2, eps float64) {
	for i := range theta {
		m[i] = beta1*m[i] + (1-beta1)*g[i]
		v[i] = beta2*v[i] + (1-beta2)*g[i]*g[i]
		vMax[i] = math.Max(vMax[i], v[i])
		mHat := m[i] / (1 - math.Pow(beta1, float64(t)))
		vHat := vMax[i] / (1 - math.Pow(beta2, float64(t)))
		theta[i] -= eta * mHat / (math.Sqrt(vHat) + eps)
	}
}

// adamaxStep, at step t = 1, 2, …: m ← β₁·m + (1 − β₁)·g;
// u ← max(β₂·u, |g|), a decaying maximum of |g| in place of √v;
// θ ← θ − η/(1 − β₁ᵗ)·m/(u + ε). u needs no bias correction: it starts at
// the first |g|, not at a fraction of it.
func adamaxStep(theta, g, m, u []float64, t int, eta, beta1, beta2, eps float64) {
	for i := range theta {
		m[i] = beta1*m[i] + (1-beta1)*g[i]
		u[i] = math.Max(beta2*u[i], math.Abs(g[i]))
		theta[i] -= eta / (1 - math.Pow(beta1, float64(t))) * m[i] / (u[i] + eps)
	}
}
