package nn

import (
	"fmt"
	"math"
	"strings"
)

// An Activation is applied to one row of a layer's pre-activations z.
//
// Forward writes a = f(z). Backward receives ∂L/∂a and writes ∂L/∂z; it is
// given both z and a because some derivatives are cheapest from one
// (relu uses z) and some from the other (sigmoid uses a(1−a)).
// All slices of one call have the same length; neither method allocates.
type Activation interface {
	Name() string
	Forward(z, a []float64)
	Backward(z, a, gradA, gradZ []float64)
}

// DefaultLeakySlope is the slope LeakyReLU uses for negative inputs when
// asked for by name. It is Keras 3's and TensorFlow.js's default (0.2);
// the old Keras 2 LeakyReLU layer used 0.3 and PyTorch uses 0.01.
const DefaultLeakySlope = 0.2

// Linear is the identity, f(z) = z.
func Linear() Activation { return linear{} }

// ReLU is f(z) = max(0, z). Its derivative at exactly 0 is taken as 0,
// as TensorFlow and PyTorch do.
func ReLU() Activation { return relu{} }

// LeakyReLU is f(z) = z for z > 0 and slope·z otherwise.
func LeakyReLU(slope float64) Activation { return leakyReLU{slope} }

// Sigmoid is f(z) = 1/(1 + e^(−z)).
func Sigmoid() Activation { return sigmoid{} }

// Tanh is the hyperbolic tangent.
func Tanh() Activation { return tanhAct{} }

// Softmax turns a row into probabilities: f(z)ᵢ = e^(zᵢ) / Σⱼ e^(zⱼ).
// Unlike the others it couples the entries of a row.
func Softmax() Activation { return softmax{} }

// activationNames lists the names ActivationByName accepts.
var activationNames = []string{"linear", "relu", "leaky_relu", "sigmoid", "tanh", "softmax"}

// ActivationNames returns the names ActivationByName accepts.
func ActivationNames() []string { return append([]string(nil), activationNames...) }

// ActivationByName returns the activation with a Keras name. leaky_relu uses
// DefaultLeakySlope.
func ActivationByName(name string) (Activation, error) {
	switch name {
	case "linear":
		return Linear(), nil
	case "relu":
		return ReLU(), nil
	case "leaky_relu":
		return LeakyReLU(DefaultLeakySlope), nil
	case "sigmoid":
		return Sigmoid(), nil
	case "tanh":
		return Tanh(), nil
	case "softmax":
		return Softmax(), nil
	}
	return nil, fmt.Errorf("unknown activation %q (valid: %s)", name, strings.Join(activationNames, ", "))
}

type linear struct{}

func (linear) Name() string                    { return "linear" }
func (linear) Forward(z, a []float64)          { copy(a, z) }
func (linear) Backward(_, _, gA, gZ []float64) { copy(gZ, gA) }

type relu struct{}

func (relu) Name() string { return "relu" }

func (relu) Forward(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		a[i] = max(v, 0)
	}
}

func (relu) Backward(z, _, gradA, gradZ []float64) {
	gradA, gradZ = gradA[:len(z)], gradZ[:len(z)]
	for i, v := range z {
		if v > 0 {
			gradZ[i] = gradA[i] // slope 1
		} else {
			gradZ[i] = 0 // flat: no gradient flows back
		}
	}
}

type leakyReLU struct{ slope float64 }

func (leakyReLU) Name() string { return "leaky_relu" }

func (l leakyReLU) Forward(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		if v > 0 {
			a[i] = v
		} else {
			a[i] = l.slope * v
		}
	}
}

func (l leakyReLU) Backward(z, _, gradA, gradZ []float64) {
	gradA, gradZ = gradA[:len(z)], gradZ[:len(z)]
	for i, v := range z {
		if v > 0 {
			gradZ[i] = gradA[i]
		} else {
			gradZ[i] = l.slope * gradA[i]
		}
	}
}

type sigmoid struct{}

func (sigmoid) Name() string { return "sigmoid" }

func (sigmoid) Forward(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		// Two forms so that exp never overflows: for v < 0, e^v is small.
		if v >= 0 {
			a[i] = 1 / (1 + math.Exp(-v))
		} else {
			e := math.Exp(v)
			a[i] = e / (1 + e)
		}
	}
}

// σ'(z) = σ(z)(1 − σ(z)), read off the output.
func (sigmoid) Backward(_, a, gradA, gradZ []float64) {
	gradA, gradZ = gradA[:len(a)], gradZ[:len(a)]
	for i, s := range a {
		gradZ[i] = gradA[i] * s * (1 - s)
	}
}

type tanhAct struct{}

func (tanhAct) Name() string { return "tanh" }

func (tanhAct) Forward(z, a []float64) {
	a = a[:len(z)]
	for i, v := range z {
		a[i] = math.Tanh(v)
	}
}

// tanh'(z) = 1 − tanh²(z).
func (tanhAct) Backward(_, a, gradA, gradZ []float64) {
	gradA, gradZ = gradA[:len(a)], gradZ[:len(a)]
	for i, t := range a {
		gradZ[i] = gradA[i] * (1 - t*t)
	}
}

type softmax struct{}

func (softmax) Name() string { return "softmax" }

func (softmax) Forward(z, a []float64) {
	a = a[:len(z)]
	// Subtracting the row's maximum changes nothing mathematically and keeps
	// exp from overflowing.
	m := math.Inf(-1)
	for _, v := range z {
		m = max(m, v)
	}
	sum := 0.0
	for i, v := range z {
		a[i] = math.Exp(v - m)
		sum += a[i]
	}
	for i := range a {
		a[i] /= sum
	}
}

// The Jacobian is ∂aᵢ/∂zⱼ = aᵢ(δᵢⱼ − aⱼ), so
// ∂L/∂zᵢ = Σⱼ ∂L/∂aⱼ · aⱼ(δᵢⱼ − aᵢ) = aᵢ(∂L/∂aᵢ − Σⱼ ∂L/∂aⱼ·aⱼ).
func (softmax) Backward(_, a, gradA, gradZ []float64) {
	gradA, gradZ = gradA[:len(a)], gradZ[:len(a)]
	dot := 0.0
	for j, s := range a {
		dot += gradA[j] * s
	}
	for i, s := range a {
		gradZ[i] = s * (gradA[i] - dot)
	}
}
