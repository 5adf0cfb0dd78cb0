// Exercise importance_weights (wrong: accepts q whose sum is within 1e-3 of 1, "to be safe", so a q that sums to 1.0005 is taken as a distribution).
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
	if math.Abs(total-1) > 1e-3 {
		return nil, 0, fmt.Errorf("q sums to %v, not 1", total)
	}
	if len(drawn) == 0 {
		return nil, 0, errors.New("no rows drawn")
	}
	p := 1 / float64(len(q))
	weights = make([]float64, len(drawn))
	var sum, sumSq float64
	for j, i := range drawn {
		if i < 0 || i >= len(q) || q[i] == 0 {
			return nil, 0, fmt.Errorf("row %d cannot have been drawn", i)
		}
		weights[j] = p / q[i]
		sum += weights[j]
		sumSq += weights[j] * weights[j]
	}
	return weights, sum * sum / sumSq, nil
}
