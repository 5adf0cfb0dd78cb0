package linreg_test

import (
	"os"

	"descent/core/data"
	"descent/core/linreg"
)

// The document's example on its 100 points, three ways.
func ExampleWalkthrough() {
	d, _ := data.Generate("linear", 100, 0)
	x := make([]float64, d.Len())
	y := make([]float64, d.Len())
	for i := range x {
		x[i], y[i] = d.X[i][0], d.Y[i][0]
	}
	linreg.Walkthrough(os.Stdout, x, y)
	// Output:
	// 1. as written: shapes (100,1) and (2,) not aligned: X has 1 column(s) but θ has 2 entries; add a column of ones for the bias
	// 2. gradient without 1/n: L = 225.3, stable only for lr < 2/L = 0.008876; lr = 0.01 diverges (error 7.045 → 3.395e+196 after 1000 steps)
	// 3. gradient with 1/n: L = 2.253, 2/L = 0.8876; lr = 0.01 converges: θ = [1.5444, -2.0100], error 0.2723
	//    least squares:           θ = [1.5444, -2.0100]; gradient descent is within 3e-09
}
