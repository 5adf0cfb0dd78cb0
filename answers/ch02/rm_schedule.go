// Exercise rm_schedule: a decaying step size that converges (answer).
//
// Along a direction of curvature h, ηₜ = η₀/(t + t₀) shrinks the error
// like t^(−η₀h), and the noise term falls like 1/t only when η₀h > ½; its
// constant η₀²h/(2(2η₀h − 1)) is smallest near η₀h = 1. So η₀ ≈ 1/μ = 5 for
// the flat direction (η₀L = 10 is fine in the steep one), and t₀ keeps the
// first steps near η₀/t₀ ≤ 2/L.
package ch02

// Schedule returns η₀ and t₀ of the step sizes ηₜ = η₀/(t + t₀).
func Schedule() (eta0, t0 float64) {
	return 5, 6
}
