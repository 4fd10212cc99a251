package sqlite

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hearsay"
	"hearsay/dedup"
	"hearsay/internal/cputime"
)

// benchArticle returns article i: about 400 words of pseudo-random text,
// unlike every other.
func benchArticle(i int) hearsay.Article {
	r := rand.New(rand.NewPCG(uint64(i), 7))
	var b strings.Builder
	for j := range 400 {
		if j > 0 {
			b.WriteByte(' ')
			if j%80 == 0 {
				b.WriteString("\n\n")
			}
		}
		fmt.Fprintf(&b, "w%d", r.IntN(30000))
	}
	return hearsay.Article{
		Key: fmt.Sprint("bench-", i), Outlet: "Bench", Title: fmt.Sprint("Article ", i), Text: b.String(),
		Published: time.Date(2014, 9, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute), Format: "jsonl",
	}
}

func fill(b *testing.B, db *DB, from, to int) {
	b.Helper()
	const batch = 200
	docs := make([]hearsay.Document, 0, batch)
	for i := from; i < to; i++ {
		docs = append(docs, hearsay.Document{Article: benchArticle(i)})
		if len(docs) == batch || i == to-1 {
			if err := db.Put(context.Background(), docs); err != nil {
				b.Fatal(err)
			}
			docs = docs[:0]
		}
	}
}

// BenchmarkPut measures storing articles in batches of 200 (one
// transaction each), fingerprints and full-text index included.
func BenchmarkPut(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "put.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const batch = 200
	docs := make([]hearsay.Document, batch)
	next := 0
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		for i := range docs {
			docs[i] = hearsay.Document{Article: benchArticle(next)}
			next++
		}
		b.StartTimer()
		c0 := cputime.Now()
		if err := db.Put(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Now() - c0
	}
	b.ReportMetric(float64(batch*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(batch*b.N)/cpu.Seconds(), "articles/cpu-s")
}

// BenchmarkCheck measures checking one new article for duplicates and
// copies against a store of 1k, 10k and 100k articles: the content-hash
// look-up, the LSH candidates and their comparison. Filling the 100k store
// takes a minute.
func BenchmarkCheck(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("stored=%dk", n/1000), func(b *testing.B) {
			db, err := Open(filepath.Join(b.TempDir(), "check.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			fill(b, db, 0, n)
			// New articles, and copies of stored ones, in turn.
			fps := make([]dedup.Fingerprint, 64)
			for i := range fps {
				a := benchArticle(n + i)
				if i%2 == 1 {
					a = benchArticle(i * (n / 64))
					a.Text = "A new lead paragraph.\n\n" + a.Text[:len(a.Text)*3/4]
				}
				fps[i] = dedup.Compute(a.Text)
			}
			ctx := context.Background()
			copies := 0
			i := 0
			c0 := cputime.Now()
			for b.Loop() {
				m, err := dedup.Check(ctx, &fps[i%len(fps)], db)
				if err != nil {
					b.Fatal(err)
				}
				if m.Kind == dedup.Copy {
					copies++
				}
				i++
			}
			b.ReportMetric(float64((cputime.Now()-c0).Microseconds())/float64(i), "cpu-µs/check")
			if copies != (i+1)/2 && i >= len(fps) {
				b.Errorf("%d copies found in %d checks, want %d", copies, i, i/2)
			}
		})
	}
}
