package surface_test

import (
	"fmt"

	"descent/core/surface"
)

// Gradient descent on the quadratic bowl with a step just under 2/L.
func Example() {
	s := surface.Quadratic()
	x, y := s.Start.X, s.Start.Y
	for step := 1; step <= 3; step++ {
		gx, gy := s.Gradient(x, y)
		x, y = x-0.4*gx, y-0.4*gy
		fmt.Printf("step %d: (%.3f, %.3f) f = %.4f\n", step, x, y, s.Value(x, y))
	}
	// Output:
	// step 1: (-4.600, 1.200) f = 4.9960
	// step 2: (-4.232, -0.720) f = 2.8278
	// step 3: (-3.893, 0.432) f = 1.8891
}
