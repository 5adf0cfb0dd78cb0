package runner

// The exercises of chapter 06-faq, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch06Exercises = []Exercise{
	{
		Name: "batches", Chapter: "06-faq", Section: "Batch size and mini-batches",
		File: "ch06/batches.go", Kind: Implement,
		Summary: "cut one epoch's shuffled order into mini-batches, keeping the short last one",
		Hints: []string{
			"Batch k starts at position k·size of order. How many batches are there when size does not divide n, and how long is the last?",
			"Walk a start position 0, size, 2·size, … while it is inside order; each batch runs from the start to the start plus size, or to the end of order if that comes first.",
			"A slice expression order[start:end] with end = min(start+size, len(order)) is one batch; append it. Guard size < 1 before the loop.",
		},
	},
	{
		Name: "update_ratio", Chapter: "06-faq", Section: "Watch the update-to-weight ratio",
		File: "ch06/update_ratio.go", Kind: Implement,
		Summary: "measure ‖Δw‖/‖w‖ for each layer of a flat weight vector",
		Hints: []string{
			"Each layer is a consecutive slice of the flat vector; its ratio uses only its own slice. The norm is of the difference, not the difference of the norms.",
			"Keep a running start offset. For each layer, accumulate Σ(after − before)² and Σ before² over its slice, then take the square root of their quotient.",
			"When Σ before² is 0, the ratio is +Inf if Σ(after − before)² > 0 and 0 otherwise: test for it before dividing, or 0/0 becomes NaN.",
		},
	},
	{
		Name: "huber", Chapter: "06-faq", Section: "Which loss should I use?",
		File: "ch06/huber.go", Kind: Derive,
		Summary: "the Huber loss, and its gradient derived by hand and checked by central differences",
		Hints: []string{
			"Differentiate each piece of h separately with respect to r, then use ∂r/∂pᵢ = 1 and the 1/n of the mean.",
			"Inside |r| ≤ δ the slope of ½r² is r. Outside, |r| has slope sign(r), and δ·(|r| − ½δ) is δ times that. Both give ±δ at |r| = δ.",
			"grad[i] is r/n inside δ and math.Copysign(delta, r)/n outside, with r = pred[i] − target[i].",
		},
	},
	{
		Name: "early_stop", Chapter: "06-faq", Section: "How do I avoid overfitting?",
		File: "ch06/early_stop.go", Kind: Implement,
		Summary: "early stopping with patience that gives back the best epoch's weights",
		Hints: []string{
			"Remember four things: the best loss, its epoch, its weights, and the count of epochs since an improvement. What does the trainer do to its weights slice after Observe returns?",
			"A NaN or ±Inf loss never improves but still counts as an epoch without improvement. Save the weights with append(saved[:0], weights...) or slices.Clone, never by assigning the slice.",
			"Fit: loop up to maxEpochs times, break when Observe(epoch()) says stop, then return BestWeights() and the epoch from Best().",
		},
	},
	{
		Name: "log_cosh", Chapter: "06-faq", Section: "Which loss should I use?",
		File: "ch06/log_cosh.go", Kind: Derive,
		Summary: "log-cosh computed without overflow, and its gradient derived by hand",
		Hints: []string{
			"Write cosh r = e^|r|·(1 + e^(−2|r|))/2 and take the logarithm of each factor. The derivative of log cosh r is sinh r / cosh r: which standard function is that?",
			"log cosh r = |r| + log(1 + e^(−2|r|)) − log 2, and e^(−2|r|) ≤ 1 never overflows. The gradient is tanh(r)/n, which math.Tanh computes without overflow.",
			"sum += a + math.Log1p(math.Exp(-2*a)) - math.Ln2 with a = |pred[i] − target[i]|; grad[i] = math.Tanh(pred[i]-target[i]) / n.",
		},
	},
	{
		Name: "lr_range", Chapter: "06-faq", Section: "How do I choose a learning rate?",
		File: "ch06/lr_range.go", Kind: Implement,
		Summary: "the learning-rate range test with a bias-corrected smoothed loss and fastai's stop rule",
		Hints: []string{
			"Three pieces: a geometric grid (the exponent runs from 0 to 1), a moving average divided by 1 − βᵏ with k counting from 1, and a walk that stops at divergence.",
			"Keep βᵏ as a running product that you multiply by β before using it, so the first loss gets 1 − β. In the walk, stop before a smoothed loss that is not finite or exceeds 4× the lowest so far.",
			"best := -1; for each k: if s is NaN/Inf or (best ≥ 0 and s > 4·smoothed[best]) break; if best < 0 or s < smoothed[best] then best = k. Then lrs[best]/10.",
		},
	},
	{
		Name: "gradcheck_tune", Chapter: "06-faq", Section: "Check the gradient, and know the check's own failure modes",
		File: "ch06/gradcheck_tune.go", Kind: Tune,
		Summary: "choose h and a tolerance for a float32 gradient check that passes correct gradients and fails a 1% bug",
		Hints: []string{
			"The error of a central difference is about ε·|f|/h + h²·|f‴|/6. With ε ≈ 1.2·10⁻⁷ in float32, where is that smallest, and how small is it there?",
			"Near h ≈ ε^(1/3) ≈ 5·10⁻³ the error is around 10⁻⁴; that h also keeps 2h below the kink's distance 0.04. The tolerance must sit between that error and the 1% bug.",
			"Something like h = 5e-3 and tol = 3e-3 meets every target; so does any h between about 10⁻³ and 10⁻² with tol a few times 10⁻³.",
		},
	},
	{
		Name: "tiny_fit", Chapter: "06-faq", Section: "Overfit a tiny batch first",
		File: "ch06/tiny_fit.go", Kind: Debug,
		Summary: "repair a logistic-regression loop that cannot overfit eight rows",
		Hints: []string{
			"Check each line against the header's formulas: which values should start fresh on every step, what σ(z) is, and what the function may change.",
			"Three bugs: something that should be zeroed every step is not; σ has a sign flipped (at θ = 0 it still gives ½, so the first step hides it); and the caller's rows grow.",
			"clear(grad) at the top of every step; 1/(1+math.Exp(-z)); keep the bias as θ[d] and add it to z instead of appending 1 to x[i].",
		},
	},
}
