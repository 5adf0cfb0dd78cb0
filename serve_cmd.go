package main

// `descent serve`: a workshop over SSH (package serve does the work; this
// file parses flags and prints).

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"descent/cli"
	"descent/serve"
)

// The red of the --unsafe-no-sandbox warning, on a terminal.
const (
	red   = "\x1b[1;31m"
	reset = "\x1b[0m"
)

func runServe(args []string, env *cmdEnv) int {
	fs := newFlagSet("serve")
	addr := fs.String("addr", serve.DefaultAddr, "host:port to listen on (0.0.0.0:2323 for the whole network)")
	dir := fs.String("dir", serve.DefaultDir, "the class directory: host key, one workspace per learner, the class state")
	learners := fs.String("learners", "", "the learners' keys, an authorized_keys file: each key's comment is the learner's name")
	open := fs.Bool("open", false, "admit any key, naming the learner by the SSH user (for a trusted room)")
	instructors := fs.String("instructors", "", "the instructors' keys, an authorized_keys file: they may see the board")
	hostKey := fs.String("host-key", "", "the server's private key (default DIR/"+serve.HostKeyFile+", created once and kept)")
	maxSessions := fs.Int("max-sessions", serve.DefaultMaxSessions, "sessions open at once, all learners together (1 to 10000)")
	workers := fs.Int("workers", runtime.NumCPU(), "checks run at once; the others wait in line (1 to 256)")
	unsafe := fs.Bool("unsafe-no-sandbox", false, "run learners' code without bubblewrap: only on a machine no stranger can reach")
	rest, done, code := parseArgs(fs, findCommand("serve"), args, env)
	if done {
		return code
	}
	if len(rest) > 0 {
		return usageError(env, "serve takes no arguments, got %q", strings.Join(rest, " "))
	}
	set := setFlags(fs)
	if name := emptyFileFlag(fs, set, "dir", "learners", "instructors", "host-key", "addr"); name != "" {
		return usageError(env, "serve: --%s needs a value", name)
	}
	switch {
	case *open && *learners != "":
		return usageError(env, "serve: give --learners FILE or --open, not both")
	case !*open && *learners == "":
		return usageError(env, "serve: say who may come in: --learners FILE (an authorized_keys file, one key per learner, the comment their name) or --open (any key; the SSH user is the name)")
	case *maxSessions < 1 || *maxSessions > 10000:
		return usageError(env, "serve: --max-sessions %d is out of range: it must be from 1 to 10000", *maxSessions)
	case *workers < 1 || *workers > 256:
		return usageError(env, "serve: --workers %d is out of range: it must be from 1 to 256", *workers)
	}
	if _, _, err := net.SplitHostPort(*addr); err != nil {
		return usageError(env, "serve: --addr %q is not host:port (like 127.0.0.1:2323 or 0.0.0.0:2323)", *addr)
	}
	for _, f := range []struct{ flag, path string }{{"learners", *learners}, {"instructors", *instructors}} {
		if f.path == "" {
			continue
		}
		if n, err := serve.CheckKeys(f.path); err != nil {
			return usageError(env, "serve: --%s: %v", f.flag, err)
		} else if n == 0 && f.flag == "learners" {
			return usageError(env, "serve: --learners %s holds no key: add one line per learner, as in their ~/.ssh/id_ed25519.pub, followed by their name", f.path)
		}
	}

	if *unsafe {
		warn := "WARNING: --unsafe-no-sandbox: learners' code runs without bubblewrap, with this server's rights\n" +
			"(the checker's time, memory and process limits still apply). Never use it where strangers can connect."
		if isTTY(env.stderr) && os.Getenv("NO_COLOR") == "" {
			warn = red + warn + reset
		}
		fmt.Fprintln(env.stderr, warn)
	}
	// The go commands the checks run inherit this: the compiler and the
	// linker then collect garbage less often, which takes about a seventh
	// off a check's CPU time (their heaps are small; the test binaries get
	// a clean environment and are not affected).
	if os.Getenv("GOGC") == "" {
		os.Setenv("GOGC", "400")
	}
	s, err := serve.New(serve.Config{
		Addr: *addr, Dir: *dir, Learners: *learners, Open: *open, Instructors: *instructors,
		HostKey: *hostKey, MaxSessions: *maxSessions, Workers: *workers, UnsafeNoSandbox: *unsafe,
		Log: env.stderr,
	})
	if err != nil {
		fmt.Fprintf(env.stderr, "descent: serve: %v\n", err)
		return 1
	}
	l, err := s.Listen()
	if err != nil {
		fmt.Fprintf(env.stderr, "descent: serve: %v\n", err)
		return 1
	}
	s.Describe(env.stdout)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintln(env.stdout, "  warming up:  checking a known answer (a first build on a cold cache takes a minute)…")
	took, err := s.Warm(ctx)
	if err != nil {
		l.Close()
		if ctx.Err() != nil {
			return 130
		}
		fmt.Fprintf(env.stderr, "descent: serve: the checker does not work here: %v\n", err)
		return 1
	}
	fmt.Fprintf(env.stdout, "  ready:       a check takes %.1f s\n\n", took.Seconds())
	printJoinLines(env, s.Addr(), *dir, *instructors != "")

	errs := make(chan error, 1)
	go func() { errs <- s.Serve(l) }()
	select {
	case err := <-errs:
		if err != nil {
			fmt.Fprintf(env.stderr, "descent: serve: %v\n", err)
			return 1
		}
		return 0
	case <-ctx.Done():
	}
	fmt.Fprintln(env.stderr, "descent: serve: stopping; waiting up to 30 s for the checks under way…")
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s.Shutdown(sctx)
	<-errs
	return 0
}

// printJoinLines tells the instructor what attendees type.
func printJoinLines(env *cmdEnv, addr, dir string, instructors bool) {
	host, port, _ := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "HOST" // this machine's name or address, as attendees reach it
	}
	ssh := "ssh"
	if port != "22" {
		ssh += " -p " + port
	}
	ssh += " " + host
	fmt.Fprintf(env.stdout, "Attendees type:\n  %s\n", ssh)
	fmt.Fprintf(env.stdout, "or, with their own editor and a clone:\n  %s submit mse < exercises/ch01/mse.go\n", ssh)
	if instructors {
		fmt.Fprintf(env.stdout, "Instructors see the class with:\n  %s   (the board, live)\n  %s   (on this machine)\n", ssh, cli.Line("board --dir "+dir))
	}
	fmt.Fprintln(env.stdout, "Stop with Ctrl-C: every verdict is kept, and a restart picks up where it stopped.")
}
