// Exercise heavy_ball (wrong: Polyak's β with a step past the stability bound 2(1 + β)/L).
package ch03

// HeavyBall returns the learning rate and momentum to use on the κ = 100
// bowl.
func HeavyBall() (lr, beta float64) {
	return 0.04, 81.0 / 121
}
