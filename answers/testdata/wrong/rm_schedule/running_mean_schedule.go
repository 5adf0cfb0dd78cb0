// Exercise rm_schedule: a decaying step size (wrong: ηₜ = 1/(t + 1), the running mean's schedule, too slow where μ = 0.2).
package ch02

// Schedule returns η₀ and t₀ of the step sizes ηₜ = η₀/(t + t₀).
func Schedule() (eta0, t0 float64) {
	return 1, 1
}
