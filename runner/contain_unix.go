//go:build unix

package runner

import "syscall"

// stopSignal asks the wrapper to end the run (it kills the tree and
// reports "canceled").
const stopSignal = syscall.SIGTERM

func killGroup(pid int) { syscall.Kill(-pid, syscall.SIGKILL) }
