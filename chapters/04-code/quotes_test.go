package code

import (
	"context"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"descent/chapters/book"
	"descent/chapters/book/booktest"
	"descent/core/loss"
	"descent/core/nn"
)

// TestQuotes: every number the prose quotes is printed by the cell it
// comes from, with that cell's defaults.
func TestQuotes(t *testing.T) {
	booktest.CheckQuotes(t, Chapter(), []booktest.Quote{
		{Text: "shapes (100,1) and (2,) not aligned", Cell: "shape-trace"},
		{Text: "operands could not be broadcast together with shapes (2,) (2,100)", Cell: "shape-trace"},
		{Text: "(100,100)", Cell: "shape-trace"},
		{Text: "214.06", Cell: "missing-mean"},
		{Text: "0.009343", Cell: "missing-mean"},
		{Text: "4.388", Cell: "missing-mean"},
		{Text: "passed 1e12 at step 111", Cell: "missing-mean"},
		{Text: "2.1406", Cell: "missing-mean"},
		{Text: "0.9343", Cell: "missing-mean"},
		{Text: "0.2643", Cell: "missing-mean"},
		{Text: "0.01049", Cell: "how-n-matters"},
		{Text: "8.7e-09", Cell: "closed-form"},
		{Text: "θ = [1.5376, -1.9427]", Cell: "closed-form"},
		{Text: "κ = L/μ = 1.128", Cell: "choose-lr"},
		{Text: "0.4952", Cell: "choose-lr"},
		{Text: "1008", Cell: "choose-lr"},
		{Text: "876", Cell: "choose-lr"},
		{Text: "7.7e-07", Cell: "keras-model"},
		{Text: "1.9e-08", Cell: "keras-model"},
		{Text: "0.560242", Cell: "keras-model"},
		{Text: "1.8e-06", Cell: "keras-predictions"},
		{Text: "256 of 256", Cell: "keras-predictions"},
		{Text: "0.5374", Cell: "keras-seeds"},
		{Text: "0.6503", Cell: "keras-seeds"},
		{Text: "62.5%", Cell: "keras-seeds"},
		{Text: "78.9%", Cell: "keras-seeds"},
		{Text: "λ_max = 1.2751", Cell: "hessian-init"},
		{Text: "λ_min = -0.32263", Cell: "hessian-init"},
		{Text: "109 (9.6%) negative, 657 (58.1%) zero", Cell: "hessian-init"},
		{Text: "365 (32.3%) positive", Cell: "hessian-init"},
		{Text: "0.6941", Cell: "hessian-init"},
		{Text: "λ_max = 1.2514", Cell: "hessian-trained"},
		{Text: "λ_min = -0.2033", Cell: "hessian-trained"},
		{Text: "107 (9.5%) negative", Cell: "hessian-trained"},
		{Text: "363", Cell: "hessian-trained"},
		{Text: "0.5519", Cell: "hessian-trained"},
		{Text: "2/λ_max = 1.598", Cell: "hessian-trained"},
		{Text: "1.2021", Cell: "sharpness-lr"},
		{Text: "0.01362", Cell: "sharpness-lr"},
		{Text: "2.7025", Cell: "sharpness-lr"},
		{Text: "6 of 10", Cell: "sharpness-lr"},
		{Text: "0 of 10", Cell: "sharpness-lr"},
		{Text: "0.0401", Cell: "sharpness-lr"},
		{Text: "7.7775", Cell: "sharpness-lr"},
		{Text: "0.6917", Cell: "sharpness-lr"},
	})
}

// TestKerasMatchesTensorFlowJS holds the Go run to the reference's own
// tolerance, |got − want| ≤ 1e-4·(1 + |want|), on every epoch's loss, and
// to exact agreement on accuracy (256 rows: one row is 0.0039).
func TestKerasMatchesTensorFlowJS(t *testing.T) {
	ds, ref, err := loadReference()
	if err != nil {
		t.Fatal(err)
	}
	if len(ds.X) != 256 || len(ds.X[0]) != 100 || len(ref.History.Loss) != 10 {
		t.Fatalf("reference files: %d rows × %d, %d epochs", len(ds.X), len(ds.X[0]), len(ref.History.Loss))
	}
	model, err := kerasModel("adam", 0.001)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(model.Params); got != 1131 {
		t.Errorf("the model has %d weights; the prose says 1131", got)
	}
	h, err := model.Fit(context.Background(), ds.X, ds.Y, nn.FitConfig{Epochs: 10, BatchSize: 32})
	if err != nil {
		t.Fatal(err)
	}
	for e, want := range ref.History.Loss {
		if got := h.Values["loss"][e]; math.Abs(got-want) > 1e-4*(1+math.Abs(want)) {
			t.Errorf("epoch %d: loss %.7f, TF.js %.7f", e+1, got, want)
		}
		if got, want := h.Values["accuracy"][e], ref.History.Accuracy[e]; math.Abs(got-want) > 1e-9 {
			t.Errorf("epoch %d: accuracy %.4f, TF.js %.4f", e+1, got, want)
		}
	}
}

