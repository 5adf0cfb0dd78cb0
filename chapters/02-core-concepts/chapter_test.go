package concepts

import (
	"testing"

	"descent/chapters/book/booktest"
)

// quotes are the numbers the prose takes from the cells' default output.
var quotes = []booktest.Quote{
	{Text: "0.6000", Cell: "gd-by-hand"},
	{Text: "2.4967", Cell: "gd-by-hand"},
	{Text: "0.9664", Cell: "sign-of-the-step"},
	{Text: "55.7256", Cell: "sign-of-the-step"},
	{Text: "2/L = 0.5", Cell: "learning-rate-sweep"},
	{Text: "-0.8", Cell: "learning-rate-sweep"},
	{Text: "-1.2", Cell: "learning-rate-sweep"},
	{Text: "38.3", Cell: "learning-rate-sweep"},
	{Text: "0.442", Cell: "learning-rate-sweep"},
	{Text: "2/L = 0.4", Cell: "quadratic-in-2d"},
	{Text: "1.05", Cell: "quadratic-in-2d"},
	{Text: "1.414", Cell: "quadratic-in-2d"},
	{Text: "7733", Cell: "quadratic-in-2d"},
	{Text: "583", Cell: "convexity"},
	{Text: "0.0086", Cell: "convexity"},
	{Text: "4/12", Cell: "convexity"},
	{Text: "5754", Cell: "conditioning"},
	{Text: "18412", Cell: "conditioning"},
	{Text: "4606", Cell: "conditioning"},
	{Text: "50%", Cell: "saddle-census"},
	{Text: "22%", Cell: "saddle-census"},
	{Text: "5%", Cell: "saddle-census"},
	{Text: "120", Cell: "saddle-census"},
	{Text: "-1.827", Cell: "saddle-census"},
	{Text: "-0.051", Cell: "saddle-census"},
	{Text: "291", Cell: "plateau"},
	{Text: "152", Cell: "plateau"},
	{Text: "230", Cell: "when-to-stop"},
	{Text: "4.9e-05", Cell: "when-to-stop"},
	{Text: "917", Cell: "when-to-stop"},
	{Text: "4.9e-11", Cell: "when-to-stop"},
	{Text: "1343", Cell: "when-to-stop"},
	{Text: "0.3146", Cell: "sgd-versus-gd"},
	{Text: "0.1957", Cell: "sgd-versus-gd"},
	{Text: "0.1821", Cell: "sgd-versus-gd"},
	{Text: "0.1735", Cell: "sgd-versus-gd"},
	{Text: "0.0128", Cell: "robbins-monro"},
	{Text: "5.86e-05", Cell: "robbins-monro"},
	{Text: "5e-05", Cell: "robbins-monro"},
	{Text: "0.636", Cell: "robbins-monro"},
	{Text: "2.51", Cell: "decay-constant"},
	{Text: "2.5", Cell: "decay-constant"},
	{Text: "6.22", Cell: "decay-constant"},
	{Text: "6.94", Cell: "decay-constant"},
	{Text: "0.0241", Cell: "decay-constant"},
	{Text: "1e-08", Cell: "regularization"},
	{Text: "0.00784", Cell: "regularization"},
	{Text: "326", Cell: "regularization"},
	{Text: "108", Cell: "regularization"},
	{Text: "α = 0.0001", Cell: "regularization"},
	{Text: "0.0642", Cell: "regularization"},
	{Text: "0.0688", Cell: "regularization"},
	{Text: "0.304", Cell: "regularization"},
	{Text: "2.8478", Cell: "l1-versus-l2"},
	{Text: "∇f = (-1, -8)", Cell: "optimizer-is-not-gd"},
	{Text: "(0.1, 0.8)", Cell: "optimizer-is-not-gd"},
	{Text: "(0.1, 0.1)", Cell: "optimizer-is-not-gd"},
	{Text: "(1, 1)", Cell: "optimizer-is-not-gd"},
	{Text: "297", Cell: "beyond-gradient-descent"},
	{Text: "61", Cell: "beyond-gradient-descent"},
	{Text: "122 partial derivatives", Cell: "beyond-gradient-descent"},
	{Text: "239 values of f", Cell: "beyond-gradient-descent"},
	{Text: "0.1774", Cell: "how-they-connect"},
	{Text: "0.1764", Cell: "how-they-connect"},
	{Text: "0.2306", Cell: "how-they-connect"},
}

func TestQuotes(t *testing.T) { booktest.CheckQuotes(t, Chapter(), quotes) }

func TestValidate(t *testing.T) {
	ch := Chapter()
	if err := ch.Validate(); err != nil {
		t.Fatal(err)
	}
}
