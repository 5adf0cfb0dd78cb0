// Exercise heavy_ball (wrong: the usual β = 0.9 with η = 0.01, untuned).
package ch03

// HeavyBall returns the learning rate and momentum to use on the κ = 100
// bowl.
func HeavyBall() (lr, beta float64) {
	return 0.01, 0.9
}
