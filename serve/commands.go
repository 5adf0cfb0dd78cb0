package serve

import (
	"bytes"
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/ssh"

	"descent/runner"
)

// Exit codes of the commands over SSH, as descent's own.
const (
	exitOK   = 0
	exitFail = 1 // a failing check; a refusal (the board to a learner, a limit)
	exitBad  = 2 // bad input: nothing was done
)

// stdinTimeout bounds how long submit waits for the file to end.
const stdinTimeout = 30 * time.Second

// handle serves one SSH session: it names the person, applies the session
// limits, and runs their command (or, in a terminal, the workbook).
func (s *Server) handle(sess ssh.Session) {
	code := s.session(sess)
	sess.Exit(code)
}

func (s *Server) session(sess ssh.Session) int {
	key := sess.PublicKey()
	if key == nil {
		fmt.Fprintln(sess.Stderr(), "descent: this server admits SSH keys only")
		return exitFail
	}
	p, err := s.auth.identify(key, sess.User())
	if err != nil {
		fmt.Fprintf(sess.Stderr(), "descent: %v\n", err)
		return exitFail
	}
	release, err := s.limits.enter(p.Key)
	if err != nil {
		fmt.Fprintf(sess.Stderr(), "descent: %v\n", err)
		s.log.Printf("refused a session of %s: %v", p.Name, err)
		return exitFail
	}
	defer release()
	if err := s.class.arrive(p); err != nil {
		s.log.Printf("saving the class state: %v", err)
	}
	defer s.class.leave(p)

	args := sess.Command()
	if len(args) == 0 {
		if _, _, pty := sess.Pty(); pty {
			return s.runInteractive(sess, p)
		}
		fmt.Fprint(sess.Stderr(), s.usage(sess, p))
		return exitBad
	}
	switch args[0] {
	case "submit":
		return s.cmdSubmit(sess, p, args[1:])
	case "list":
		return s.cmdList(sess, p, args[1:])
	case "board":
		return s.cmdBoard(sess, p, args[1:])
	case "help", "--help", "-h":
		fmt.Fprint(sess, s.usage(sess, p))
		return exitOK
	}
	fmt.Fprintf(sess.Stderr(), "descent: unknown command %q (valid: submit, list, board, help); there is no shell or file transfer here\n", args[0])
	return exitBad
}

func (s *Server) usage(sess ssh.Session, p Person) string {
	var b strings.Builder
	fmt.Fprintf(&b, "descent workshop server. Hello, %s.\n\n", p.Name)
	rows := [][2]string{
		{sshLineWith(sess, "-t", ""), "open the workbook (your own exercises, kept between visits)"},
		{sshLine(sess, "submit NAME < FILE.go"), "check FILE.go as your solution of exercise NAME"},
		{sshLine(sess, "list"), "your progress"},
	}
	if p.Instructor {
		rows = append(rows, [2]string{sshLine(sess, "board [--json]"), "the class board"})
	}
	for _, r := range rows {
		fmt.Fprintf(&b, "  %-48s %s\n", r[0], r[1])
	}
	return b.String()
}

// cmdSubmit: submit NAME < file.go.
func (s *Server) cmdSubmit(sess ssh.Session, p Person, args []string) int {
	stderr := sess.Stderr()
	if len(args) != 1 {
		fmt.Fprintf(stderr, "descent: submit takes one exercise name, got %d arguments; type: %s\n", len(args), sshLine(sess, "submit mse < exercises/ch01/mse.go"))
		return exitBad
	}
	e, err := runner.Find(args[0])
	if err != nil {
		fmt.Fprintf(stderr, "descent: submit: %v\n", err)
		return exitBad
	}
	src, err := readSubmission(sess, MaxSubmission, stdinTimeout)
	if err == nil {
		err = goSource(src)
	}
	if err != nil {
		fmt.Fprintf(stderr, "descent: submit %s: %v; type: %s\n", e.Name, err, sshLine(sess, "submit "+e.Name+" < exercises/"+e.File))
		return exitBad
	}
	waited := false
	place := func(n int) {
		waited = true
		ahead := "1 check is"
		if n != 1 {
			ahead = fmt.Sprintf("%d checks are", n)
		}
		fmt.Fprintf(stderr, "descent: %s ahead of yours; waiting…\n", ahead)
	}
	r := s.check(p, e, src, place)
	if waited {
		fmt.Fprintln(stderr, "descent: checking…")
	}
	io.WriteString(sess, r.Report())
	if r.OK() {
		return exitOK
	}
	return exitFail
}

