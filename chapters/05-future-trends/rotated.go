package trends

import (
	"context"
	"fmt"
	"math"

	"descent/chapters/book"
	"descent/core/num"
	"descent/core/optim"
)

// A bowl is f(θ) = ½·θᵀHθ with H = R·diag(0.2, 4)·Rᵀ, R the rotation by
// an angle φ: the narrow bowl 0.1x² + 2y² of the cell above, turned, so
// that its axes of curvature are no longer the coordinate axes.
type bowl struct{ h [2][2]float64 }

func rotatedBowl(degrees float64) bowl {
	phi := degrees * math.Pi / 180
	c, s := math.Cos(phi), math.Sin(phi)
	const mu, L = 0.2, 4.0
	return bowl{h: [2][2]float64{
		{mu*c*c + L*s*s, (mu - L) * c * s},
		{(mu - L) * c * s, mu*s*s + L*c*c},
	}}
}

func (b bowl) value(t []float64) float64 {
	return 0.5 * (b.h[0][0]*t[0]*t[0] + 2*b.h[0][1]*t[0]*t[1] + b.h[1][1]*t[1]*t[1])
}

func (b bowl) gradient(t, g []float64) {
	g[0] = b.h[0][0]*t[0] + b.h[0][1]*t[1]
	g[1] = b.h[1][0]*t[0] + b.h[1][1]*t[1]
}

// start is the surface's start (−5, −2) turned with the bowl, so both runs
// begin at the same distances along the two axes of curvature.
func start(degrees float64) []float64 {
	phi := degrees * math.Pi / 180
	c, s := math.Cos(phi), math.Sin(phi)
	return []float64{c*-5 - s*-2, s*-5 + c*-2}
}

// runRotated runs SGD and Adam on the bowl, aligned and turned by 45°,
// without noise, and reports where each ends and, for Adam, the ratio of
// the two denominators √v̂ it built: the per-coordinate rescaling it
// applies.
func runRotated(ctx context.Context, in book.Inputs, out book.Output) error {
	steps, sgdLR, adamLR := in.Int("steps"), in.Float("sgd-lr"), in.Float("adam-lr")
	var rows [][]string
	for _, angle := range []float64{0, in.Float("angle")} {
		b := rotatedBowl(angle)
		for _, run := range []struct {
			name string
			lr   float64
		}{{"sgd", sgdLR}, {"adam", adamLR}} {
			opt, err := optim.New(run.name, map[string]float64{"lr": run.lr})
			if err != nil {
				return err
			}
			theta, g := start(angle), make([]float64, 2)
			var v [2]float64 // Adam's second moment, tracked here to show it
			status := ""
			for t := 1; t <= steps; t++ {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				b.gradient(theta, g)
				for i := range v {
					v[i] = 0.999*v[i] + 0.001*g[i]*g[i]
				}
				opt.Step(theta, g)
				if f := b.value(theta); !(f < 1e12) {
					status = fmt.Sprintf("diverged at step %d", t)
					break
				}
			}
			result := status
			if result == "" {
				result = num.G(b.value(theta))
			}
			ratio := "—"
			if run.name == "adam" && v[1] > 0 {
				ratio = num.Sig(math.Sqrt(v[0]/v[1]), 3)
			}
			rows = append(rows, []string{fmt.Sprintf("%g°", angle), run.name, num.Sig(run.lr, 3), result, ratio})
		}
	}
	out.Printf("f = ½·θᵀHθ, eigenvalues 0.2 and 4 (κ = 20), %d steps without noise\n", steps)
	out.Printf("%s", book.Table([]string{"bowl turned by", "optimizer", "η", fmt.Sprintf("f after %d steps", steps), "√v̂₁/√v̂₂"}, rows))
	return nil
}
