//go:build !unix

package parse

import "time"

// cpuTime is unavailable here: benchmarks report no per-CPU-second figure.
func cpuTime() time.Duration { return 0 }
