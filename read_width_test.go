package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"descent/chapters"
)

// `descent read N --width W` into a pipe prints every chapter wrapped to W
// columns: no line wider, no tab, no escape code (the cells' outputs are
// covered by chapters/render's own test, which runs them).
func TestReadWidthFitsEveryChapter(t *testing.T) {
	for _, ch := range chapters.All() {
		for _, w := range []int{80, 100, 200} {
			var out, errb bytes.Buffer
			args := []string{"read", fmt.Sprint(ch.Number), "--width", fmt.Sprint(w)}
			if code := run(args, &cmdEnv{stdin: &bytes.Buffer{}, stdout: &out, stderr: &errb}); code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, errb.String())
			}
			for i, l := range strings.Split(out.String(), "\n") {
				if n := ansi.StringWidth(l); n > w || strings.ContainsAny(l, "\t\x1b") {
					t.Errorf("%v, line %d: %d columns: %q", args, i+1, n, l)
					break
				}
			}
		}
	}
}
