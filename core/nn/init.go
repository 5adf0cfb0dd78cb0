package nn

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// An Initializer names a way to fill a kernel before training. The fan-in is
// the layer's number of inputs and the fan-out its number of units.
//
// The normal variants follow Keras: a normal distribution truncated at two
// standard deviations (values beyond are drawn again), with the standard
// deviation divided by 0.8796… so that the truncated distribution still has
// the intended variance. PyTorch's xavier_normal_ and kaiming_normal_ draw
// from the plain, untruncated normal instead.
type Initializer string

const (
	// GlorotUniform draws from U(−l, l) with l = √(6/(fanIn+fanOut)).
	// It is Keras's default for Dense kernels.
	GlorotUniform Initializer = "glorot_uniform"
	// GlorotNormal has standard deviation √(2/(fanIn+fanOut)).
	GlorotNormal Initializer = "glorot_normal"
	// HeUniform draws from U(−l, l) with l = √(6/fanIn); suited to relu.
	HeUniform Initializer = "he_uniform"
	// HeNormal has standard deviation √(2/fanIn).
	HeNormal Initializer = "he_normal"
	// Zeros fills with 0: Keras's default for biases. For a kernel it makes
	// every unit of a layer identical forever, which is why nobody uses it.
	Zeros Initializer = "zeros"
)

var initializerNames = []Initializer{GlorotUniform, GlorotNormal, HeUniform, HeNormal, Zeros}

// InitializerByName checks a name and returns it as an Initializer.
func InitializerByName(name string) (Initializer, error) {
	for _, in := range initializerNames {
		if string(in) == name {
			return in, nil
		}
	}
	valid := make([]string, len(initializerNames))
	for i, in := range initializerNames {
		valid[i] = string(in)
	}
	return "", fmt.Errorf("unknown initializer %q (valid: %s)", name, strings.Join(valid, ", "))
}

// truncatedNormalCorrection is the standard deviation of a unit normal
// truncated to [−2, 2]; Keras divides by it (VarianceScaling).
const truncatedNormalCorrection = 0.87962566103423978

// Fill writes initial values into w.
func (in Initializer) Fill(w []float64, fanIn, fanOut int, rng *rand.Rand) error {
	switch in {
	case GlorotUniform:
		fillUniform(w, math.Sqrt(6/float64(fanIn+fanOut)), rng)
	case HeUniform:
		fillUniform(w, math.Sqrt(6/float64(fanIn)), rng)
	case GlorotNormal:
		fillTruncatedNormal(w, math.Sqrt(2/float64(fanIn+fanOut))/truncatedNormalCorrection, rng)
	case HeNormal:
		fillTruncatedNormal(w, math.Sqrt(2/float64(fanIn))/truncatedNormalCorrection, rng)
	case Zeros:
		clear(w)
	default:
		_, err := InitializerByName(string(in))
		return err
	}
	return nil
}

func fillUniform(w []float64, limit float64, rng *rand.Rand) {
	for i := range w {
		w[i] = (2*rng.Float64() - 1) * limit
	}
}

func fillTruncatedNormal(w []float64, std float64, rng *rand.Rand) {
	for i := range w {
		v := rng.NormFloat64()
		for math.Abs(v) > 2 {
			v = rng.NormFloat64()
		}
		w[i] = v * std
	}
}
