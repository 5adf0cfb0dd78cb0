package runner

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkSaveToResult measures what `descent watch` promises: the time
// from an editor saving a file (by rename) to the check's result, once the
// first build has warmed the cache. It should stay well under a second.
func BenchmarkSaveToResult(b *testing.B) {
	dir := copyExercises(b)
	e := mustFind(b, "mse")
	answer, _ := Answer(e)
	c := &Checker{Dir: dir}
	c.CheckExercise(context.Background(), e) // the first build
	w, err := NewWatcher(dir, DefaultDebounce)
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	target := filepath.Join(dir, filepath.FromSlash(e.File))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		// A different program each time (not just a comment), so neither go
		// test's result cache nor its link can be reused: a real edit.
		src := append(append([]byte(nil), answer...), []byte(fmt.Sprintf("\nfunc saved%d() int { return %d }\n", i, time.Now().UnixNano()))...)
		tmp := target + ".tmp"
		os.WriteFile(tmp, src, 0o644)
		os.Rename(tmp, target)
		select {
		case <-w.Changes():
		case <-time.After(10 * time.Second):
			b.Fatal("no change reported")
		}
		if r := c.CheckExercise(context.Background(), e); !r.OK() {
			b.Fatal(r.Report())
		}
	}
}

// BenchmarkCheckAll is one `descent check --all` over the stubs.
func BenchmarkCheckAll(b *testing.B) {
	c := &Checker{Dir: copyExercises(b)}
	for i := 0; i < b.N; i++ {
		c.CheckAll(context.Background())
	}
}
