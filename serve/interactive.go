package serve

import (
	"fmt"
	"io"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"
)

// runInteractive serves a session with a terminal: the class board for an
// instructor, the workbook for a learner.
func (s *Server) runInteractive(sess ssh.Session, p Person) int {
	if p.Instructor {
		v := newBoardView(s.class, s.cfg.Now, sshLineWith(sess, "-t", ""))
		defer v.close()
		// An instructor watches the board without touching a key: no idle
		// limit (the board redraws every second, which keeps the
		// connection alive, and the server's longest session still ends it).
		return s.runProgram(sess, v, 0)
	}
	if s.workbook == nil {
		fmt.Fprint(sess.Stderr(), s.usage(sess, p))
		return exitBad
	}
	model, closeFn, err := s.workbook(sess, p)
	if err != nil {
		fmt.Fprintf(sess.Stderr(), "descent: %v\n", err)
		return exitFail
	}
	defer closeFn()
	return s.runProgram(sess, model, s.cfg.IdleTimeout)
}

// runProgram runs model as a Bubble Tea program on the session's terminal,
// sized to it and following its resizes, in the colours its TERM allows.
// With idle > 0 the program ends after that long without a key, with a
// message: the learner's work is saved, and ssh brings them back to it.
func (s *Server) runProgram(sess ssh.Session, model tea.Model, idle time.Duration) int {
	_, windows, _ := sess.Pty()
	in := &activityReader{r: sess, last: time.Now()}
	opts := append(bubbletea.MakeOptions(sess), tea.WithInput(in))
	prog := tea.NewProgram(model, opts...)

	done := make(chan struct{})
	defer close(done)
	idled := make(chan struct{}, 1)
	go func() {
		var tick <-chan time.Time
		if idle > 0 {
			t := time.NewTicker(min(idle/4, 30*time.Second))
			defer t.Stop()
			tick = t.C
		}
		for {
			select {
			case <-done:
				return
			case <-sess.Context().Done():
				prog.Quit()
				return
			case w, ok := <-windows:
				if !ok {
					windows = nil
					continue
				}
				prog.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
			case <-tick:
				if in.idleFor() >= idle {
					idled <- struct{}{}
					prog.Quit()
					return
				}
			}
		}
	}()
	_, err := prog.Run()
	prog.Kill()
	select {
	case <-idled:
		span := count(int(idle/time.Second), "second")
		if idle >= time.Minute {
			span = count(int(idle/time.Minute), "minute")
		}
		fmt.Fprintf(sess.Stderr(), "descent: no key for %s, so the session ended; your work is saved, and ssh brings you back to it.\n", span)
		return exitOK
	default:
	}
	if err != nil && sess.Context().Err() == nil {
		s.log.Printf("a terminal session ended with an error: %v", err)
		return exitFail
	}
	return exitOK
}

// activityReader notes when input last came.
type activityReader struct {
	r    io.Reader
	mu   sync.Mutex
	last time.Time
}

func (a *activityReader) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if n > 0 {
		a.mu.Lock()
		a.last = time.Now()
		a.mu.Unlock()
	}
	return n, err
}

func (a *activityReader) idleFor() time.Duration {
	a.mu.Lock()
	defer a.mu.Unlock()
	return time.Since(a.last)
}
