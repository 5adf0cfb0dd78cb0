package ch04

import (
	"fmt"
	"testing"

	"descent/exercises/internal/expect"
)

// copyKernel returns a deep copy, so the test can check the kernel is
// left as it was.
func copyKernel(k [][]float64) [][]float64 {
	out := make([][]float64, len(k))
	for i := range k {
		out[i] = expect.Copy(k[i])
	}
	return out
}

func TestDenseReLU(t *testing.T) {
	cases := []struct {
		kernel  [][]float64
		b, x    []float64
		want    []float64
		comment string
	}{
		// 3 inputs, 2 units: kernel is 3 × 2.
		{[][]float64{{1, -1}, {2, 0.5}, {-1, 3}}, []float64{0.5, -1}, []float64{1, 2, 3}, []float64{2.5, 8}, "3 inputs, 2 units"},
		{[][]float64{{1, -1}, {2, 0.5}, {-1, 3}}, []float64{0.5, -9}, []float64{1, 2, 3}, []float64{2.5, 0}, "ReLU cuts unit 1 to 0"},
		// 2 inputs, 3 units: kernel is 2 × 3.
		{[][]float64{{1, 0, -2}, {0.25, 1, 1}}, []float64{0, 0.5, 12}, []float64{4, -2}, []float64{3.5, 0, 2}, "2 inputs, 3 units"},
		{[][]float64{{2, -3, 1, 0.5}}, []float64{1, 1, -1, 0}, []float64{3}, []float64{7, 0, 2, 1.5}, "1 input, 4 units"},
	}
	for _, c := range cases {
		kernel := copyKernel(c.kernel)
		b, x := expect.Copy(c.b), expect.Copy(c.x)
		got := DenseReLU(kernel, b, x)
		call := fmt.Sprintf("DenseReLU(kernel=%v, b=%s, x=%s) (%s)", c.kernel, expect.Format(c.b), expect.Format(c.x), c.comment)
		if len(got) == len(c.x) && len(c.x) != len(c.b) {
			expect.Failf(t, "%s\n  expected %d outputs, one per unit\n  got      %d, one per input\n  next: the kernel is Keras's [inputs][units]: there are len(b) units, and unit j reads column j of the kernel (PyTorch's layout is the transpose).", call, len(c.b), len(got))
			continue
		}
		expect.Floats(t, call, got, c.want, 1e-12,
			"zⱼ = bⱼ + Σᵢ xᵢ·kernel[i][j], then max(0, zⱼ): the bias goes in before the ReLU.")
		expect.Floats(t, "x after "+call, x, c.x, 0, "write the outputs into a new slice; x is not yours to change.")
		expect.Floats(t, "b after "+call, b, c.b, 0, "write the outputs into a new slice; b is not yours to change.")
		for i := range kernel {
			expect.Floats(t, fmt.Sprintf("kernel row %d after %s", i, call), kernel[i], c.kernel[i], 0, "leave the kernel as it was.")
		}
	}
}

// A square kernel cannot tell the layouts apart by shape alone: this one
// gives different answers for W and Wᵀ.
func TestDenseReLUSquareKernelIsNotTransposed(t *testing.T) {
	kernel := [][]float64{{1, 2}, {3, 4}}
	got := DenseReLU(kernel, []float64{0, 0}, []float64{1, 0})
	expect.Floats(t, "DenseReLU(kernel=[[1 2] [3 4]], b=[0 0], x=[1 0])", got, []float64{1, 2}, 1e-12,
		"x = (1, 0) picks row 0 of a Keras kernel, [1 2]: unit j gets kernel[0][j]. [1 3] would be PyTorch's transposed layout.")
}

// Each call returns a slice of its own: a caller keeps one row's
// activations while it computes the next.
func TestDenseReLUReturnsANewSliceEachCall(t *testing.T) {
	kernel := [][]float64{{1, -1}, {2, 0.5}, {-1, 3}}
	first := DenseReLU(kernel, []float64{0.5, -1}, []float64{1, 2, 3})
	second := DenseReLU(kernel, []float64{0, 0}, []float64{-1, 0, 2})
	next := "the second call wrote into the slice the first one returned: return a new slice from every call, not one kept between calls."
	if len(first) != 2 || len(second) != 2 {
		next = "one output per unit, in a new slice from every call."
	}
	expect.Floats(t, "DenseReLU(kernel=[[1 -1] [2 0.5] [-1 3]], b=[0.5 -1], x=[1 2 3]), looked at after a second call with b=[0 0], x=[-1 0 2]", first, []float64{2.5, 8}, 1e-12, next)
}
