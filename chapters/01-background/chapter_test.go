package background

import (
	"testing"

	"descent/chapters/book/booktest"
)

// quotes are the numbers the prose takes from the cells' default output.
var quotes = []booktest.Quote{
	{Text: "1.7284", Cell: "rank-lines"},
	{Text: "0.2006", Cell: "rank-lines"},
	{Text: "0.1735", Cell: "rank-lines"},
	{Text: "w = 2.1411", Cell: "loss-in-one-weight"},
	{Text: "w = 2.1874", Cell: "descend-a-line"},
	{Text: "b = 0.9388", Cell: "descend-a-line"},
	{Text: "0.1735", Cell: "descend-a-line"},
	{Text: "h = 1e-08", Cell: "difference-quotients"},
	{Text: "7e-09", Cell: "difference-quotients"},
	{Text: "h = 1e-05", Cell: "difference-quotients"},
	{Text: "2.6e-12", Cell: "difference-quotients"},
	{Text: "8.4e-05", Cell: "difference-quotients"},
	{Text: "4e-09", Cell: "gradient-check"},
	{Text: "0.98", Cell: "gradient-check"},
	{Text: "0.0049", Cell: "gradient-check"},
	{Text: "0.6223", Cell: "train-a-net"},
	{Text: "0.6850", Cell: "train-a-net"},
	{Text: "33", Cell: "train-a-net"},
	{Text: "0.0538", Cell: "train-a-net"},
	{Text: "0.9950", Cell: "train-a-net"},
	{Text: "0.1446", Cell: "accuracy-vs-log-loss"},
	{Text: "0.5543", Cell: "accuracy-vs-log-loss"},
	{Text: "3.5654", Cell: "log-loss-brackets"},
	{Text: "-3.3423", Cell: "log-loss-brackets"},
	{Text: "0.6652", Cell: "softmax-overflow"},
	{Text: "2.4076", Cell: "softmax-overflow"},
	{Text: "-0.960776", Cell: "softmax-gradient"},
	{Text: "2e-11", Cell: "softmax-gradient"},
	{Text: "0.0302", Cell: "cross-entropy-over-what"},
	{Text: "0.4339", Cell: "cross-entropy-over-what"},
	{Text: "0.1446", Cell: "cross-entropy-over-what"},
	{Text: "2.3076", Cell: "cross-entropy-over-what"},
	{Text: "11.5124", Cell: "label-smoothing"},
	{Text: "9.005e-05", Cell: "label-smoothing"},
	{Text: "4.5109", Cell: "label-smoothing"},
	{Text: "0.5003", Cell: "label-smoothing"},
	{Text: "0.7804", Cell: "calibration"},
	{Text: "1963", Cell: "calibration"},
	{Text: "0.9879", Cell: "calibration"},
	{Text: "0.8360", Cell: "calibration"},
	{Text: "0.1542", Cell: "calibration"},
	{Text: "0.8502", Cell: "calibration"},
	{Text: "0.0150", Cell: "calibration"},
	{Text: "0.4618", Cell: "calibration"},
	{Text: "σ² = 0.2500", Cell: "empirical-risk"},
	{Text: "0.1608", Cell: "empirical-risk"},
	{Text: "0.3904", Cell: "empirical-risk"},
	{Text: "0.0006", Cell: "empirical-risk"},
}

func TestQuotes(t *testing.T) { booktest.CheckQuotes(t, Chapter(), quotes) }

func TestValidate(t *testing.T) {
	ch := Chapter()
	if err := ch.Validate(); err != nil {
		t.Fatal(err)
	}
}
