package linreg_test

import (
	"os"

	"descent/core/linreg"
)

// The document's example on its own 100 points (np.random.seed(0)), three
// ways.
func ExampleWalkthrough() {
	x, _, y := linreg.DocumentData(100, 0)
	linreg.Walkthrough(os.Stdout, x, y)
	// Output:
	// 1. as written: shapes (100,1) and (2,) not aligned: X has 1 column(s) but θ has 2 entries; add a column of ones for the bias
	// 2. gradient without 1/n: L = 214.1, stable only for lr < 2/L = 0.009343; lr = 0.01 diverges (error 6.118 → 4.484e+113 after 1000 steps)
	// 3. gradient with 1/n: L = 2.141, 2/L = 0.9343; lr = 0.01 converges: θ = [1.5376, -1.9427], error 0.2643
	//    least squares:           θ = [1.5376, -1.9427]; gradient descent is within 9e-09
}
