// Package corpus generates synthetic news for benchmarks and tests: articles
// with realistic sentences, and the pages, WARC records and JSON lines that
// carry them, with the furniture real sites wrap them in (menus, share
// links, related stories, comments, scripts and styles). Output is
// deterministic for a seed.
package corpus

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"strings"
	"time"
)

// Article is one generated article.
type Article struct {
	ID         string
	URL        string
	Outlet     string
	Host       string
	Author     string
	Published  time.Time
	Title      string
	Paragraphs []string
}

// Generator makes articles and pages from a seeded random source.
type Generator struct {
	rng *rand.Rand
	n   int
}

// New returns a Generator for seed.
func New(seed uint64) *Generator {
	return &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

var (
	outlets = []struct{ name, host string }{
		{"Levant Wire", "levant-wire.example"}, {"Gulf Ledger", "gulf-ledger.example"},
		{"Atlantic Dispatch", "atlantic-dispatch.example"}, {"Crescent Monitor", "crescent-monitor.example"},
		{"NewsPulse Digest", "newspulse-digest.example"}, {"Cedar Herald", "cedar-herald.example"},
		{"Caspian Courier", "caspian-courier.example"}, {"Daily Brief Hub", "daily-brief-hub.example"},
	}
	actors = []string{
		"the United States", "Washington", "Iran", "Tehran", "Syria", "Damascus", "Russia", "Moscow",
		"Iraq", "Baghdad", "Turkey", "Ankara", "the European Union", "the United Nations", "Saudi Arabia",
		"Jordan", "Israel", "Egypt", "France", "Britain", "Germany", "China", "Qatar", "Lebanon",
	}
	people = []string{
		"Foreign Minister Walid Muallem", "Secretary of State John Kerry", "President Hassan Rouhani",
		"White House spokesman Josh Earnest", "State Department spokeswoman Marie Harf",
		"Prime Minister Haider al-Abadi", "a senior US official", "an Iranian official",
		"a Western diplomat", "Defence Secretary Chuck Hagel", "the Syrian Observatory for Human Rights",
		"a spokesman for the ministry", "two officials familiar with the talks", "a regional source",
	}
	verbs = []string{
		"said", "told reporters", "said in a statement", "told a news conference", "said on Tuesday",
		"said on Monday", "told Reuters", "wrote on Twitter", "said late on Wednesday", "told parliament",
	}
	claims = []string{
		"%s had passed intelligence to %s through intermediaries",
		"%s would not coordinate military action with %s",
		"%s was ready to join international efforts against the militants alongside %s",
		"%s had informed %s in advance of the air strikes",
		"talks between %s and %s would resume next week in Geneva",
		"%s had rejected a request from %s to cooperate against the group",
		"%s was weighing surveillance flights over territory claimed by %s",
		"%s accused %s of prolonging the conflict",
		"%s and %s had agreed to open a humanitarian corridor",
		"%s had no plans to send ground troops to support %s",
	}
	places = []string{
		"Raqqa", "Deir Ezzor", "Mosul", "Aleppo", "Geneva", "Paris", "New York", "Baghdad", "Kobani",
		"Amerli", "Erbil", "Homs", "Idlib", "the Anbar province", "the Syrian border",
	}
	fillers = []string{
		"The militants control large parts of the oil-producing province.",
		"There was no immediate comment from the government.",
		"None of these accounts could be independently verified.",
		"The fighting has displaced tens of thousands of people since June.",
		"Aid agencies warned that supplies were running low as winter approached.",
		"Diplomats said the discussions had been difficult but constructive.",
		"The ministry did not respond to a request for comment.",
		"Analysts said the move reflected growing concern in regional capitals.",
	}
	comments = []string{
		"Great reporting, thanks.", "Who believes any of this anymore?", "This was predictable months ago!!",
		"Interesting piece but the headline is misleading", "Follow the oil money and you will understand",
		"Finally someone says it.", "Source?", "Same story every year", "I have family in the region, stay safe everyone",
	}
	sections = []string{"World", "Middle East", "Politics", "Business", "Opinion", "Video", "Sport", "Tech"}
	authors  = []string{"Jane Doe", "Omar Haddad", "Leila Karimi", "Tom Fletcher", "Sara Nasser", "Ali Rahimi"}
)

func (g *Generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *Generator) sentence() string {
	switch g.rng.IntN(4) {
	case 0:
		return g.pick(fillers)
	case 1:
		c := fmt.Sprintf(g.pick(claims), g.pick(actors), g.pick(actors))
		return fmt.Sprintf("%s %s that %s.", capitalise(g.pick(people)), g.pick(verbs), c)
	case 2:
		c := fmt.Sprintf(g.pick(claims), g.pick(actors), g.pick(actors))
		return fmt.Sprintf("\"%s,\" %s %s.", capitalise(c), g.pick(people), g.pick(verbs))
	default:
		return fmt.Sprintf("Fighting continued near %s on %s, where %s said %d people had been killed and %d wounded.",
			g.pick(places), g.pick([]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}),
			g.pick(people), 2+g.rng.IntN(40), 3+g.rng.IntN(90))
	}
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Article returns the next article.
func (g *Generator) Article() Article {
	g.n++
	o := outlets[g.rng.IntN(len(outlets))]
	pub := time.Date(2014, 8, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(g.rng.IntN(60*24*60)) * time.Minute)
	title := capitalise(fmt.Sprintf(g.pick(claims), g.pick(actors), g.pick(actors)))
	a := Article{
		ID:        fmt.Sprintf("gen-%08d", g.n),
		Outlet:    o.name,
		Host:      o.host,
		Author:    g.pick(authors),
		Published: pub,
		Title:     title,
	}
	a.URL = fmt.Sprintf("https://%s/news/%s/%s-%d", o.host, pub.Format("2006/01/02"), slug(title), g.n)
	np := 6 + g.rng.IntN(10)
	for range np {
		ns := 1 + g.rng.IntN(3)
		var b strings.Builder
		for j := range ns {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.sentence())
		}
		a.Paragraphs = append(a.Paragraphs, b.String())
	}
	return a
}

