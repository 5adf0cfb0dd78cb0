//go:build linux

package runner

import "syscall"

// wrapperAttrs: the wrapper dies with the checker, in a group of its own.
func wrapperAttrs() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}
