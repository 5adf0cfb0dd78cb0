package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	gossh "golang.org/x/crypto/ssh"

	"descent/runner"
)

// Defaults for a Config's zero fields.
const (
	DefaultAddr        = "127.0.0.1:2323"
	DefaultDir         = "descent-class"
	DefaultMaxSessions = 200
	// DefaultIdleTimeout ends a session with no input for this long; the
	// learner's work is kept, and ssh brings them back to it.
	DefaultIdleTimeout = 30 * time.Minute
	// DefaultPerKey is how many sessions one key may have open at once, and
	// DefaultPerMinute how many it may open in a minute.
	DefaultPerKey    = 4
	DefaultPerMinute = 30
	// MaxSubmission is the largest file submit accepts.
	MaxSubmission = 256 << 10
)

// Config is what `descent serve` was asked for.
type Config struct {
	Addr        string // host:port to listen on; DefaultAddr if empty
	Dir         string // the class directory; DefaultDir if empty
	Learners    string // authorized_keys file of the learners (with Open: unused)
	Open        bool   // admit any key, naming the learner by the SSH user
	Instructors string // authorized_keys file of the instructors (optional)
	HostKey     string // the host key's file; Dir/HostKeyFile if empty
	MaxSessions int    // DefaultMaxSessions if 0
	Workers     int    // checks at once; the number of cores if 0
	// UnsafeNoSandbox runs learners' code without bubblewrap (the
	// checker's limits still apply). Never on a server strangers reach.
	UnsafeNoSandbox bool

	IdleTimeout time.Duration // DefaultIdleTimeout if 0
	PerKey      int           // DefaultPerKey if 0
	PerMinute   int           // DefaultPerMinute if 0
	// Check holds the limits of each check (Timeout, Memory, …); Dir and
	// Sandbox are set by the server.
	Check runner.Checker

	Log io.Writer        // where the server logs; os.Stderr if nil
	Now func() time.Time // time.Now if nil
}

// A Server is a running class: the SSH server, the class state, the
// learners' workspaces and the checks' queue.
type Server struct {
	cfg     Config
	log     *log.Logger
	auth    *authority
	class   *class
	ws      *workspaces
	queue   *queue
	cache   *verdictCache
	limits  *limits
	sandbox *sandbox // nil with UnsafeNoSandbox
	ssh     *ssh.Server
	hostKey gossh.Signer
	newKey  bool
	// workbook makes a learner's workbook for a terminal session, and a
	// function to call when it ends; without it such a session gets the
	// usage.
	workbook func(sess ssh.Session, p Person) (tea.Model, func(), error)

	ctx    context.Context // the server's life: checks run to their end within it
	cancel context.CancelFunc
	checks sync.WaitGroup
}

