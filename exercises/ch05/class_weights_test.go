package ch05

import (
	"fmt"
	"math"
	"testing"

	"descent/exercises/internal/expect"
)

func TestBalancedWeights(t *testing.T) {
	cases := []struct {
		labels []int
		k      int
		want   []float64
	}{
		// 8 rows: 6 of class 0, 2 of class 1 → 8/(2·6), 8/(2·2)
		{[]int{0, 0, 1, 0, 0, 1, 0, 0}, 2, []float64{8.0 / 12, 2}},
		// 10 rows in 3 classes of 5, 3 and 2
		{[]int{2, 0, 0, 1, 0, 1, 2, 0, 1, 0}, 3, []float64{10.0 / 15, 10.0 / 9, 10.0 / 6}},
		// balanced data: every weight is 1
		{[]int{1, 0, 1, 0}, 2, []float64{1, 1}},
		// one class
		{[]int{0, 0, 0}, 1, []float64{1}},
	}
	for _, c := range cases {
		labels := append([]int(nil), c.labels...)
		got, err := BalancedWeights(labels, c.k)
		call := fmt.Sprintf("BalancedWeights(%v, k=%d)", c.labels, c.k)
		if err != nil {
			expect.Failf(t, "%s\n  expected %s\n  got      error %q\n  next: every class here has rows, so every weight is defined.", call, expect.Format(c.want), err)
			continue
		}
		if len(got) == len(c.want) && len(got) > 1 {
			k := float64(c.k)
			inverse := true
			withoutK := true
			for i := range got {
				inverse = inverse && expect.Close(got[i], 1/c.want[i], 1e-9)
				withoutK = withoutK && expect.Close(got[i], k*c.want[i], 1e-9)
			}
			switch {
			case inverse && c.want[0] != 1:
				expect.Failf(t, "%s\n  expected %s\n  got      %s: each weight is upside down\n  next: a rare class gets a large weight; w_c = n/(k·n_c), with n_c in the denominator.", call, expect.Format(c.want), expect.Format(got))
				continue
			case withoutK && c.want[0] != 1:
				expect.Failf(t, "%s\n  expected %s\n  got      %s: k = %g times too large\n  next: n/n_c makes every class total n; balanced weights make each total n/k, so that all the weights together still count n rows.", call, expect.Format(c.want), expect.Format(got), k)
				continue
			}
		}
		expect.Floats(t, call, got, c.want, 1e-12,
			"w_c = n/(k·n_c): n all the rows, n_c the rows of class c, k the number of classes.")
		for i := range labels {
			if labels[i] != c.labels[i] {
				expect.Failf(t, "%s changed the labels to %v\n  next: count into a slice of your own; labels are not yours to change.", call, labels)
				break
			}
		}
	}
}

// Every class's weights add up to n/k, whatever its size.
func TestBalancedWeightsGiveEveryClassTheSameTotal(t *testing.T) {
	labels := make([]int, 0, 1000)
	for i := range 1000 {
		c := 0
		switch {
		case i%50 == 7:
			c = 2 // 2%
		case i%4 == 1:
			c = 1 // about a quarter
		}
		labels = append(labels, c)
	}
	w, err := BalancedWeights(labels, 3)
	if err != nil || len(w) != 3 {
		expect.Fatalf(t, "BalancedWeights(1000 labels in 3 classes)\n  expected 3 weights\n  got      %s, error %v\n  next: one weight per class.", expect.Format(w), err)
	}
	var total [3]float64
	for _, c := range labels {
		total[c] += w[c]
	}
	expect.Floats(t, "total weight of each class (Σ over its rows of w_c), 1000 rows in 3 classes", total[:], []float64{1000.0 / 3, 1000.0 / 3, 1000.0 / 3}, 1e-9,
		"balanced weights give each class the same total, n/k; a rare class's rows each weigh more.")
}

func TestBalancedWeightsRefusesWhatHasNoWeight(t *testing.T) {
	for _, c := range []struct {
		labels []int
		k      int
		why    string
	}{
		{[]int{0, 0, 0}, 2, "class 1 has no rows: its weight would be n/0"},
		{[]int{0, 2, 1, 2}, 4, "class 3 has no rows"},
		{[]int{0, 1, 2}, 2, "label 2 is not a class when k = 2"},
		{[]int{0, -1, 1}, 2, "label −1 is not a class"},
		{nil, 2, "there are no labels"},
		{[]int{0, 0}, 0, "k = 0"},
	} {
		got, err := BalancedWeights(c.labels, c.k)
		if err == nil {
			expect.Failf(t, "BalancedWeights(%v, k=%d)\n  expected an error (%s)\n  got      %s and no error\n  next: check k, every label and every class's count before dividing.", c.labels, c.k, c.why, expect.Format(got))
		}
	}
}

func TestEquivalentThreshold(t *testing.T) {
	for _, c := range []struct{ w0, w1 float64 }{{1, 1}, {1, 3}, {0.5263, 10}, {4, 1}, {2, 50}} {
		got := EquivalentThreshold(c.w0, c.w1)
		call := fmt.Sprintf("EquivalentThreshold(w₀=%g, w₁=%g)", c.w0, c.w1)
		want := c.w0 / (c.w0 + c.w1)
		// Check the defining property, so the message can say what went wrong.
		if got > 0 && got < 1 {
			if z := math.Log(got/(1-got)) + math.Log(c.w1/c.w0); math.Abs(z) > 1e-9 && expect.Close(got, 1-want, 1e-9) && c.w0 != c.w1 {
				expect.Failf(t, "%s\n  expected %.6g\n  got      %.6g: the threshold of the other class\n  next: weighting positives up makes the weighted model say \"positive\" more often, so the matching threshold on the plain model's p is below ½ when w₁ > w₀.", call, want, got)
				continue
			}
		}
		expect.Float(t, call, got, want, 1e-12,
			"solve logit t + ln(w₁/w₀) = 0 for t, where logit t = ln(t/(1 − t)).")
	}
}
