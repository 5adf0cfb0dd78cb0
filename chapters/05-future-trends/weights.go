package trends

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"descent/chapters/book"
	"descent/core/loss"
	"descent/core/num"
)

// balancedWeights returns scikit-learn's "balanced" class weights,
// w_c = n/(k·n_c) for k classes of n_c rows each, as one weight per row:
// every class then carries the same total weight, n/k.
func balancedWeights(y []float64) ([]float64, error) {
	var count [2]float64
	for _, label := range y {
		count[int(label)]++
	}
	if count[0] == 0 || count[1] == 0 {
		return nil, fmt.Errorf("%g positives and %g negatives: balanced weights need both classes", count[1], count[0])
	}
	w := make([]float64, len(y))
	for i, label := range y {
		w[i] = float64(len(y)) / (2 * count[int(label)])
	}
	return w, nil
}

func ones(n int) []float64 {
	w := make([]float64, n)
	for i := range w {
		w[i] = 1
	}
	return w
}

// stepsToConverge runs full-batch gradient descent with η = 1/L, L the
// bound on J's curvature, from θ = 0 until θ is within 10⁻⁶ of θ*, and
// returns the number of steps (0 if limit steps were not enough).
func stepsToConverge(ctx context.Context, p logistic, star []float64, L float64, limit int) (int, error) {
	theta, g := make([]float64, 3), make([]float64, 3)
	for k := 1; k <= limit; k++ {
		if k%1000 == 0 && ctx.Err() != nil {
			return 0, ctx.Err()
		}
		p.gradient(theta, g)
		d := 0.0
		for i := range theta {
			theta[i] -= g[i] / L
			d += (theta[i] - star[i]) * (theta[i] - star[i])
		}
		if math.Sqrt(d) < 1e-6 {
			return k, nil
		}
	}
	return 0, nil
}

// runConditioning measures whether an uneven class distribution slows
// the optimizer: for each share of positives it finds θ* (Newton), the
// curvature at θ* (μ = λ_min of the Hessian there) and the global bound L,
// and counts the steps gradient descent with η = 1/L needs to reach θ*.
func runConditioning(ctx context.Context, in book.Inputs, out book.Output) error {
	n, limit := in.Int("rows"), 200000
	var rows [][]string
	for k, share := range []float64{0.5, 0.05, 0.01} {
		out.Progress("share %d/3: %.0f%% positives", k+1, 100*share)
		rng := rand.New(rand.NewPCG(uint64(in.Int("seed")), 13))
		x, y := imbalanced(n, share, rng)
		weighted, err := balancedWeights(y)
		if err != nil {
			return book.BadInput("%v (try more rows)", err)
		}
		for _, v := range []struct {
			name    string
			weights []float64
		}{{"plain", ones(n)}, {"balanced weights", weighted}} {
			if share == 0.5 && v.name != "plain" {
				continue // balanced data: the weights are all 1 anyway
			}
			p := logistic{x: x, y: y, w: v.weights}
			star, err := p.minimize()
			if errors.Is(err, errSeparable) {
				rows = append(rows, []string{fmt.Sprintf("%.0f%%", 100*share), v.name, "—", "—", "—", "no minimizer: separable"})
				continue
			} else if err != nil {
				return err
			}
			mu, _ := eigen(p.hessian(star, false))
			_, L := eigen(p.hessian(star, true))
			steps, err := stepsToConverge(ctx, p, star, L, limit)
			if err != nil {
				return err
			}
			result := fmt.Sprint(steps)
			if steps == 0 {
				result = fmt.Sprintf("more than %d", limit)
			}
			rows = append(rows, []string{fmt.Sprintf("%.0f%%", 100*share), v.name, num.Sig(mu, 4), num.Sig(L, 4), num.Sig(L/mu, 4), result})
		}
	}
	out.Printf("logistic regression on %d rows, full-batch gradient descent with η = 1/L from θ = 0\n", n)
	out.Printf("%s", book.Table([]string{"positives", "loss", "μ at θ*", "L (bound)", "κ = L/μ", "steps to ‖θ − θ*‖ < 1e-6"}, rows))
	return nil
}

