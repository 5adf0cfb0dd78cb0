//go:build !linux

package main

import (
	"syscall"
	"time"
)

// Outside Linux there is no subreaper and no PID namespace: the program
// runs in its own process group, and what is killed at the end is that
// group. A child that leaves the group (setsid) is not contained; the
// README says so.

var groups []int

func becomeSubreaper()           {}
func limitSelf(c config) error   { return nil }
func treeRSS(pids []int) int64   { return 0 }
func treeTasks(pids []int) int   { return len(pids) }
func descendants(root int) []int { return groups }

func procAttrs(bool) (*syscall.SysProcAttr, bool) {
	return &syscall.SysProcAttr{Setpgid: true}, false
}

func reap(main int) (syscall.WaitStatus, bool) {
	groups = []int{main}
	var ws syscall.WaitStatus
	pid, err := syscall.Wait4(main, &ws, syscall.WNOHANG, nil)
	return ws, err == nil && pid == main
}

func killTree(root int) {
	for _, pgid := range groups {
		syscall.Kill(-pgid, syscall.SIGKILL)
	}
	time.Sleep(time.Millisecond)
	groups = nil
}
