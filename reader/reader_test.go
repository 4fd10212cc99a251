package reader

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hearsay"
	"hearsay/fetch"
	"hearsay/reader/corpus"
)

type got struct {
	arts []*hearsay.Article
	errs []*hearsay.InputError
}

func readInput(t *testing.T, input string, opt Options) got {
	t.Helper()
	var g got
	for a, err := range Read(context.Background(), input, opt) {
		if err != nil {
			var ie *hearsay.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if a != nil {
				t.Fatal("article with error")
			}
			g.errs = append(g.errs, ie)
			continue
		}
		if a == nil {
			t.Fatal("nil article without error")
		}
		g.arts = append(g.arts, a)
	}
	return g
}

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const prose = "The foreign minister said on Tuesday that talks with the neighbouring states would resume next week in Geneva after a pause of three months."

func gz(b []byte) []byte {
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(b)
	w.Close()
	return z.Bytes()
}

func warcFile(t *testing.T, n int, perRecordGzip bool) ([]byte, []int) {
	g := corpus.New(11)
	var buf bytes.Buffer
	var offs []int
	for i := 1; i <= n; i++ {
		a := g.Article()
		offs = append(offs, buf.Len())
		if err := corpus.WARCRecord(&buf, a, g.HTML(a), i, perRecordGzip); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes(), offs
}

// TestBadInputs covers the bad inputs of issue 2 that concern reading: each
// yields an InputError naming the file (and record or line) and the reason,
// and the readable articles still come out.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	g := corpus.New(2)
	htmlPage := func(head, body string) []byte {
		return []byte("<html><head>" + head + "<title>Talks</title></head><body><p>" + body + "</p><p>" + prose + "</p></body></html>")
	}
	warcPlain, offs := warcFile(t, 3, false)
	corrupt := bytes.Clone(warcPlain)
	copy(corrupt[offs[1]:], "garbage!")
	warcGz, gzOffs := warcFile(t, 3, true)
	jsonlGood := g.JSONL(g.Article())
	var many []byte
	for range 30 {
		many = append(many, g.JSONL(g.Article())...)
	}
	manyGz := gz(many)

	tests := []struct {
		name      string
		file      string
		data      []byte
		arts      int
		errWhere  string // "" : the whole input failed
		errReason string
		textHas   string
	}{
		{"empty file", "empty.txt", nil, 0, "", "empty file", ""},
		{"blank file", "blank.txt", []byte("\n\n  \n"), 0, "", "empty file", ""},
		{"binary file", "image.txt", append([]byte("\x89PNG\r\n\x1a\n\x00\x00"), bytes.Repeat([]byte{0, 1, 2, 200}, 300)...), 0, "", "binary file", ""},
		{"binary with NULs", "data.bin", bytes.Repeat([]byte("ab\x00cd"), 500), 0, "", "binary file", ""},
		{"invalid UTF-8 text", "latin.txt", []byte("Caf\xe9 talks\n\nThe minister said on Tuesday that the caf\xe9 talks would resume next week in Geneva."), 1, "", "", "café talks would resume"},
		{"mostly UTF-8 with a bad byte", "mixed.txt", []byte("Caf\xc3\xa9 talks\n\nThe minister said on Tuesday that the caf\xc3\xa9 talks \xff would resume next week."), 1, "", "", "café talks would resume"},
		{"windows-1252 in meta", "w.html", htmlPage(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, "The minister\x92s caf\xe9 talks were held on Tuesday in the capital, officials said."), 1, "", "", "minister’s café talks"},
		{"iso-8859-1 in meta", "l.html", htmlPage(`<meta charset="iso-8859-1">`, "Reporters described the na\xefve d\xe9j\xe0 vu atmosphere on Tuesday in the capital."), 1, "", "", "naïve déjà vu"},
		{"html without article", "index.html", []byte(`<html><head><title>Home</title></head><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav></body></html>`), 0, "", "no article text found", ""},
		{"json line with wrong type", "a.jsonl", append(append([]byte(`{"id": "x", "url": "u", "title": ["not", "a", "string"], "text": "t"}`+"\n"), jsonlGood...), jsonlGood...), 2, "line 1", `field "title"`, ""},
		{"bad JSON line", "b.jsonl", append(append(bytes.Clone(jsonlGood), `{"id": "x", "text": `+"\n"...), jsonlGood...), 2, "line 2", "bad JSON", ""},
		{"WARC with a corrupt record", "c.warc", corrupt, 2, fmt.Sprintf("record 2 at offset %d", offs[1]), "expected a WARC/1.x header", ""},
		{"truncated WARC.gz", "t.warc.gz", warcGz[:gzOffs[2]+(len(warcGz)-gzOffs[2])/2], 2, "record 3 at compressed offset", "truncated gzip", ""},
		{"truncated gzip JSONL", "t.jsonl.gz", manyGz[:len(manyGz)*3/4], -1, "line", "truncated gzip", ""},
		{"gzip that is not gzip", "x.gz", []byte("\x1f\x8bnot really"), 0, "", "gzip", ""},
		{"gzipped text", "story.txt.gz", gz([]byte("Talks to resume\n\n" + prose)), 1, "", "", "Talks to resume\n\n" + prose},
		{"gzip in gzip in gzip", "deep.gz", gz(gz(gz([]byte(prose)))), 0, "", "nested", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, dir, tt.file, tt.data)
			g := readInput(t, path, Options{})
			if tt.arts >= 0 && len(g.arts) != tt.arts {
				t.Errorf("%d articles, want %d (errors %v)", len(g.arts), tt.arts, g.errs)
			}
			if tt.arts < 0 && len(g.arts) == 0 {
				t.Errorf("no article before the damage")
			}
			if tt.errReason == "" {
				if len(g.errs) != 0 {
					t.Errorf("errors %v", g.errs)
				}
			} else {
				if len(g.errs) == 0 {
					t.Fatalf("no error, want %q", tt.errReason)
				}
				e := g.errs[0]
				if e.Origin != path || !strings.HasPrefix(e.Where, tt.errWhere) || !strings.Contains(e.Error(), tt.errReason) {
					t.Errorf("error %q (where %q), want origin %s, where %q, reason %q", e, e.Where, path, tt.errWhere, tt.errReason)
				}
				if tt.errWhere == "" && e.Where != "" {
					t.Errorf("error where %q, want the whole file", e.Where)
				}
			}
			if tt.textHas != "" {
				if len(g.arts) == 0 || !strings.Contains(g.arts[0].Text, tt.textHas) {
					t.Errorf("text lacks %q: %+v", tt.textHas, g.arts)
				}
			}
			for _, a := range g.arts {
				if a.Key == "" || a.Text == "" || a.Format == "" || a.Origin == "" {
					t.Errorf("incomplete article %+v", a)
				}
			}
		})
	}
}