// runThreshold fits plain and class-weighted logistic regression exactly
// and compares them: where the weighted model draws its boundary, and
// whether that is just the plain model with a different threshold.
func runThreshold(ctx context.Context, in book.Inputs, out book.Output) error {
	n, share := in.Int("rows"), in.Float("positives")
	rng := rand.New(rand.NewPCG(uint64(in.Int("seed")), 29))
	x, y := imbalanced(n, share, rng)
	xTest, yTest := imbalanced(20000, share, rng)
	weighted, err := balancedWeights(y)
	if err != nil {
		return book.BadInput("%v (try more rows or a larger share)", err)
	}
	plain, err := logistic{x: x, y: y, w: ones(n)}.minimize()
	if err != nil {
		return book.BadInput("%v (try more rows or a larger share)", err)
	}
	heavy, err := logistic{x: x, y: y, w: weighted}.minimize()
	if err != nil {
		return book.BadInput("%v (try more rows or a larger share)", err)
	}
	positives := 0
	var w0, w1 float64
	for i, label := range y {
		if label == 1 {
			positives++
			w1 = weighted[i]
		} else {
			w0 = weighted[i]
		}
	}
	out.Printf("%d rows, %d positives: balanced weights w₀ = %s, w₁ = %s\n", n, positives, num.Sig(w0, 4), num.Sig(w1, 4))
	out.Printf("%s", book.Table([]string{"", "plain", "class-weighted"}, [][]string{
		{"θ₁ (x₁)", num.Fixed(plain[0], 3), num.Fixed(heavy[0], 3)},
		{"θ₂ (x₂)", num.Fixed(plain[1], 3), num.Fixed(heavy[1], 3)},
		{"θ₃ (intercept)", num.Fixed(plain[2], 3), num.Fixed(heavy[2], 3)},
	}))
	out.Printf("intercept shift %s; ln(w₁/w₀) = %s\n", num.Fixed(heavy[2]-plain[2], 3), num.Fixed(math.Log(w1/w0), 3))
	// The threshold on the plain model's p that matches the weighted
	// model's p = 1/2: σ(z + ln(w₁/w₀)) > 1/2 ⇔ σ(z) > w₀/(w₀ + w₁).
	t := w0 / (w0 + w1)
	agree := 0
	var table [][]string
	for _, c := range []struct {
		name      string
		theta     []float64
		threshold float64
	}{{"plain, p > 0.5", plain, 0.5}, {fmt.Sprintf("plain, p > %s", num.Sig(t, 3)), plain, t}, {"class-weighted, p > 0.5", heavy, 0.5}} {
		s := scoreAt(c.theta, xTest, yTest, c.threshold)
		table = append(table, []string{c.name, pct(s.accuracy), pct(s.recall), pct(s.precision)})
	}
	for _, row := range xTest {
		a := sigmoid(plain[0]*row[0]+plain[1]*row[1]+plain[2]) > t
		b := heavy[0]*row[0]+heavy[1]*row[1]+heavy[2] > 0
		if a == b {
			agree++
		}
	}
	out.Printf("\non a test set of %d rows:\n%s", len(yTest), book.Table([]string{"classifier", "accuracy", "recall", "precision"}, table))
	out.Printf("the weighted model at 0.5 and the plain one at %s give the same class on %s of the test rows\n",
		num.Sig(t, 3), pct(float64(agree)/float64(len(yTest))))
	return nil
}

