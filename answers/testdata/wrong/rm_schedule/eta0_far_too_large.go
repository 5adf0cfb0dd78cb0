// Exercise rm_schedule: a decaying step size (wrong: η₀ far too large: the noise term grows like η₀²).
package ch02

// Schedule returns η₀ and t₀ of the step sizes ηₜ = η₀/(t + t₀).
func Schedule() (eta0, t0 float64) {
	return 25, 13
}
