package runner

// The exercises of chapter 04-code, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch04Exercises = []Exercise{
	{
		Name: "linreg_grad", Chapter: "04-code", Section: "Linear regression from scratch",
		File: "ch04/linreg_grad.go", Kind: Implement,
		Summary: "the linear-regression gradient, with its 1/n",
		Hints: []string{
			"Compute each residual rᵢ = xᵢ·w + b − yᵢ once; ∂J/∂wⱼ = (1/n)·Σ rᵢ·xᵢⱼ and ∂J/∂b = (1/n)·Σ rᵢ. Without the 1/n, 100 samples make the step 100× too big.",
		},
	},
	{
		Name: "normal_eq", Chapter: "04-code", Section: "Linear regression from scratch",
		File: "ch04/normal_eq.go", Kind: Implement,
		Summary: "the closed-form least-squares line (normal equation)",
		Hints: []string{
			"slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², intercept = ȳ − slope·x̄. If Σ(x−x̄)² is 0 every x is the same: return an error.",
		},
	},
	{
		Name: "dense", Chapter: "04-code", Section: "A network in Keras terms",
		File: "ch04/dense.go", Kind: Implement,
		Summary: "a Dense layer's forward pass with ReLU",
		Hints: []string{
			"Row i of W holds the weights of output i: zᵢ = Σⱼ W[i][j]·x[j] + b[i], then max(0, zᵢ).",
		},
	},
	{
		Name: "sigmoid_bce", Chapter: "04-code", Section: "A network in Keras terms",
		File: "ch04/sigmoid_bce.go", Kind: Implement,
		Summary: "sigmoid + cross-entropy backward: p − y",
		Hints: []string{
			"The chain rule collapses to (σ(z) − y)/n. For a σ that never overflows use 1/(1+e^−z) when z ≥ 0 and eᶻ/(1+eᶻ) when z < 0.",
		},
	},
}
