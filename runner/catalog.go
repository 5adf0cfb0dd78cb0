package runner

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// An Exercise is one file the learner edits and the tests that check it.
type Exercise struct {
	Name    string // short and unique, e.g. "mse"; also the file's base name
	Chapter string // chapter slug, e.g. "01-background"
	Section string // the chapter section that explains it
	File    string // path inside the exercises module, slash-separated: "ch01/mse.go"
	Summary string // one line for tables
	Hint    string // shown by `descent hint`, a nudge rather than the answer
}

// Package is the exercise's Go package directory inside the module, e.g. "ch01".
func (e Exercise) Package() string { return path.Dir(e.File) }

// TestFile is the file of tests beside the exercise, e.g. "ch01/mse_test.go".
func (e Exercise) TestFile() string { return strings.TrimSuffix(e.File, ".go") + "_test.go" }

// catalog is every exercise in the order a learner meets them. Adding an
// exercise means adding its stub, test and answer files and one line here;
// the project's tests check that the three agree.
var catalog = []Exercise{
	// 01-background: what a loss is and how to trust a gradient.
	{"mse", "01-background", "The loss: one number that ranks models", "ch01/mse.go",
		"mean squared error and its gradient",
		"Both functions loop once over the pairs. The gradient of (1/n)·Σ(pᵢ−yᵢ)² with respect to pᵢ keeps the 1/n: it is 2(pᵢ−yᵢ)/n."},
	{"bce", "01-background", "Mind the brackets", "ch01/bce.go",
		"binary cross-entropy that stays finite at p = 0 and p = 1",
		"Clamp each p into [eps, 1−eps] before taking a log, and keep the brackets: −[y·log p + (1−y)·log(1−p)], averaged over the batch."},
	{"softmax_ce", "01-background", "Classification: why not just count mistakes?", "ch01/softmax_ce.go",
		"softmax cross-entropy through log-sum-exp",
		"Subtract the largest logit m before exponentiating: log Σ exp(zⱼ) = m + log Σ exp(zⱼ − m). The loss is that minus z[class]."},
	{"gradcheck", "01-background", "Walking downhill: gradient descent", "ch01/gradcheck.go",
		"a central-difference gradient check",
		"For each coordinate i: set x[i] = xi+h, evaluate, set x[i] = xi−h, evaluate, put x[i] back. The slope is (f₊ − f₋)/(2h)."},

	// 02-core-concepts: the step, the learning rate, regularization.
	{"gd_step", "02-core-concepts", "Gradient descent", "ch02/gd_step.go",
		"one gradient-descent step, in place",
		"θᵢ ← θᵢ − η·gᵢ for every i. Write into theta itself; the test looks at the slice you were given."},
	{"stable_lr", "02-core-concepts", "The learning rate", "ch02/stable_lr.go",
		"the largest stable learning rate 2/L of a quadratic",
		"L is the largest eigenvalue of [[a b] [b c]]: (a+c)/2 + √(((a−c)/2)² + b²). A flat surface (L ≤ 0) has no limit: return +Inf."},
	{"l2", "02-core-concepts", "Regularization", "ch02/l2.go",
		"an L2 penalty and its gradient",
		"The penalty is (λ/2)·Σwᵢ², so its gradient is simply λ·wᵢ — the ½ is there to cancel the 2."},
	{"l1", "02-core-concepts", "Regularization", "ch02/l1.go",
		"an L1 penalty and its subgradient",
		"|w| has slope −1 left of zero and +1 right of it; at exactly zero pick 0. Multiply by λ."},

	// 03-algorithms: the optimizers, one update rule each.
	{"momentum", "03-algorithms", "3. Momentum: the heavy ball", "ch03/momentum.go",
		"SGD with momentum (heavy ball)",
		"Update the velocity first, v ← β·v + g, then step with it, θ ← θ − η·v. Both slices are updated in place."},
	{"nesterov", "03-algorithms", "Nesterov, stated correctly", "ch03/nesterov.go",
		"Nesterov momentum with the look-ahead gradient",
		"Build the look-ahead point θ − η·β·v in a new slice, ask grad for the slope there, then do the momentum update with that slope."},
	{"adagrad", "03-algorithms", "Adagrad's step only shrinks", "ch03/adagrad.go",
		"Adagrad: a learning rate per coordinate that only shrinks",
		"Add g² to the running sum first, then divide: θ ← θ − η·g/(√G + ε). ε goes outside the root."},
	{"rmsprop", "03-algorithms", "4. Adaptive methods: a learning rate per coordinate", "ch03/rmsprop.go",
		"RMSprop: Adagrad with a decaying average",
		"s ← ρ·s + (1−ρ)·g², then θ ← θ − η·g/(√s + ε). Compared with Adagrad only the first line changes."},
	{"adam", "03-algorithms", "Adam's bias correction", "ch03/adam.go",
		"Adam with bias correction",
		"Update m and v, then divide by (1−β₁ᵗ) and (1−β₂ᵗ) — math.Pow(beta1, float64(t)) — before the step. On step 1 each coordinate moves by about η."},

	// 04-code: the article's program, fixed and taken apart.
	{"linreg_grad", "04-code", "Linear regression from scratch", "ch04/linreg_grad.go",
		"the linear-regression gradient, with its 1/n",
		"Compute each residual rᵢ = xᵢ·w + b − yᵢ once; ∂J/∂wⱼ = (1/n)·Σ rᵢ·xᵢⱼ and ∂J/∂b = (1/n)·Σ rᵢ. Without the 1/n, 100 samples make the step 100× too big."},
	{"normal_eq", "04-code", "Linear regression from scratch", "ch04/normal_eq.go",
		"the closed-form least-squares line (normal equation)",
		"slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², intercept = ȳ − slope·x̄. If Σ(x−x̄)² is 0 every x is the same: return an error."},
	{"dense", "04-code", "A network in Keras terms", "ch04/dense.go",
		"a Dense layer's forward pass with ReLU",
		"Row i of W holds the weights of output i: zᵢ = Σⱼ W[i][j]·x[j] + b[i], then max(0, zᵢ)."},
	{"sigmoid_bce", "04-code", "A network in Keras terms", "ch04/sigmoid_bce.go",
		"sigmoid + cross-entropy backward: p − y",
		"The chain rule collapses to (σ(z) − y)/n. For a σ that never overflows use 1/(1+e^−z) when z ≥ 0 and eᶻ/(1+eᶻ) when z < 0."},

	// 05-future-trends: distributed, imbalanced and sparse.
	{"allreduce", "05-future-trends", "Distributed optimization", "ch05/allreduce.go",
		"averaging gradients from several workers",
		"Sum coordinate by coordinate across workers, then divide by the number of workers. Check every worker's length first."},
	{"weighted_bce", "05-future-trends", "Non-uniform sample distributions", "ch05/weighted_bce.go",
		"class-weighted binary cross-entropy",
		"Same as bce, but the y·log p term is multiplied by posWeight. Clamp p, and average over the batch."},
	{"focal", "05-future-trends", "Non-uniform sample distributions", "ch05/focal.go",
		"binary focal loss",
		"pₜ is p when y = 1 and 1 − p when y = 0. Clamp it, then −(1 − pₜ)^γ·log pₜ, averaged. With γ = 0 it is plain cross-entropy."},
	{"sparse_adagrad", "05-future-trends", "Sparse data", "ch05/sparse_adagrad.go",
		"a lazy Adagrad update that touches only non-zero features",
		"Loop over the pairs (idx[k], vals[k]) only; do the Adagrad update on coordinate idx[k] with gradient vals[k]. Everything else stays as it is."},

	// 06-faq: the practical questions.
	{"lr_range", "06-faq", "How do I choose a learning rate?", "ch06/lr_range.go",
		"a learning-rate range test",
		"Geometric spacing means lo·(hi/lo)^(i/(n−1)). For the suggestion skip NaN and ±Inf losses, find the smallest, and return its learning rate divided by 10."},
	{"early_stop", "06-faq", "How do I avoid overfitting?", "ch06/early_stop.go",
		"early stopping with patience",
		"Count the epochs since the last real improvement (loss < best − MinDelta). A NaN is never an improvement. Stop when the count reaches Patience."},
	{"batches", "06-faq", "Batch size and mini-batches", "ch06/batches.go",
		"mini-batch index slicing with a last partial batch",
		"Step start from 0 by size; the batch is order[start:min(start+size, len(order))]. A size below 1 is a mistake: return nil."},
	{"huber", "06-faq", "Which loss should I use?", "ch06/huber.go",
		"Huber loss and its gradient",
		"With r = p − y: ½r² when |r| ≤ δ, else δ·(|r| − ½δ). The gradient is r or δ·sign(r), and both are averaged over n."},
}