// readSubmission reads standard input to its end: at most max bytes, and
// for at most timeout (a client that never closes its input is cut off).
func readSubmission(r io.Reader, max int, timeout time.Duration) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
		done <- result{data, err}
	}()
	select {
	case res := <-done:
		switch {
		case res.err != nil:
			return nil, fmt.Errorf("reading your file: %v", res.err)
		case len(res.data) > max:
			return nil, fmt.Errorf("the file is over %d KB", max>>10)
		case len(bytes.TrimSpace(res.data)) == 0:
			return nil, errors.New("nothing came on standard input: send the file with <")
		}
		return res.data, nil
	case <-time.After(timeout):
		return nil, fmt.Errorf("standard input did not end within %s: send the file with <", timeout)
	}
}

// goSource tells a Go file from something else (a binary, a file in
// another language, a typo'd redirect): text that starts, after comments,
// with a package clause. A file that is Go but does not compile is the
// check's business: the learner gets the compiler's words.
func goSource(src []byte) error {
	if !utf8.Valid(src) || bytes.IndexByte(src, 0) >= 0 {
		return errors.New("this is not Go source: it is not UTF-8 text")
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "submission.go", src, parser.PackageClauseOnly); err != nil {
		return errors.New("this is not Go source: it does not start with a package clause (package ch01 …)")
	}
	return nil
}

// cmdList: list, the learner's progress.
func (s *Server) cmdList(sess ssh.Session, p Person, args []string) int {
	if len(args) > 0 {
		fmt.Fprintf(sess.Stderr(), "descent: list takes no arguments, got %q\n", strings.Join(args, " "))
		return exitBad
	}
	l, ok := s.class.learner(p.ID)
	if !ok || p.Instructor { // an instructor's progress is only in their workspace
		l = Learner{Name: p.Name, Passed: map[string]time.Time{}, Attempts: map[string]int{}}
		if dir, err := s.ws.ensure(p.ID); err == nil {
			if st, err := runner.LoadState(dir); err == nil {
				for name, ok := range st.Passed {
					if ok {
						l.Passed[name] = time.Time{}
					}
				}
			}
		}
	}
	io.WriteString(sess, progressText(l, func(args string) string { return sshLine(sess, args) }))
	return exitOK
}

// progressText is a learner's progress as `list` prints it.
func progressText(l Learner, line func(string) string) string {
	var b strings.Builder
	all := runner.Catalog()
	fmt.Fprintf(&b, "%s: %d of %d exercises passed.\n\n", l.Name, len(l.Passed), len(all))
	fmt.Fprintf(&b, "   %-3s %-15s %-17s %s\n", "#", "exercise", "chapter", "status")
	next := ""
	for i, e := range all {
		mark, status := " ", "todo"
		if _, ok := l.Passed[e.Name]; ok {
			status = "passed"
		} else {
			if next == "" {
				next = e.Name
			}
			if n := l.Attempts[e.Name]; n > 0 {
				status = fmt.Sprintf("not yet (%d failed checks)", n)
			}
		}
		if l.Pending != nil && l.Pending.Exercise == e.Name {
			status = "checking…"
		}
		if e.Name == l.Current {
			mark = "→"
		}
		fmt.Fprintf(&b, " %s %-3d %-15s %-17s %s\n", mark, i+1, e.Name, e.Chapter, status)
	}
	if next != "" {
		e, _ := runner.Find(next)
		if l.Current != "" {
			if c, err := runner.Find(l.Current); err == nil {
				if _, ok := l.Passed[c.Name]; !ok {
					e = c
				}
			}
		}
		fmt.Fprintf(&b, "\nNext: %s (%s). Submit your file with:\n  %s\n", e.Name, e.Summary, line("submit "+e.Name+" < exercises/"+e.File))
	} else {
		b.WriteString("\nEvery exercise passes.\n")
	}
	return b.String()
}

// cmdBoard: board [--json], for instructors.
func (s *Server) cmdBoard(sess ssh.Session, p Person, args []string) int {
	if !p.Instructor {
		fmt.Fprintln(sess.Stderr(), "descent: the board is for instructors, and your key is not on their list")
		return exitFail
	}
	asJSON := false
	for _, a := range args {
		switch a {
		case "--json", "-json":
			asJSON = true
		default:
			fmt.Fprintf(sess.Stderr(), "descent: board takes only --json, got %q\n", a)
			return exitBad
		}
	}
	b := makeBoard(s.class.snapshot(), s.cfg.Now())
	if asJSON {
		b.WriteJSON(sess)
	} else {
		b.WriteText(sess)
	}
	return exitOK
}
