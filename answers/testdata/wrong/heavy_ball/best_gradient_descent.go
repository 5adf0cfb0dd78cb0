// Exercise heavy_ball (wrong: gradient descent's best step 2/(L + μ) with no momentum).
package ch03

// HeavyBall returns the learning rate and momentum to use on the κ = 100
// bowl.
func HeavyBall() (lr, beta float64) {
	return 2.0 / 101, 0
}
