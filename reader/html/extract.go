package html

import (
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"hearsay/reader/text"
)

// extractor walks a page once, collecting metadata and the page's text
// blocks with their link density and a score adjustment from the elements
// around them.
type extractor struct {
	meta  *meta
	lines []text.Line

	cur       strings.Builder
	curLinks  int // bytes of cur inside links
	curBoost  float64
	curHead   bool
	curPara   bool
	nodes     int
	seenTitle bool
}

// maxNodes bounds the work on pathological pages.
const maxNodes = 1 << 20

// skipped elements carry no article text.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Object,
		atom.Embed, atom.Canvas, atom.Select, atom.Option, atom.Button, atom.Input, atom.Textarea,
		atom.Math, atom.Video, atom.Audio, atom.Img, atom.Picture, atom.Source, atom.Head, atom.Dialog:
		return true
	}
	return false
}

// block elements break the text into lines.
func block(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Footer, atom.Nav,
		atom.Aside, atom.Ul, atom.Ol, atom.Li, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Blockquote, atom.Pre, atom.Table, atom.Tr, atom.Td, atom.Th, atom.Dl, atom.Dt, atom.Dd,
		atom.Figure, atom.Figcaption, atom.Form, atom.Hr, atom.Address, atom.Body, atom.Html,
		atom.Center, atom.Fieldset, atom.Details, atom.Summary, atom.Caption, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Menu, atom.Legend:
		return true
	}
	return false
}

// tagBoost is the score adjustment an element gives the text inside it.
func tagBoost(a atom.Atom) float64 {
	switch a {
	case atom.Nav, atom.Aside, atom.Footer, atom.Form, atom.Menu:
		return -6
	case atom.Header:
		return -1
	case atom.Article, atom.Main:
		return 3
	case atom.Figcaption, atom.Figure:
		return -3
	}
	return 0
}

// negativeHints and positiveHints are matched against the words of class
// and id attributes ("article-body" is "article" and "body"): a word equal
// to a hint, or starting with it ("comments", "sharing").
var negativeHints = []string{
	"comment", "footer", "nav", "menu", "sidebar", "share", "sharing", "social", "related", "promo",
	"advert", "banner", "cookie", "newsletter", "subscribe", "breadcrumb", "widget", "popup",
	"modal", "masthead", "recommend", "outbrain", "taboola", "sponsor", "mostread", "trending",
	"signup", "login", "caption", "byline", "author", "toolbar", "pagination", "complementary",
	"contentinfo", "disqus", "teaser",
}

// exactNegative hints match whole words only.
var exactNegative = map[string]bool{"tags": true, "tag": true, "ad": true, "ads": true, "most": true, "more": true, "hidden": true}

var positiveHints = []string{"article", "content", "story", "entry", "post", "main", "text", "body", "prose"}

// hintBoost reads class, id and role attributes for hints of content or
// furniture.
func hintBoost(n *xhtml.Node) float64 {
	var cls string
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" || a.Key == "role" {
			cls += " " + a.Val
		}
	}
	if cls == "" {
		return 0
	}
	words := strings.FieldsFunc(strings.ToLower(cls), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	pos := false
	for _, w := range words {
		if exactNegative[w] {
			return -6
		}
		for _, h := range negativeHints {
			if strings.HasPrefix(w, h) {
				return -6
			}
		}
		for _, h := range positiveHints {
			if strings.HasPrefix(w, h) {
				pos = true
			}
		}
	}
	if pos {
		return 2
	}
	return 0
}

