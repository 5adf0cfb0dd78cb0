// Exercise rm_schedule: a decaying step size (wrong: almost a constant step of 0.05: it stalls at the noise floor).
package ch02

// Schedule returns η₀ and t₀ of the step sizes ηₜ = η₀/(t + t₀).
func Schedule() (eta0, t0 float64) {
	return 50000, 1e6
}
