package ch05

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

// screeningData draws n rows in the plane: a share of positives (label 1)
// around (1.5, 1.5), the rest negatives around (0, 0), unit variance, as
// in chapter 5's cells.
func screeningData(n int, share float64, rng *rand.Rand) (x [][2]float64, y []float64) {
	for range n {
		label, centre := 0.0, 0.0
		if rng.Float64() < share {
			label, centre = 1, 1.5
		}
		x = append(x, [2]float64{centre + rng.NormFloat64(), centre + rng.NormFloat64()})
		y = append(y, label)
	}
	return x, y
}

func screeningLogit(theta []float64, row [2]float64) float64 {
	return theta[0]*row[0] + theta[1]*row[1] + theta[2]
}

// trainScreening fits logistic regression with class weights (1, w1),
// J = (1/n)·Σ w_{yᵢ}·ℓ(yᵢ, zᵢ), by full-batch Nesterov SGD from θ = 0 with
// η = 1/L, L a bound on the curvature ((1/4n)·Σ w·x̃x̃ᵀ, bounded by its
// largest row sum); 300 steps reach θ* to about 1e-6.
func trainScreening(t *testing.T, x [][2]float64, y []float64, w1 float64) []float64 {
	t.Helper()
	n := float64(len(x))
	var h [3][3]float64
	for i, row := range x {
		w := 1.0
		if y[i] == 1 {
			w = w1
		}
		v := [3]float64{row[0], row[1], 1}
		for a := range 3 {
			for b := range 3 {
				h[a][b] += w * v[a] * v[b] / (4 * n)
			}
		}
	}
	L := 0.0 // λ_max ≤ the largest row sum of |h| (Gershgorin)
	for a := range 3 {
		L = math.Max(L, math.Abs(h[a][0])+math.Abs(h[a][1])+math.Abs(h[a][2]))
	}
	opt, err := optim.New("sgd", map[string]float64{"lr": 1 / L, "momentum": 0.9, "nesterov": 1})
	if err != nil {
		expect.Fatalf(t, "optim.New(sgd): %v", err)
	}
	theta, g := make([]float64, 3), make([]float64, 3)
	for range 300 {
		clear(g)
		for i, row := range x {
			w := 1.0
			if y[i] == 1 {
				w = w1
			}
			r := w * (1/(1+math.Exp(-screeningLogit(theta, row))) - y[i]) / n
			g[0] += r * row[0]
			g[1] += r * row[1]
			g[2] += r
		}
		opt.Step(theta, g)
	}
	return theta
}

// recallPrecision scores a model cut at σ(z) > ½ + shift in logit terms.
func recallPrecision(theta []float64, x [][2]float64, y []float64, logitCut float64) (recall, precision float64) {
	var tp, fp, fn float64
	for i, row := range x {
		positive := screeningLogit(theta, row) > logitCut
		switch {
		case positive && y[i] == 1:
			tp++
		case positive:
			fp++
		case y[i] == 1:
			fn++
		}
	}
	return tp / (tp + fn), tp / math.Max(tp+fp, 1)
}

// bestPrecisionAt is the precision of the plain model at the threshold
// that reaches the target recall on (x, y): the best any cut of it does.
func bestPrecisionAt(theta []float64, x [][2]float64, y []float64, target float64) float64 {
	var pos []float64
	for i, row := range x {
		if y[i] == 1 {
			pos = append(pos, screeningLogit(theta, row))
		}
	}
	sort.Float64s(pos)
	cut := pos[len(pos)-int(math.Ceil(target*float64(len(pos))))]
	_, p := recallPrecision(theta, x, y, math.Nextafter(cut, math.Inf(-1)))
	return p
}

func TestClassWeightForRecall(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 8))
	xTrain, yTrain := screeningData(10000, 0.05, rng)
	xVal, yVal := screeningData(10000, 0.05, rng)
	xTest, yTest := screeningData(40000, 0.05, rng)
	plain := trainScreening(t, xTrain, yTrain, 1)
	pVal := make([]float64, len(xVal))
	for i, row := range xVal {
		pVal[i] = 1 / (1 + math.Exp(-screeningLogit(plain, row)))
	}
	for _, target := range []float64{0.95, 0.7} {
		pGiven, yGiven := expect.Copy(pVal), expect.Copy(yVal)
		w1 := ClassWeightForRecall(pGiven, yGiven, target)
		call := fmt.Sprintf("ClassWeightForRecall(plain model's validation probabilities, recall %g) = %.6g", target, w1)
		if !slices.Equal(pGiven, pVal) || !slices.Equal(yGiven, yVal) {
			expect.Failf(t, "%s\n  changed pVal or yVal\n  next: they are not yours to change (not even their order): sort a copy.", call)
		}
		if !(w1 > 0) || math.IsInf(w1, 0) {
			expect.Failf(t, "%s\n  expected a positive, finite weight\n  next: a weight w₁ > 0 multiplies the loss of every positive row.", call)
			continue
		}
		// On the validation set itself the answer is exact: the weighted
		// model's cut at ½ is the plain model's at p = 1/(1 + w₁), and it
		// must keep the target share of the positives, not more.
		cut, kept, positives := 1/(1+w1), 0.0, 0.0
		for i, p := range pVal {
			if yVal[i] == 1 {
				positives++
				if p >= cut {
					kept++
				}
			}
		}
		if share := kept / positives; math.Abs(share-target) > 0.01 {
			expect.Failf(t, "%s\n  expected the cut it implies, p = 1/(1 + w₁) = %.4g on the plain model, to keep %.0f%% of the validation positives\n  got      %.1f%% kept\n  next: find the threshold t that keeps that share of the validation positives, then the w₁ whose cut at ½ falls exactly at p = t (class_weights' EquivalentThreshold with w₀ = 1).",
				call, cut, 100*target, 100*share)
			continue
		}
		theta := trainScreening(t, xTrain, yTrain, w1)
		recall, precision := recallPrecision(theta, xTest, yTest, 0)
		best := bestPrecisionAt(plain, xTest, yTest, target)
		switch {
		case recall < target-0.04:
			expect.Failf(t, "%s\n  expected the weighted model, cut at ½, to find at least %.0f%% of the test positives (within 4 points)\n  got      %.1f%% (precision %.1f%%)\n  next: find the threshold t on the plain model's p that keeps that share of the validation positives; then pick w₁ so that the weighted model's cut at ½ falls at p = t.",
				call, 100*target, 100*recall, 100*precision)
		case precision < best-0.04:
			expect.Failf(t, "%s\n  expected precision within 4 points of %.1f%%, the best any threshold reaches at recall %.0f%%\n  got      recall %.1f%%, precision %.1f%%: more false alarms than the target needs\n  next: the weight is too large; a class weight moves the threshold, and the smallest shift that reaches the recall is the one with the fewest false alarms.",
				call, 100*best, 100*target, 100*recall, 100*precision)
		}
	}
}
