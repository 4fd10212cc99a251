// Package html extracts a news article from an HTML page: the main text
// (by scoring blocks on text and link density, paragraph tags and class/id
// hints, then cleaning furniture with reader/text), the title, author,
// publication date (meta tags, JSON-LD, <time>), site name, canonical URL and
// language. Pages in any declared charset are decoded (HTTP header, BOM,
// <meta>), and invalid UTF-8 is repaired.
package html

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"hearsay"
	"hearsay/reader/text"
)

// ErrNoArticle is reported for a page without article text.
var ErrNoArticle = errors.New("no article text found")

// MinWords is the least number of words of body text (headline aside) that
// makes a page an article.
const MinWords = 25

// Extract reads the article in an HTML page. contentType is the HTTP
// Content-Type header ("" when unknown), pageURL the page's address ("" when
// unknown), c the furniture cleaner (nil: one without memory). The article's
// Format is "html"; Key, Origin are left to the caller.
func Extract(body []byte, contentType, pageURL string, c *text.Cleaner) (*hearsay.Article, error) {
	if c == nil {
		c = &text.Cleaner{}
	}
	doc, err := Parse(body, contentType)
	if err != nil {
		return nil, err
	}
	return FromTree(doc, pageURL, c)
}

// Decode converts a page to UTF-8, following the BOM, then the charset of
// contentType, then a <meta> declaration in the first 1024 bytes, and
// guessing UTF-8 or Windows-1252 otherwise. Invalid UTF-8 is repaired.
func Decode(body []byte, contentType string) []byte {
	enc, name, _ := charset.DetermineEncoding(body, contentType)
	if name == "utf-8" || enc == unicode.UTF8 {
		body = bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
		if utf8.Valid(body) {
			return body
		}
		return bytes.ToValidUTF8(body, []byte("\ufffd"))
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return bytes.ToValidUTF8(body, []byte("\ufffd"))
	}
	return out
}

// Parse decodes and parses a page.
func Parse(body []byte, contentType string) (*xhtml.Node, error) {
	doc, err := xhtml.Parse(bytes.NewReader(Decode(body, contentType)))
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	return doc, nil
}

// FromTree extracts the article from a parsed page.
func FromTree(doc *xhtml.Node, pageURL string, c *text.Cleaner) (*hearsay.Article, error) {
	m := &meta{}
	x := &extractor{meta: m}
	x.walk(doc, 0, false)
	x.flush()

	title := m.bestTitle()
	outlet := m.siteName
	memKey := outlet
	if memKey == "" {
		memKey = hostOf(firstNonEmpty(m.canonical, pageURL))
	}
	res := c.Clean(x.lines, memKey, title)
	headline := res.Title
	body := res.Text
	if headline != "" && strings.HasPrefix(body, headline) {
		body = strings.TrimPrefix(strings.TrimPrefix(body, headline), "\n\n")
	}
	if countWords(body) < MinWords {
		return nil, ErrNoArticle
	}
	a := &hearsay.Article{
		URL:          pageURL,
		CanonicalURL: resolve(pageURL, m.canonical),
		Outlet:       outlet,
		Title:        firstNonEmpty(headline, title),
		Author:       m.author(),
		Published:    m.published(),
		Language:     m.lang,
		Text:         res.Text,
		Format:       "html",
	}
	if a.URL == "" {
		a.URL = a.CanonicalURL
	}
	if a.Published.IsZero() {
		a.Published = DateFromURL(firstNonEmpty(a.CanonicalURL, a.URL))
	}
	return a, nil
}

// DateFromURL reads a publication date from a URL path such as
// /news/2014/08/26/slug or /2014-08-26/slug; zero when there is none.
func DateFromURL(u string) time.Time {
	p, err := url.Parse(u)
	if err != nil {
		return time.Time{}
	}
	parts := strings.FieldsFunc(p.Path, func(r rune) bool { return r == '/' })
	for i, part := range parts {
		if len(part) == 10 && part[4] == '-' && part[7] == '-' {
			if t, err := time.Parse("2006-01-02", part); err == nil && plausible(t) {
				return t
			}
		}
		if len(part) == 4 && i+2 < len(parts) && len(parts[i+1]) == 2 {
			day := parts[i+2]
			if len(day) >= 2 {
				day = day[:2]
			}
			if t, err := time.Parse("2006/01/02", part+"/"+parts[i+1]+"/"+day); err == nil && plausible(t) {
				return t
			}
		}
	}
	return time.Time{}
}

func plausible(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2100 }

func countWords(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

func hostOf(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(p.Host), "www.")
}

