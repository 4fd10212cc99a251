//go:build unix

// Package cputime reads the CPU time the process has used, so that
// benchmarks can report rates per CPU-second: on a shared machine other load
// distorts wall-clock rates, not CPU time.
package cputime

import (
	"syscall"
	"time"
)

// Now returns the user and system CPU time of the process so far, or 0 when
// the system cannot tell.
func Now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
