package runner

// The exercises of chapter 02-core-concepts, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch02Exercises = []Exercise{
	{
		Name: "gd_step", Chapter: "02-core-concepts", Section: "Gradient descent",
		File: "ch02/gd_step.go", Kind: Implement,
		Summary: "one gradient-descent step, in place",
		Hints: []string{
			"θᵢ ← θᵢ − η·gᵢ for every i. Write into theta itself; the test looks at the slice you were given.",
		},
	},
	{
		Name: "stable_lr", Chapter: "02-core-concepts", Section: "The learning rate",
		File: "ch02/stable_lr.go", Kind: Implement,
		Summary: "the largest stable learning rate 2/L of a quadratic",
		Hints: []string{
			"L is the largest eigenvalue of [[a b] [b c]]: (a+c)/2 + √(((a−c)/2)² + b²). A flat surface (L ≤ 0) has no limit: return +Inf.",
		},
	},
	{
		Name: "l2", Chapter: "02-core-concepts", Section: "Regularization",
		File: "ch02/l2.go", Kind: Implement,
		Summary: "an L2 penalty and its gradient",
		Hints: []string{
			"The penalty is (λ/2)·Σwᵢ², so its gradient is simply λ·wᵢ — the ½ is there to cancel the 2.",
		},
	},
	{
		Name: "l1", Chapter: "02-core-concepts", Section: "Regularization",
		File: "ch02/l1.go", Kind: Implement,
		Summary: "an L1 penalty and its subgradient",
		Hints: []string{
			"|w| has slope −1 left of zero and +1 right of it; at exactly zero pick 0. Multiply by λ.",
		},
	},
}