// New prepares a server: it reads the key lists, makes the class
// directory, loads or creates the host key and the class state, and finds
// the sandbox. It refuses to go on without bubblewrap unless
// cfg.UnsafeNoSandbox. Nothing listens until Serve.
func New(cfg Config) (*Server, error) {
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.Dir == "" {
		cfg.Dir = DefaultDir
	}
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.IdleTimeout <= 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.PerKey <= 0 {
		cfg.PerKey = DefaultPerKey
	}
	if cfg.PerMinute <= 0 {
		cfg.PerMinute = DefaultPerMinute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = os.Stderr
	}
	if cfg.Open == (cfg.Learners != "") {
		return nil, errors.New("give either --learners FILE (an authorized_keys file; each key's comment is the learner's name) or --open (admit any key)")
	}
	s := &Server{cfg: cfg, log: log.New(cfg.Log, "", log.LstdFlags)}
	s.auth = &authority{open: cfg.Open}
	var err error
	if cfg.Learners != "" {
		if s.auth.learners, err = newKeyList(cfg.Learners); err != nil {
			return nil, fmt.Errorf("--learners: %w", err)
		}
	}
	if cfg.Instructors != "" {
		if s.auth.instructors, err = newKeyList(cfg.Instructors); err != nil {
			return nil, fmt.Errorf("--instructors: %w", err)
		}
	}
	if !cfg.UnsafeNoSandbox {
		if s.sandbox, err = findSandbox(); err != nil {
			return nil, fmt.Errorf("%v (or, on a machine only you use, start with --unsafe-no-sandbox)", err)
		}
	}
	if err := os.MkdirAll(cfg.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("--dir: %w", err)
	}
	keyPath := cfg.HostKey
	if keyPath == "" {
		keyPath = filepath.Join(cfg.Dir, HostKeyFile)
	}
	if s.hostKey, s.newKey, err = loadHostKey(keyPath); err != nil {
		return nil, fmt.Errorf("--host-key: %w", err)
	}
	s.cfg.HostKey = keyPath
	if s.class, err = loadClass(cfg.Dir, cfg.Now); err != nil {
		return nil, err
	}
	if cfg.Open {
		s.auth.claim = s.class.claim
	}
	if s.ws, err = newWorkspaces(cfg.Dir); err != nil {
		return nil, fmt.Errorf("--dir: %w", err)
	}
	s.queue = newQueue(cfg.Workers)
	s.cache = newVerdictCache(4096)
	s.workbook = s.newWorkbook
	s.limits = newLimits(cfg.MaxSessions, cfg.PerKey, cfg.PerMinute, cfg.Now)
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.ssh, err = wish.NewServer(
		wish.WithAddress(cfg.Addr),
		func(srv *ssh.Server) error { srv.AddHostKey(s.hostKey); return nil },
		wish.WithPublicKeyAuth(func(_ ssh.Context, key ssh.PublicKey) bool {
			ok := s.auth.allowed(key)
			if !ok {
				s.log.Printf("refused key %s: not on the class's lists", gossh.FingerprintSHA256(key))
			}
			return ok
		}),
		wish.WithIdleTimeout(cfg.IdleTimeout+time.Minute), // the session's own idle timer ends it first, with a message
		wish.WithMaxTimeout(24*time.Hour),
		func(srv *ssh.Server) error {
			srv.HandshakeTimeout = 30 * time.Second
			// No port forwarding either way, no subsystems (sftp), no
			// channels but sessions: the zero values refuse them.
			srv.LocalPortForwardingCallback = nil
			srv.ReversePortForwardingCallback = nil
			srv.SubsystemHandlers = map[string]ssh.SubsystemHandler{}
			srv.Handler = s.handle
			// Connections that have not logged in yet are bounded too: a
			// flood of half-open handshakes is cut off at the door.
			var conns sync.Mutex
			open := 0
			srv.ConnCallback = func(_ ssh.Context, c net.Conn) net.Conn {
				conns.Lock()
				defer conns.Unlock()
				if open >= 2*cfg.MaxSessions+16 {
					c.Close()
					return nil
				}
				open++
				return c
			}
			srv.ConnectionCloseCallback = func(net.Conn) {
				conns.Lock()
				open--
				conns.Unlock()
			}
			return nil
		},
	)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Checker returns the checker a check runs with: the configured limits,
// inside the sandbox unless the server runs without one.
func (s *Server) checker(dir string) *runner.Checker {
	c := s.cfg.Check
	c.Dir = dir
	if s.sandbox != nil {
		c.Sandbox = s.sandbox.wrap
	}
	return &c
}

// Warm checks a known answer, inside the sandbox when there is one: it
// proves the sandbox works on this host and fills the build cache so that
// the class's first checks are fast.
func (s *Server) Warm(ctx context.Context) (time.Duration, error) {
	return probe(ctx, *s.checker(""))
}

// Describe says, for the start banner, what the server is about to serve.
func (s *Server) Describe(w io.Writer) {
	who := "any key (--open): learners are named by their SSH user"
	if !s.cfg.Open {
		who = fmt.Sprintf("%d learner keys from %s", s.auth.learners.len(), s.cfg.Learners)
	}
	fmt.Fprintf(w, "descent serve: a class on %s\n", s.cfg.Addr)
	fmt.Fprintf(w, "  admits:      %s", who)
	if n := s.auth.instructors.len(); n > 0 {
		fmt.Fprintf(w, "; %d instructor keys from %s", n, s.cfg.Instructors)
	}
	fmt.Fprintln(w)
	state := "kept"
	if s.newKey {
		state = "new"
	}
	fmt.Fprintf(w, "  host key:    %s (%s, %s)\n", gossh.FingerprintSHA256(s.hostKey.PublicKey()), s.cfg.HostKey, state)
	fmt.Fprintf(w, "  class:       %s (%d learners so far)\n", s.cfg.Dir, len(s.class.snapshot()))
	if s.sandbox != nil {
		fmt.Fprintf(w, "  sandbox:     %s\n", s.sandbox.version)
	}
	fmt.Fprintf(w, "  checks:      %d at a time\n", s.cfg.Workers)
}

// Addr is the address the server listens on, once Listen returned.
func (s *Server) Addr() string { return s.cfg.Addr }

// Listen opens the listening socket, so that a caller knows the address
// (with port 0, the one the system chose) before Serve.
func (s *Server) Listen() (net.Listener, error) {
	l, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return nil, err
	}
	s.cfg.Addr = l.Addr().String()
	return l, nil
}

// Serve resumes the checks a previous run left unfinished, then serves
// SSH on l until Shutdown.
func (s *Server) Serve(l net.Listener) error {
	s.resume()
	err := s.ssh.Serve(l)
	if errors.Is(err, ssh.ErrServerClosed) {
		return nil
	}
	return err
}

