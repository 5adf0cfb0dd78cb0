package runner

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// containSrc is the source of the wrapper every test binary runs under
// (internal/contain): built on first use with the learner's own Go, and
// kept in the user's cache, so descent ships no second binary.
//
//go:embed internal/contain/main.go internal/contain/linux.go internal/contain/other.go
var containSrc embed.FS

// containReport is the wrapper's one line of JSON (internal/contain's
// Report).
type containReport struct {
	Started    bool          `json:"started"`
	Exit       int           `json:"exit"`
	Signal     string        `json:"signal"`
	Limit      string        `json:"limit"`
	ElapsedMS  int64         `json:"elapsed_ms"`
	PeakRSS    int64         `json:"peak_rss"`
	PeakProcs  int           `json:"peak_procs"`
	Leftover   int           `json:"leftover"`
	Namespaced bool          `json:"namespaced"`
	Stdout     streamCapture `json:"stdout"`
	Stderr     streamCapture `json:"stderr"`
	Error      string        `json:"error"`
}

type streamCapture struct {
	Head  string `json:"head"`
	Tail  string `json:"tail"`
	Bytes int64  `json:"bytes"`
	Crash string `json:"crash"`
}

var containBuild struct {
	sync.Mutex
	path string
}

// containBinary returns the wrapper's path, building it the first time.
func containBinary(ctx context.Context, goBin string) (string, error) {
	containBuild.Lock()
	defer containBuild.Unlock()
	if containBuild.path != "" {
		return containBuild.path, nil
	}
	h := sha256.New()
	files, _ := fs.Glob(containSrc, "internal/contain/*.go")
	for _, f := range files {
		data, _ := containSrc.ReadFile(f)
		fmt.Fprintf(h, "%s\n%d\n", f, len(data))
		h.Write(data)
	}
	fmt.Fprintf(h, "%s/%s", runtime.GOOS, runtime.GOARCH)
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "descent")
	bin := filepath.Join(dir, "contain-"+hex.EncodeToString(h.Sum(nil))[:16])
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	if st, err := os.Stat(bin); err == nil && st.Mode().IsRegular() && st.Mode()&0o100 != 0 {
		containBuild.path = bin
		return bin, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("making descent's cache directory: %w", err)
	}
	src, err := os.MkdirTemp("", "descent-contain-src-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(src)
	os.WriteFile(filepath.Join(src, "go.mod"), []byte("module contain\n\ngo 1.22\n"), 0o644)
	for _, f := range files {
		data, _ := containSrc.ReadFile(f)
		if err := os.WriteFile(filepath.Join(src, filepath.Base(f)), data, 0o644); err != nil {
			return "", err
		}
	}
	tmp := fmt.Sprintf("%s.tmp%d", bin, os.Getpid())
	cmd := exec.CommandContext(ctx, goBin, "build", "-trimpath", "-o", tmp, ".")
	cmd.Dir = src
	cmd.Env = buildEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		os.Remove(tmp)
		if errors.Is(err, exec.ErrNotFound) {
			return "", errNoGo
		}
		return "", fmt.Errorf("building descent's sandbox: %v\n%s", err, out)
	}
	if err := os.Rename(tmp, bin); err != nil {
		os.Remove(tmp)
		return "", err
	}
	containBuild.path = bin
	return bin, nil
}

