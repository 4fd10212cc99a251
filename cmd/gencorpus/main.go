// Command gencorpus writes a synthetic corpus of realistic news pages for
// benchmarks and memory measurements. Output is deterministic for a seed.
//
//	go run ./cmd/gencorpus -format warc|html|jsonl -size 1GB -out FILE
//
// warc writes a WARC file of response records (gzip per record when FILE
// ends in .gz, as Common Crawl does); jsonl writes JSON Lines in the format
// of the project's news data; html writes one page per file into the folder
// FILE.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"hearsay/reader/corpus"
)

func main() {
	format := flag.String("format", "warc", "output format: warc, html or jsonl")
	size := flag.String("size", "100MB", "approximate output size (KB, MB, GB)")
	out := flag.String("out", "", "output file (a folder for -format html)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gencorpus: -out is required")
		flag.Usage()
		os.Exit(2)
	}
	limit, err := parseSize(*size)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
	n, written, err := generate(*format, limit, *out, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
	fmt.Printf("gencorpus: %d articles, %d bytes in %s\n", n, written, *out)
}

// parseSize reads "1GB", "200MB", "64KB" or a byte count.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, x := range []struct {
		suf string
		m   int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, x.suf) {
			mult = x.m
			u = strings.TrimSuffix(u, x.suf)
			break
		}
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(u), 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return int64(n * float64(mult)), nil
}

// countingWriter counts bytes written.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func generate(format string, limit int64, out string, seed uint64) (int, int64, error) {
	g := corpus.New(seed)
	switch format {
	case "html":
		if err := os.MkdirAll(out, 0o755); err != nil {
			return 0, 0, err
		}
		var total int64
		n := 0
		for total < limit {
			a := g.Article()
			page := g.HTML(a)
			n++
			name := filepath.Join(out, fmt.Sprintf("%03d", n/1000), fmt.Sprintf("page-%07d.html", n))
			if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
				return n, total, err
			}
			if err := os.WriteFile(name, page, 0o644); err != nil {
				return n, total, err
			}
			total += int64(len(page))
		}
		return n, total, nil
	case "warc", "jsonl":
	default:
		return 0, 0, fmt.Errorf("unknown format %q (want warc, html or jsonl)", format)
	}
	f, err := os.Create(out)
	if err != nil {
		return 0, 0, err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	cw := &countingWriter{w: bw}
	gz := strings.HasSuffix(out, ".gz")
	n := 0
	if format == "warc" {
		err = corpus.WARCInfo(cw, gz)
	}
	for err == nil && cw.n < limit {
		a := g.Article()
		n++
		if format == "warc" {
			err = corpus.WARCRecord(cw, a, g.HTML(a), n, gz)
		} else {
			_, err = cw.Write(g.JSONL(a))
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return n, cw.n, err
}
