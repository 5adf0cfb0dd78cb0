// Exercise heavy_ball: tune momentum on a badly conditioned bowl (wrong: Polyak's η with β = (√κ − 1)/(√κ + 1), the rate, where β is its square).
//
// Polyak's tuning puts both curvatures, μ = 1 and L = 100, on the edges of
// the complex band of the phase diagram: η = 4/(√L + √μ)², β = ((√κ − 1)/(√κ + 1))².
package ch03

// HeavyBall returns the learning rate and momentum to use on the κ = 100
// bowl.
func HeavyBall() (lr, beta float64) {
	return 4.0 / 121, 9.0 / 11
}
