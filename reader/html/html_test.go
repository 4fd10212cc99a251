package html

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"hearsay/reader/corpus"
	"hearsay/reader/text"
)

const body1 = "The foreign minister said on Tuesday that talks with the neighbouring states would resume next week in Geneva after a pause of three months."
const body2 = "Officials from both sides confirmed the date, but declined to say who would lead the delegations or what would be on the agenda."

func page(head, article string) string {
	return "<!DOCTYPE html><html lang=\"en-gb\"><head>" + head + "</head><body>" +
		"<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>" +
		article +
		"<aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/a\">Ministers meet in Paris to discuss the crisis</a></li></ul></aside>" +
		"<footer><p>© 2014 Example Times. All rights reserved.</p></footer></body></html>"
}

func TestExtract(t *testing.T) {
	head := `<meta charset="utf-8"><title>Talks to resume in Geneva | Example Times</title>
<meta property="og:site_name" content="Example Times">
<link rel="canonical" href="/world/talks">
<meta property="article:published_time" content="2014-09-24T10:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks to resume in Geneva","author":{"@type":"Person","name":"Jane Doe"}}</script>`
	art := `<article><h1>Talks to resume in Geneva</h1><div class="byline">By Jane Doe</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<p>` + body1 + `</p><div class="ad-slot">Advertisement</div><p>` + body2 + `<br><br>A third paragraph follows a double break in the same element, as old pages do.</p></article>`
	// Without meta or JSON-LD authors, the byline gives the author.
	noMeta := strings.Replace(head, `"author":{"@type":"Person","name":"Jane Doe"}`, `"x":1`, 1)
	if a, err := Extract([]byte(page(noMeta, strings.Replace(art, "By Jane Doe", "By Jane Doe · 24 September 2014", 1))), "", "", nil); err != nil {
		t.Error(err)
	} else if a.Author != "Jane Doe" {
		t.Errorf("author from byline: %q", a.Author)
	}
	a, err := Extract([]byte(page(head, art)), "", "https://www.example.org/world/talks?ref=rss", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "Talks to resume in Geneva\n\n" + body1 + "\n\n" + body2 + "\n\nA third paragraph follows a double break in the same element, as old pages do."
	if a.Text != want {
		t.Errorf("text:\n got %q\nwant %q", a.Text, want)
	}
	checks := []struct{ name, got, want string }{
		{"title", a.Title, "Talks to resume in Geneva"},
		{"outlet", a.Outlet, "Example Times"},
		{"author", a.Author, "Jane Doe"},
		{"canonical", a.CanonicalURL, "https://www.example.org/world/talks"},
		{"language", a.Language, "en-GB"},
		{"format", a.Format, "html"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if !a.Published.Equal(time.Date(2014, 9, 24, 10, 30, 0, 0, time.UTC)) {
		t.Errorf("published = %v", a.Published)
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct {
		url  string
		want string
	}{
		{"https://x.example/news/2014/08/26/us-intel", "2014-08-26"},
		{"https://x.example/2014-09-24/talks", "2014-09-24"},
		{"https://x.example/world/2014/09/24", "2014-09-24"},
		{"https://x.example/world/1234/56/78/x", ""},
		{"https://x.example/page/2014", ""},
		{"::", ""},
	}
	for _, tt := range tests {
		got := DateFromURL(tt.url)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("DateFromURL(%q) = %q, want %q", tt.url, s, tt.want)
		}
	}
}

func TestCharsets(t *testing.T) {
	// "café" and "naïve" and a right single quote in each encoding.
	latin1 := "caf\xe9 na\xefve d\xe9j\xe0 vu"
	tests := []struct {
		name, contentType, head, body, want string
	}{
		{"windows-1252 in meta", "", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`,
			"The minister\x92s caf\xe9 meeting was held on Tuesday in the old quarter of the capital, officials said after the talks.",
			"The minister’s café meeting"},
		{"iso-8859-1 in meta", "", `<meta charset="ISO-8859-1">`,
			"Reporters described the " + latin1 + " atmosphere on Tuesday in the old quarter of the capital after the long talks ended.",
			"café naïve déjà vu"},
		{"charset in HTTP header", "text/html; charset=iso-8859-1", "",
			"Reporters described the " + latin1 + " atmosphere on Tuesday in the old quarter of the capital after the long talks ended.",
			"café naïve déjà vu"},
		{"invalid UTF-8 repaired", "", `<meta charset="utf-8">`,
			"The minister said \xff\xfe on Tuesday that the caf\xc3\xa9 talks in the old quarter of the capital would resume next week.",
			"café talks"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := "<html><head>" + tt.head + "<title>Talks</title></head><body><p>" + tt.body + " " + tt.body + "</p></body></html>"
			a, err := Extract([]byte(p), tt.contentType, "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, tt.want) {
				t.Errorf("text %q lacks %q", a.Text, tt.want)
			}
			if !isValidUTF8(a.Text) {
				t.Errorf("invalid UTF-8 in %q", a.Text)
			}
		})
	}
}

func isValidUTF8(s string) bool { return strings.ToValidUTF8(s, "") == s }

func TestNoArticle(t *testing.T) {
	pages := []string{
		page("<title>Home</title>", `<div class="grid"><a href="/a">Talks resume</a><a href="/b">Floods hit north</a></div>`),
		"<html><body></body></html>",
		"",
		page("<title>Contact</title>", "<p>Contact us.</p>"),
	}
	for i, p := range pages {
		if a, err := Extract([]byte(p), "", "", nil); !errors.Is(err, ErrNoArticle) {
			t.Errorf("page %d: got %v, %v; want ErrNoArticle", i, a, err)
		}
	}
}

// TestGenerated checks extraction against pages whose article is known.
func TestGenerated(t *testing.T) {
	g := corpus.New(7)
	c := &text.Cleaner{Memory: text.NewMemory()}
	for i := range 30 {
		art := g.Article()
		a, err := Extract(g.HTML(art), "", art.URL, c)
		if err != nil {
			t.Fatalf("page %d: %v", i, err)
		}
		if a.Text != art.Text() {
			t.Fatalf("page %d:\n got %q\nwant %q", i, a.Text, art.Text())
		}
		if a.Author != art.Author || a.Outlet != art.Outlet || !a.Published.Equal(art.Published) || a.CanonicalURL != art.URL {
			t.Errorf("page %d: metadata %q %q %v %q", i, a.Author, a.Outlet, a.Published, a.CanonicalURL)
		}
	}
}

func FuzzExtract(f *testing.F) {
	// Small seeds: the fuzzer minimises what it finds, and large pages
	// make that slow.
	f.Add([]byte(`<html lang="en"><head><meta property="og:site_name" content="X"><link rel="canonical" href="/a"><title>T | X</title></head><body><nav><a href="/">Home</a></nav><article class="story"><h1>Talks resume</h1><p>`+body1+`</p><div class="ad-slot">Ad</div><p>`+body2+`</p></article><footer>© X</footer></body></html>`), "")
	f.Add([]byte(page("<title>x</title>", "<p>"+body1+"</p>")), "text/html; charset=windows-1252")
	f.Add([]byte("<html><head><meta charset=\"iso-8859-1\"><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":[\"NewsArticle\"],\"author\":[{\"name\":1}]}]}</script></head><body><p>caf\xe9</p><time datetime=\"x\">"), "")
	f.Add([]byte("<table><tr><td>a<td>b</table><br><br><h1>x</h1>"), "text/html; charset=utf-16")
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		a, err := Extract(b, ct, "https://example.org/x", &text.Cleaner{Memory: text.NewMemory()})
		if err != nil {
			if a != nil {
				t.Errorf("article with error")
			}
			return
		}
		if !isValidUTF8(a.Text) || !isValidUTF8(a.Title) || a.Text == "" {
			t.Errorf("bad article %+v", a)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	g := corpus.New(1)
	pages := make([][]byte, 200)
	var size int
	for i := range pages {
		pages[i] = g.HTML(g.Article())
		size += len(pages[i])
	}
	c := &text.Cleaner{Memory: text.NewMemory()}
	b.SetBytes(int64(size / len(pages)))
	cpu0 := corpus.CPUTime()
	n := 0
	for b.Loop() {
		if _, err := Extract(pages[n%len(pages)], "", "", c); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	if cpu := corpus.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "pages/cpu-s")
	}
}

// TestMessyPage reads an old-style page: table layout, <font> headline,
// paragraphs separated by <br><br> in a bare div, side columns of links, a
// Latin-1 charset in <meta>.
func TestMessyPage(t *testing.T) {
	b, err := os.ReadFile("testdata/messy.html")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(b, "", "https://crescent-monitor.example/news/2014/09/24/iran-told", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Iran was told in advance of Syria strikes, Iranian official says",
		"TEHRAN - The United States informed Iran in advance of its intention to strike Islamic State militants in Syria, an Iranian official said on Wednesday, adding that Tehran had been assured the forces of President Bashar al-Assad would not be targeted.",
		"\"The Americans told us before the operation began,\" the official said, speaking on condition of anonymity because he was not authorised to talk to the media.",
		"A senior State Department official said Washington had told the Iranians of its intentions, but not the timing or the targets, and that there would be no military coordination with Tehran.",
		"Iran's supreme leader has ruled out cooperating with the United States against the group, which controls large parts of Syria and Iraq.",
	}
	if a.Text != strings.Join(want, "\n\n") {
		t.Errorf("text:\n got %q\nwant %q", a.Text, strings.Join(want, "\n\n"))
	}
	if a.Title != want[0] {
		t.Errorf("title %q", a.Title)
	}
	if !a.Published.Equal(time.Date(2014, 9, 24, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("published %v (from the URL)", a.Published)
	}
}
