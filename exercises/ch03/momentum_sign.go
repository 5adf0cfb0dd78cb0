// Exercise momentum_sign: repair a momentum step that climbs.
//
// Read first: chapter 03-algorithms, "3. Momentum: the heavy ball".
//
// KerasMomentumStep is meant to be momentum in Keras's form, where the
// velocity v is the step itself:
//
//	v ← β·v − η·g
//	θ ← θ + v
//
// so that after every call velocity[i] equals the change just made to
// theta[i]. With a constant η this takes the same points as the heavy ball
// of exercise momentum.
//
// It does not work. On f(θ) = ½·θ², started at θ = 1 with η = 0.1 and
// β = 0.9, the first call leaves θ where it was, and from then on the loss
// grows at every step. Find what is wrong and repair it, keeping Keras's
// form: the tests check that velocity holds the step just taken.
//
// Contract: theta, velocity and grad have the same length. Update theta
// and velocity in place; never write to grad.
//
// Race it by hand (from the repository root): this prints your path as
// JSON lines, one point per step; --func also takes rosenbrock, beale,
// himmelblau, saddle and ellipse.
//
//	go run ./exercises/race --opt momentum_sign --func quadratic --lr 0.05 --steps 100
//
// Check it with: go run . check momentum_sign   (from the repository root)
// The check always runs the tests as shipped: only this file is yours.
package ch03

// KerasMomentumStep does one momentum update in Keras's form.
func KerasMomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i := range theta {
		theta[i] += velocity[i]
		velocity[i] = beta*velocity[i] + lr*grad[i]
	}
}
