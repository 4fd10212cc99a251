package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"hearsay/internal/cputime"
	"hearsay/reader/corpus"
	"hearsay/sqlite"
)

// benchInput writes n generated articles under dir: one HTML page a file
// (html), or one JSON Lines file (jsonl).
func benchInput(b *testing.B, kind string, n int) string {
	b.Helper()
	dir := b.TempDir()
	g := corpus.New(42)
	switch kind {
	case "html":
		for i := range n {
			a := g.Article()
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.html", i)), g.HTML(a), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		return dir
	case "jsonl":
		f, err := os.Create(filepath.Join(dir, "news.jsonl"))
		if err != nil {
			b.Fatal(err)
		}
		defer f.Close()
		for range n {
			if _, err := f.Write(g.JSONL(g.Article())); err != nil {
				b.Fatal(err)
			}
		}
		return f.Name()
	}
	b.Fatalf("unknown kind %q", kind)
	return ""
}

// BenchmarkRun measures the whole pipeline (read and extract, dedup, store
// in batches of 200) from files into a fresh database; articles/s is the
// figure on an idle machine; articles/cpu-s (articles per second of CPU
// time used by the process) is the rate per core on a busy one. Run with
// -cpu 1.
func BenchmarkRun(b *testing.B) {
	const n = 1000
	for _, kind := range []string{"html", "jsonl"} {
		b.Run(kind, func(b *testing.B) {
			input := benchInput(b, kind, n)
			var stored int
			var copies int
			var cpu time.Duration
			for i := 0; b.Loop(); i++ {
				b.StopTimer()
				db, err := sqlite.Open(filepath.Join(b.TempDir(), fmt.Sprintf("bench%d.db", i)))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				c0 := cputime.Now()
				res, err := Run(context.Background(), db, []string{input}, Options{})
				cpu += cputime.Now() - c0
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Errors) > 0 {
					b.Fatalf("%d errors, first %v", len(res.Errors), res.Errors[0])
				}
				stored, copies = res.Stored, res.Copies
				b.StopTimer()
				db.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "articles/cpu-s")
			b.ReportMetric(float64(copies), "copies")
			if stored != n {
				b.Errorf("stored %d of %d", stored, n)
			}
		})
	}
}
