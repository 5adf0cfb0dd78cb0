package runner

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
	"unicode"
)

// A stub states the task and the math, never the code: a learner who can
// transcribe the TODOs learns nothing. This measures, across every
// exercise, how many statement lines of the answer's function bodies the
// stub already spells out (in code or in a comment, formulas in code form
// included), and holds the total to at most 5%.
//
// For a debug exercise the stub is the broken code, so its own lines do not
// count as given away; only the answer's fix (its lines that are not in the
// stub's code) is measured, against the stub's comments.
func TestStubsStateTheTaskNotTheCode(t *testing.T) {
	total, given := 0, 0
	for _, e := range Catalog() {
		ans, err := Answer(e)
		if err != nil {
			t.Fatal(err)
		}
		stub, err := Pristine(e)
		if err != nil {
			t.Fatal(err)
		}
		lines := bodyLines(t, e.File, ans)
		haystack := squeeze(string(stub))
		if e.Kind == Debug {
			code := map[string]bool{}
			for _, l := range bodyLines(t, e.File, stub) {
				code[l] = true
			}
			var fix []string
			for _, l := range lines {
				if !code[l] {
					fix = append(fix, l)
				}
			}
			lines, haystack = fix, squeeze(commentsOf(t, e.File, stub))
		}
		n := 0
		for _, l := range lines {
			if strings.Contains(haystack, l) {
				n++
				t.Logf("%s gives away: %s", e.Name, l)
			}
		}
		total += len(lines)
		given += n
	}
	if total == 0 {
		t.Fatal("no answer lines measured")
	}
	share := float64(given) / float64(total)
	t.Logf("stubs give away %d of %d answer lines (%.1f%%)", given, total, 100*share)
	if share > 0.05 {
		t.Errorf("stubs give away %d of %d answer statement lines (%.1f%%); the limit is 5%%: state the task and the math, not the code (go test ./runner -run TestStubsStateTheTaskNotTheCode -v lists them)", given, total, 100*share)
	}
}

// bodyLines returns the lines inside function bodies, whitespace removed,
// leaving out lines of only braces and punctuation.
func bodyLines(t *testing.T, name string, src []byte) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	text := strings.Split(string(src), "\n")
	var out []string
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Body == nil {
			continue
		}
		first, last := fset.Position(fn.Body.Lbrace).Line, fset.Position(fn.Body.Rbrace).Line
		for i := first; i < last-1; i++ {
			line := text[i]
			if j := strings.Index(line, "//"); j >= 0 {
				line = line[:j]
			}
			l := squeeze(line)
			if zeroReturn[l] {
				continue // a stub must compile, so it returns something; that tells nothing
			}
			if strings.IndexFunc(l, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
				out = append(out, l)
			}
		}
	}
	return out
}

var zeroReturn = map[string]bool{
	"return": true, "return0": true, "returnnil": true, "returnfalse": true, `return""`: true,
	"return0,nil": true, "returnnil,nil": true, "return0,0": true, "return0,false": true,
}

// commentsOf returns the text of every comment in src.
func commentsOf(t *testing.T, name string, src []byte) string {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var b strings.Builder
	for _, g := range f.Comments {
		b.WriteString(g.Text())
	}
	return b.String()
}

// squeeze removes all white space, so layout never hides a match.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
