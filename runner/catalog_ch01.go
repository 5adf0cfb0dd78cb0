package runner

// The exercises of chapter 01-background, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch01Exercises = []Exercise{
	{
		Name: "mse", Chapter: "01-background", Section: "The loss: one number that ranks models",
		File: "ch01/mse.go", Kind: Implement,
		Summary: "the mean squared error and its gradient",
		Hints: []string{
			"Write ∂/∂p₂ of (1/n)·[(p₁−y₁)² + (p₂−y₂)² + …] by hand: only one term depends on p₂.",
			"The derivative of (p₂−y₂)² is 2(p₂−y₂), and the 1/n in front of the sum stays in front of it.",
			"Loop once over i: accumulate the squared differences for MSE; for the gradient fill a new slice of length n with 2·(pᵢ − yᵢ)/n. Return 0 for MSE when n = 0.",
		},
	},
	{
		Name: "bce", Chapter: "01-background", Section: "Mind the brackets",
		File: "ch01/bce.go", Kind: Debug,
		Summary: "repair document 001's log loss: its brackets, and log 0",
		Hints: []string{
			"There are two bugs: one in which terms the minus sign reaches, one in what happens when p is exactly 0 or 1.",
			"Every term yᵢ·log pᵢ + (1 − yᵢ)·log(1 − pᵢ) is ≤ 0, so the whole bracket must be negated. And log 0 = −Inf: clip p into [eps, 1 − eps] first.",
			"Per sample: q = min(max(p, eps), 1 − eps); add y·log q + (1 − y)·log(1 − q). Return minus the sum over n (0 for an empty batch).",
		},
	},
	{
		Name: "softmax_ce", Chapter: "01-background", Section: "Many classes: softmax and cross-entropy",
		File: "ch01/softmax_ce.go", Kind: Implement,
		Summary: "softmax cross-entropy through a log-sum-exp that cannot overflow",
		Hints: []string{
			"Which m in LSE(z) = m + LSE(z − m) makes every exponent zⱼ − m ≤ 0?",
			"With m = the largest logit, every exp(zⱼ − m) is in (0, 1] and one of them is exactly 1, so the sum is between 1 and n: its log is safe.",
			"Find m in one pass, add up exp(zⱼ − m) in a second, return m + log(sum); −Inf for no logits. The loss is LogSumExp(logits) − logits[class].",
		},
	},
	{
		Name: "gradcheck", Chapter: "01-background", Section: "Checking a gradient: central differences",
		File: "ch01/gradcheck.go", Kind: Implement,
		Summary: "a central-difference gradient check that reports the worst coordinate",
		Hints: []string{
			"For coordinate i you need f at two points that differ from x only in coordinate i, by +h and by −h.",
			"Remember x[i], set it to x[i] + h and call f, set it to x[i] − h and call f, then put the remembered value back before moving to i + 1.",
			"GradCheck: a := grad(x), n := CentralDiff(f, x, h); keep the maximum over i of |aᵢ − nᵢ| / max(|aᵢ| + |nᵢ|, 1e-12).",
		},
	},
	{
		Name: "choose_h", Chapter: "01-background", Section: "Checking a gradient: central differences",
		File: "ch01/choose_h.go", Kind: Tune,
		Summary: "choose the step h for forward and central differences",
		Hints: []string{
			"Each total error is a truncation term that grows with h plus a rounding term ε/h that shrinks with it; the best h balances them.",
			"Forward: minimize h/2 + ε/h, which gives h near √ε. Central: minimize h²/6 + ε/h, which gives h near ∛ε.",
			"With ε = 2.2e-16: return about 1.5e-8 for the forward difference and about 6e-6 for the central one (math.Sqrt and math.Cbrt of ε).",
		},
	},
	{
		Name: "softmax_grad", Chapter: "01-background", Section: "The gradient is p − y",
		File: "ch01/softmax_grad.go", Kind: Derive,
		Summary: "derive the gradient of softmax cross-entropy with respect to the logits",
		Hints: []string{
			"Write log pⱼ = zⱼ − LSE(z). Then H = LSE(z)·Σⱼ yⱼ − Σⱼ yⱼ·zⱼ, and Σⱼ yⱼ = 1.",
			"∂LSE/∂zᵢ = exp(zᵢ)/Σₖ exp(zₖ) = pᵢ, and ∂(Σⱼ yⱼ·zⱼ)/∂zᵢ = yᵢ.",
			"So the gradient is pᵢ − yᵢ: compute the softmax with the largest logit subtracted first, then subtract y.",
		},
	},
	{
		Name: "ece", Chapter: "01-background", Section: "Calibration: do the probabilities mean what they say?",
		File: "ch01/ece.go", Kind: Implement,
		Summary: "the expected calibration error of predicted probabilities",
		Hints: []string{
			"Each prediction goes to one bin by its value; per bin you need a count, the sum of the predictions and the sum of the labels.",
			"Bin b = ⌊p·B⌋, but p = 1 would give b = B: put it in bin B − 1. A bin's term (n_b/n)·|ȳ_b − p̄_b| equals |Σy − Σp|/n over its samples.",
			"Three slices of length B; one pass to fill them with b := min(int(p·B), B−1); then add |sumY[b] − sumP[b]|/n for every non-empty bin. Return 0 when n = 0.",
		},
	},
	{
		Name: "label_smoothing", Chapter: "01-background", Section: "Label smoothing",
		File: "ch01/label_smoothing.go", Kind: Derive,
		Summary: "derive the gradient and the minimum of a label-smoothed loss",
		Hints: []string{
			"ỹ is a distribution (its entries add up to 1), so everything the chapter derives for a cross-entropy against a target distribution applies.",
			"The gradient is p − ỹ, zero exactly when p = ỹ; softmax can produce ỹ, and since pₖ/pⱼ = exp(zₖ − zⱼ), the gap is a logarithm.",
			"gap = log((1 − s + s/C)/(s/C)); minLoss = −(1 − s + s/C)·log(1 − s + s/C) − (C − 1)·(s/C)·log(s/C); for s = 0 return +Inf and 0.",
		},
	},
}
