package ingest

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Progress shows a run's progress on w: on a terminal a single line redrawn
// in place (a bar of inputs done, files, articles, articles per second,
// errors), elsewhere a plain log line now and then. Its Update method is an
// Options.Progress.
type Progress struct {
	// Every is the least time between two redraws on a terminal or two log
	// lines elsewhere: 100ms and 5s unless set.
	Every time.Duration

	mu    sync.Mutex
	w     io.Writer
	tty   bool
	last  time.Time
	drawn bool // a bar is on the terminal line
	width int
}

// NewProgress returns a Progress writing to w; terminal says whether w is a
// terminal (golang.org/x/term.IsTerminal).
func NewProgress(w io.Writer, terminal bool) *Progress {
	every := 5 * time.Second
	if terminal {
		every = 100 * time.Millisecond
	}
	return &Progress{w: w, tty: terminal, Every: every}
}

// Update shows s if enough time has passed since the last time, or if the
// run is done.
func (p *Progress) Update(s Stats) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if !s.Done && now.Sub(p.last) < p.Every {
		return
	}
	if p.last.IsZero() && !s.Done && !p.tty {
		// The first log line waits a full interval: short runs print one
		// line at the end only.
		p.last = now
		return
	}
	p.last = now
	if !p.tty {
		fmt.Fprintln(p.w, "ingest: "+summary(s))
		return
	}
	line := bar(s) + " " + summary(s)
	pad := ""
	if n := len(line); n < p.width {
		pad = strings.Repeat(" ", p.width-n)
	}
	p.width = len(line)
	fmt.Fprint(p.w, "\r"+line+pad)
	p.drawn = true
	if s.Done {
		fmt.Fprintln(p.w)
		p.drawn = false
		p.width = 0
	}
}

// Clear erases the bar from the terminal line, so that other output can be
// written there; the next Update draws it again.
func (p *Progress) Clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty && p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
		p.drawn = false
		p.width = 0
	}
}

func bar(s Stats) string {
	const n = 20
	done := 0
	if s.Inputs > 0 {
		done = n * s.InputsDone / s.Inputs
	}
	return "[" + strings.Repeat("=", done) + strings.Repeat(" ", n-done) + "]"
}

func summary(s Stats) string {
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(s.Read) / sec
	}
	return fmt.Sprintf("%d/%d inputs, %d files, %d articles (%.0f/s), %d stored (%d copies), %d duplicates, %d errors",
		s.InputsDone, s.Inputs, s.Files, s.Read, rate, s.Stored, s.Copies, s.Duplicates, s.Failed)
}
