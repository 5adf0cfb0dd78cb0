package code

import (
	"context"
	"math"
	"strings"
	"testing"

	"descent/chapters/book"
	"descent/chapters/book/booktest"
	"descent/core/nn"
)

// TestQuotes: every number the prose quotes is printed by the cell it
// comes from, with that cell's defaults.
func TestQuotes(t *testing.T) {
	booktest.CheckQuotes(t, Chapter(), []booktest.Quote{
		{Text: "shapes (100,1) and (2,) not aligned", Cell: "shape-error"},
		{Text: "225.3", Cell: "missing-mean"},
		{Text: "0.008876", Cell: "missing-mean"},
		{Text: "3.395e+196", Cell: "missing-mean"},
		{Text: "2.253", Cell: "missing-mean"},
		{Text: "0.8876", Cell: "missing-mean"},
		{Text: "0.2723", Cell: "missing-mean"},
		{Text: "0.01117", Cell: "how-n-matters"},
		{Text: "3.4e-09", Cell: "closed-form"},
		{Text: "0.98009", Cell: "closed-form"},
		{Text: "θ = [1.5444, -2.0100]", Cell: "closed-form"},
		{Text: "7.7e-07", Cell: "keras-model"},
		{Text: "1.9e-08", Cell: "keras-model"},
		{Text: "0.560242", Cell: "keras-model"},
		{Text: "1.8e-06", Cell: "keras-predictions"},
		{Text: "256 of 256", Cell: "keras-predictions"},
		{Text: "0.5374", Cell: "keras-seeds"},
		{Text: "0.6503", Cell: "keras-seeds"},
		{Text: "62.5%", Cell: "keras-seeds"},
		{Text: "78.9%", Cell: "keras-seeds"},
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
