// Exercise heavy_ball (wrong: Nesterov's tuning η = 1/L, β = (√κ − 1)/(√κ + 1), which is slower for the heavy ball).
package ch03

// HeavyBall returns the learning rate and momentum to use on the κ = 100
// bowl.
func HeavyBall() (lr, beta float64) {
	return 0.01, 9.0 / 11
}
