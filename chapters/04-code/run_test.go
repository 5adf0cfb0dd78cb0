package code

import (
	"testing"

	"descent/chapters/book/booktest"
)

// runCell runs one of this chapter's cells with its defaults, changed by
// args ("name=value"), and returns what it printed.
func runCell(t *testing.T, id string, args ...string) string {
	t.Helper()
	return booktest.Run(t, Chapter(), id, args...)
}
