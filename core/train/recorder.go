package train

import "sync"

// A Recorder keeps at most a fixed number of points from a run of any
// length, safe for one writer and many readers.
//
// It keeps every stride-th point; when full it drops every other kept point
// and doubles the stride. The first point and the latest point are always
// available, so a curve starts at the start and ends where the run is now.
type Recorder struct {
	mu     sync.Mutex
	max    int
	stride int
	kept   []Point
	latest Point
	count  int // points seen
}

// NewRecorder returns a Recorder that keeps at most max points (at least 4).
func NewRecorder(max int) *Recorder {
	if max < 4 {
		max = 4
	}
	return &Recorder{max: max, stride: 1, kept: make([]Point, 0, max)}
}

// Add records p. Points must arrive in step order.
func (r *Recorder) Add(p Point) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.latest = p
	if r.count%r.stride == 0 {
		if len(r.kept) == r.max {
			r.halve()
		}
		if r.count%r.stride == 0 { // still on the (possibly doubled) grid
			r.kept = append(r.kept, p)
		}
	}
	r.count++
}

// halve keeps the points at even positions and doubles the stride.
func (r *Recorder) halve() {
	n := 0
	for i := 0; i < len(r.kept); i += 2 {
		r.kept[n] = r.kept[i]
		n++
	}
	r.kept = r.kept[:n]
	r.stride *= 2
}

// Snapshot appends the kept points to dst (reusing its storage), ending with
// the latest point, and returns it with the number of points seen so far.
func (r *Recorder) Snapshot(dst []Point) ([]Point, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	dst = append(dst[:0], r.kept...)
	if r.count > 0 && (len(dst) == 0 || dst[len(dst)-1].Step != r.latest.Step) {
		dst = append(dst, r.latest)
	}
	return dst, r.count
}

// Latest returns the most recent point and whether there is one.
func (r *Recorder) Latest() (Point, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.latest, r.count > 0
}

// Reset forgets everything.
func (r *Recorder) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.kept = r.kept[:0]
	r.stride = 1
	r.count = 0
	r.latest = Point{}
}
