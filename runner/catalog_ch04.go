package runner

// The exercises of chapter 04-code, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch04Exercises = []Exercise{
	{
		Name: "dense", Chapter: "04-code", Section: "A network in Keras terms",
		File: "ch04/dense.go", Kind: Implement,
		Summary: "a Dense layer's forward pass with ReLU, Keras's kernel layout",
		Hints: []string{
			"The kernel has one row per input and one column per unit, so the number of outputs is len(b), not len(kernel).",
			"Unit j reads column j: every input i contributes its value times kernel[i][j]. The bias is added before the ReLU, not after.",
			"For each unit j: start from b[j], add x[i]·kernel[i][j] over i, keep max(0, ·) in a new slice.",
		},
	},
	{
		Name: "linreg_grad", Chapter: "04-code", Section: "Fault 2: the gradient of a sum, not of a mean",
		File: "ch04/linreg_grad.go", Kind: Derive,
		Summary: "derive linear regression's gradient, with its 1/n",
		Hints: []string{
			"Differentiate one term first: ∂(rᵢ²)/∂wⱼ = 2·rᵢ·∂rᵢ/∂wⱼ, and rᵢ depends on wⱼ only through xᵢⱼ·wⱼ.",
			"The ½ cancels the 2 and the 1/n stays: ∂J/∂wⱼ is the mean of rᵢ·xᵢⱼ, and ∂J/∂b the mean of rᵢ.",
			"Compute each residual once per row, accumulate rᵢ·xᵢⱼ and rᵢ, divide by n at the end (after checking n > 0).",
		},
	},
	{
		Name: "normal_eq", Chapter: "04-code", Section: "The fix, checked",
		File: "ch04/normal_eq.go", Kind: Implement,
		Summary: "the closed-form least-squares line, accurate far from 0",
		Hints: []string{
			"Shift every x by x̄ and every y by ȳ. In those coordinates Σx = 0, and the two normal equations no longer involve each other.",
			"Centered, the first equation says the line passes through (x̄, ȳ); the second gives the slope as a ratio of two centered sums.",
			"slope = Σ(x−x̄)(y−ȳ) / Σ(x−x̄)², intercept = ȳ − slope·x̄; return an error when there are fewer than two points or Σ(x−x̄)² is 0.",
		},
	},
	{
		Name: "sigmoid_bce", Chapter: "04-code", Section: "Cross-entropy on logits",
		File: "ch04/sigmoid_bce.go", Kind: Derive,
		Summary: "derive the gradient of binary cross-entropy on logits, stably",
		Hints: []string{
			"Use the form log(1 + e^z) − y·z: the derivative of log(1 + e^z) is e^z/(1 + e^z) = σ(z).",
			"So ∂ℓ/∂z = σ(z) − y, and ∂J/∂zᵢ carries the 1/n of the mean. The work left is computing σ without overflow.",
			"With e = e^−|z|: σ(z) = 1/(1 + e) for z ≥ 0 and e/(1 + e) for z < 0; the loss term is max(z, 0) − z·y + log1p(e).",
		},
	},
	{
		Name: "doc_regression", Chapter: "04-code", Section: "Linear regression from scratch",
		File: "ch04/doc_regression.go", Kind: Debug,
		Summary: "repair document 000's regression program (three faults)",
		Hints: []string{
			"Count the entries of θ and the entries of each row of X: does every entry of θ multiply something?",
			"Look at the residual: how many targets is each prediction compared with? numpy's broadcasting made that matrix, not the math.",
			"Three repairs: rows (1, xᵢ), one residual per row (prediction − yᵢ), and the gradient of the mean, (2/n)·Σ rᵢ·(1, xᵢ).",
		},
	},
	{
		Name: "choose_lr", Chapter: "04-code", Section: "Choosing η from the Hessian",
		File: "ch04/choose_lr.go", Kind: Tune,
		Summary: "pick the fastest learning rate from the Hessian's eigenvalues",
		Hints: []string{
			"J is quadratic, so its Hessian is constant: (2/n)·XᵀX with rows (1, xᵢ), a 2 × 2 matrix of n, Σx and Σx².",
			"The error along an eigenvector shrinks by |1 − η·λ| per step; the slowest of μ and L decides. Balance the two factors.",
			"With trace T and determinant D of the 2 × 2 Hessian, μ, L = T/2 ∓ √((T/2)² − D); return 2/(μ + L).",
		},
	},
}
