package ch06

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"descent/exercises/internal/expect"
)

// tinyRows are eight rows that the line x₁ + x₂ = 1.5 separates, and
// their labels.
func tinyRows() ([][]float64, []float64) {
	x := [][]float64{{0.5, 1.5}, {1, 2.2}, {1.4, 1.1}, {2, 1.8}, {-0.4, 0.2}, {0.3, -0.6}, {-1, 0.5}, {0.2, 0.1}}
	y := []float64{1, 1, 1, 1, 0, 0, 0, 0}
	return x, y
}

// tinyLoss is the mean binary cross-entropy of θ = (w, b) on the rows, and
// how many rows it classifies right.
func tinyLoss(theta []float64, x [][]float64, y []float64) (float64, int) {
	d := len(x[0])
	sum, right := 0.0, 0
	for i, row := range x {
		z := theta[d]
		for j, v := range row {
			z += theta[j] * v
		}
		// log(1 + e^(−z)) for y = 1, log(1 + e^z) for y = 0, computed stably.
		m := z
		if y[i] == 1 {
			m = -z
		}
		sum += math.Max(m, 0) + math.Log1p(math.Exp(-math.Abs(m)))
		if (z > 0) == (y[i] == 1) {
			right++
		}
	}
	return sum / float64(len(x)), right
}

func TestFitTinyOverfitsEightRows(t *testing.T) {
	x, y := tinyRows()
	theta := FitTiny(x, y, 0.5, 2000)
	xs, ys := tinyRows()
	if len(theta) != len(xs[0])+1 {
		expect.Fatalf(t, "FitTiny(8 rows of 2 features, η=0.5, 2000 steps)\n  expected θ with 3 entries (w₁, w₂, b)\n  got      %s\n  next: θ is one weight per feature, then the bias.", expect.Format(theta))
	}
	loss, right := tinyLoss(theta, xs, ys)
	if !(loss < 0.05) || right != 8 {
		expect.Failf(t, "FitTiny(8 separable rows, η=0.5, 2000 steps) = θ %s\n  expected a cross-entropy below 0.05 and 8/8 rows right\n  got      %.4g and %d/8 right\n  next: a correct loop overfits eight rows easily; this one has bugs. Compare each line with the formulas in the header: the gradient of *this* step, σ, and what the loop does to x.",
			expect.Format(theta), loss, right)
	}
}

// referenceTiny is gradient descent on the mean cross-entropy, as the
// header states it.
func referenceTiny(x [][]float64, y []float64, lr float64, steps int) []float64 {
	d, n := len(x[0]), float64(len(x))
	theta := make([]float64, d+1)
	for range steps {
		grad := make([]float64, d+1)
		for i, row := range x {
			z := theta[d]
			for j, v := range row {
				z += theta[j] * v
			}
			e := 1/(1+math.Exp(-z)) - y[i]
			for j, v := range row {
				grad[j] += e * v / n
			}
			grad[d] += e / n
		}
		for j := range theta {
			theta[j] -= lr * grad[j]
		}
	}
	return theta
}

func TestFitTinyFirstSteps(t *testing.T) {
	firstStepRight := false
	for _, steps := range []int{1, 3} {
		x, y := tinyRows()
		got := FitTiny(x, y, 0.5, steps)
		xs, ys := tinyRows()
		want := referenceTiny(xs, ys, 0.5, steps)
		call := fmt.Sprintf("FitTiny(8 rows, η=0.5, %d steps)", steps)
		next := "θ ← θ − η·∇J with ∇J from this step's predictions pᵢ = σ(w·xᵢ + b) only, σ(z) = 1/(1 + e⁻ᶻ)."
		if steps > 1 && firstStepRight {
			next = "the first step is right and the later ones are not: at θ = 0 every σ(z) is ½ whichever way σ is written, so look at what changes once θ ≠ 0, and at anything that carries over from one step to the next."
		}
		if expect.Floats(t, call, got, want, 1e-9, next) && steps == 1 {
			firstStepRight = true
		}
	}
}

func TestFitTinyLeavesItsInputsAlone(t *testing.T) {
	x, y := tinyRows()
	FitTiny(x, y, 0.5, 3)
	xs, ys := tinyRows()
	for i := range xs {
		if !slices.Equal(x[i], xs[i]) {
			expect.Failf(t, "FitTiny(8 rows, η=0.5, 3 steps)\n  expected the caller's row %d to stay %s\n  got      %s\n  next: appending to x[i] writes into the caller's data (and, with spare capacity, into memory it shares). Put the bias in θ instead of in x.",
				i, expect.Format(xs[i]), expect.Format(x[i]))
			return
		}
	}
	if !slices.Equal(y, ys) {
		expect.Failf(t, "FitTiny changed the labels to %s\n  next: read y, never write to it.", expect.Format(y))
	}
	if got := FitTiny(nil, nil, 0.5, 3); got != nil {
		expect.Failf(t, "FitTiny(no rows)\n  expected nil\n  got      %s\n  next: no rows, nothing to fit.", expect.Format(got))
	}
}

// Rows are often views into one flat array (a matrix stored row after
// row): then x[i] has spare capacity that is the next row's memory, and
// an append to x[i], even one kept in a slice of your own, overwrites it.
func TestFitTinyLeavesRowsThatShareAnArrayAlone(t *testing.T) {
	rows, y := tinyRows()
	flat := make([]float64, 0, 2*len(rows))
	for _, row := range rows {
		flat = append(flat, row...)
	}
	keep := slices.Clone(flat)
	x := make([][]float64, len(rows))
	for i := range x {
		x[i] = flat[2*i : 2*i+2] // capacity runs on to the end of flat
	}
	got := FitTiny(x, y, 0.5, 3)
	if !slices.Equal(flat, keep) {
		expect.Failf(t, "FitTiny(8 rows cut from one array, η=0.5, 3 steps)\n  expected the array to stay %s\n  got      %s\n  next: appending the constant 1 to a row wrote it over the next row's first feature. Keep the bias in θ and add it to w·x yourself.",
			expect.Format(keep), expect.Format(flat))
		return
	}
	xs, ys := tinyRows()
	expect.Floats(t, "FitTiny(8 rows cut from one array, η=0.5, 3 steps)", got, referenceTiny(xs, ys, 0.5, 3), 1e-9,
		"the same rows give the same θ, however they are stored.")
}

// The sanity check has two features, but FitTiny takes rows of any
// length d and returns d weights and a bias.
func TestFitTinyTakesAnyNumberOfFeatures(t *testing.T) {
	rows, y := tinyRows()
	x := make([][]float64, len(rows))
	for i, row := range rows {
		x[i] = []float64{row[0], row[1], row[0] - 2*row[1]}
	}
	want := referenceTiny(x, y, 0.5, 3)
	got := FitTiny(x, y, 0.5, 3)
	expect.Floats(t, "FitTiny(8 rows of 3 features, η=0.5, 3 steps)", got, want, 1e-9,
		"θ has one weight per feature of the rows, then the bias: size it from the rows, and put the bias after the last weight.")
}
