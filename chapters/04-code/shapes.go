package code

import (
	"fmt"
	"strings"
)

// A shape is a numpy array's shape: (100, 1) is []int{100, 1}, (2,) is
// []int{2}.
type shape []int

// String prints a shape the way numpy's error messages do: (100,1), (2,).
func (s shape) String() string {
	parts := make([]string, len(s))
	for i, d := range s {
		parts[i] = fmt.Sprint(d)
	}
	if len(s) == 1 {
		return "(" + parts[0] + ",)"
	}
	return "(" + strings.Join(parts, ",") + ")"
}

// dotShape is the shape of a.dot(b) for arrays of one or two dimensions,
// with numpy's error when the inner dimensions differ: the last axis of a
// is summed against the first axis of b.
func dotShape(a, b shape) (shape, error) {
	if a[len(a)-1] != b[0] {
		return nil, fmt.Errorf("shapes %v and %v not aligned: %d (dim %d) != %d (dim 0)",
			a, b, a[len(a)-1], len(a)-1, b[0])
	}
	out := append(shape{}, a[:len(a)-1]...)
	return append(out, b[1:]...), nil
}

// transpose is the shape of a.T.
func transpose(a shape) shape {
	out := make(shape, len(a))
	for i, d := range a {
		out[len(a)-1-i] = d
	}
	return out
}

// broadcast is the shape of an elementwise a − b (or a + b): numpy lines
// the shapes up from the right, and each pair of dimensions must be equal
// or one of them 1, which is stretched to the other. A missing dimension
// counts as 1. So (100,) and (100, 1) make (100, 100): every entry of the
// first paired with every entry of the second.
func broadcast(a, b shape) (shape, error) {
	n := max(len(a), len(b))
	out := make(shape, n)
	for i := range n {
		da, db := 1, 1
		if j := len(a) - n + i; j >= 0 {
			da = a[j]
		}
		if j := len(b) - n + i; j >= 0 {
			db = b[j]
		}
		switch {
		case da == db, db == 1:
			out[i] = da
		case da == 1:
			out[i] = db
		default:
			return nil, fmt.Errorf("operands could not be broadcast together with shapes %v %v", a, b)
		}
	}
	return out, nil
}
