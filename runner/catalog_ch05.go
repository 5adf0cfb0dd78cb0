package runner

// The exercises of chapter 05-future-trends, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch05Exercises = []Exercise{
	{
		Name: "class_weights", Chapter: "05-future-trends", Section: "Class weights and the decision threshold",
		File: "ch05/class_weights.go", Kind: Implement,
		Summary: "balanced class weights n/(k·n_c), and the threshold they imply",
		Hints: []string{
			"Count the rows of each class first; a class with no rows has no weight, so that is an error, as is a label outside 0 … k−1.",
			"With the counts, every class's weight is n/(k·n_c): check that the weights of a class's rows add up to n/k.",
			"For the threshold: the weighted logit is logit p + ln(w₁/w₀), which is 0 where p/(1 − p) = w₀/w₁; solve for p.",
		},
	},
	{
		Name: "allreduce", Chapter: "05-future-trends", Section: "Distributed optimization",
		File: "ch05/allreduce.go", Kind: Debug,
		Summary: "repair an all-reduce that is right only for equal shards",
		Hints: []string{
			"Write the whole batch's mean as (1/N)·Σ over all rows, and group the rows by shard: what does each worker's mean have to be multiplied by?",
			"A shard's sum is nₖ·ḡₖ; the batch's mean is the sum of those over N = Σnₖ. An empty shard's NaN must be skipped, not multiplied by 0.",
			"Three repairs: weight each mean by nₖ/N instead of 1/K, skip workers with nₖ = 0, and refuse a gradient whose length differs in either direction.",
		},
	},
	{
		Name: "weighted_bce", Chapter: "05-future-trends", Section: "Class weights and the decision threshold",
		File: "ch05/weighted_bce.go", Kind: Implement,
		Summary: "class-weighted binary cross-entropy on logits, Keras's reduction",
		Hints: []string{
			"Pick each row's weight from its label first (w₁ for y = 1, w₀ for y = 0); everything else is chapter 4's sigmoid_bce.",
			"The weight is a constant factor of the row's loss, so it multiplies the row's derivative too; the mean divides by n, not by the sum of the weights.",
			"Per row: w·(max(z, 0) − z·y + log1p(e^−|z|))/n for the loss and w·(σ(z) − y)/n for the gradient, σ computed from e^−|z|.",
		},
	},
	{
		Name: "sparse_adagrad", Chapter: "05-future-trends", Section: "Sparse data",
		File: "ch05/sparse_adagrad.go", Kind: Implement,
		Summary: "a lazy Adagrad step over (index, value) pairs, exact against the dense one",
		Hints: []string{
			"Validate everything before touching θ or s: a refused step must change nothing.",
			"An index listed twice is one coordinate of the dense gradient, whose value is the sum; gather the sums (a map from index to value) before stepping.",
			"For each gathered (j, g): s[j] += g², then θ[j] −= η·g/√(s[j] + ε), with ε inside the root.",
		},
	},
	{
		Name: "importance_weights", Chapter: "05-future-trends", Section: "Importance sampling",
		File: "ch05/importance_weights.go", Kind: Implement,
		Summary: "importance weights p/q for rows drawn from another distribution, and Kish's effective batch",
		Hints: []string{
			"The target distribution is uniform over the n rows of q, p = 1/n; a row drawn more often than that must count for less.",
			"Check that Σᵢ qᵢ·wᵢ·gᵢ equals the plain mean for any g: that forces qᵢ·wᵢ = 1/n.",
			"Weight of a drawn row i: (1/n)/q[i]; then b_eff = (Σw)²/Σw² over the drawn rows, after checking q and every index.",
		},
	},
	{
		Name: "focal", Chapter: "05-future-trends", Section: "Five remedies side by side",
		File: "ch05/focal.go", Kind: Derive,
		Summary: "derive the focal loss's gradient on logits, stably",
		Hints: []string{
			"Differentiate in pₜ first: d/dpₜ of −(1 − pₜ)^γ·log pₜ has two terms, by the product rule. Then multiply by dpₜ/dz = s·pₜ·(1 − pₜ).",
			"Simplified, ∂FL/∂z = s·(1 − pₜ)^γ·(γ·pₜ·log pₜ − (1 − pₜ)); at γ = 0 it is σ(z) − y.",
			"With u = s·z and e = e^−|u|: pₜ and 1 − pₜ are 1/(1 + e) and e/(1 + e) (swapped when u < 0), and log pₜ = −(max(−u, 0) + log1p(e)).",
		},
	},
	{
		Name: "recall_weight", Chapter: "05-future-trends", Section: "Class weights and the decision threshold",
		File: "ch05/recall_weight.go", Kind: Tune,
		Summary: "pick the class weight that reaches a stated recall with the fewest false alarms",
		Hints: []string{
			"A class weight is a threshold in disguise: first find, on the validation positives, the threshold t on p that keeps the wanted share of them.",
			"The weighted model's cut at ½ is the plain model's cut at p = w₀/(w₀ + w₁); with w₀ = 1, set that equal to t.",
			"Sort the validation positives' probabilities, take t as the smallest of the top ⌈recall·n₁⌉, and return (1 − t)/t.",
		},
	},
}
