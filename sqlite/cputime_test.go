package sqlite

import (
	"syscall"
	"time"
)

// cpuTime returns the user and system CPU time of the process so far, so
// that benchmarks can report a rate per CPU-second, which other load on a
// shared machine does not distort the way it does wall-clock rates.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