// TestOtherSettingsDropTheReference: the comparison column is only for
// the document's settings.
func TestOtherSettingsDropTheReference(t *testing.T) {
	out := runCell(t, "keras-model", "optimizer=sgd", "lr=0.1", "epochs=2")
	if strings.Contains(out, "TF.js") || !strings.Contains(out, "comparison is shown only") {
		t.Errorf("sgd run should not compare with TF.js:\n%s", out)
	}
}

func TestCellsAreDeterministic(t *testing.T) {
	for _, c := range Chapter().Cells {
		a, err1 := book.RunDefault(context.Background(), &c)
		b, err2 := book.RunDefault(context.Background(), &c)
		if err1 != nil || err2 != nil || a != b {
			t.Errorf("%s: two runs differ or fail (%v, %v)", c.ID, err1, err2)
		}
	}
}

// The counts the prose gives for the trained network ("363 − 107 = 256")
// and the 4-of-10 dead units are printed too.
func TestCurvatureClaims(t *testing.T) {
	if out := runCell(t, "hessian-trained"); !strings.Contains(out, "363 (32.1%) positive") {
		t.Errorf("hessian-trained should count 363 positive eigenvalues:\n%s", out)
	}
	out := runCell(t, "sharpness-lr")
	for _, want := range []string{"6 of 10", "0 of 10", "0.0012", "0.0007"} {
		if !strings.Contains(out, want) {
			t.Errorf("sharpness-lr should print %q:\n%s", want, out)
		}
	}
}

// The chapter's network is the Keras model: its gradient is core/nn's.
func TestNetworkGradientIsCoreNNs(t *testing.T) {
	ds, _, err := loadReference()
	if err != nil {
		t.Fatal(err)
	}
	model, err := kerasModel("adam", 0.001)
	if err != nil {
		t.Fatal(err)
	}
	net, theta := kerasNetwork(model, ds.X, ds.Y)
	capture := &gradientCapture{}
	if err := model.Compile(capture, loss.BinaryCrossentropy()); err != nil {
		t.Fatal(err)
	}
	want, err := model.TrainOnBatch(ds.X, ds.Y)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]float64, len(theta))
	var p pattern
	if l := net.lossAndGradient(theta, &p, got); math.Abs(l-want) > 1e-12 {
		t.Errorf("loss %.15g, core/nn %.15g", l, want)
	}
	for i := range got {
		if math.Abs(got[i]-capture.grad[i]) > 1e-14 {
			t.Fatalf("∂J/∂θ[%d] = %.17g, core/nn %.17g", i, got[i], capture.grad[i])
		}
	}
}

type gradientCapture struct{ grad []float64 }

func (c *gradientCapture) Name() string           { return "capture" }
func (c *gradientCapture) Step(_, grad []float64) { c.grad = append(c.grad[:0], grad...) }

// fullHessian builds the Hessian at theta column by column, H·eᵢ for every
// coordinate i, and returns its eigenvalues and how far it is from
// symmetric.
func fullHessian(t *testing.T, net network, theta []float64) (values []float64, asymmetry float64) {
	t.Helper()
	n := len(theta)
	apply := net.hessianVector(theta)
	cols := make([][]float64, n)
	for i := range n {
		e := make([]float64, n)
		e[i] = 1
		cols[i] = make([]float64, n)
		apply(e, cols[i])
	}
	H := mat.NewSymDense(n, nil)
	for i := range n {
		for j := i; j < n; j++ {
			asymmetry = math.Max(asymmetry, math.Abs(cols[i][j]-cols[j][i]))
			H.SetSym(i, j, (cols[i][j]+cols[j][i])/2)
		}
	}
	var eig mat.EigenSym
	if !eig.Factorize(H, false) {
		t.Fatal("no eigendecomposition")
	}
	return eig.Values(nil), asymmetry
}

// TestLanczosAgreesWithTheFullHessian: at the starting weights, the
// exhausted Lanczos run of the hessian-init cell finds the extremes and
// the sign counts of a full eigendecomposition of the 1131 × 1131
// Hessian, built column by column (about two seconds).
func TestLanczosAgreesWithTheFullHessian(t *testing.T) {
	net, theta, err := trainedNetwork(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	values, asymmetry := fullHessian(t, net, theta)
	if asymmetry > 1e-5 {
		t.Errorf("with the pattern held H should be symmetric; entries differ by %.2g", asymmetry)
	}
	n := len(values)
	tol := 1e-6 * values[n-1]
	var neg, pos int
	for _, v := range values {
		switch {
		case v < -tol:
			neg++
		case v > tol:
			pos++
		}
	}
	s, err := net.measureSpectrum(context.Background(), theta, n, 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(s.max-values[n-1]) > 1e-5 || math.Abs(s.min-values[0]) > 1e-5 || s.negative != neg || s.positive != pos {
		t.Errorf("Lanczos: max %.8g min %.8g, %d negative, %d positive; full Hessian: max %.8g min %.8g, %d negative, %d positive",
			s.max, s.min, s.negative, s.positive, values[n-1], values[0], neg, pos)
	}
}
