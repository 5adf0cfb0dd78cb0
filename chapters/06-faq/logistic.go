package faq

import "descent/core/loss"

// A logistic model scores a row x with z = w·x + b and predicts the
// probability σ(z) that its label is 1. theta holds w, then b.
type logistic struct {
	x, y [][]float64 // rows and their 0/1 labels (one column)
}

// logits returns z for the given rows, one row per sample, as core/loss
// wants them.
func (m logistic) logits(theta []float64, rows []int) (yTrue, z [][]float64) {
	b := theta[len(theta)-1]
	for _, i := range rows {
		s := b
		for j, xj := range m.x[i] {
			s += theta[j] * xj
		}
		yTrue, z = append(yTrue, m.y[i]), append(z, []float64{s})
	}
	return yTrue, z
}

// lossAndGrad returns the mean binary cross-entropy on the rows and writes
// its gradient into grad: ∂J/∂wⱼ = Σᵢ (∂J/∂zᵢ)·xᵢⱼ, ∂J/∂b = Σᵢ ∂J/∂zᵢ,
// with ∂J/∂zᵢ = (σ(zᵢ) − yᵢ)/B from core/loss.
func (m logistic) lossAndGrad(theta []float64, rows []int, grad []float64) float64 {
	bce := loss.BinaryCrossentropyFromLogits()
	yTrue, z := m.logits(theta, rows)
	dz := make([][]float64, len(z))
	for i := range dz {
		dz[i] = make([]float64, 1)
	}
	loss.GradOfMean(bce, yTrue, z, dz)
	clear(grad)
	for k, i := range rows {
		for j, xj := range m.x[i] {
			grad[j] += dz[k][0] * xj
		}
		grad[len(grad)-1] += dz[k][0]
	}
	return loss.Mean(bce, yTrue, z)
}

// accuracy is the share of rows whose label the model gets right at the
// threshold σ(z) = ½, that is z = 0.
func (m logistic) accuracy(theta []float64) float64 {
	yTrue, z := m.logits(theta, allRows(len(m.x)))
	right := 0
	for i := range z {
		if (z[i][0] > 0) == (yTrue[i][0] == 1) {
			right++
		}
	}
	return float64(right) / float64(len(z))
}

func allRows(n int) []int {
	rows := make([]int, n)
	for i := range rows {
		rows[i] = i
	}
	return rows
}