func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() > 60 {
			break
		}
	}
	return strings.Trim(b.String(), "-")
}

// Text returns the article as the clean text a reader should produce:
// headline, then paragraphs.
func (a Article) Text() string {
	return a.Title + "\n\n" + strings.Join(a.Paragraphs, "\n\n")
}

// HTML renders the article as a news page of about 30–80 KB with head
// metadata, JSON-LD, menus, share links, related stories, comments, and
// inline scripts and styles.
func (g *Generator) HTML(a Article) []byte {
	target := 30<<10 + g.rng.IntN(50<<10)
	var b bytes.Buffer
	e := html.EscapeString
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s | %s</title>\n", e(a.Title), e(a.Outlet))
	fmt.Fprintf(&b, "<meta property=\"og:title\" content=\"%s\">\n<meta property=\"og:site_name\" content=\"%s\">\n", e(a.Title), e(a.Outlet))
	fmt.Fprintf(&b, "<meta property=\"article:published_time\" content=\"%s\">\n<meta name=\"author\" content=\"%s\">\n", a.Published.Format(time.RFC3339), e(a.Author))
	fmt.Fprintf(&b, "<link rel=\"canonical\" href=\"%s\">\n", e(a.URL))
	ld, _ := json.Marshal(map[string]any{"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.Title,
		"datePublished": a.Published.Format(time.RFC3339), "author": map[string]string{"@type": "Person", "name": a.Author},
		"publisher": map[string]string{"@type": "Organization", "name": a.Outlet}})
	fmt.Fprintf(&b, "<script type=\"application/ld+json\">%s</script>\n", ld)
	b.WriteString("<style>\n")
	for i := 0; b.Len() < target/4; i++ {
		fmt.Fprintf(&b, ".c%d{margin:%dpx;padding:0 %dpx;font:%dpx/1.4 Georgia,serif;color:#%06x}\n", i, i%17, i%9, 12+i%8, g.rng.IntN(1<<24))
	}
	b.WriteString("</style>\n</head>\n<body>\n<header class=\"site-header\">\n<nav class=\"main-nav\"><ul>")
	for _, s := range sections {
		fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", strings.ToLower(s), s)
	}
	fmt.Fprintf(&b, "</ul></nav>\n<div class=\"logo\"><a href=\"/\">%s</a></div>\n</header>\n", e(a.Outlet))
	fmt.Fprintf(&b, "<div class=\"breadcrumb\"><a href=\"/world\">World</a> › <a href=\"/world/middle-east\">Middle East</a></div>\n")
	b.WriteString("<main>\n<article class=\"story\">\n")
	fmt.Fprintf(&b, "<h1 class=\"headline\">%s</h1>\n", e(a.Title))
	fmt.Fprintf(&b, "<div class=\"byline\">By <a rel=\"author\" href=\"/authors/x\">%s</a> · <time datetime=\"%s\">%s</time></div>\n",
		e(a.Author), a.Published.Format(time.RFC3339), a.Published.Format("January 2, 2006"))
	b.WriteString("<div class=\"share-tools\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> <a href=\"#\">Email</a></div>\n")
	b.WriteString("<div class=\"article-body\">\n")
	for i, p := range a.Paragraphs {
		fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
		if i == 2 {
			b.WriteString("<div class=\"ad-slot\"><span>Advertisement</span></div>\n")
		}
	}
	b.WriteString("</div>\n</article>\n<aside class=\"related\"><h2>Related stories</h2><ul>\n")
	for range 6 {
		t := capitalise(g.pick(actors)) + " and " + g.pick(actors) + " hold talks on " + g.pick(places)
		fmt.Fprintf(&b, "<li><a href=\"/news/%s\">%s</a></li>\n", slug(t), e(t))
	}
	b.WriteString("</ul></aside>\n<section class=\"comments\"><h3>Comments</h3>\n")
	for i := 0; b.Len() < target*3/4 && i < 40; i++ {
		fmt.Fprintf(&b, "<div class=\"comment\"><span class=\"user\">reader%d</span><p>%s</p></div>\n", g.rng.IntN(9999), e(g.pick(comments)))
	}
	b.WriteString("</section>\n</main>\n<footer class=\"site-footer\"><p>© 2014 ")
	b.WriteString(e(a.Outlet))
	b.WriteString(". All rights reserved.</p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a></footer>\n<script>\n")
	for i := 0; b.Len() < target; i++ {
		fmt.Fprintf(&b, "window.__cfg%d={id:%d,slot:\"s%d\",ts:%d};if(window.track){track(\"v%d\")}\n", i, g.rng.IntN(1e6), i, a.Published.Unix()+int64(i), i)
	}
	b.WriteString("</script>\n</body>\n</html>\n")
	return b.Bytes()
}