// TestLargeFile reads a generated 200 MB text file: it is refused with a
// clear error rather than read into memory.
func TestLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 200 MB")
	}
	path := filepath.Join(t.TempDir(), "big.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	line := []byte(prose + "\n\n")
	chunk := bytes.Repeat(line, (1<<20)/len(line))
	for i := 0; i < 200; i++ {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	g := readInput(t, path, Options{})
	if len(g.arts) != 0 || len(g.errs) != 1 || !errors.Is(g.errs[0], ErrTooLarge) || !strings.Contains(g.errs[0].Error(), "MiB") {
		t.Errorf("got %d articles, errors %v", len(g.arts), g.errs)
	}
}

// TestStreamsLargeJSONL reads a JSON Lines file larger than MaxArticleFile
// (lowered for the test): streamed formats have no size limit.
func TestStreamsLargeJSONL(t *testing.T) {
	defer func(old int64) { MaxArticleFile = old }(MaxArticleFile)
	MaxArticleFile = 4 << 10
	gen := corpus.New(4)
	var buf bytes.Buffer
	for range 50 {
		buf.Write(gen.JSONL(gen.Article()))
	}
	path := write(t, t.TempDir(), "many.jsonl", buf.Bytes())
	g := readInput(t, path, Options{})
	if len(g.arts) != 50 || len(g.errs) != 0 {
		t.Errorf("%d articles, errors %v", len(g.arts), g.errs)
	}
}

func TestFolder(t *testing.T) {
	dir := t.TempDir()
	gen := corpus.New(9)
	a1, a2 := gen.Article(), gen.Article()
	write(t, dir, "b/page.html", gen.HTML(a1))
	write(t, dir, "a/story.txt", []byte("Title: Talks resume\nDate: 2014-09-24\n\nTalks resume\n\n"+prose+"\n"))
	write(t, dir, "c/feed.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>T</title><guid>g</guid><description>`+prose+`</description></item></channel></rss>`))
	write(t, dir, "c/z.jsonl", gen.JSONL(a2))
	write(t, dir, ".hidden/x.txt", []byte(prose))
	write(t, dir, "d/empty.txt", nil)
	os.MkdirAll(filepath.Join(dir, "e"), 0o755)
	if err := os.Symlink(filepath.Join(dir, "a", "story.txt"), filepath.Join(dir, "e", "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "e", "loop")); err != nil {
		t.Fatal(err)
	}
	date := time.Date(2014, 9, 1, 0, 0, 0, 0, time.UTC)
	g := readInput(t, dir, Options{Date: date})
	var formats []string
	for _, a := range g.arts {
		formats = append(formats, a.Format)
	}
	if strings.Join(formats, " ") != "text html rss jsonl text" {
		t.Errorf("formats %v, want text html rss jsonl text in path order", formats)
	}
	if len(g.errs) != 1 || !strings.HasSuffix(g.errs[0].Origin, "empty.txt") {
		t.Errorf("errors %v", g.errs)
	}
	if len(g.arts) == 5 {
		if !g.arts[0].Published.Equal(time.Date(2014, 9, 24, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("header date not used: %v", g.arts[0].Published)
		}
		if !g.arts[2].Published.Equal(date) {
			t.Errorf("Options.Date not used for an undated item: %v", g.arts[2].Published)
		}
		if g.arts[1].Text != a1.Text() || g.arts[3].Key != a2.ID {
			t.Errorf("html or jsonl article wrong: %q %q", g.arts[1].Text, g.arts[3].Key)
		}
	}
	// Missing input.
	g = readInput(t, filepath.Join(dir, "nope"), Options{})
	if len(g.errs) != 1 || len(g.arts) != 0 {
		t.Errorf("missing file: %v", g.errs)
	}
}

func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	g := readInput(t, dir, Options{})
	if len(g.arts) != 2 || len(g.errs) != 0 {
		t.Fatalf("%d articles, errors %v", len(g.arts), g.errs)
	}
	for i, title := range []string{"Reports: US cooperates secretly with Assad against IS", "US Informed Iran of Intent to Hit IS"} {
		if a := g.arts[i]; a.Title != title || !strings.HasPrefix(a.Text, title+"\n\n") || a.Format != "text" {
			t.Errorf("seed %d: %q %.80q", i, a.Title, a.Text)
		}
	}
}

// TestURLs reads feeds over HTTP: one good (followed), one that returns
// 500, one that times out.
func TestURLs(t *testing.T) {
	gen := corpus.New(12)
	art := gen.Article()
	page := gen.HTML(art)
	mux := http.NewServeMux()
	var srvURL string
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>W</title><item><title>T</title><link>%s/page</link><guid>g1</guid><description>Teaser.</description></item></channel></rss>`, srvURL)
	})
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) { w.Write(page) })
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", 500) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	srvURL = srv.URL
	fc := fetch.New(fetch.Options{PerHost: -1, Timeout: 300 * time.Millisecond, Retries: 1, Backoff: time.Millisecond})

	g := readInput(t, srv.URL+"/feed", Options{Follow: true, Fetcher: fc})
	if len(g.arts) != 1 || len(g.errs) != 0 || g.arts[0].Text != art.Text() || g.arts[0].Key != "g1" {
		t.Errorf("followed feed: %d articles, errors %v", len(g.arts), g.errs)
	}
	g = readInput(t, srv.URL+"/page", Options{Fetcher: fc})
	if len(g.arts) != 1 || g.arts[0].Format != "html" || g.arts[0].URL != srv.URL+"/page" {
		t.Errorf("page URL: %+v %v", g.arts, g.errs)
	}
	for _, p := range []string{"/500", "/slow"} {
		g = readInput(t, srv.URL+p, Options{Fetcher: fc})
		if len(g.arts) != 0 || len(g.errs) != 1 || g.errs[0].Origin != srv.URL+p {
			t.Errorf("%s: %d articles, errors %v", p, len(g.arts), g.errs)
		}
	}
}

func TestCancel(t *testing.T) {
	dir := t.TempDir()
	for i := range 5 {
		write(t, dir, fmt.Sprintf("%d.txt", i), []byte(prose))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for a, err := range Read(ctx, dir, Options{}) {
		if a != nil {
			n++
			cancel()
		}
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("error %v", err)
		}
	}
	if n != 1 {
		t.Errorf("%d articles after cancel, want 1", n)
	}
	// Breaking out of the loop stops reading.
	n = 0
	for range Read(context.Background(), dir, Options{}) {
		n++
		break
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		head string
		name string
		want Kind
	}{
		{"", "x", Empty},
		{"  \n", "x", Empty},
		{"\x1f\x8b\x08\x00", "x.txt", Gzip},
		{"WARC/1.0\r\n", "x.txt", WARC},
		{"\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">", "x", Feed},
		{"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "x.html", Feed},
		{"<rdf:RDF xmlns:rdf=\"x\">", "x", Feed},
		{"<!DOCTYPE html><html>", "x.txt", HTML},
		{"<html lang=en>", "x", HTML},
		{"<div><p>Hello</p></div>", "x", HTML},
		{"{\"id\": 1, \"text\": \"a\"}\n{\"id\": 2}", "x.txt", JSONL},
		{"{\"id\": 1, \"text\": \"a very long line cut by the sniff", "x", JSONL},
		{"{ not json at all }", "x.txt", Text},
		{"Title: x\n\nHello.", "x.html", Text},
		{"Plain news text.", "x.jsonl", Text},
		{"%PDF-1.4", "x.txt", Binary},
		{"a\x00b", "x.txt", Binary},
		{"caf\xe9 na\xefve text in Latin-1", "x", Text},
	}
	for _, tt := range tests {
		if got := Detect([]byte(tt.head), tt.name); got != tt.want {
			t.Errorf("Detect(%q, %q) = %v, want %v", tt.head, tt.name, got, tt.want)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"WARC/1.0", "<rss", "<?xml?><feed>", "<!doctype html>", "{\"a\":1}\n", "\x1f\x8b", "text"} {
		f.Add([]byte(s), "x.txt")
	}
	f.Fuzz(func(t *testing.T, b []byte, name string) {
		k := Detect(b, name)
		if k == Unknown {
			t.Fatalf("Detect(%q) = unknown", b)
		}
	})
}

// FuzzRead writes fuzzed bytes to a file and reads it: no panic, and every
// result is an article or an InputError.
func FuzzRead(f *testing.F) {
	g := corpus.New(1)
	a := g.Article()
	f.Add([]byte("<!doctype html><title>T</title><p>" + prose + "</p>"))
	f.Add(g.JSONL(a))
	f.Add(gz(g.JSONL(a)))
	f.Add([]byte("Title: x\n\n" + prose))
	var w bytes.Buffer
	corpus.WARCRecord(&w, a, []byte("<p>"+prose+"</p>"), 1, true)
	f.Add(w.Bytes())
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, b []byte) {
		path := filepath.Join(dir, "in")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		readInput(t, path, Options{})
	})
}
