package warc

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"

	"hearsay"
	"hearsay/reader/corpus"
	"hearsay/reader/text"
)

// build writes n generated response records and returns the file, the
// start offset of each record in its (uncompressed or compressed) form,
// and the articles.
func build(t testing.TB, n int, gz bool) ([]byte, []int, []corpus.Article) {
	t.Helper()
	g := corpus.New(3)
	var buf bytes.Buffer
	var offs []int
	var arts []corpus.Article
	for i := 1; i <= n; i++ {
		a := g.Article()
		offs = append(offs, buf.Len())
		if err := corpus.WARCRecord(&buf, a, g.HTML(a), i, gz); err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return buf.Bytes(), offs, arts
}

type result struct {
	keys []string
	errs []*hearsay.InputError
}

func readAll(t testing.TB, b []byte) result {
	t.Helper()
	var res result
	c := &text.Cleaner{Memory: text.NewMemory()}
	for a, err := range Read(context.Background(), bytes.NewReader(b), "x.warc", c) {
		if err != nil {
			var ie *hearsay.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			res.errs = append(res.errs, ie)
			continue
		}
		res.keys = append(res.keys, a.Key)
		if a.Format != "warc" || a.URL == "" || !strings.Contains(a.Origin, "#record ") || a.Title == "" {
			t.Errorf("bad article %+v", a)
		}
	}
	return res
}

func key(i int) string { return fmt.Sprintf("<urn:uuid:%08x-0000-4000-8000-%012x>", i, i) }

func TestRead(t *testing.T) {
	for _, gz := range []bool{false, true} {
		b, _, arts := build(t, 4, gz)
		res := readAll(t, b)
		if len(res.errs) != 0 || len(res.keys) != 4 {
			t.Fatalf("gzip %v: %d articles, errors %v", gz, len(res.keys), res.errs)
		}
		for i, k := range res.keys {
			if k != key(i+1) {
				t.Errorf("record %d key %q", i+1, k)
			}
		}
		// The text is the generated article exactly.
		c := &text.Cleaner{}
		wr := NewReader(bytes.NewReader(b))
		rec, err := wr.Next()
		if err != nil {
			t.Fatal(err)
		}
		a, err := Article(rec, c)
		if err != nil || a.Text != arts[0].Text() {
			t.Errorf("text %v:\n%q\nwant\n%q", err, a.Text, arts[0].Text())
		}
	}
}

func TestWholeFileGzip(t *testing.T) {
	b, _, _ := build(t, 3, false)
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(b)
	zw.Close()
	res := readAll(t, z.Bytes())
	if len(res.errs) != 0 || len(res.keys) != 3 {
		t.Fatalf("%d articles, errors %v", len(res.keys), res.errs)
	}
}

func TestCorruptRecord(t *testing.T) {
	tests := []struct {
		name   string
		gz     bool
		damage func(b []byte, offs []int) []byte
	}{
		{"garbled header", false, func(b []byte, offs []int) []byte {
			copy(b[offs[1]:], "XXXX/9.9")
			return b
		}},
		{"bad content length", false, func(b []byte, offs []int) []byte {
			i := offs[1] + bytes.Index(b[offs[1]:], []byte("\r\nContent-Length: ")) + len("\r\nContent-Length: ")
			copy(b[i:], "zz")
			return b
		}},
		{"content length too short", false, func(b []byte, offs []int) []byte {
			i := offs[1] + bytes.Index(b[offs[1]:], []byte("\r\nContent-Length: ")) + len("\r\nContent-Length: ")
			copy(b[i:], "1")
			return b
		}},
		{"bytes cut out", false, func(b []byte, offs []int) []byte {
			return append(b[:offs[1]+500:offs[1]+500], b[offs[1]+5000:]...)
		}},
		{"corrupt gzip member", true, func(b []byte, offs []int) []byte {
			for i := offs[1] + 100; i < offs[1]+400; i++ {
				b[i] ^= 0x5a
			}
			return b
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, offs, _ := build(t, 4, tt.gz)
			b = tt.damage(b, offs)
			res := readAll(t, b)
			want := []string{key(1), key(3), key(4)}
			if strings.Join(res.keys, " ") != strings.Join(want, " ") {
				t.Errorf("articles %v, want %v", res.keys, want)
			}
			if len(res.errs) == 0 {
				t.Fatal("no error reported")
			}
			where := res.errs[0].Where
			if !strings.HasPrefix(where, "record 2 at ") {
				t.Errorf("error names %q, want record 2: %v", where, res.errs[0])
			}
			if !strings.Contains(where, fmt.Sprintf("offset %d", offs[1])) && !tt.gz {
				t.Errorf("error names %q, want offset %d", where, offs[1])
			}
		})
	}
}

func TestTruncatedGzip(t *testing.T) {
	b, offs, _ := build(t, 3, true)
	cut := b[:offs[2]+(len(b)-offs[2])/2]
	res := readAll(t, cut)
	if len(res.keys) != 2 {
		t.Errorf("%d articles, want the 2 before the cut", len(res.keys))
	}
	if len(res.errs) != 1 || !strings.Contains(res.errs[0].Error(), "truncated gzip") {
		t.Errorf("errors %v, want one truncated gzip", res.errs)
	}
	// Truncated plain WARC.
	p, offs, _ := build(t, 3, false)
	res = readAll(t, p[:offs[2]+300])
	if len(res.keys) != 2 || len(res.errs) != 1 || !strings.HasPrefix(res.errs[0].Where, "record 3") {
		t.Errorf("plain: %d articles, errors %v", len(res.keys), res.errs)
	}
}

func TestSkipsNonHTML(t *testing.T) {
	rec := "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:x>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n"
	img := "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"
	req := "WARC/1.0\r\nWARC-Type: request\r\nContent-Length: 5\r\n\r\nGET /\r\n\r\n"
	b := []byte(fmt.Sprintf(rec, len(img), img) + req)
	res := readAll(t, b)
	if len(res.keys) != 0 || len(res.errs) != 0 {
		t.Errorf("got %v %v", res.keys, res.errs)
	}
}

// TestHTTPEncodings reads responses sent chunked and gzip-encoded, as
// crawlers store them, and reports an encoding it cannot read.
func TestHTTPEncodings(t *testing.T) {
	page := "<html><body><h1>Talks to resume</h1><p>The minister said on Tuesday that talks with the neighbouring states would resume next week in Geneva after a pause of three months.</p><p>Officials from both sides confirmed the date, but declined to say who would lead the delegations.</p></body></html>"
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write([]byte(page))
	zw.Close()
	chunked := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n", len(page), page)
	gzipped := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n\r\n" + z.String()
	brotli := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\nxxxx"
	var w bytes.Buffer
	for i, payload := range []string{chunked, gzipped, brotli} {
		fmt.Fprintf(&w, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:%d>\r\nWARC-Target-URI: https://x.example/%d\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", i, i, len(payload), payload)
	}
	res := readAll(t, w.Bytes())
	if strings.Join(res.keys, " ") != "<urn:0> <urn:1>" {
		t.Errorf("articles %v", res.keys)
	}
	if len(res.errs) != 1 || !strings.Contains(res.errs[0].Error(), "Content-Encoding") || !strings.HasPrefix(res.errs[0].Where, "record 3") {
		t.Errorf("errors %v", res.errs)
	}
}

func FuzzReader(f *testing.F) {
	// Small records: the fuzzer minimises what it finds, and large pages
	// make that slow.
	page := []byte("<html><body><h1>Talks resume</h1><p>The minister said on Tuesday that talks would resume next week in Geneva after a pause of three months, officials said.</p></body></html>")
	for _, gz := range []bool{false, true} {
		var b bytes.Buffer
		g := corpus.New(1)
		for i := 1; i <= 2; i++ {
			corpus.WARCRecord(&b, g.Article(), page, i, gz)
		}
		f.Add(b.Bytes())
	}
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\nWARC/1.1\r\n"))
	f.Add([]byte("\x1f\x8b\x08\x00garbage\x1f\x8b\x08"))
	f.Fuzz(func(t *testing.T, b []byte) {
		wr := NewReader(bytes.NewReader(b))
		for i := 0; ; i++ {
			rec, err := wr.Next()
			if err == io.EOF {
				return
			}
			if i > len(b)+2 {
				t.Fatalf("no progress after %d records", i)
			}
			if err != nil {
				var re *RecordError
				if !errors.As(err, &re) {
					return
				}
				continue
			}
			Article(rec, &text.Cleaner{})
		}
	})
}

// BenchmarkRead reads a file of 100 generated CC-NEWS-like records (gzip
// per record) through extraction; one iteration is the whole file.
func BenchmarkRead(b *testing.B) {
	data, _, _ := build(b, 100, true)
	b.SetBytes(int64(len(data)))
	c := &text.Cleaner{Memory: text.NewMemory()}
	records := 0
	cpu0 := corpus.CPUTime()
	for b.Loop() {
		for _, err := range Read(context.Background(), bytes.NewReader(data), "bench", c) {
			if err != nil {
				b.Fatal(err)
			}
			records++
		}
	}
	b.ReportMetric(float64(records)/b.Elapsed().Seconds(), "records/s")
	if cpu := corpus.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(records)/cpu.Seconds(), "records/cpu-s")
	}
}

// BenchmarkReadFile reads the WARC file named by $HEARSAY_WARC (make one with
// go run ./cmd/gencorpus -format warc -size 1GB -out /tmp/c.warc.gz) and
// reports records per second and peak heap.
func BenchmarkReadFile(b *testing.B) {
	path := os.Getenv("HEARSAY_WARC")
	if path == "" {
		b.Skip("set HEARSAY_WARC to a WARC file")
	}
	var peak uint64
	records, errs := 0, 0
	cpu0 := corpus.CPUTime()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		c := &text.Cleaner{Memory: text.NewMemory()}
		var ms runtime.MemStats
		for _, err := range Read(context.Background(), f, path, c) {
			if err != nil {
				errs++
			}
			records++
			if records%500 == 0 {
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
		}
		f.Close()
	}
	b.ReportMetric(float64(records)/b.Elapsed().Seconds(), "records/s")
	if cpu := corpus.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(records)/cpu.Seconds(), "records/cpu-s")
	}
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
	b.ReportMetric(float64(errs), "errors")
}
