package runner

// The exercises of chapter 03-algorithms, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch03Exercises = []Exercise{
	{
		Name: "momentum", Chapter: "03-algorithms", Section: "3. Momentum: the heavy ball",
		File: "ch03/momentum.go", Kind: Implement,
		Summary: "SGD with momentum (heavy ball)",
		Hints: []string{
			"Update the velocity first, v ← β·v + g, then step with it, θ ← θ − η·v. Both slices are updated in place.",
		},
	},
	{
		Name: "nesterov", Chapter: "03-algorithms", Section: "Nesterov, stated correctly",
		File: "ch03/nesterov.go", Kind: Implement,
		Summary: "Nesterov momentum with the look-ahead gradient",
		Hints: []string{
			"Build the look-ahead point θ − η·β·v in a new slice, ask grad for the slope there, then do the momentum update with that slope.",
		},
	},
	{
		Name: "adagrad", Chapter: "03-algorithms", Section: "Adagrad's step only shrinks",
		File: "ch03/adagrad.go", Kind: Implement,
		Summary: "Adagrad: a learning rate per coordinate that only shrinks",
		Hints: []string{
			"Add g² to the running sum first, then divide: θ ← θ − η·g/(√G + ε). ε goes outside the root.",
		},
	},
	{
		Name: "rmsprop", Chapter: "03-algorithms", Section: "4. Adaptive methods: a learning rate per coordinate",
		File: "ch03/rmsprop.go", Kind: Implement,
		Summary: "RMSprop: Adagrad with a decaying average",
		Hints: []string{
			"s ← ρ·s + (1−ρ)·g², then θ ← θ − η·g/(√s + ε). Compared with Adagrad only the first line changes.",
		},
	},
	{
		Name: "adam", Chapter: "03-algorithms", Section: "Adam's bias correction",
		File: "ch03/adam.go", Kind: Implement,
		Summary: "Adam with bias correction",
		Hints: []string{
			"Update m and v, then divide by (1−β₁ᵗ) and (1−β₂ᵗ) — math.Pow(beta1, float64(t)) — before the step. On step 1 each coordinate moves by about η.",
		},
	},
}
