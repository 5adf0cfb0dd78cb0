// Exercise rm_schedule: a decaying step size (wrong: t₀ so large the steps start decaying too late).
package ch02

// Schedule returns η₀ and t₀ of the step sizes ηₜ = η₀/(t + t₀).
func Schedule() (eta0, t0 float64) {
	return 5, 2000
}
