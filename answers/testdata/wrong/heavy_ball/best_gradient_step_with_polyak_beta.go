// Exercise heavy_ball: tune momentum on a badly conditioned bowl (wrong: gradient descent's best step 2/(μ + L) with Polyak's β, which puts both directions deep in the complex band at rate √β = 0.9).
//
// Polyak's tuning puts both curvatures, μ = 1 and L = 100, on the edges of
// the complex band of the phase diagram: η = 4/(√L + √μ)², β = ((√κ − 1)/(√κ + 1))².
package ch03

// HeavyBall returns the learning rate and momentum to use on the κ = 100
// bowl.
func HeavyBall() (lr, beta float64) {
	return 2.0 / 101, 81.0 / 121
}
