package runner

// The exercises of chapter 03-algorithms, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch03Exercises = []Exercise{
	{
		Name: "momentum", Chapter: "03-algorithms", Section: "3. Momentum: the heavy ball",
		File: "ch03/momentum.go", Kind: Implement,
		Summary: "SGD with momentum (heavy ball)",
		Hints: []string{
			"Two things change per coordinate: the buffer, then θ. Which one does the step use, the buffer before or after this step's gradient?",
			"With b = 0 the first step must be plain gradient descent. If yours is not, look at the order of the two updates.",
			"Per coordinate: the buffer becomes β times itself plus g; then θ loses η times the new buffer. Both in place.",
		},
	},
	{
		Name: "momentum_sign", Chapter: "03-algorithms", Section: "3. Momentum: the heavy ball",
		File: "ch03/momentum_sign.go", Kind: Debug,
		Summary: "repair a Keras-style momentum step that climbs",
		Hints: []string{
			"Two symptoms, two faults. Why would the first call leave θ exactly where it was?",
			"In Keras's form the velocity is the step itself: which direction should a step go when the gradient is positive?",
			"Compute the new velocity first (β·v minus η·g), then add that new velocity to θ.",
		},
	},
	{
		Name: "adagrad", Chapter: "03-algorithms", Section: "Adagrad's step only shrinks",
		File: "ch03/adagrad.go", Kind: Implement,
		Summary: "Adagrad: a learning rate per coordinate that only shrinks",
		Hints: []string{
			"On the first step from s = 0 every coordinate should move by about η. If one moves by far more, which s did it divide by?",
			"ε sits inside the root, with the sum, as Keras and TF.js put it; the test picks values where √s + ε would differ.",
			"Per coordinate: add g² to the sum; then subtract η·g divided by the square root of (sum + ε).",
		},
	},
	{
		Name: "rmsprop", Chapter: "03-algorithms", Section: "The rules",
		File: "ch03/rmsprop.go", Kind: Implement,
		Summary: "RMSprop: Adagrad with a decaying average",
		Hints: []string{
			"Compared with Adagrad, only the way the squared gradients are kept changes: they fade instead of adding up.",
			"The old average keeps the weight ρ and the new g² gets 1 − ρ; the average is updated before it divides.",
			"Per coordinate: the average becomes ρ times itself plus (1 − ρ)·g²; then θ loses η·g over the root of (average + ε).",
		},
	},
	{
		Name: "clip_norm", Chapter: "03-algorithms", Section: "10. Gradient clipping",
		File: "ch03/clip_norm.go", Kind: Implement,
		Summary: "clip a model's gradient by its global norm",
		Hints: []string{
			"One norm for everything: all slices count as one long vector, and one factor scales them all.",
			"A gradient already shorter than c is left alone. For entries near 1e200, the square overflows: math.Hypot, or dividing by the largest entry first, does not.",
			"Accumulate the norm over every entry of every slice without squaring large numbers; if it exceeds c > 0, multiply every entry by c/‖g‖; return the norm from before.",
		},
	},
	{
		Name: "warmup_cosine", Chapter: "03-algorithms", Section: "9. Schedules: decay, warm-up and one-cycle",
		File: "ch03/warmup_cosine.go", Kind: Implement,
		Summary: "a linear warm-up into a cosine decay",
		Hints: []string{
			"Three ranges of steps: the ramp, the half cosine, the floor. Write down the first and last step of each before coding.",
			"The ramp gives η·(t + 1)/W so step 0 already moves; the cosine's argument is 0 at step W − 1 and π at step T, so it spans T − W + 1 steps.",
			"Clamp t below at 0; below W − 1 return the ramp; above T return the floor; otherwise the floor plus half of (η − floor) times (1 + cos(π·progress)).",
		},
	},
	{
		Name: "nesterov", Chapter: "03-algorithms", Section: "4. Nesterov, stated correctly",
		File: "ch03/nesterov.go", Kind: Implement,
		Summary: "Nesterov momentum with the look-ahead gradient",
		Hints: []string{
			"The only difference from momentum is where the gradient is measured: at the point the buffer is about to carry θ to.",
			"The look-ahead point is a new slice; θ itself must not move until the gradient is known.",
			"Build θ − η·β·b coordinate by coordinate, call grad on it once, then do the momentum update with that gradient.",
		},
	},
	{
		Name: "adam", Chapter: "03-algorithms", Section: "Adam's bias correction",
		File: "ch03/adam.go", Kind: Implement,
		Summary: "Adam with bias correction",
		Hints: []string{
			"On step 1, m̂ = g and v̂ = g² exactly, so every coordinate moves by about η. If yours moves by about 3.2·η, something is missing.",
			"t must be the number of this step (1 on the first call) when the corrections are computed; M and V keep the uncorrected averages.",
			"Create the state on the first call, count the step, update both averages, divide each by one minus its β to the power t, and step by η·m̂/(√v̂ + ε).",
		},
	},
	{
		Name: "nag_printed", Chapter: "03-algorithms", Section: "The source document's Nesterov formula",
		File: "ch03/nag_printed.go", Kind: Debug,
		Summary: "repair the source document's Nesterov formula",
		Hints: []string{
			"Run it by hand on J(θ) = θ from 0: how many times does the first step subtract the gradient?",
			"The velocity is the step just taken. Where will the old velocity carry θ before this step's gradient acts, and does θ − v point there?",
			"One gradient per step, at θ + β·v; the velocity becomes β·v − η·that gradient; θ moves by exactly the new velocity.",
		},
	},
	{
		Name: "armijo", Chapter: "03-algorithms", Section: "Line search: the Armijo condition",
		File: "ch03/armijo.go", Kind: Implement,
		Summary: "a backtracking line search on the Armijo condition",
		Hints: []string{
			"First the slope ∇f·d: if it is not negative, d does not go downhill and no trial is worth an evaluation of f.",
			"f(θ) is evaluated once, before the loop. Each trial point is a new slice θ + t·d built from the untouched θ.",
			"Loop at most 60 times: if f(trial) ≤ f(θ) + c·t·slope return t, else t ← ρ·t. After the loop return 0.",
		},
	},
	{
		Name: "heavy_ball", Chapter: "03-algorithms", Section: "Polyak's tuning and the √κ lower bound",
		File: "ch03/heavy_ball.go", Kind: Tune,
		Summary: "tune η and β to reach 1e-6 on a κ = 100 bowl within 100 steps",
		Hints: []string{
			"Try the chapter's heavy-ball cell with a few (η, β) and watch which direction is the slow one.",
			"In the complex band every direction shrinks by √β. Put both curvatures, 1 and 100, on the edges of that band.",
			"Solve η·1 = (1 − √β)² and η·100 = (1 + √β)² for η and β; keep full precision, rounding can push the steep direction out of the band.",
		},
	},
	{
		Name: "warmup", Chapter: "03-algorithms", Section: "Warm-up: an experiment",
		File: "ch03/warmup.go", Kind: Tune,
		Summary: "find the warm-up that lets Adam train at η = 0.3",
		Hints: []string{
			"Run the chapter's warm-up cell with --lr 0.3 and a few values of --warmup; count the runs that stall.",
			"Too short a warm-up lets the first steps kill units; too long leaves too little cosine to finish. Look for the middle.",
		},
	},
	{
		Name: "momentum_rate", Chapter: "03-algorithms", Section: "Two roots per direction",
		File: "ch03/momentum_rate.go", Kind: Derive,
		Summary: "derive the heavy ball's rate per step from its two roots",
		Hints: []string{
			"The rate is the largest |z| with z² − (1 + β − ηλ)·z + β = 0. The sign of the discriminant splits the cases.",
			"Complex roots are conjugates whose product is β. Real roots can both be negative: compare moduli, not values.",
			"With b = 1 + β − ηλ and d = b² − 4β: if d < 0 the rate is √β; otherwise (|b| + √d)/2.",
		},
	},
	{
		Name: "adamw", Chapter: "03-algorithms", Section: "8. L2 in the loss versus decoupled weight decay",
		File: "ch03/adamw.go", Kind: Derive,
		Summary: "derive where L2 and AdamW's decoupled decay leave a weight",
		Hints: []string{
			"L2: the penalized gradient c·(θ − 1) + α·θ vanishes at one point. Solve for θ.",
			"AdamW: the decay pulls by wd·θ per step (over η); the mean Adam step is E[m̂]/√v̂ ≈ c·(1 − θ)/σ under noise. Set them equal.",
			"Without noise m̂/√v̂ stays ±1 however small the gradient, so the decay never wins: the weight ends at the minimum of f itself.",
		},
	},
}
