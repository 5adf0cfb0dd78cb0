// Exercise momentum_sign: repair a momentum step that climbs (wrong: β multiplies the whole bracket, v ← β·(v − η·g)).
//
// The velocity must hold −η·g (a step downhill) and be updated before θ
// moves along it: v ← β·v − η·g; θ ← θ + v.
package ch03

// KerasMomentumStep does one momentum update in Keras's form.
func KerasMomentumStep(theta, velocity, grad []float64, lr, beta float64) {
	for i := range theta {
		velocity[i] = beta * (velocity[i] - lr*grad[i])
		theta[i] += velocity[i]
	}
}
