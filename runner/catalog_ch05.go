package runner

// The exercises of chapter 05-future-trends, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch05Exercises = []Exercise{
	{
		Name: "allreduce", Chapter: "05-future-trends", Section: "Distributed optimization",
		File: "ch05/allreduce.go", Kind: Implement,
		Summary: "averaging gradients from several workers",
		Hints: []string{
			"Sum coordinate by coordinate across workers, then divide by the number of workers. Check every worker's length first.",
		},
	},
	{
		Name: "weighted_bce", Chapter: "05-future-trends", Section: "Non-uniform sample distributions",
		File: "ch05/weighted_bce.go", Kind: Implement,
		Summary: "class-weighted binary cross-entropy",
		Hints: []string{
			"Same as bce, but the y·log p term is multiplied by posWeight. Clamp p, and average over the batch.",
		},
	},
	{
		Name: "focal", Chapter: "05-future-trends", Section: "Non-uniform sample distributions",
		File: "ch05/focal.go", Kind: Implement,
		Summary: "binary focal loss",
		Hints: []string{
			"pₜ is p when y = 1 and 1 − p when y = 0. Clamp it, then −(1 − pₜ)^γ·log pₜ, averaged. With γ = 0 it is plain cross-entropy.",
		},
	},
	{
		Name: "sparse_adagrad", Chapter: "05-future-trends", Section: "Sparse data",
		File: "ch05/sparse_adagrad.go", Kind: Implement,
		Summary: "a lazy Adagrad update that touches only non-zero features",
		Hints: []string{
			"Loop over the pairs (idx[k], vals[k]) only; do the Adagrad update on coordinate idx[k] with gradient vals[k]. Everything else stays as it is.",
		},
	},
}
