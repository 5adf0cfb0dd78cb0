package algorithms

import (
	"strings"
	"testing"

	"descent/chapters/book/booktest"
)

// quotes are the numbers the prose takes from the cells' default output.
var quotes = []booktest.Quote{
	{Text: "2/L = 0.5", Cell: "gd-stability"},
	{Text: "f = 1.61e-08", Cell: "gd-stability"},
	{Text: "f = 0.00228", Cell: "gd-stability"},
	{Text: "f = 2.04e+04", Cell: "gd-stability"},
	{Text: "0.96", Cell: "gd-stability"},
	{Text: "1.04", Cell: "gd-stability"},
	{Text: "346", Cell: "condition-number"},
	{Text: "3454", Cell: "condition-number"},

	{Text: "73.6", Cell: "momentum-double-count"},

	{Text: "0.8 ± 0.4i", Cell: "momentum-roots"},
	{Text: "0.8944", Cell: "momentum-roots"},
	{Text: "13.6 steps", Cell: "momentum-roots"},
	{Text: "0.927", Cell: "momentum-roots"},
	{Text: "0.863", Cell: "momentum-roots"},
	{Text: "0.91", Cell: "momentum-roots"},

	{Text: "0.00132", Cell: "paths"},
	{Text: "0.0226", Cell: "paths"},
	{Text: "0.0535", Cell: "paths"},

	{Text: "η = 0.0331", Cell: "momentum-polyak"},
	{Text: "β = 0.6694", Cell: "momentum-polyak"},
	{Text: "576", Cell: "momentum-polyak"},
	{Text: "81", Cell: "momentum-polyak"},
	{Text: "131", Cell: "momentum-polyak"},
	{Text: "0.8182", Cell: "momentum-polyak"},
	{Text: "0.9000", Cell: "momentum-polyak"},
	{Text: "diverged (step 246)", Cell: "momentum-polyak"},
	{Text: "0.0334", Cell: "momentum-polyak"},
	{Text: "0.0143", Cell: "momentum-polyak"},

	{Text: "0.9487", Cell: "heavy-ball"},
	{Text: "235", Cell: "heavy-ball"},

	{Text: "8.5", Cell: "sqrt-kappa"},

	{Text: "0.246", Cell: "momentum-noise"},
	{Text: "0.262", Cell: "momentum-noise"},
	{Text: "0.25", Cell: "momentum-noise"},
	{Text: "0.263", Cell: "momentum-noise"},
	{Text: "2.55", Cell: "momentum-noise"},
	{Text: "0.0504", Cell: "momentum-noise"},

	{Text: "-4.1381", Cell: "nesterov-sign"},
	{Text: "-5.1381", Cell: "nesterov-sign"},
	{Text: "3.1381", Cell: "nesterov-sign"},

	{Text: "0.925", Cell: "preconditioning"},
	{Text: "0.000896", Cell: "preconditioning"},
	{Text: "0.341", Cell: "preconditioning"},

	{Text: "-5.42e+04", Cell: "armijo"},
	{Text: "0.000977", Cell: "armijo"},
	{Text: "0.227", Cell: "armijo"},
	{Text: "24.2", Cell: "armijo"},
	{Text: "5.1", Cell: "armijo"},

	{Text: "26593", Cell: "curvature"},
	{Text: "2493", Cell: "curvature"},
	{Text: "3645", Cell: "curvature"},
	{Text: "10617", Cell: "curvature"},
	{Text: "21", Cell: "curvature"},
	{Text: "34", Cell: "curvature"},
	{Text: "35", Cell: "curvature"},

	{Text: "8", Cell: "first-step"},

	{Text: "same arithmetic", Cell: "rules-match-core"},
	{Text: "ends at 0.0092", Cell: "adagrad-vs-rmsprop"},
	{Text: "f = 0.483", Cell: "adagrad-vs-rmsprop"},
	{Text: "ends at 10", Cell: "adagrad-vs-rmsprop"},
	{Text: "f = 0.00525", Cell: "adagrad-vs-rmsprop"},
	{Text: "0.00316", Cell: "adadelta-start"},
	{Text: "10.5", Cell: "adadelta-start"},
	{Text: "7.39", Cell: "adadelta-start"},
	{Text: "0.001", Cell: "adam-bias-correction"},
	{Text: "0.00316", Cell: "adam-bias-correction"},

	{Text: "6.03e-09", Cell: "optimizers-race"},
	{Text: "8.54e-09", Cell: "optimizers-race"},
	{Text: "0.0782", Cell: "optimizers-race"},
	{Text: "0.426", Cell: "optimizers-race"},

	{Text: "0.5645", Cell: "anchor-nadam"},
	{Text: "0.4953", Cell: "anchor-nadam"},
	{Text: "3.96e-06", Cell: "anchor-nadam"},
	{Text: "(-4.0000, 6.0000)", Cell: "anchor-adadelta"},
	{Text: "step 110", Cell: "anchor-centered-rmsprop"},
	{Text: "0.316", Cell: "anchor-centered-rmsprop"},
	{Text: "880", Cell: "anchor-centered-rmsprop"},
	{Text: "7.87e-06", Cell: "anchor-d2l-adam"},
	{Text: "not a number (0/0 from step 1)", Cell: "anchor-d2l-adam"},

	{Text: "0.0909", Cell: "weight-decay"},
	{Text: "0.0735", Cell: "weight-decay"},
	{Text: "0.9953", Cell: "weight-decay"},
	{Text: "0.9999", Cell: "weight-decay"},
	{Text: "1.0000", Cell: "weight-decay"},
	{Text: "0.5129", Cell: "weight-decay"},
	{Text: "0.5000", Cell: "weight-decay"},
	{Text: "wd·σ = 0.01", Cell: "weight-decay"},

	{Text: "0.0125", Cell: "schedules"},
	{Text: "0.283", Cell: "decay-beats-noise"},
	{Text: "0.0329", Cell: "decay-beats-noise"},
	{Text: "0.0254", Cell: "decay-beats-noise"},

	{Text: "3.3", Cell: "warmup"},
	{Text: "6 of 20", Cell: "warmup"},
	{Text: "0.95", Cell: "warmup"},
	{Text: "3.93e-05", Cell: "warmup"},
	{Text: "0.55", Cell: "warmup"},

	{Text: "7.09e+09", Cell: "gradient-clipping"},
	{Text: "7.5", Cell: "gradient-clipping"},
	{Text: "diverged at step 7", Cell: "gradient-clipping"},
	{Text: "0.01", Cell: "gradient-clipping"},
	{Text: "0.5", Cell: "gradient-clipping"},

	{Text: "709.78", Cell: "log-sum-exp"},
	{Text: "∞/∞: not a number", Cell: "log-sum-exp"},
	{Text: "16.1181", Cell: "log-sum-exp"},
	{Text: "4.8e+16", Cell: "initialization"},
	{Text: "8.43e-24", Cell: "initialization"},
	{Text: "0.000417", Cell: "initialization"},
	{Text: "0.526", Cell: "initialization"},
}

func TestQuotes(t *testing.T) { booktest.CheckQuotes(t, Chapter(), quotes) }

func TestValidate(t *testing.T) {
	ch := Chapter()
	if err := ch.Validate(); err != nil {
		t.Fatal(err)
	}
}

// The prose wraps at about 78 columns; no line may pass 100, except the
// quoted lines of the source documents and frameworks, which are kept
// exactly as printed.
func TestProseIsWrapped(t *testing.T) {
	inQuote := false
	for i, line := range strings.Split(Chapter().Markdown, "\n") {
		if strings.HasPrefix(line, "```") {
			inQuote = !inQuote
			continue
		}
		if n := len([]rune(line)); n > 100 && !inQuote {
			t.Errorf("chapter.md line %d has %d characters: %s", i+1, n, line)
		}
	}
}
