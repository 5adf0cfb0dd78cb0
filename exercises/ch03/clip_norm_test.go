package ch03

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/core/optim"
	"descent/exercises/internal/expect"
)

func TestClipGlobalNormScalesEverySliceAlike(t *testing.T) {
	grads := [][]float64{{3, 4}, {0, 12}}     // ‖g‖ = √(9 + 16 + 144) = 13
	layers := [][]float64{grads[0], grads[1]} // the slices the model itself holds
	norm := ClipGlobalNorm(grads, 6.5)
	expect.Float(t, "ClipGlobalNorm([[3 4] [0 12]], 6.5): the norm it returns", norm, 13, 1e-12,
		"return the norm before clipping: √(3² + 4² + 0² + 12²) = 13, over all slices together.")
	expect.Floats(t, "first slice after clipping to 6.5", grads[0], []float64{1.5, 2}, 1e-12,
		"every entry is multiplied by c/‖g‖ = 6.5/13 = 0.5.")
	expect.Floats(t, "second slice after clipping to 6.5", grads[1], []float64{0, 6}, 1e-12,
		"the same factor 0.5 for every slice.")
	for k, layer := range layers {
		if !expect.Floats(t, fmt.Sprintf("layer %d's own slice (the model holds it) after clipping to 6.5", k), layer, grads[k], 0,
			"clip in place, entry by entry: putting a new slice into grads leaves the slices the model and the optimizer hold unclipped.") {
			break
		}
	}
}

func TestClipGlobalNormKeepsTheDirection(t *testing.T) {
	// Two layers whose gradients differ a hundredfold.
	grads := [][]float64{{30, 40}, {0.3, 0.4}}
	ClipGlobalNorm(grads, 5)
	if expect.Close(grads[1][0], 0.3, 1e-12) {
		expect.Fatalf(t, "ClipGlobalNorm([[30 40] [0.3 0.4]], 5)\n  expected [[2.99985 3.9998] [0.0299985 0.039998]]\n  got      [%s %s]\n  looks like each slice was clipped on its own: the norm is global, one norm over every slice and one factor for all, so the small layer shrinks as much as the large one",
			expect.Format(grads[0]), expect.Format(grads[1]))
	}
	scale := 5 / math.Sqrt(2500+0.25)
	expect.Floats(t, "first layer after clipping [[30 40] [0.3 0.4]] to 5", grads[0], []float64{30 * scale, 40 * scale}, 1e-12,
		"one factor c/‖g‖ for all slices, with ‖g‖ the norm of everything together.")
	expect.Floats(t, "second layer after that clip", grads[1], []float64{0.3 * scale, 0.4 * scale}, 1e-12,
		"the second layer is scaled by the same factor as the first.")
}

func TestClipGlobalNormLeavesShortGradientsAlone(t *testing.T) {
	grads := [][]float64{{0.3}, {}, {-0.4, 0}}
	norm := ClipGlobalNorm(grads, 1)
	expect.Float(t, "ClipGlobalNorm([[0.3] [] [-0.4 0]], 1): the norm", norm, 0.5, 1e-12, "empty slices add nothing to the norm.")
	expect.Floats(t, "[[0.3] [] [-0.4 0]] after clipping to 1", append(expect.Copy(grads[0]), grads[2]...), []float64{0.3, -0.4, 0}, 0,
		"a gradient shorter than c is left exactly as it is: never scale it up to length c.")
	for _, c := range []float64{0, -1, math.NaN()} {
		g := [][]float64{{30, 40}}
		n := ClipGlobalNorm(g, c)
		expect.Float(t, "the norm returned when c is not positive", n, 50, 1e-12, "still compute and return the norm.")
		expect.Floats(t, "[[30 40]] after ClipGlobalNorm with c not positive", g[0], []float64{30, 40}, 0,
			"a limit that is not positive means: do not clip.")
	}
	expect.Float(t, "ClipGlobalNorm(nil, 1)", ClipGlobalNorm(nil, 1), 0, 0, "no slices: the norm is 0, and nothing to do.")
	zeros := [][]float64{{0, 0}, {0}}
	n := ClipGlobalNorm(zeros, 1)
	expect.Float(t, "ClipGlobalNorm([[0 0] [0]], 1): the norm", n, 0, 0,
		"an all-zero gradient (a dead layer, or the exact minimum) has norm 0; a norm computed by dividing by the largest entry divides 0 by 0 here.")
	expect.Floats(t, "[[0 0] [0]] after clipping to 1", append(expect.Copy(zeros[0]), zeros[1]...), []float64{0, 0, 0}, 0,
		"a zero gradient is shorter than any c: leave it exactly as it is.")
}

// When training blows up, entries are huge; squaring them overflows.
func TestClipGlobalNormSurvivesHugeEntries(t *testing.T) {
	grads := [][]float64{{3e200}, {-4e200, 0}}
	norm := ClipGlobalNorm(grads, 1)
	if math.IsInf(norm, 0) || math.IsNaN(norm) || grads[0][0] == 0 {
		expect.Fatalf(t, "ClipGlobalNorm([[3e200] [-4e200 0]], 1)\n  expected norm 5e200 and [[0.6] [-0.8 0]]\n  got      norm %v and [%s %s]\n  next: (3e200)² is beyond float64's range, so a plain sum of squares is infinite and c/∞ zeroes the gradient; accumulate the norm without squaring huge numbers (scale by the largest entry, or use math.Hypot)",
			norm, expect.Format(grads[0]), expect.Format(grads[1]))
	}
	expect.Float(t, "the norm of [[3e200] [-4e200 0]]", norm, 5e200, 1e-12, "√((3e200)² + (4e200)²) = 5e200, computed without overflow.")
	expect.Floats(t, "[[3e200] [-4e200 0]] clipped to 1", append(expect.Copy(grads[0]), grads[1]...), []float64{0.6, -0.8, 0}, 1e-12,
		"each entry times c/‖g‖ = 1/5e200.")
}

// The same as core/optim's ClipAllByGlobalNorm on a random-looking model.
func TestClipGlobalNormMatchesCore(t *testing.T) {
	mk := func() [][]float64 {
		return [][]float64{{0.7, -2.1, 3.3}, {10.5}, {-0.02, 0.9, -4.4, 1.6}}
	}
	for _, c := range []float64{0.5, 3, 7, 100} {
		mine, ref := mk(), mk()
		n := ClipGlobalNorm(mine, c)
		want := optim.ClipAllByGlobalNorm(ref, c)
		expect.Float(t, "the norm of a three-layer gradient", n, want, 1e-12, "the Euclidean norm of every entry of every slice.")
		for i := range mine {
			if !expect.Floats(t, "a three-layer gradient clipped to its global norm", mine[i], ref[i], 1e-12,
				"if ‖g‖ > c, multiply every entry by c/‖g‖; otherwise leave it.") {
				return
			}
		}
	}
}
