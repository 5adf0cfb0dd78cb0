// Code generated from descent/core/optim by go test ./runner -run Pristine -update; DO NOT EDIT.

package optim

import (
	"fmt"
	"math"
	"strings"
)

// ClipByValue clamps every gradient entry to [−limit, limit] and returns
// how many it changed. It expects limit > 0; with any other limit (0,
// negative, NaN) it leaves grad alone and returns 0. ±Inf entries clip to
// ±limit; NaN entries stay NaN so divergence is still visible.
func ClipByValue(grad []float64, limit float64) (clipped int) {
	if !(limit > 0) {
		return 0
	}
	for i, g := range grad {
		switch {
		case g > limit:
			grad[i] = limit
			clipped++
		case g < -limit:
			grad[i] = -limit
			clipped++
		}
	}
	return clipped
}

// ClipByGlobalNorm rescales grad so its Euclidean norm is at most maxNorm,
// keeping its direction, and returns the norm before clipping:
//
//	‖g‖ > maxNorm  ⇒  g ← g·maxNorm/‖g‖
//
// This is TensorFlow's clip_by_global_norm; PyTorch's clip_grad_norm_
// divides by ‖g‖ + 1e-6 instead, a hair more. It expects maxNorm > 0
// (otherwise grad is left alone). When the norm is NaN or ±Inf, grad is
// left alone and the norm returned, so the caller sees the divergence
// rather than a gradient silently turned to NaN or zero.
func ClipByGlobalNorm(grad []float64, maxNorm float64) (normBefore float64) {
	var n norm
	n.add(grad)
	normBefore = n.value()
	if s := clipScale(normBefore, maxNorm); s != 1 {
		for i := range grad {
			grad[i] *= s
		}
	}
	return normBefore
}

// ClipAllByGlobalNorm is ClipByGlobalNorm over several slices (a network's
// layers) taken together as one vector: one norm, one scale for all.
func ClipAllByGlobalNorm(grads [][]float64, maxNorm float64) (normBefore float64) {
	var n norm
	for _, g := range grads {
		n.add(g)
	}
	normBefore = n.value()
	if s := clipScale(normBefore, maxNorm); s != 1 {
		for _, g := range grads {
			for i := range g {
				g[i] *= s
			}
		}
	}
	return normBefore
}

func clipScale(norm, maxNorm float64) float64 {
	if !(maxNorm > 0) || math.IsNaN(norm) || math.IsInf(norm, 0) || norm <= maxNorm {
		return 1
	}
	return maxNorm / norm
}

// norm accumulates a Euclidean norm without overflow or underflow: it
// keeps the largest magnitude seen and the sum of squares scaled by it,
// as LAPACK's dnrm2 does, so ‖(1e200, 1e200)‖ is 1.4e200, not +Inf.
type norm struct {
	scale, sumSq float64 // ‖x‖ = scale·√sumSq
	inf, nan     bool
}

func (n *norm) add(xs []float64) {
	for _, x := range xs {
		a := math.Abs(x)
		switch {
		case a == 0:
		case math.IsNaN(a):
			n.nan = true
		case math.IsInf(a, 1):
			n.inf = true
		case a > n.scale:
			n.sumSq = 1 + n.sumSq*(n.scale/a)*(n.scale/a)
			n.scale = a
		default:
			n.sumSq += (a / n.scale) * (a / n.scale)
		}
	}
}

func (n *norm) value() float64 {
	switch {
	case n.nan:
		return math.NaN()
	case n.inf:
		return math.Inf(1)
	}
	return n.scale * math.Sqrt(n.sumSq)
}

// A Clip is a validated gradient-clipping setting, for a training loop to
// hold: by value, by global norm, or none.
type Clip struct {
	kind  string
	limit float64
}

// ClipKinds lists what NewClip accepts.
func ClipKinds() []string { return []string{"none", "value", "norm"} }

// NewClip checks a clipping setting: kind is "none", "value" (clamp each
// entry to [−limit, limit]) or "norm" (rescale to global norm ≤ limit);
// limit must be in (0, ∞) unless kind is "none".
func NewClip(kind string, limit float64) (Clip, error) {
	k := strings.ToLower(strings.TrimSpace(kind))
	switch k {
	case "none":
		return Clip{kind: k}, nil
	case "value", "norm":
		if !(limit > 0) || math.IsInf(limit, 1) {
			return Clip{}, fmt.Errorf("the clip limit must be in (0, ∞), got %g", limit)
		}
		return Clip{kind: k, limit: limit}, nil
	}
	return Clip{}, fmt.Errorf("unknown clipping %q (valid: %s)", kind, strings.Join(ClipKinds(), ", "))
}

// Kind and Limit report the setting; the zero Clip is "none".
func (c Clip) Kind() string {
	if c.kind == "" {
		return "none"
	}
	return c.kind
}
func (c Clip) Limit() float64 { return c.limit }

// Apply clips grads in place, all slices together, and returns their
// global norm before clipping (computed for every kind, so a loop can
// report it).
func (c Clip) Apply(grads ...[]float64) (normBefore float64) {
	if c.kind == "norm" {
		return ClipAllByGlobalNorm(grads, c.limit)
	}
	var n norm
	for _, g := range grads {
		n.add(g)
	}
	if c.kind == "value" {
		for _, g := range grads {
			ClipByValue(g, c.limit)
		}
	}
	return n.value()
}
