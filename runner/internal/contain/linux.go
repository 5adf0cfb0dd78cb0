//go:build linux

package main

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
	"time"
)

const (
	prSetChildSubreaper = 36
	rlimitData          = 2
	rlimitNproc         = 6
)

// becomeSubreaper makes orphans of the program's tree (a child that called
// setsid and whose parent exited) this process's children, so they can be
// found and killed.
func becomeSubreaper() {
	syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0)
}

// limitSelf sets the limits the program inherits. RLIMIT_DATA bounds each
// process's heap (the Go runtime maps its heap as private writable memory,
// which is what it counts). RLIMIT_NPROC bounds how many processes the
// program's user may have: the kernel ignores it for root, so a check
// started by root runs the program as an unprivileged user of its own user
// namespace (see procAttrs), for which it holds. The watchdog in run is
// the second line.
func limitSelf(c config) error {
	if c.mem > 0 {
		lim := syscall.Rlimit{Cur: uint64(c.mem), Max: uint64(c.mem)}
		if err := syscall.Setrlimit(rlimitData, &lim); err != nil {
			return err
		}
	}
	if c.procs > 0 {
		n := uint64(c.procs) // threads count too: the watchdog sees the tree reach it
		if os.Getuid() != 0 {
			n += uint64(countUserProcs(os.Getuid()) + 16)
		}
		lim := syscall.Rlimit{Cur: n, Max: n}
		syscall.Setrlimit(rlimitNproc, &lim) // best effort: the watchdog is the real limit
	}
	return nil
}

// nobody is the user a check started by root runs as (outside its user
// namespace; inside, it is root of nothing).
const nobody = 65534

// procAttrs starts the program in its own process group, killed if this
// process dies, and where asked in new PID and user namespaces: the first
// makes the end of the program the end of everything it started, the
// second lets the process limit hold. It reports whether it asked for
// namespaces.
func procAttrs(pidns bool) (*syscall.SysProcAttr, bool) {
	a := &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if !pidns {
		return a, false
	}
	uid, gid := os.Getuid(), os.Getgid()
	hostUID, hostGID := uid, gid
	if uid == 0 {
		hostUID, hostGID = nobody, nobody
	}
	a.Cloneflags = syscall.CLONE_NEWPID | syscall.CLONE_NEWUSER
	a.UidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: hostUID, Size: 1}}
	a.GidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: hostGID, Size: 1}}
	// Switching to the namespace's root after the maps are written makes
	// the process that user outside too: root's identity does not follow.
	a.Credential = &syscall.Credential{Uid: 0, Gid: 0, NoSetGroups: uid != 0}
	return a, true
}

// The program's end, once reaped. One goroutine (run's loop) reaps.
var (
	mainPid   int
	mainState syscall.WaitStatus
	mainEnded bool
)

// reap collects every exited child, orphans re-parented here included,
// and reports how main ended if it has.
func reap(main int) (syscall.WaitStatus, bool) {
	mainPid = main
	for {
		var ws syscall.WaitStatus
		pid, err := syscall.Wait4(-1, &ws, syscall.WNOHANG, nil)
		if err == syscall.EINTR {
			continue
		}
		if pid <= 0 || err != nil {
			return mainState, mainEnded
		}
		if pid == mainPid {
			mainState, mainEnded = ws, true
		}
	}
}

// procInfo is what /proc says of one process.
type procInfo struct {
	ppid    int
	threads int
	zombie  bool
}

func readProc(pid int) (procInfo, bool) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return procInfo{}, false
	}
	// The command name is in parentheses and may hold spaces: read after it.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 || i+2 >= len(data) {
		return procInfo{}, false
	}
	// After the name: state (field 3), ppid (4), …, num_threads (20).
	fields := bytes.Fields(data[i+2:])
	if len(fields) < 18 {
		return procInfo{}, false
	}
	ppid, _ := strconv.Atoi(string(fields[1]))
	threads, _ := strconv.Atoi(string(fields[17]))
	return procInfo{ppid: ppid, threads: threads, zombie: fields[0][0] == 'Z' || fields[0][0] == 'X'}, true
}

func allPids() []int {
	d, err := os.Open("/proc")
	if err != nil {
		return nil
	}
	defer d.Close()
	names, _ := d.Readdirnames(-1)
	pids := make([]int, 0, len(names))
	for _, n := range names {
		if pid, err := strconv.Atoi(n); err == nil {
			pids = append(pids, pid)
		}
	}
	return pids
}

// descendants lists the living processes below root.
func descendants(root int) []int {
	children := map[int][]int{}
	for _, pid := range allPids() {
		if info, ok := readProc(pid); ok && !info.zombie {
			children[info.ppid] = append(children[info.ppid], pid)
		}
	}
	var out []int
	queue := []int{root}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, c := range children[p] {
			out = append(out, c)
			queue = append(queue, c)
		}
	}
	return out
}

// treeTasks counts the threads of pids: the kernel's process limit counts
// threads too.
func treeTasks(pids []int) int {
	n := 0
	for _, pid := range pids {
		if info, ok := readProc(pid); ok {
			n += info.threads
		}
	}
	return n
}

// treeRSS sums the resident memory of pids.
func treeRSS(pids []int) int64 {
	page := int64(os.Getpagesize())
	var sum int64
	for _, pid := range pids {
		data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/statm")
		if err != nil {
			continue
		}
		f := bytes.Fields(data)
		if len(f) > 1 {
			n, _ := strconv.ParseInt(string(f[1]), 10, 64)
			sum += n * page
		}
	}
	return sum
}

// killTree kills everything below root until nothing is left. Killing a
// whole process group is atomic against fork (the kernel refuses a fork
// that races a group kill), so each found process's group goes first;
// then the process itself, for those that left their group. A process may
// still fork between a scan and a kill, so it scans again.
func killTree(root int) {
	for round := 0; round < 200; round++ {
		pids := descendants(root)
		if len(pids) == 0 {
			return
		}
		for _, pid := range pids {
			syscall.Kill(-pid, syscall.SIGKILL)
			syscall.Kill(pid, syscall.SIGKILL)
		}
		time.Sleep(time.Millisecond)
		reap(mainPid) // so a storm of killed processes leaves no zombies to scan
	}
}

func countUserProcs(uid int) int {
	n := 0
	for _, pid := range allPids() {
		if st, err := os.Stat("/proc/" + strconv.Itoa(pid)); err == nil {
			if s, ok := st.Sys().(*syscall.Stat_t); ok && int(s.Uid) == uid {
				n++
			}
		}
	}
	return n
}