// runImportance draws batches of 64 with a chosen share of positives and
// weights each row by p/q, its probability under uniform sampling over its
// probability under the draw. It checks that the weighted batch gradient
// of plain cross-entropy is unbiased and measures what the reweighting
// costs in variance and in effective sample size.
func runImportance(ctx context.Context, in book.Inputs, out book.Output) error {
	seed := uint64(in.Int("seed"))
	rng := rand.New(rand.NewPCG(seed, 13))
	x, y := imbalanced(2000, 0.05, rng)
	var pos, neg []int
	for i, label := range y {
		if label == 1 {
			pos = append(pos, i)
		} else {
			neg = append(neg, i)
		}
	}
	pi := float64(len(pos)) / float64(len(y))
	p := logistic{x: x, y: y, w: ones(len(y))}
	star, err := p.minimize()
	if err != nil {
		return err
	}
	bce := loss.BinaryCrossentropyFromLogits()
	all := make([]int, len(y))
	for i := range all {
		all[i] = i
	}
	const batch, draws = 64, 2000
	var rows [][]string
	shares := []float64{pi, 0.2, 0.5, 0.9, in.Float("share")}
	for k, share := range shares {
		out.Progress("share %d/%d: %.1f%% positives drawn", k+1, len(shares), 100*share)
		// Rows of each class are drawn uniformly within the class, the
		// class with probability share: q = share/n₁ for a positive,
		// (1 − share)/n₀ for a negative, against p = 1/n.
		wPos, wNeg := pi/share, (1-pi)/(1-share)
		sample := func(r *rand.Rand) ([]int, []float64) {
			rows, weights := make([]int, batch), make([]float64, batch)
			for k := range rows {
				if r.Float64() < share {
					rows[k], weights[k] = pos[r.IntN(len(pos))], wPos
				} else {
					rows[k], weights[k] = neg[r.IntN(len(neg))], wNeg
				}
			}
			return rows, weights
		}
		line := []string{fmt.Sprintf("%.1f%%", 100*share), num.Sig(wPos, 3), num.Sig(wNeg, 3),
			num.Sig(effectiveSize(batch, share, wPos, wNeg), 3)}
		for _, theta := range [][]float64{make([]float64, 3), star} {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			full := weightedGrad(bce, theta, x, y, all, ones(len(y)))
			r := rand.New(rand.NewPCG(seed, 47))
			var avg [3]float64
			variance := 0.0
			for range draws {
				picked, weights := sample(r)
				g := weightedGrad(bce, theta, x, y, picked, weights)
				for j := range avg {
					avg[j] += g[j] / draws
				}
				variance += distance2(g, full) / draws
			}
			if len(line) == 4 { // at θ = 0: is the average of the batches the full gradient?
				line = append(line, num.Sig(math.Sqrt(distance2(avg[:], full)/(variance/draws)), 2))
			}
			line = append(line, num.Sig(variance, 3))
		}
		rows = append(rows, line)
	}
	out.Printf("2000 rows, %.1f%% positives; batches of %d drawn %d times, each row weighted by p/q\n", 100*pi, batch, draws)
	out.Printf("%s", book.Table([]string{"positives drawn", "w₊", "w₋", "effective batch", "‖ḡ − g‖/s.e.", "E‖g_B − g‖², θ = 0", "at θ*"}, rows))
	return nil
}

// effectiveSize is the effective sample size of a batch of b rows drawn
// with importance weights, b/E_q[w²] (Kish 1965; the weights have mean
// E_q[w] = 1): the number of unweighted rows whose average would be as
// precise. Equal weights give b; a few rare, heavy rows give far less.
func effectiveSize(b int, share, wPos, wNeg float64) float64 {
	return float64(b) / (share*wPos*wPos + (1-share)*wNeg*wNeg)
}

func distance2(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += (a[i] - b[i]) * (a[i] - b[i])
	}
	return s
}

// scoreAt is score with the decision threshold t on p = σ(z).
func scoreAt(theta []float64, x [][]float64, y []float64, t float64) scores {
	shift := math.Log(t / (1 - t)) // σ(z) > t ⇔ z > logit(t)
	return score([]float64{theta[0], theta[1], theta[2] - shift}, x, y)
}
