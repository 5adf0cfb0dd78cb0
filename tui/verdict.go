package tui

import (
	"regexp"
	"strings"

	"descent/runner"
)

// A verdict is a check's result cut for a screen that has room for a few
// lines: the headline (✓/✗), the first failing case (what was computed,
// expected against got) with its one next: line, and the rest of the
// report, each next: said only once.
type verdict struct {
	ok       bool
	headline string   // "✗ mse: 2 test(s) failed"
	first    []string // the first failing case, indented as the report has it
	details  []string // everything after the headline, repeated next: lines dropped
}

// testLine is the start of one message of a failing test, as go test
// prints it: "mse_test.go:24: MSE([1 2 3], [1 2 5])".
var testLine = regexp.MustCompile(`^(\s*)[A-Za-z0-9_]+_test\.go:\d+: `)

// verdictOf reads a result's report (plain text, the same the command line
// prints) into a verdict.
func verdictOf(res runner.Result) verdict {
	report := strings.TrimRight(res.Report(), "\n")
	lines := strings.Split(report, "\n")
	v := verdict{ok: res.OK(), headline: strings.TrimRight(lines[0], ":")}
	rest := lines[1:]

	v.first = firstCase(rest)
	// Details: the rest, a next: line that repeats an earlier one (or the
	// one the first case already shows) dropped.
	seen := map[string]bool{}
	for _, l := range v.first {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "next:") {
			seen[t] = true
		}
	}
	for _, l := range rest {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "next:") {
			if seen[t] {
				continue
			}
			seen[t] = true
		}
		v.details = append(v.details, l)
	}
	return v
}

// firstCase is the first message of the first failing test, from its
// first line to its next: line (or its last line), the test's name first.
func firstCase(rest []string) []string {
	var first []string
	test := ""
	for i := 0; i < len(rest); i++ {
		l := rest[i]
		if strings.HasPrefix(l, "--- ") {
			test = strings.TrimPrefix(l, "--- ")
			continue
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		m := testLine.FindStringSubmatch(l)
		head := strings.TrimSpace(l)
		if m != nil {
			head = strings.TrimSpace(l[len(m[0]):])
		}
		if test != "" {
			head = test + ": " + head
		}
		first = append(first, "  "+head)
		indent := len(l) - len(strings.TrimLeft(l, " "))
		for _, c := range rest[i+1:] {
			ci := len(c) - len(strings.TrimLeft(c, " "))
			if strings.TrimSpace(c) == "" || ci <= indent || strings.HasPrefix(c, "--- ") {
				break
			}
			first = append(first, "    "+strings.TrimSpace(c))
			if strings.HasPrefix(strings.TrimSpace(c), "next:") {
				break
			}
		}
		break
	}
	return first
}
