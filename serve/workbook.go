package serve

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"

	"descent/runner"
	"descent/tui"
)

// newWorkbook is a learner's workbook for a terminal session: the TUI on
// their workspace, whose checks go through the server (queue, sandbox,
// class state), with the editor, and whose race runs in the sandbox.
func (s *Server) newWorkbook(sess ssh.Session, p Person) (tea.Model, func(), error) {
	dir, err := s.ws.ensure(p.ID)
	if err != nil {
		return nil, nil, err
	}
	home := filepath.Dir(dir) // DIR/learners/ID: the workbook's own state
	app := tui.New(tui.Options{
		ExercisesDir: dir,
		StateDir:     home,
		NoColor:      hasEnv(sess.Environ(), "NO_COLOR"),
		Now:          s.cfg.Now,
		Workshop: &tui.Workshop{
			Check: func(ctx context.Context, name string) runner.Result { return s.checkWorkspace(p, name) },
			StartProgram: func(ctx context.Context, pkg string, mine []runner.Exercise, args ...string) (*runner.Program, func(), error) {
				return s.startProgram(ctx, dir, pkg, mine, args...)
			},
			Submit:  func(e runner.Exercise) string { return sshLine(sess, "submit "+e.Name+" < exercises/"+e.File) },
			MaxFile: MaxSubmission,
		},
	})
	return app, app.Close, nil
}

// checkWorkspace checks the file the learner saved in their workspace
// (the workbook's editor saved it), recording the verdict as submit does.
func (s *Server) checkWorkspace(p Person, name string) runner.Result {
	e, err := runner.Find(name)
	if err != nil {
		return runner.Result{Exercise: runner.Exercise{Name: name}, Status: runner.RunError, Err: err}
	}
	lock := s.ws.lock(p.ID)
	lock.Lock()
	defer lock.Unlock()
	dir, err := s.ws.ensure(p.ID)
	if err != nil {
		return runner.Result{Exercise: e, Status: runner.RunError, Err: err}
	}
	src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(e.File)))
	if err != nil {
		return runner.Result{Exercise: e, Status: runner.RunError, Err: fmt.Errorf("%s is missing: r resets it to the stub", e.File)}
	}
	if len(src) > MaxSubmission {
		return runner.Result{Exercise: e, Status: runner.Rejected, Cause: fmt.Sprintf("the file is over %d KB", MaxSubmission>>10)}
	}
	return s.checkSaved(p, e, dir, src, nil)
}

// startProgram starts a learner's program (the race) under the checker's
// limits and in the sandbox, holding one of the workers until it ends.
func (s *Server) startProgram(ctx context.Context, dir, pkg string, mine []runner.Exercise, args ...string) (*runner.Program, func(), error) {
	release, err := s.queue.acquire(ctx, nil)
	if err != nil {
		return nil, nil, errors.New("the race was stopped before it started")
	}
	prog, err := s.checker(dir).StartProgram(ctx, pkg, mine, args...)
	if err != nil {
		release()
		return nil, nil, err
	}
	return prog, release, nil
}

// hasEnv reports whether the session's environment sets name to
// something.
func hasEnv(env []string, name string) bool {
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, name+"="); ok && v != "" {
			return true
		}
	}
	return false
}
