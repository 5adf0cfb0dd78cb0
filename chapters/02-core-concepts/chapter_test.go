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
	{Text: "0.3146", Cell: "sgd-versus-gd"},
	{Text: "0.1957", Cell: "sgd-versus-gd"},
	{Text: "0.1821", Cell: "sgd-versus-gd"},
	{Text: "0.1735", Cell: "sgd-versus-gd"},
	{Text: "1e-06", Cell: "regularization"},
	{Text: "0.0165", Cell: "regularization"},
	{Text: "57.8", Cell: "regularization"},
	{Text: "9.91", Cell: "regularization"},
	{Text: "0.109", Cell: "regularization"},
	{Text: "2.8478", Cell: "l1-versus-l2"},
	{Text: "∇f = (-1, -8)", Cell: "optimizer-is-not-gd"},
	{Text: "(0.1, 0.8)", Cell: "optimizer-is-not-gd"},
	{Text: "(0.1, 0.1)", Cell: "optimizer-is-not-gd"},
	{Text: "(1, 1)", Cell: "optimizer-is-not-gd"},
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
