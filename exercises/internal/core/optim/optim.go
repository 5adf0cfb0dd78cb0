// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

// An Optimizer moves a flat vector of parameters against its gradient.
//
// The same optimizer drives a point on a 2-D surface (len(params) == 2)
// and a whole network (all weights in one slice). State such as moment
// estimates is created on the first Step and sized to params; a later Step
// with a different length is a programming error reported by panic-free
// means: Step then resets its state to the new length.
type Optimizer interface {
	// Name is the optimizer's kind, e.g. "adam".
	Name() string
	// Step updates params in place from grad (same length); it does not
	// modify grad.
	Step(params, grad []float64)
	// Reset forgets all state: moments, accumulators and the step count.
	Reset()
	// LearningRate and SetLearningRate let a Schedule drive the optimizer.
	LearningRate() float64
	SetLearningRate(lr float64)
	// Hyperparameters lists every resolved hyperparameter in a fixed order,
	// for reports such as `descent trace`'s JSON.
	Hyperparameters() []Hyperparameter
}

// A Hyperparameter is one resolved setting of an optimizer. Value is a
// float64 or a bool (nesterov, centered).
type Hyperparameter struct {
	Name  string
	Value any
}
