package trends

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/loss"
	"descent/core/num"
	"descent/core/optim"
)

// imbalanced draws n points in the plane: a fraction rare of them are
// positives (label 1) around (1.5, 1.5), the rest negatives around (0, 0),
// both with unit variance, so the classes overlap.
func imbalanced(n int, rare float64, rng *rand.Rand) (x [][]float64, y []float64) {
	for range n {
		label, centre := 0.0, 0.0
		if rng.Float64() < rare {
			label, centre = 1, 1.5
		}
		x = append(x, []float64{centre + rng.NormFloat64(), centre + rng.NormFloat64()})
		y = append(y, label)
	}
	return x, y
}

// weightedGrad is the gradient of one step of logistic regression,
// z = w₁x₁ + w₂x₂ + b, on the rows picked, each with its own weight:
//
//	J = (1/B)·Σᵢ wᵢ·ℓ(yᵢ, zᵢ),   ∂J/∂θ = (1/B)·Σᵢ wᵢ·(∂ℓ/∂zᵢ)·(xᵢ₁, xᵢ₂, 1)
//
// Class weights and importance weights are both just wᵢ.
func weightedGrad(l loss.Loss, theta []float64, x [][]float64, y []float64, rows []int, weights []float64) []float64 {
	grad := make([]float64, 3)
	dz := make([]float64, 1)
	for k, i := range rows {
		z := theta[0]*x[i][0] + theta[1]*x[i][1] + theta[2]
		l.SampleGrad([]float64{y[i]}, []float64{z}, dz)
		g := weights[k] * dz[0] / float64(len(rows))
		grad[0] += g * x[i][0]
		grad[1] += g * x[i][1]
		grad[2] += g
	}
	return grad
}

// A method is one way to train on imbalanced data: a loss, and a rule for
// which rows each step sees and with what weights.
type method struct {
	name   string
	loss   loss.Loss
	sample func(rng *rand.Rand) (rows []int, weights []float64)
}

// imbalanceMethods builds the five methods for a training set with labels y.
func imbalanceMethods(y []float64, gamma float64) ([]method, error) {
	n := len(y)
	var pos, neg []int
	for i, label := range y {
		if label == 1 {
			pos = append(pos, i)
		} else {
			neg = append(neg, i)
		}
	}
	if len(pos) == 0 || len(neg) == 0 {
		return nil, fmt.Errorf("the training set has %d positives and %d negatives; both classes are needed", len(pos), len(neg))
	}
	all, ones := make([]int, n), make([]float64, n)
	classWeights := make([]float64, n) // "balanced": n/(2·n_class), as in scikit-learn
	for i := range n {
		all[i], ones[i] = i, 1
		classWeights[i] = float64(n) / (2 * float64(len(neg)))
		if y[i] == 1 {
			classWeights[i] = float64(n) / (2 * float64(len(pos)))
		}
	}
	// Half of every batch of 64 comes from each class: the rows are drawn
	// with q = 1/(2·n_class) instead of p = 1/n.
	balancedBatch := func(rng *rand.Rand, reweight bool) ([]int, []float64) {
		rows, weights := make([]int, 64), make([]float64, 64)
		for k := range rows {
			class := neg
			if k%2 == 1 {
				class = pos
			}
			rows[k] = class[rng.IntN(len(class))]
			weights[k] = 1
			if reweight { // importance weight p/q keeps the expected gradient of plain BCE
				weights[k] = 2 * float64(len(class)) / float64(n)
			}
		}
		return rows, weights
	}
	bce := loss.BinaryCrossentropyFromLogits()
	focal, err := loss.BinaryFocalFromLogits(gamma, loss.NoClassBalance)
	if err != nil {
		return nil, err
	}
	fullBatch := func(weights []float64) func(*rand.Rand) ([]int, []float64) {
		return func(*rand.Rand) ([]int, []float64) { return all, weights }
	}
	return []method{
		{"plain BCE", bce, fullBatch(ones)},
		{"class-weighted BCE", bce, fullBatch(classWeights)},
		{fmt.Sprintf("focal, γ = %g", gamma), focal, fullBatch(ones)},
		{"oversampled batches", bce, func(r *rand.Rand) ([]int, []float64) { return balancedBatch(r, false) }},
		{"importance-sampled", bce, func(r *rand.Rand) ([]int, []float64) { return balancedBatch(r, true) }},
	}, nil
}

