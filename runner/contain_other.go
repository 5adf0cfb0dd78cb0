//go:build unix && !linux

package runner

import "syscall"

func wrapperAttrs() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }
