//go:build !unix

package claim

import "time"

// cpuTime is not measured here: benchmarks report no per-CPU-second figure.
func cpuTime() time.Duration { return 0 }