// runImbalanced trains each method with Adam from zero and scores it on a
// fresh test set drawn the same way, at the threshold p = 0.5.
func runImbalanced(ctx context.Context, in book.Inputs, out book.Output) error {
	rng := rand.New(rand.NewPCG(uint64(in.Int("seed")), 13))
	xTrain, yTrain := imbalanced(2000, in.Float("positives"), rng)
	xTest, yTest := imbalanced(20000, in.Float("positives"), rng)
	methods, err := imbalanceMethods(yTrain, in.Float("gamma"))
	if err != nil {
		return err
	}
	var rows [][]string
	best, bestName := -1.0, ""
	for k, m := range methods {
		out.Progress("method %d/%d: %s", k+1, len(methods), m.name)
		opt, err := optim.New("adam", map[string]float64{"lr": 0.05})
		if err != nil {
			return err
		}
		theta := make([]float64, 3)
		draws := rand.New(rand.NewPCG(uint64(in.Int("seed")), 17))
		for range in.Int("steps") {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			picked, weights := m.sample(draws)
			opt.Step(theta, weightedGrad(m.loss, theta, xTrain, yTrain, picked, weights))
		}
		s := score(theta, xTest, yTest)
		if s.accuracy > best {
			best, bestName = s.accuracy, m.name
		}
		rows = append(rows, []string{m.name, pct(s.accuracy), pct(s.recall), pct(s.precision), pct(s.balanced)})
	}
	out.Printf("%s", book.Table([]string{"method", "accuracy", "recall (positives)", "precision", "balanced accuracy"}, rows))
	out.Printf("highest accuracy: %s (%s); predicting \"negative\" for every row would score %s\n",
		pct(best), bestName, pct(1-mean(yTest)))
	return nil
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

type scores struct{ accuracy, recall, precision, balanced float64 }

// score counts a classifier's hits on a labelled set: recall is the share
// of positives found, precision the share of predicted positives that are
// real, balanced accuracy the mean recall of the two classes.
func score(theta []float64, x [][]float64, y []float64) scores {
	var tp, fp, tn, fn float64
	for i, row := range x {
		predicted := theta[0]*row[0]+theta[1]*row[1]+theta[2] > 0 // σ(z) > 0.5
		switch {
		case predicted && y[i] == 1:
			tp++
		case predicted:
			fp++
		case y[i] == 1:
			fn++
		default:
			tn++
		}
	}
	return scores{
		accuracy:  (tp + tn) / float64(len(y)),
		recall:    tp / (tp + fn),
		precision: tp / math.Max(tp+fp, 1),
		balanced:  (tp/(tp+fn) + tn/(tn+fp)) / 2,
	}
}

func pct(v float64) string { return fmt.Sprintf("%.1f%%", 100*v) }

// runFocalGradient compares how hard cross-entropy and focal loss push on
// the logit of one row, as a function of pₜ, the probability the model
// gives the row's true class. Both gradients come from core/loss; for
// cross-entropy |∂ℓ/∂z| = 1 − pₜ.
func runFocalGradient(ctx context.Context, in book.Inputs, out book.Output) error {
	gamma := in.Float("gamma")
	focal, err := loss.BinaryFocalFromLogits(gamma, loss.NoClassBalance)
	if err != nil {
		return err
	}
	bce := loss.BinaryCrossentropyFromLogits()
	g := make([]float64, 1)
	var rows [][]string
	for _, pt := range []float64{0.01, 0.1, 0.2, 0.5, 0.7, 0.9, 0.99} {
		z := []float64{math.Log(pt / (1 - pt))} // a positive row with σ(z) = pₜ
		bce.SampleGrad([]float64{1}, z, g)
		ce := math.Abs(g[0])
		focal.SampleGrad([]float64{1}, z, g)
		fl := math.Abs(g[0])
		rows = append(rows, []string{num.Sig(pt, 2), num.Sig(ce, 3), num.Sig(fl, 3), num.Sig(fl/ce, 3)})
	}
	out.Printf("one positive row; |∂ℓ/∂z| for cross-entropy and for focal loss with γ = %g\n", gamma)
	out.Printf("%s", book.Table([]string{"pₜ", "cross-entropy", "focal", "focal / cross-entropy"}, rows))
	return nil
}
