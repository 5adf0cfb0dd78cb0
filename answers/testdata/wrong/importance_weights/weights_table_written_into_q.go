// Exercise importance_weights (wrong: turns q into the table of weights p/q in place and then looks the drawn rows up in it).
package ch05

import (
	"errors"
	"fmt"
	"math"
)

// ImportanceWeights returns the weight p/q of every drawn row and the
// batch's effective size.
func ImportanceWeights(q []float64, drawn []int) (weights []float64, effective float64, err error) {
	if len(q) == 0 {
		return nil, 0, errors.New("q is empty")
	}
	total := 0.0
	for i, qi := range q {
		if !(qi >= 0) || math.IsInf(qi, 0) {
			return nil, 0, fmt.Errorf("q[%d] = %v is not a probability", i, qi)
		}
		total += qi
	}
	if math.Abs(total-1) > 1e-9 {
		return nil, 0, fmt.Errorf("q sums to %v, not 1", total)
	}
	if len(drawn) == 0 {
		return nil, 0, errors.New("no rows drawn")
	}
	for _, i := range drawn {
		if i < 0 || i >= len(q) || q[i] == 0 {
			return nil, 0, fmt.Errorf("row %d cannot have been drawn", i)
		}
	}
	p := 1 / float64(len(q))
	for i := range q {
		if q[i] > 0 {
			q[i] = p / q[i]
		}
	}
	var sum, sumSq float64
	for _, i := range drawn {
		weights = append(weights, q[i])
		sum += q[i]
		sumSq += q[i] * q[i]
	}
	return weights, sum * sum / sumSq, nil
}