// Catalog returns every exercise in order. The slice is a copy: callers may
// keep or change it.
func Catalog() []Exercise { return append([]Exercise(nil), catalog...) }

// Chapters returns the chapter slugs that have exercises, in order.
func Chapters() []string {
	var slugs []string
	for _, e := range catalog {
		if len(slugs) == 0 || slugs[len(slugs)-1] != e.Chapter {
			slugs = append(slugs, e.Chapter)
		}
	}
	return slugs
}

// ByChapter returns the exercises of one chapter, in order; none for an
// unknown slug.
func ByChapter(slug string) []Exercise {
	var out []Exercise
	for _, e := range catalog {
		if e.Chapter == slug {
			out = append(out, e)
		}
	}
	return out
}

// Find returns the exercise with that name. The error for an unknown name
// suggests the closest one and lists them all.
func Find(name string) (Exercise, error) {
	for _, e := range catalog {
		if e.Name == name {
			return e, nil
		}
	}
	names := make([]string, len(catalog))
	for i, e := range catalog {
		names[i] = e.Name
	}
	if best := closest(name, names); best != "" {
		return Exercise{}, fmt.Errorf("no exercise %q; did you mean %q? (valid: %s)", name, best, strings.Join(names, ", "))
	}
	return Exercise{}, fmt.Errorf("no exercise %q (valid: %s)", name, strings.Join(names, ", "))
}

// index returns the exercise's position in the catalog, or -1.
func index(name string) int {
	for i, e := range catalog {
		if e.Name == name {
			return i
		}
	}
	return -1
}

// closest returns the candidate nearest to s by edit distance, if it is near
// enough to be a plausible typo.
func closest(s string, candidates []string) string {
	best, bestDist := "", len(s)/2+2
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted) // ties go to the alphabetically first, deterministically
	for _, c := range sorted {
		if d := editDistance(strings.ToLower(s), c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
