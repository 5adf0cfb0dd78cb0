package serve

import (
	"fmt"
	"sync"
	"time"
)

// limits bounds sessions: how many the server holds at once, how many one
// key holds at once, and how many one key may open in a minute, so that a
// runaway script (or a loop of `submit`s) from one attendee cannot starve
// the class. A session over a limit gets a message saying which, and ends.
type limits struct {
	maxSessions int           // the whole server
	perKey      int           // open at once, per key
	perMinute   int           // opened in the last minute, per key
	window      time.Duration // the rate's window: a minute
	now         func() time.Time

	mu     sync.Mutex
	open   int
	byKey  map[string]int
	recent map[string][]time.Time
}

func newLimits(maxSessions, perKey, perMinute int, now func() time.Time) *limits {
	return &limits{maxSessions: maxSessions, perKey: perKey, perMinute: perMinute, window: time.Minute, now: now,
		byKey: map[string]int{}, recent: map[string][]time.Time{}}
}

// enter admits a session of key, or says why not. release ends it.
func (l *limits) enter(key string) (release func(), err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	times := l.recent[key]
	for len(times) > 0 && now.Sub(times[0]) >= l.window {
		times = times[1:]
	}
	l.recent[key] = times
	switch {
	case l.maxSessions > 0 && l.open >= l.maxSessions:
		return nil, fmt.Errorf("the class server is full (%d sessions open, its --max-sessions): try again in a minute", l.open)
	case l.perKey > 0 && l.byKey[key] >= l.perKey:
		return nil, fmt.Errorf("your key already has %d sessions open, the most one person may have: close one first", l.byKey[key])
	case l.perMinute > 0 && len(times) >= l.perMinute:
		wait := l.window - now.Sub(times[0])
		return nil, fmt.Errorf("too many connections from your key (%d in the last minute): wait %d s", len(times), int(wait.Seconds())+1)
	}
	l.recent[key] = append(times, now)
	l.open++
	l.byKey[key]++
	var once sync.Once
	return func() {
		once.Do(func() {
			l.mu.Lock()
			defer l.mu.Unlock()
			l.open--
			if l.byKey[key]--; l.byKey[key] <= 0 {
				delete(l.byKey, key)
			}
		})
	}, nil
}

// sessions is how many sessions are open.
func (l *limits) sessions() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.open
}