// JSONL renders the article as one JSON line (with a trailing newline) in
// the format of the project's news data, text carrying some furniture.
func (g *Generator) JSONL(a Article) []byte {
	txt := a.Outlet + "\nHome | World | Politics | Business\n\n" + a.Text() + "\n\nShare this:\nFacebook | Twitter | Email\n\n© 2014 " + a.Outlet
	line, _ := json.Marshal(map[string]string{"id": a.ID, "url": a.URL, "outlet": a.Outlet,
		"published": a.Published.Format(time.RFC3339), "title": a.Title, "text": txt})
	return append(line, '\n')
}

// WARCRecord writes one WARC/1.0 response record holding page as the HTTP
// response for a.URL. With gz, the record is its own gzip member, as in
// Common Crawl files.
func WARCRecord(w io.Writer, a Article, page []byte, n int, gz bool) error {
	httpPart := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n", len(page))
	var rec bytes.Buffer
	fmt.Fprintf(&rec, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n", a.URL, a.Published.Format(time.RFC3339))
	fmt.Fprintf(&rec, "WARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-%012x>\r\n", n, n)
	fmt.Fprintf(&rec, "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n", len(httpPart)+len(page))
	rec.WriteString(httpPart)
	rec.Write(page)
	rec.WriteString("\r\n\r\n")
	if !gz {
		_, err := w.Write(rec.Bytes())
		return err
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
	if err != nil {
		return err
	}
	if _, err := zw.Write(rec.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// WARCInfo writes a warcinfo record, as at the head of a crawl file.
func WARCInfo(w io.Writer, gz bool) error {
	body := "software: hearsay gencorpus\r\nformat: WARC File Format 1.0\r\n"
	rec := fmt.Sprintf("WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000000>\r\nContent-Type: application/warc-fields\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", len(body), body)
	if !gz {
		_, err := io.WriteString(w, rec)
		return err
	}
	zw := gzip.NewWriter(w)
	if _, err := io.WriteString(zw, rec); err != nil {
		return err
	}
	return zw.Close()
}
