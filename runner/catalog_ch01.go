package runner

// The exercises of chapter 01-background, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch01Exercises = []Exercise{
	{
		Name: "mse", Chapter: "01-background", Section: "The loss: one number that ranks models",
		File: "ch01/mse.go", Kind: Implement,
		Summary: "mean squared error and its gradient",
		Hints: []string{
			"Both functions loop once over the pairs. The gradient of (1/n)·Σ(pᵢ−yᵢ)² with respect to pᵢ keeps the 1/n: it is 2(pᵢ−yᵢ)/n.",
		},
	},
	{
		Name: "bce", Chapter: "01-background", Section: "Mind the brackets",
		File: "ch01/bce.go", Kind: Implement,
		Summary: "binary cross-entropy that stays finite at p = 0 and p = 1",
		Hints: []string{
			"Clamp each p into [eps, 1−eps] before taking a log, and keep the brackets: −[y·log p + (1−y)·log(1−p)], averaged over the batch.",
		},
	},
	{
		Name: "softmax_ce", Chapter: "01-background", Section: "Classification: why not just count mistakes?",
		File: "ch01/softmax_ce.go", Kind: Implement,
		Summary: "softmax cross-entropy through log-sum-exp",
		Hints: []string{
			"Subtract the largest logit m before exponentiating: log Σ exp(zⱼ) = m + log Σ exp(zⱼ − m). The loss is that minus z[class].",
		},
	},
	{
		Name: "gradcheck", Chapter: "01-background", Section: "Walking downhill: gradient descent",
		File: "ch01/gradcheck.go", Kind: Implement,
		Summary: "a central-difference gradient check",
		Hints: []string{
			"For each coordinate i: set x[i] = xi+h, evaluate, set x[i] = xi−h, evaluate, put x[i] back. The slope is (f₊ − f₋)/(2h).",
		},
	},
}