// Shutdown stops listening, ends the sessions, and waits (until ctx ends)
// for the checks under way, whose verdicts are then recorded. A check cut
// short stays pending in the class state and runs again at the next start.
func (s *Server) Shutdown(ctx context.Context) error {
	err := s.ssh.Close()
	done := make(chan struct{})
	go func() { s.checks.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		s.cancel()
		<-done
	}
	s.cancel()
	return err
}

// resume re-runs, in the background, the checks that were under way when
// the server last stopped: the file was saved in the workspace before the
// check began, so the verdict can still be had and recorded.
func (s *Server) resume() {
	for id, p := range s.class.pending() {
		l, ok := s.class.learner(id)
		if !ok {
			continue
		}
		e, err := runner.Find(p.Exercise)
		if err != nil {
			continue
		}
		person := Person{ID: l.ID, Name: l.Name, Key: l.Key}
		s.checks.Add(1)
		go func() {
			defer s.checks.Done()
			dir := s.ws.dir(person.ID)
			src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(e.File)))
			if err != nil {
				return
			}
			r := s.check(person, e, src, nil)
			s.log.Printf("resumed %s's check of %s: %s", person.Name, e.Name, r.Status)
		}()
	}
}

// check checks src as person's solution of e: it saves the file in their
// workspace, marks the check pending, waits for a worker (telling place
// its place in line), checks, and records the verdict in their progress
// file and the class state. It holds the learner's lock throughout, so a
// learner's checks run one at a time.
func (s *Server) check(p Person, e runner.Exercise, src []byte, place func(int)) runner.Result {
	lock := s.ws.lock(p.ID)
	lock.Lock()
	defer lock.Unlock()
	dir, err := s.ws.ensure(p.ID)
	if err != nil {
		return runner.Result{Exercise: e, Status: runner.RunError, Err: err}
	}
	file := filepath.Join(dir, filepath.FromSlash(e.File))
	if err := runner.WriteFileAtomic(file, src, 0o644); err != nil {
		return runner.Result{Exercise: e, Status: runner.RunError, Err: fmt.Errorf("saving your file: %w", err)}
	}
	return s.checkSaved(p, e, dir, src, place)
}

// checkSaved is check for a file already in the workspace. The caller
// holds the learner's lock.
func (s *Server) checkSaved(p Person, e runner.Exercise, dir string, src []byte, place func(int)) runner.Result {
	if err := s.class.begin(p, e.Name, runner.HashSource(src)); err != nil {
		s.log.Printf("saving the class state: %v", err)
	}
	start := time.Now()
	r, cached := s.cache.get(e.Name+" "+runner.HashSource(src), func() runner.Result {
		var r runner.Result
		err := s.queue.do(s.ctx, place, func() {
			r = s.checker(dir).CheckSource(s.ctx, e, src)
		})
		if err != nil || s.ctx.Err() != nil {
			r = runner.Result{Exercise: e, Status: runner.RunError, Err: errStopping}
		}
		return r
	})
	if s.ctx.Err() != nil {
		// The server is stopping: the check stays pending for the next start.
		return runner.Result{Exercise: e, Status: runner.RunError, Err: errStopping}
	}
	how := fmt.Sprintf("checked in %.1f s", r.Elapsed.Seconds())
	if cached {
		how = "the same file as checked before"
	}
	s.log.Printf("%s: %s %s (%s; %.1f s from the request)", p.Name, e.Name, r.Status, how, time.Since(start).Seconds())
	st, lerr := runner.LoadState(dir)
	if lerr != nil && !errors.Is(lerr, runner.ErrNoState) {
		s.log.Printf("%s's progress file: %v", p.Name, lerr)
	}
	st.Record(r)
	if err := runner.SaveState(dir, st); err != nil {
		s.log.Printf("saving %s's progress: %v", p.Name, err)
	}
	if err := s.class.record(p, r, st.Passed); err != nil {
		s.log.Printf("saving the class state: %v", err)
	}
	return r
}

var errStopping = errors.New("the server is stopping; your file is saved and will be checked when it starts again")

// sshLine is the command an attendee types to run args on this server,
// as they reached it: "ssh -p 2323 10.0.0.5 submit mse".
func sshLine(sess ssh.Session, args string) string {
	return sshLineWith(sess, "", args)
}

// sshLineWith puts ssh's own flags (like -t) before the host.
func sshLineWith(sess ssh.Session, flags, args string) string {
	host, port := "HOST", "2323"
	if a, ok := sess.LocalAddr().(*net.TCPAddr); ok {
		host, port = a.IP.String(), strconv.Itoa(a.Port) // ssh takes ::1 as it is, without brackets
	}
	line := "ssh"
	if flags != "" {
		line += " " + flags
	}
	if port != "22" {
		line += " -p " + port
	}
	line += " " + host
	if args != "" {
		line += " " + args
	}
	return line
}
