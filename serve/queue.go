package serve

import (
	"context"
	"sync"
)

// A queue runs checks on a bounded number of workers, first come first
// served, and tells each waiting caller its place.
type queue struct {
	mu      sync.Mutex
	workers int
	running int
	waiting []*ticket
}

type ticket struct {
	ready chan struct{} // closed when it may run
	place chan int      // its place in line (1: next), latest only
}

func newQueue(workers int) *queue {
	return &queue{workers: max(1, workers)}
}

// do runs fn when a worker is free. While it waits, place is called with
// its place in line each time that changes (1 means next). It returns
// ctx's error if ctx ends first; fn then never runs.
func (q *queue) do(ctx context.Context, place func(n int), fn func()) error {
	release, err := q.acquire(ctx, place)
	if err != nil {
		return err
	}
	defer release()
	fn()
	return nil
}

// acquire waits for a worker, as do does, and returns the function that
// hands it back (for work that outlives a call: a learner's program).
func (q *queue) acquire(ctx context.Context, place func(n int)) (release func(), err error) {
	t := &ticket{ready: make(chan struct{}), place: make(chan int, 1)}
	q.mu.Lock()
	q.waiting = append(q.waiting, t)
	q.dispatchLocked()
	q.mu.Unlock()
	for {
		select {
		case <-t.ready:
			var once sync.Once
			return func() { once.Do(q.release) }, nil
		case n := <-t.place:
			if place != nil {
				place(n)
			}
		case <-ctx.Done():
			q.mu.Lock()
			select {
			case <-t.ready: // it got a worker as it gave up: hand it back
				q.running--
			default:
				q.removeLocked(t)
			}
			q.dispatchLocked()
			q.mu.Unlock()
			return nil, ctx.Err()
		}
	}
}

// waitingNow is how many checks wait for a worker.
func (q *queue) waitingNow() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.waiting)
}

func (q *queue) release() {
	q.mu.Lock()
	q.running--
	q.dispatchLocked()
	q.mu.Unlock()
}

func (q *queue) removeLocked(t *ticket) {
	for i, w := range q.waiting {
		if w == t {
			q.waiting = append(q.waiting[:i], q.waiting[i+1:]...)
			return
		}
	}
}

// dispatchLocked starts what the free workers can take and tells the rest
// their places.
func (q *queue) dispatchLocked() {
	for q.running < q.workers && len(q.waiting) > 0 {
		t := q.waiting[0]
		q.waiting = q.waiting[1:]
		q.running++
		close(t.ready)
	}
	for i, t := range q.waiting {
		select {
		case <-t.place: // drop a stale place
		default:
		}
		t.place <- i + 1
	}
}