// buildEnv is the environment for go commands the checker runs: the
// user's, with everything that could change what gets built overridden.
func buildEnv() []string {
	env := []string{}
	for _, kv := range os.Environ() {
		k, _, _ := cutEnv(kv)
		switch k {
		case "GOFLAGS", "GOWORK", "CGO_ENABLED", "GOTOOLCHAIN", "GOPROXY", "GO111MODULE", "GOOS", "GOARCH", "GOENV", "GOEXPERIMENT":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GOFLAGS=", "GOWORK=off", "CGO_ENABLED=0", "GOTOOLCHAIN=local", "GOPROXY=off", "GO111MODULE=on", "GOENV=off")
}

func cutEnv(kv string) (string, string, bool) {
	for i := 0; i < len(kv); i++ {
		if kv[i] == '=' {
			return kv[:i], kv[i+1:], true
		}
	}
	return kv, "", false
}

// runLimits are what one contained run may use.
type runLimits struct {
	timeout time.Duration
	memory  int64
	procs   int
	keep    int
}

// containedRun is what one run of a test binary produced.
type containedRun struct {
	report   containReport
	events   []event
	tampered string // why the report channel cannot be trusted, if it cannot
}

// runContained runs the test binary bin in dir under the wrapper, hands
// the harness its key, and collects the wrapper's report and the
// harness's signed events.
func (c *Checker) runContained(ctx context.Context, bin, dir string, lim runLimits) (*containedRun, error) {
	wrapper, err := containBinary(ctx, c.goBin())
	if err != nil {
		return nil, err
	}
	key := newKey()
	keyR, keyW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer keyR.Close()
	keyW.Write(key)
	keyW.Close()
	repR, repW, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer repR.Close()

	home, err := os.MkdirTemp("", "descent-run-")
	if err != nil {
		repW.Close()
		return nil, err
	}
	defer os.RemoveAll(home)
	if err := shareWithSandboxUser(home, filepath.Dir(dir), dir); err != nil {
		repW.Close()
		return nil, err
	}
	args := []string{
		"-timeout", lim.timeout.String(),
		"-grace", "2s",
		"-mem", strconv.FormatInt(lim.memory, 10),
		"-procs", strconv.Itoa(lim.procs),
		"-keep", strconv.Itoa(lim.keep),
		"-dir", dir,
		"-extra-fds", "2",
		"-env", "DESCENT_HARNESS=3,4",
		"-env", "HOME=" + home,
		"-env", "TMPDIR=" + home,
		"-env", "PATH=/usr/local/bin:/usr/bin:/bin",
		"-env", "GOTRACEBACK=all",
		"-env", "LANG=C.UTF-8",
	}
	args = append(args, c.wrap("--", bin, "-test.paniconexit0", "-test.timeout=0", "-test.count=1")...)
	cmd := exec.Command(wrapper, args...)
	cmd.Dir = dir
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	cmd.ExtraFiles = []*os.File{keyR, repW}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.SysProcAttr = wrapperAttrs()
	if err := cmd.Start(); err != nil {
		repW.Close()
		return nil, fmt.Errorf("starting descent's sandbox: %w", err)
	}
	repW.Close()
	keyR.Close()

	events := make(chan readEvents, 1)
	go func() { events <- readReport(repR, key) }()

	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	backstop := time.NewTimer(lim.timeout + 10*time.Second)
	defer backstop.Stop()
	var waitErr error
	select {
	case waitErr = <-done:
	case <-ctx.Done():
		cmd.Process.Signal(stopSignal)
		select {
		case waitErr = <-done:
		case <-time.After(5 * time.Second):
			killGroup(cmd.Process.Pid)
			waitErr = <-done
		}
	case <-backstop.C:
		// The wrapper should never need this; if it hangs, end it and
		// everything it started.
		killGroup(cmd.Process.Pid)
		waitErr = <-done
	}
	run := &containedRun{}
	if err := json.Unmarshal(bytes.TrimSpace(stdout.Bytes()), &run.report); err != nil {
		if waitErr != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("descent's sandbox failed (%v): %s", waitErr, firstLines(stderr.String()+stdout.String(), 5))
	}
	if !run.report.Started {
		return nil, fmt.Errorf("descent's sandbox could not start the tests: %s", run.report.Error)
	}
	select {
	case r := <-events:
		run.events, run.tampered = r.events, r.tampered
	case <-time.After(5 * time.Second):
		run.tampered = "the report channel stayed open after the tests ended"
	}
	return run, nil
}

// shareWithSandboxUser lets the user the tests run as read the build
// (root and the directories down to pkgDir) and write the run's home.
// Under root that is an unprivileged user (see internal/contain), who owns
// the home and can read, not write, the build.
func shareWithSandboxUser(home, root, pkgDir string) error {
	if os.Getuid() != 0 {
		return nil
	}
	if err := os.Chown(home, sandboxUID, sandboxUID); err != nil {
		return err
	}
	rel, err := filepath.Rel(root, pkgDir)
	if err != nil || strings.HasPrefix(rel, "..") {
		return fmt.Errorf("%s is not inside %s", pkgDir, root)
	}
	for d := pkgDir; ; d = filepath.Dir(d) {
		if err := os.Chmod(d, 0o755); err != nil {
			return err
		}
		if d == root {
			return nil
		}
	}
}

// sandboxUID is internal/contain's nobody.
const sandboxUID = 65534

// wrap puts the command after the wrapper's flags, through the checker's
// Sandbox (a workshop server's bubblewrap), if it has one.
func (c *Checker) wrap(args ...string) []string {
	if c.Sandbox == nil {
		return args
	}
	// args[0] is "--": the sandbox's command goes after it.
	return append([]string{"--"}, c.Sandbox(args[1:])...)
}

func (c *Checker) goBin() string {
	if c.Go == "" {
		return "go"
	}
	return c.Go
}
