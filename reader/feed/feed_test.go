package feed

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"hearsay"
	"hearsay/fetch"
	"hearsay/reader/corpus"
)

func read(t *testing.T, body []byte, opt Options) ([]*hearsay.Article, []error) {
	t.Helper()
	var arts []*hearsay.Article
	var errs []error
	for a, err := range Read(context.Background(), body, "", "feed.xml", opt) {
		if err != nil {
			var ie *hearsay.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error of type %T", err)
			}
			errs = append(errs, err)
			continue
		}
		arts = append(arts, a)
	}
	return arts, errs
}

func TestRSS(t *testing.T) {
	b, err := os.ReadFile("testdata/rss.xml")
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := read(t, b, Options{})
	if len(errs) != 0 || len(arts) != 2 {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	want := "Talks to resume in Geneva\n\nThe foreign minister said on Tuesday that talks would resume next week in Geneva after a pause of three months.\n\n" +
		"Officials from both sides confirmed the date, but declined to say who would lead the café delegations."
	if a.Text != want {
		t.Errorf("text:\n got %q\nwant %q", a.Text, want)
	}
	if a.Key != "ex-1001" || a.URL != "https://www.example.org/world/talks" || a.Author != "Jane Doe" ||
		a.Outlet != "Example Times" || a.Format != "rss" || a.Language != "en-gb" || a.Origin != "feed.xml#item 1" {
		t.Errorf("fields: %+v", a)
	}
	if !a.Published.Equal(time.Date(2014, 9, 24, 10, 30, 0, 0, time.UTC)) {
		t.Errorf("published %v", a.Published)
	}
	b2 := arts[1]
	if b2.Key != "https://www.example.org/world/floods" || !strings.Contains(b2.Text, "officials said. Roads were cut.") {
		t.Errorf("second item: %+v", b2)
	}
}

func TestAtom(t *testing.T) {
	b, err := os.ReadFile("testdata/atom.xml")
	if err != nil {
		t.Fatal(err)
	}
	arts, errs := read(t, b, Options{})
	if len(errs) != 0 || len(arts) != 2 {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.Format != "atom" || a.Key != "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a" || a.Author != "Omar Haddad" ||
		a.URL != "https://wire.example.org/kerry" || a.Outlet != "Example Wire" {
		t.Errorf("fields: %+v", a)
	}
	if !strings.HasPrefix(a.Text, "Kerry bars Iran from Paris talks\n\nSecretary of State John Kerry said") ||
		!strings.HasSuffix(a.Text, "\n\nHe conceded that some contacts had taken place on the sidelines of other meetings.") {
		t.Errorf("text %q", a.Text)
	}
	if !a.Published.Equal(time.Date(2014, 9, 15, 9, 0, 0, 0, time.UTC)) {
		t.Errorf("published %v", a.Published)
	}
	if !strings.Contains(arts[1].Text, "retaken two villages near Amerli") {
		t.Errorf("summary entry text %q", arts[1].Text)
	}
}

func TestNotFeed(t *testing.T) {
	for _, b := range []string{"", "<html><body>x</body></html>", "<rss><channel><item><title>x", "\x00\x01"} {
		arts, errs := read(t, []byte(b), Options{})
		if len(arts) != 0 && b != "<rss><channel><item><title>x" {
			t.Errorf("%q: articles %v", b, arts)
		}
		if len(errs) == 0 && len(arts) == 0 {
			t.Errorf("%q: no error", b)
		}
	}
}

// TestFollow serves a feed whose items link to a page, a page that
// returns 500, and a page disallowed by robots.txt.
func TestFollow(t *testing.T) {
	g := corpus.New(5)
	art := g.Article()
	page := g.HTML(art)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /private/\n"))
	})
	mux.HandleFunc("/good", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	mux.HandleFunc("/private/x", func(w http.ResponseWriter, r *http.Request) {
		t.Error("fetched a page disallowed by robots.txt")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	feedXML := `<rss version="2.0"><channel><title>Wire</title>` +
		`<item><title>Good</title><link>` + srv.URL + `/good</link><guid>g1</guid><description>Teaser one here.</description></item>` +
		`<item><title>Broken</title><link>` + srv.URL + `/broken</link><guid>g2</guid><description>The teaser of the broken page says something.</description></item>` +
		`<item><title>Private</title><link>` + srv.URL + `/private/x</link><guid>g3</guid><description>Teaser three.</description></item>` +
		`</channel></rss>`
	fc := fetch.New(fetch.Options{PerHost: -1, Retries: 1, Backoff: time.Millisecond})
	arts, errs := read(t, []byte(feedXML), Options{Follow: true, Fetcher: fc})
	if len(arts) != 3 {
		t.Fatalf("%d articles, want 3 (one followed, two falling back)", len(arts))
	}
	if arts[0].Text != art.Text() || arts[0].Key != "g1" || arts[0].Format != "rss" || arts[0].Author != art.Author {
		t.Errorf("followed article: %+v", arts[0])
	}
	if arts[1].Text != "Broken\n\nThe teaser of the broken page says something." {
		t.Errorf("fallback text %q", arts[1].Text)
	}
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "item 2") || !strings.Contains(errs[0].Error(), "500") ||
		!strings.Contains(errs[1].Error(), "robots.txt") {
		t.Errorf("errors %v", errs)
	}
}

func FuzzParse(f *testing.F) {
	for _, name := range []string{"testdata/rss.xml", "testdata/atom.xml"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item rdf:about="x"><title>t</title></item></rdf:RDF>`))
	f.Add([]byte(`<?xml version="1.0" encoding="bogus"?><rss>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		for a, err := range Read(context.Background(), b, "", "fuzz", Options{}) {
			if a == nil && err == nil || a != nil && err != nil {
				t.Fatal("article and error both nil or both set")
			}
			if a != nil && a.Text == "" {
				t.Fatal("empty text")
			}
		}
	})
}