func hidden(n *xhtml.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// flush ends the current line.
func (x *extractor) flush() {
	if x.cur.Len() == 0 {
		return
	}
	s := x.cur.String()
	x.cur.Reset()
	t := strings.TrimSpace(s)
	if t != "" {
		ld := 0.0
		if x.curLinks > 0 {
			ld = float64(x.curLinks) / float64(len(s))
			if ld > 1 {
				ld = 1
			}
		}
		b := x.curBoost
		if x.curPara {
			b++
		}
		x.lines = append(x.lines, text.Line{Text: t, LinkDensity: ld, Heading: x.curHead, Boost: b})
	}
	x.curLinks = 0
}

// walk visits n. boost is the adjustment of the enclosing elements; inLink
// tells that n is inside an <a>.
func (x *extractor) walk(n *xhtml.Node, boost float64, inLink bool) {
	x.nodes++
	if x.nodes > maxNodes {
		return
	}
	switch n.Type {
	case xhtml.TextNode:
		if x.cur.Len() == 0 {
			x.curBoost = boost
		}
		d := n.Data
		if inLink {
			x.curLinks += len(d)
		}
		x.cur.WriteString(d)
		return
	case xhtml.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			x.walk(c, boost, inLink)
		}
		return
	case xhtml.ElementNode:
	default:
		return
	}
	a := n.DataAtom
	switch a {
	case atom.Html:
		if l := attr(n, "lang"); l != "" && x.meta.lang == "" {
			x.meta.lang = normLang(l)
		}
		if l := attr(n, "xml:lang"); l != "" && x.meta.lang == "" {
			x.meta.lang = normLang(l)
		}
	case atom.Head:
		x.head(n)
		return
	case atom.Meta:
		x.meta.metaTag(n)
		return
	case atom.Link:
		x.link(n)
		return
	case atom.Title:
		if !x.seenTitle {
			x.seenTitle = true
			x.meta.titleTag = textOf(n)
		}
		return
	case atom.Script:
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
			x.meta.jsonLD(n.FirstChild.Data)
		}
		return
	case atom.Time:
		x.timeTag(n)
	case atom.Br:
		x.flush()
		return
	}
	if skipped(a) || hidden(n) {
		return
	}
	if ip := attr(n, "itemprop"); ip != "" {
		switch ip {
		case "author":
			x.meta.authors = append(x.meta.authors, textOf(n))
		case "datePublished":
			if d := firstNonEmpty(attr(n, "datetime"), attr(n, "content")); d != "" {
				x.meta.dates = append(x.meta.dates, d)
			}
		}
	}
	if a == atom.A && attr(n, "rel") == "author" {
		x.meta.authors = append(x.meta.authors, textOf(n))
	}
	if len(x.meta.bylines) < 3 && hasClassWord(n, "byline") {
		x.meta.bylines = append(x.meta.bylines, textOf(n))
	}
	isBlock := block(a) || a == 0 && n.Data != "" && isCustomBlock(n.Data)
	if isBlock {
		x.flush()
		own := tagBoost(a) + hintBoost(n)
		if own < 0 {
			// Furniture inside the article (an ad slot, a share
			// bar) loses the article's bonus.
			boost = min(boost, 0)
		}
		boost += own
		if boost < -20 {
			boost = -20
		}
		if boost > 6 {
			boost = 6
		}
		heading := atomHeading(a)
		if a == atom.H1 && x.meta.h1 == "" {
			x.meta.h1 = textOf(n)
		}
		x.curBoost = boost
		x.curHead = heading
		x.curPara = a == atom.P || a == atom.Blockquote
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			x.walk(c, boost, inLink)
			if c.Type == xhtml.ElementNode && (block(c.DataAtom) || c.DataAtom == atom.Br) {
				// After a nested block, text continues in a line of
				// this element's kind.
				x.curBoost = boost
				x.curHead = heading
				x.curPara = a == atom.P || a == atom.Blockquote
			}
		}
		x.flush()
		x.curHead = false
		x.curPara = false
		return
	}
	if a == atom.A {
		inLink = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.walk(c, boost, inLink)
	}
	if a == atom.Td || a == atom.Th {
		x.cur.WriteByte(' ')
	}
}

// isCustomBlock treats custom elements such as <story-body> as blocks.
func isCustomBlock(name string) bool { return strings.Contains(name, "-") }

// head reads the metadata in <head>.
func (x *extractor) head(n *xhtml.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != xhtml.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Meta:
			x.meta.metaTag(c)
		case atom.Link:
			x.link(c)
		case atom.Title:
			if !x.seenTitle {
				x.seenTitle = true
				x.meta.titleTag = textOf(c)
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && c.FirstChild != nil {
				x.meta.jsonLD(c.FirstChild.Data)
			}
		}
	}
}

func (x *extractor) link(n *xhtml.Node) {
	rel := strings.ToLower(attr(n, "rel"))
	for f := range strings.FieldsSeq(rel) {
		if f == "canonical" {
			if h := strings.TrimSpace(attr(n, "href")); h != "" {
				x.meta.canonical = h
			}
		}
	}
}

func (x *extractor) timeTag(n *xhtml.Node) {
	d := strings.TrimSpace(attr(n, "datetime"))
	if d == "" {
		d = strings.TrimSpace(textOf(n))
	}
	if d == "" {
		return
	}
	if _, ok := attrOK(n, "pubdate"); ok || attr(n, "itemprop") == "datePublished" {
		x.meta.dates = append(x.meta.dates, d)
		return
	}
	x.meta.timeDates = append(x.meta.timeDates, d)
}

func attrOK(n *xhtml.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// textOf returns the text inside n, spaces normalised, at most 1000 bytes.
func textOf(n *xhtml.Node) string {
	var b strings.Builder
	var rec func(*xhtml.Node, int)
	rec = func(n *xhtml.Node, depth int) {
		if b.Len() > 1000 || depth > 64 {
			return
		}
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		}
		if n.Type == xhtml.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, depth+1)
		}
	}
	rec(n, 0)
	s := strings.Join(strings.Fields(b.String()), " ")
	for len(s) > 1000 {
		_, size := utf8.DecodeLastRuneInString(s)
		s = s[:len(s)-size]
	}
	return s
}

// hasClassWord reports whether a class attribute word starts with w.
func hasClassWord(n *xhtml.Node, w string) bool {
	cls := attr(n, "class")
	if cls == "" || !strings.Contains(strings.ToLower(cls), w) {
		return false
	}
	for f := range strings.FieldsFuncSeq(strings.ToLower(cls), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }) {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}
