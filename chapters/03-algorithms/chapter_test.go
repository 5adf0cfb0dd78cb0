package algorithms

import (
	"testing"

	"descent/chapters/book/booktest"
)

// quotes are the numbers the prose takes from the cells' default output.
var quotes = []booktest.Quote{
	{Text: "2/L = 0.5", Cell: "gd-stability"},
	{Text: "f = 1.61e-08", Cell: "gd-stability"},
	{Text: "f = 0.00228", Cell: "gd-stability"},
	{Text: "f = 2.04e+04", Cell: "gd-stability"},
	{Text: "0.8182", Cell: "condition-number"},
	{Text: "346", Cell: "condition-number"},
	{Text: "3454", Cell: "condition-number"},
	{Text: "α = 0.0331", Cell: "momentum-polyak"},
	{Text: "β = 0.6694", Cell: "momentum-polyak"},
	{Text: "576", Cell: "momentum-polyak"},
	{Text: "81", Cell: "momentum-polyak"},
	{Text: "131", Cell: "momentum-polyak"},
	{Text: "0.8182", Cell: "momentum-polyak"},
	{Text: "0.9000", Cell: "momentum-polyak"},
	{Text: "diverged (step 246)", Cell: "momentum-polyak"},
	{Text: "0.0334", Cell: "momentum-polyak"},
	{Text: "0.0143", Cell: "momentum-polyak"},
	{Text: "0.00132", Cell: "paths"},
	{Text: "0.0226", Cell: "paths"},
	{Text: "0.0535", Cell: "paths"},
	{Text: "-4.1381", Cell: "nesterov-sign"},
	{Text: "-5.1381", Cell: "nesterov-sign"},
	{Text: "3.1381", Cell: "nesterov-sign"},
	{Text: "0.925", Cell: "preconditioning"},
	{Text: "0.000896", Cell: "preconditioning"},
	{Text: "0.341", Cell: "preconditioning"},
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
	{Text: "0.0909", Cell: "weight-decay"},
	{Text: "0.0735", Cell: "weight-decay"},
	{Text: "0.9953", Cell: "weight-decay"},
	{Text: "0.0125", Cell: "schedules"},
	{Text: "0.283", Cell: "decay-beats-noise"},
	{Text: "0.0329", Cell: "decay-beats-noise"},
	{Text: "0.0254", Cell: "decay-beats-noise"},
	{Text: "7.09e+09", Cell: "gradient-clipping"},
	{Text: "709.78", Cell: "log-sum-exp"},
	{Text: "NaN", Cell: "log-sum-exp"},
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
