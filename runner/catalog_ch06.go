package runner

// The exercises of chapter 06-faq, in the order a learner meets them
// (easiest first). The catalog is the concatenation of every chapter's list.
var ch06Exercises = []Exercise{
	{
		Name: "lr_range", Chapter: "06-faq", Section: "How do I choose a learning rate?",
		File: "ch06/lr_range.go", Kind: Implement,
		Summary: "a learning-rate range test",
		Hints: []string{
			"Geometric spacing means lo·(hi/lo)^(i/(n−1)). For the suggestion skip NaN and ±Inf losses, find the smallest, and return its learning rate divided by 10.",
		},
	},
	{
		Name: "early_stop", Chapter: "06-faq", Section: "How do I avoid overfitting?",
		File: "ch06/early_stop.go", Kind: Implement,
		Summary: "early stopping with patience",
		Hints: []string{
			"Count the epochs since the last real improvement (loss < best − MinDelta). A NaN is never an improvement. Stop when the count reaches Patience.",
		},
	},
	{
		Name: "batches", Chapter: "06-faq", Section: "Batch size and mini-batches",
		File: "ch06/batches.go", Kind: Implement,
		Summary: "mini-batch index slicing with a last partial batch",
		Hints: []string{
			"Step start from 0 by size; the batch is order[start:min(start+size, len(order))]. A size below 1 is a mistake: return nil.",
		},
	},
	{
		Name: "huber", Chapter: "06-faq", Section: "Which loss should I use?",
		File: "ch06/huber.go", Kind: Implement,
		Summary: "Huber loss and its gradient",
		Hints: []string{
			"With r = p − y: ½r² when |r| ≤ δ, else δ·(|r| − ½δ). The gradient is r or δ·sign(r), and both are averaged over n.",
		},
	},
}
