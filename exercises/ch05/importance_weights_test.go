package ch05

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestImportanceWeights(t *testing.T) {
	// 5 rows; the sampler favours row 3 (a positive, say).
	q := []float64{0.1, 0.1, 0.1, 0.6, 0.1}
	drawn := []int{3, 0, 3, 4}
	// p = 1/5: weight 0.2/0.6 = 1/3 for row 3, 0.2/0.1 = 2 for the others.
	want := []float64{1.0 / 3, 2, 1.0 / 3, 2}
	sum, sumSq := 0.0, 0.0
	for _, w := range want {
		sum += w
		sumSq += w * w
	}
	wantEff := sum * sum / sumSq
	qGiven, drawnGiven := expect.Copy(q), append([]int(nil), drawn...)
	got, eff, err := ImportanceWeights(qGiven, drawnGiven)
	call := fmt.Sprintf("ImportanceWeights(q=%s, drawn=%v)", expect.Format(q), drawn)
	if err != nil {
		expect.Fatalf(t, "%s\n  expected weights %s\n  got      error %q\n  next: q sums to 1 and every drawn row has q > 0.", call, expect.Format(want), err)
	}
	expect.Floats(t, "q after "+call, qGiven, q, 0, "q is not yours to change: compute the weights into a slice of your own.")
	if fmt.Sprint(drawnGiven) != fmt.Sprint(drawn) {
		expect.Failf(t, "%s changed drawn to %v\n  next: drawn is not yours to change; the weights come in the order drawn.", call, drawnGiven)
	}
	if len(got) == len(want) {
		switch {
		case expect.Close(got[0], 3, 1e-9) && expect.Close(got[1], 0.5, 1e-9):
			expect.Failf(t, "%s\n  expected %s\n  got      %s: q/p, upside down\n  next: a row the sampler favours is drawn too often, so it must count for less: w = p/q.", call, expect.Format(want), expect.Format(got))
			return
		case expect.Close(got[0], 5.0/3, 1e-9) && expect.Close(got[1], 10, 1e-9):
			expect.Failf(t, "%s\n  expected %s\n  got      %s: 1/q, n = 5 times too large\n  next: the target distribution is uniform, p = 1/n, so w = (1/n)/q.", call, expect.Format(want), expect.Format(got))
			return
		}
	}
	expect.Floats(t, call+" weights", got, want, 1e-12, "one weight per drawn row, in the order drawn: (1/n)/q of that row.")
	if expect.Close(eff, float64(len(drawn))/(sumSq/float64(len(drawn))), 1e-9) {
		expect.Failf(t, "%s effective size\n  expected %.6g\n  got      %.6g: b/mean(w²)\n  next: that is Kish's formula only when the weights have mean 1; use (Σw)²/Σw², which holds for any weights.", call, wantEff, eff)
		return
	}
	expect.Float(t, call+" effective size", eff, wantEff, 1e-12, "b_eff = (Σw)²/Σw² over the drawn rows' weights.")
}

// Weighting by p/q makes the expectation over q of the weighted gradient
// the full gradient, exactly: Σᵢ qᵢ·wᵢ·gᵢ = (1/n)·Σᵢ gᵢ.
func TestImportanceWeightsAreUnbiased(t *testing.T) {
	q := []float64{0.02, 0.3, 0.05, 0.08, 0.25, 0.1, 0.2}
	g := []float64{4, -1, 0.5, 10, 2, -3, 0.25} // each row's gradient (one coordinate)
	every := []int{0, 1, 2, 3, 4, 5, 6}
	w, _, err := ImportanceWeights(expect.Copy(q), every)
	if err != nil || len(w) != len(q) {
		expect.Fatalf(t, "ImportanceWeights(q=%s, every row drawn once)\n  expected 7 weights\n  got      %s, error %v\n  next: one weight per drawn row.", expect.Format(q), expect.Format(w), err)
	}
	expected, full := 0.0, 0.0
	for i := range q {
		expected += q[i] * w[i] * g[i]
		full += g[i] / float64(len(g))
	}
	expect.Float(t, fmt.Sprintf("E_q[w·g] = Σᵢ qᵢ·wᵢ·gᵢ with your weights, q=%s, g=%s", expect.Format(q), expect.Format(g)), expected, full, 1e-12,
		"the weights must undo the sampler: qᵢ·wᵢ has to be 1/n for every row, so that the weighted draw averages to the plain mean.")
}

func TestImportanceWeightsEffectiveSize(t *testing.T) {
	for _, c := range []struct {
		q     []float64
		drawn []int
		want  float64
		what  string
	}{
		{[]float64{0.25, 0.25, 0.25, 0.25}, []int{0, 1, 1, 3, 2, 0}, 6, "uniform sampling: every weight 1, the batch keeps all 6 rows"},
		{[]float64{0.5, 0.5}, []int{0, 1, 0, 1}, 4, "weights all equal (1): b_eff = b"},
		{[]float64{0.999, 0.001}, []int{0, 0, 0, 1}, (3*0.5/0.999 + 500) * (3*0.5/0.999 + 500) / (3*math.Pow(0.5/0.999, 2) + 500*500), "one heavy row dominates: worth about one row"},
	} {
		_, eff, err := ImportanceWeights(c.q, c.drawn)
		call := fmt.Sprintf("ImportanceWeights(q=%s, drawn=%v) effective size", expect.Format(c.q), c.drawn)
		if err != nil {
			expect.Failf(t, "%s\n  expected %.6g\n  got      error %q\n  next: this input is valid.", call, c.want, err)
			continue
		}
		if expect.Close(eff, 1/c.want, 1e-9) && c.want != 1 {
			expect.Failf(t, "%s\n  expected %.6g (%s)\n  got      %.6g: upside down\n  next: b_eff = (Σw)²/Σw², between 1 and b.", call, c.want, c.what, eff)
			continue
		}
		expect.Float(t, call, eff, c.want, 1e-12, "b_eff = (Σw)²/Σw²: "+c.what+".")
	}
}

func TestImportanceWeightsRefusesBadInput(t *testing.T) {
	for _, c := range []struct {
		q     []float64
		drawn []int
		why   string
	}{
		{[]float64{0.5, 0.4}, []int{0}, "q sums to 0.9"},
		{[]float64{0.5, 0.500001}, []int{0}, "q sums to 1.000001, more than 1e-9 away from 1"},
		{[]float64{0.5, 0.5, 0}, []int{2}, "row 2 has q = 0, so it cannot have been drawn"},
		{[]float64{1.2, -0.2}, []int{0}, "a negative probability"},
		{[]float64{0.5, math.NaN(), 0.5}, []int{0}, "q[1] is NaN"},
		{[]float64{0.5, 0.5}, []int{2}, "row 2 is outside 2 rows"},
		{[]float64{0.5, 0.5}, []int{-1}, "row −1"},
		{[]float64{0.5, 0.5}, nil, "no rows drawn"},
		{nil, []int{0}, "q is empty"},
	} {
		w, eff, err := ImportanceWeights(c.q, c.drawn)
		if err == nil {
			expect.Failf(t, "ImportanceWeights(q=%s, drawn=%v)\n  expected an error (%s)\n  got      weights %s, effective size %g, no error\n  next: check q and every drawn index before dividing by anything.", expect.Format(c.q), c.drawn, c.why, expect.Format(w), eff)
		}
	}
}
