package serve

import (
	"container/list"
	"sync"

	"descent/runner"
)

// A verdictCache remembers the verdicts of files already checked, by
// exercise and SHA-256 of the file, so that the same file is compiled once
// however many times it is submitted: a learner who submits again without
// a change, a class that submits the stub as shipped, ten learners who
// typed the same answer. Only verdicts the file alone decides are kept
// (passed, failed, does not compile, panicked, not accepted); a time-out,
// a crash (which may be a limit) or a check that could not run depend on
// the moment, and are checked again.
//
// Checks of the same file that arrive together run once: the later ones
// wait for the first one's verdict.
type verdictCache struct {
	mu      sync.Mutex
	max     int
	order   *list.List // of string keys, most recent first
	entries map[string]*cacheEntry
}

type cacheEntry struct {
	done   chan struct{} // closed when r is set
	r      runner.Result
	keep   bool
	listed *list.Element
}

func newVerdictCache(max int) *verdictCache {
	return &verdictCache{max: max, order: list.New(), entries: map[string]*cacheEntry{}}
}

// cacheable: verdicts that depend only on the file and the shipped tests.
func cacheable(r runner.Result) bool {
	switch r.Status {
	case runner.Passed, runner.Failed, runner.CompileError, runner.Panicked, runner.Rejected:
		return true
	}
	return false
}

// get returns the verdict of the file with this key, running check for it
// unless a check of the same file is done or under way. It reports
// whether the verdict came from another check.
func (c *verdictCache) get(key string, check func() runner.Result) (runner.Result, bool) {
	c.mu.Lock()
	if e, ok := c.entries[key]; ok {
		if e.listed != nil {
			c.order.MoveToFront(e.listed)
		}
		c.mu.Unlock()
		<-e.done
		if e.keep {
			return e.r, true
		}
		// The first check's verdict depended on its moment: check again.
		return c.get(key, check)
	}
	e := &cacheEntry{done: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()

	r := check()

	c.mu.Lock()
	e.r, e.keep = r, cacheable(r)
	if e.keep {
		e.listed = c.order.PushFront(key)
		for c.order.Len() > c.max {
			old := c.order.Remove(c.order.Back()).(string)
			delete(c.entries, old)
		}
	} else {
		delete(c.entries, key)
	}
	close(e.done)
	c.mu.Unlock()
	return r, false
}
