// Exercise heavy_ball: tune momentum on a badly conditioned bowl (answer).
//
// Polyak's tuning puts both curvatures, μ = 1 and L = 100, on the edges of
// the complex band of the phase diagram, where every direction shrinks by
// √β = (√κ − 1)/(√κ + 1) = 9/11 per step:
// η = 4/(√L + √μ)² = 4/121,  β = (9/11)² = 81/121.
package ch03

// HeavyBall returns the learning rate and momentum to use on the κ = 100
// bowl.
func HeavyBall() (lr, beta float64) {
	return 4.0 / 121, 81.0 / 121
}
