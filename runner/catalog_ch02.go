package runner

// The exercises of chapter 02-core-concepts, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch02Exercises = []Exercise{
	{
		Name: "gd_step", Chapter: "02-core-concepts", Section: "Gradient descent",
		File: "ch02/gd_step.go", Kind: Implement,
		Summary: "the gradient-descent step, in place, and a loop of steps",
		Hints: []string{
			"GDStep changes the caller's slice: whatever it computes must end up in theta itself, not in a new slice that is lost on return.",
			"Descend must not change the caller's theta, so it works on a copy; before every step it asks grad for the gradient at the point reached so far.",
			"GDStep: for every i, theta[i] -= lr·grad[i]. Descend: x := a copy of theta; repeat steps times GDStep(x, grad(x), lr); return x.",
		},
	},
	{
		Name: "l2", Chapter: "02-core-concepts", Section: "Regularization",
		File: "ch02/l2.go", Kind: Implement,
		Summary: "an L2 penalty (α/2)·‖w‖² and its gradient, added in place",
		Hints: []string{
			"Differentiate (α/2)·(w₁² + w₂² + …) with respect to one wᵢ: only one term depends on it.",
			"The ½ cancels the 2 of d(w²)/dw, so ∂R/∂wᵢ = α·wᵢ; AddL2Grad adds that to what grad[i] already holds.",
			"L2Penalty: α/2 times the sum of w[i]². AddL2Grad: for every i, grad[i] += α·w[i].",
		},
	},
	{
		Name: "l1", Chapter: "02-core-concepts", Section: "L1 and L2 do different things",
		File: "ch02/l1.go", Kind: Implement,
		Summary: "an L1 penalty α·‖w‖₁ and its subgradient",
		Hints: []string{
			"|w| is a V: its slope is −1 on the left, +1 on the right, and the slope does not depend on how far from 0 w is.",
			"So the subgradient of α·|wᵢ| is α·sign(wᵢ), with the chosen value 0 at wᵢ = 0; the penalty itself has no ½.",
			"L1Penalty: α times the sum of |w[i]|. L1Subgrad: a new slice g with g[i] = α if w[i] > 0, −α if w[i] < 0, and 0 otherwise.",
		},
	},
	{
		Name: "stopping", Chapter: "02-core-concepts", Section: "When to stop",
		File: "ch02/stopping.go", Kind: Debug,
		Summary: "repair document 000's loop: its sign, and a stopping rule that can fire",
		Hints: []string{
			"Run it in your head from (0, 0): does J go down after the first step? And what is the smallest value J can take here?",
			"Two bugs: the step adds η·∇J (that climbs), and the loop waits for J to reach 0, but this J's minimum is 1, so it never stops early.",
			"In the loop: g := grad(theta); if ‖g‖ ≤ tol break; then theta[i] -= lr·g[i]. Count a step only after taking it.",
		},
	},
	{
		Name: "prox_l1", Chapter: "02-core-concepts", Section: "The proximal step for L1",
		File: "ch02/prox_l1.go", Kind: Implement,
		Summary: "the proximal gradient (soft-threshold) step for an L1 penalty",
		Hints: []string{
			"Minimize ½(u − v)² + ηα·|u| on each side of 0: for u > 0 the minimizer is v − ηα, valid only if that is positive; for u < 0 it is v + ηα.",
			"If neither side is valid (|v| ≤ ηα), the minimizer is u = 0. Together: sign(v)·max(|v| − ηα, 0).",
			"For each j: v := w[j] − lr·grad[j]; w[j] = math.Copysign(math.Max(math.Abs(v) − lr·alpha, 0), v).",
		},
	},
	{
		Name: "stable_lr", Chapter: "02-core-concepts", Section: "In several dimensions",
		File: "ch02/stable_lr.go", Kind: Tune,
		Summary: "measure the largest stable learning rate of a quadratic (and when there is none)",
		Hints: []string{
			"Along each eigenvector of H a step multiplies θ by 1 − η·λᵢ. Which eigenvalues limit η, and what does a negative one do for every η > 0?",
			"With every λᵢ ≥ 0 the answer is 2/λ_max (+Inf if all are 0); with any λᵢ < 0 it is 0. Power iteration finds λ_max: repeat v ← Hv/‖Hv‖, then λ ≈ vᵀHv.",
			"Power iteration gives the eigenvalue of largest |λ|, which may be negative; run it on H and on c·I − H (c = that |λ|) to get both ends of the spectrum, then decide.",
		},
	},
	{
		Name: "noise_floor", Chapter: "02-core-concepts", Section: "Step sizes that converge: Robbins–Monro",
		File: "ch02/noise_floor.go", Kind: Derive,
		Summary: "derive the noise floor where SGD with a constant step stalls",
		Hints: []string{
			"Write eₜ = θₜ − m. One step gives eₜ₊₁ = (1 − ηh)·eₜ − η·ξₜ: a contraction plus a fresh kick of noise.",
			"Square and take expectations: the cross term vanishes because ξₜ has mean 0 and is independent of eₜ, so E[e²] ← (1 − ηh)²·E[e²] + η²σ². It settles only if (1 − ηh)² < 1.",
			"The fixed point is E[e²] = η²σ²/(1 − (1 − ηh)²) = ησ²/(h(2 − ηh)); the excess loss is ½h times that, and +Inf when |1 − ηh| ≥ 1.",
		},
	},
	{
		Name: "rm_schedule", Chapter: "02-core-concepts", Section: "Step sizes that converge: Robbins–Monro",
		File: "ch02/rm_schedule.go", Kind: Tune,
		Summary: "tune η₀ and t₀ of a decaying SGD step ηₜ = η₀/(t + t₀) to beat a noise floor",
		Hints: []string{
			"A constant step stops at a noise floor; ηₜ = η₀/(t + t₀) decays, but along a direction of curvature h the error then shrinks like t^(−η₀·h).",
			"For the noise to fall like 1/t you need η₀·h > ½ in the flattest direction, h = μ; and the first step η₀/t₀ must stay below 2/L.",
			"With μ = 0.2 and L = 2: η₀ around 1/μ = 5 and t₀ a little above η₀·L/2 = 5, say 6.",
		},
	},
}
