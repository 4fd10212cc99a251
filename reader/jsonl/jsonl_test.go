package jsonl

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hearsay"
	"hearsay/reader/corpus"
	"hearsay/reader/text"
)

func collect(t *testing.T, in string) ([]*hearsay.Article, []*hearsay.InputError) {
	t.Helper()
	var arts []*hearsay.Article
	var errs []*hearsay.InputError
	for a, err := range Read(context.Background(), strings.NewReader(in), "a.jsonl", &text.Cleaner{}, time.Time{}) {
		if err != nil {
			var ie *hearsay.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error of type %T", err)
			}
			errs = append(errs, ie)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

const good = `{"id": "a1", "url": "https://x.example/a", "outlet": "X", "published": "2014-08-26T15:40:00Z", "title": "Talks to resume", "text": "Talks to resume\n\nThe minister said on Tuesday that the talks would resume next week in Geneva.\n\nShare this:\nFacebook | Twitter"}`

func TestRead(t *testing.T) {
	in := good + "\n" +
		`{"id": "a2", "title": 42, "text": "x"}` + "\n" + // wrong type
		"\n" + // blank line: skipped
		`{"id": "a3", "text": "The minister said on Tuesday that the talks would resume next week.",` + "\n" + // bad JSON
		`{"id": 7, "text": "Heavy rain flooded three northern provinces on Monday, officials said."}` + "\n" +
		`{"id": "a5", "published": "sometime", "text": "Heavy rain flooded three northern provinces on Monday, officials said."}` + "\n" +
		`{"id": "a6", "text": ""}` // no text, no final newline
	arts, errs := collect(t, in)
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3", len(arts))
	}
	a := arts[0]
	if a.Key != "a1" || a.Outlet != "X" || a.Title != "Talks to resume" || a.Format != "jsonl" || a.Origin != "a.jsonl:line 1" ||
		!a.Published.Equal(time.Date(2014, 8, 26, 15, 40, 0, 0, time.UTC)) {
		t.Errorf("fields %+v", a)
	}
	if a.Text != "Talks to resume\n\nThe minister said on Tuesday that the talks would resume next week in Geneva." {
		t.Errorf("text not cleaned: %q", a.Text)
	}
	if arts[1].Key != "7" || arts[1].Origin != "a.jsonl:line 5" {
		t.Errorf("numeric id: %+v", arts[1])
	}
	wantErrs := []struct{ where, has string }{
		{"line 2", `field "title"`},
		{"line 4", "bad JSON"},
		{"line 6", `field "published"`},
		{"line 7", "no text"},
	}
	if len(errs) != len(wantErrs) {
		t.Fatalf("errors %v", errs)
	}
	for i, w := range wantErrs {
		if errs[i].Where != w.where || !strings.Contains(errs[i].Error(), w.has) || errs[i].Origin != "a.jsonl" {
			t.Errorf("error %d = %v, want %s: …%s…", i, errs[i], w.where, w.has)
		}
	}
}

func TestLongLine(t *testing.T) {
	long := `{"id": "big", "text": "` + strings.Repeat("Officials said the talks would resume. ", 100000) + `"}`
	arts, errs := collect(t, long+"\n"+good+"\n")
	if len(errs) != 0 || len(arts) != 2 || len(arts[0].Text) < 3_000_000 {
		t.Errorf("%d articles, errors %v", len(arts), errs)
	}
}

func TestDevData(t *testing.T) {
	p := filepath.Join("..", "..", "..", "shared", "data", "news", "dev", "articles.jsonl")
	f, err := os.Open(p)
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	n := 0
	for a, err := range Read(context.Background(), f, p, &text.Cleaner{Memory: text.NewMemory()}, time.Time{}) {
		if err != nil {
			t.Fatal(err)
		}
		n++
		if !strings.HasPrefix(a.Key, "syn-dev-") || strings.Contains(a.Text, "Show Comments") || strings.Contains(a.Text, "©") {
			t.Errorf("%s: %.200q", a.Key, a.Text)
		}
	}
	if n != 20 {
		t.Errorf("%d articles, want 20", n)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(good))
	f.Add([]byte(`{"id": [1], "text": 3}`))
	f.Add([]byte(`{"id": "x", "published": "2014-13-45", "text": "a\n\nb"}`))
	f.Add([]byte("{\"text\": \"\xff\xfe\"}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Parse(b, &text.Cleaner{Memory: text.NewMemory()}, time.Time{})
		if a == nil && err == nil {
			t.Fatal("nil article without error")
		}
		if a != nil && (a.Key == "" || a.Text == "") {
			t.Fatalf("article without key or text: %+v", a)
		}
	})
}

// TestGenerated reads generated lines whose texts carry a site name, a menu,
// share links and a copyright line around the article: the clean text is the
// article exactly.
func TestGenerated(t *testing.T) {
	g := corpus.New(21)
	var in strings.Builder
	var want []corpus.Article
	for range 40 {
		a := g.Article()
		want = append(want, a)
		in.Write(g.JSONL(a))
	}
	c := &text.Cleaner{Memory: text.NewMemory()}
	i := 0
	for a, err := range Read(context.Background(), strings.NewReader(in.String()), "gen.jsonl", c, time.Time{}) {
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != want[i].Text() {
			t.Errorf("article %d:\n got %q\nwant %q", i, a.Text, want[i].Text())
		}
		if a.Key != want[i].ID || !a.Published.Equal(want[i].Published) {
			t.Errorf("article %d: key %q published %v", i, a.Key, a.Published)
		}
		i++
	}
	if i != len(want) {
		t.Errorf("%d articles, want %d", i, len(want))
	}
}
