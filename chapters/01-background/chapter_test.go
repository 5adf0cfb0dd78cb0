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
	{Text: "0.6223", Cell: "train-a-net"},
	{Text: "0.6850", Cell: "train-a-net"},
	{Text: "33", Cell: "train-a-net"},
	{Text: "0.0538", Cell: "train-a-net"},
	{Text: "0.9950", Cell: "train-a-net"},
	{Text: "0.1446", Cell: "accuracy-vs-log-loss"},
	{Text: "0.5543", Cell: "accuracy-vs-log-loss"},
	{Text: "3.5654", Cell: "log-loss-brackets"},
	{Text: "-3.3423", Cell: "log-loss-brackets"},
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