// resolve makes ref absolute against base; it returns ref when either does
// not parse.
func resolve(base, ref string) string {
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if r.IsAbs() || base == "" {
		return r.String()
	}
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// meta holds what the page says about itself.
type meta struct {
	titleTag, ogTitle, ldHeadline, h1 string
	siteName, canonical, lang         string
	authors                           []string
	bylines                           []string // text of byline elements, the weakest source
	dates                             []string // candidate publication dates, best first
	timeDates                         []string // <time datetime>, a weaker source
}

func (m *meta) bestTitle() string {
	t := firstNonEmpty(m.ogTitle, m.ldHeadline, m.h1, m.titleTag)
	return stripSiteSuffix(t, m.siteName)
}

// stripSiteSuffix removes " | Site", " - Site" from a title.
func stripSiteSuffix(t, site string) string {
	t = strings.Join(strings.Fields(t), " ")
	for _, sep := range []string{" | ", " - ", " – ", " — ", " :: ", " · "} {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		tail := t[i+len(sep):]
		if site != "" && strings.EqualFold(tail, site) || len(strings.Fields(tail)) <= 3 && len(strings.Fields(t[:i])) >= 3 {
			return t[:i]
		}
	}
	return t
}

func (m *meta) author() string {
	for _, a := range append(m.authors, m.bylines...) {
		a = strings.Join(strings.Fields(a), " ")
		if a == "" || strings.HasPrefix(a, "http") || len(a) > 100 {
			continue
		}
		a = strings.TrimPrefix(strings.TrimPrefix(a, "By "), "by ")
		// A byline may carry a date or a role after the name.
		for _, sep := range []string{" · ", " | ", ", ", " - ", " – "} {
			if i := strings.Index(a, sep); i > 0 {
				a = a[:i]
			}
		}
		if len(strings.Fields(a)) > 6 {
			continue
		}
		return a
	}
	return ""
}

func (m *meta) published() time.Time {
	for _, list := range [][]string{m.dates, m.timeDates} {
		for _, d := range list {
			if t, err := text.ParseDate(d); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}

// metaDate names meta tags carrying the publication date.
var metaDate = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true, "pubdate": true,
	"publishdate": true, "publish-date": true, "date": true, "dc.date": true, "dc.date.issued": true,
	"dcterms.created": true, "dcterms.issued": true, "sailthru.date": true, "parsely-pub-date": true,
	"article.published": true, "published_time": true, "citation_publication_date": true,
}

// metaAuthor names meta tags carrying the author.
var metaAuthor = map[string]bool{
	"author": true, "article:author": true, "dc.creator": true, "byl": true, "parsely-author": true,
	"sailthru.author": true, "twitter:creator": false,
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func (m *meta) metaTag(n *xhtml.Node) {
	name := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
	content := strings.TrimSpace(attr(n, "content"))
	if he := strings.ToLower(attr(n, "http-equiv")); he == "content-language" && m.lang == "" {
		m.lang = normLang(content)
	}
	if content == "" {
		return
	}
	switch {
	case name == "og:title" || name == "twitter:title" && m.ogTitle == "":
		m.ogTitle = content
	case name == "og:site_name" || name == "application-name" && m.siteName == "":
		m.siteName = content
	case name == "og:url" && m.canonical == "":
		m.canonical = content
	case name == "og:locale" && m.lang == "":
		m.lang = normLang(content)
	case metaDate[name]:
		m.dates = append(m.dates, content)
	case metaAuthor[name]:
		m.authors = append(m.authors, content)
	}
}

// normLang turns "en_US" or "EN-us" into BCP 47 "en-US".
func normLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if s == "" {
		return ""
	}
	s, _, _ = strings.Cut(s, ",")
	lang, region, ok := strings.Cut(s, "-")
	lang = strings.ToLower(lang)
	if len(lang) < 2 || len(lang) > 3 {
		return ""
	}
	if ok && len(region) == 2 {
		return lang + "-" + strings.ToUpper(region)
	}
	return lang
}

// jsonLD reads a JSON-LD script and takes what an Article object says.
func (m *meta) jsonLD(s string) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &v); err != nil {
		return
	}
	m.ldWalk(v, 0)
}

func (m *meta) ldWalk(v any, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			m.ldWalk(e, depth+1)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			m.ldWalk(g, depth+1)
		}
		if !isArticleType(x["@type"]) {
			return
		}
		if h, ok := x["headline"].(string); ok && m.ldHeadline == "" {
			m.ldHeadline = h
		}
		if d, ok := x["datePublished"].(string); ok {
			m.dates = append([]string{d}, m.dates...)
		}
		for _, a := range ldNames(x["author"]) {
			m.authors = append(m.authors, a)
		}
		if pub := ldNames(x["publisher"]); len(pub) > 0 && m.siteName == "" {
			m.siteName = pub[0]
		}
		if u, ok := x["url"].(string); ok && m.canonical == "" {
			m.canonical = u
		}
		if l, ok := x["inLanguage"].(string); ok && m.lang == "" {
			m.lang = normLang(l)
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldNames returns the names in a JSON-LD person or organisation value.
func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case map[string]any:
		if n, ok := x["name"].(string); ok {
			return []string{n}
		}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldNames(e)...)
		}
		return out
	}
	return nil
}

// atomHeading reports whether a is h1–h6.
func atomHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// Lines splits an HTML fragment (a feed item's description, say) into
// cleaner input: one line per block, with link density and hints.
func Lines(fragment string) []text.Line {
	doc, err := xhtml.Parse(strings.NewReader(fragment))
	if err != nil {
		return nil
	}
	x := &extractor{meta: &meta{}}
	x.walk(doc, 0, false)
	x.flush()
	return x.lines
}
