// Package feed reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Each item
// becomes an article (title, link, guid, date, author, and the description
// or content cleaned of HTML); with Follow, each item's page is fetched and
// extracted instead, falling back to the item's own text when that fails.
package feed

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"

	"golang.org/x/net/html/charset"

	"hearsay"
	"hearsay/fetch"
	"hearsay/reader/html"
	"hearsay/reader/text"
)

// Item is one feed entry.
type Item struct {
	Title, Link, GUID, Author string
	Published                 time.Time
	HTML                      string // content, or description/summary when there is none
}

// Feed is a parsed feed.
type Feed struct {
	Kind     string // "rss" or "atom"
	Title    string
	Link     string
	Language string
	Items    []Item
}

// ErrNotFeed is returned for XML that is not RSS or Atom.
var ErrNotFeed = errors.New("not an RSS or Atom feed")

type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Author      string `xml:"author"`
	Creator     string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Description string `xml:"description"`
	Encoded     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	About       string `xml:"about,attr"`
}

type rssChannel struct {
	Title    string    `xml:"title"`
	Link     string    `xml:"link"`
	Language string    `xml:"language"`
	DCLang   string    `xml:"http://purl.org/dc/elements/1.1/ language"`
	Items    []rssItem `xml:"item"`
}

type rssDoc struct {
	Channel rssChannel `xml:"channel"`
	Items   []rssItem  `xml:"item"` // RSS 1.0 puts items beside the channel
}

type atomText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

func (t atomText) html() string {
	if strings.EqualFold(t.Type, "xhtml") {
		return t.Inner
	}
	if t.Type == "" || strings.EqualFold(t.Type, "text") {
		return escapeText(t.Text)
	}
	return t.Text
}

// escapeText turns plain text into HTML paragraphs.
func escapeText(s string) string {
	var b strings.Builder
	for p := range strings.SplitSeq(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		b.WriteString("<p>")
		xml.EscapeText(&b, []byte(p))
		b.WriteString("</p>")
	}
	return b.String()
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
}

type atomEntry struct {
	Title     atomText   `xml:"title"`
	ID        string     `xml:"id"`
	Links     []atomLink `xml:"link"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Issued    string     `xml:"issued"`
	Authors   []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Summary atomText `xml:"summary"`
	Content atomText `xml:"content"`
}

type atomDoc struct {
	Title   atomText    `xml:"title"`
	Links   []atomLink  `xml:"link"`
	Lang    string      `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Entries []atomEntry `xml:"entry"`
}

func altLink(links []atomLink) string {
	for _, l := range links {
		if l.Rel == "" || l.Rel == "alternate" {
			return l.Href
		}
	}
	if len(links) > 0 {
		return links[0].Href
	}
	return ""
}

// Parse reads a feed. contentType is the HTTP Content-Type ("" when
// unknown), used for the charset when the XML declaration names none.
func Parse(body []byte, contentType string) (*Feed, error) {
	d := xml.NewDecoder(bytes.NewReader(body))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = charset.NewReaderLabel
	for {
		tok, err := d.Token()
		if err != nil {
			if err == io.EOF {
				return nil, ErrNotFeed
			}
			return nil, fmt.Errorf("reading feed XML: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch strings.ToLower(se.Name.Local) {
		case "rss", "rdf":
			var doc rssDoc
			if err := d.DecodeElement(&doc, &se); err != nil {
				return nil, fmt.Errorf("reading RSS: %w", err)
			}
			return fromRSS(&doc), nil
		case "feed":
			var doc atomDoc
			if err := d.DecodeElement(&doc, &se); err != nil {
				return nil, fmt.Errorf("reading Atom: %w", err)
			}
			return fromAtom(&doc), nil
		default:
			return nil, ErrNotFeed
		}
	}
}

func fromRSS(doc *rssDoc) *Feed {
	ch := doc.Channel
	f := &Feed{Kind: "rss", Title: clean(ch.Title), Link: strings.TrimSpace(ch.Link), Language: firstNonEmpty(ch.Language, ch.DCLang)}
	for _, it := range append(ch.Items, doc.Items...) {
		item := Item{
			Title:  clean(it.Title),
			Link:   strings.TrimSpace(firstNonEmpty(it.Link, it.About)),
			GUID:   strings.TrimSpace(it.GUID),
			Author: clean(firstNonEmpty(it.Creator, it.Author)),
			HTML:   firstNonEmpty(it.Encoded, it.Description),
		}
		item.Published, _ = text.ParseDate(firstNonEmpty(it.PubDate, it.DCDate))
		f.Items = append(f.Items, item)
	}
	return f
}

func fromAtom(doc *atomDoc) *Feed {
	f := &Feed{Kind: "atom", Title: clean(doc.Title.Text), Link: altLink(doc.Links), Language: doc.Lang}
	for _, e := range doc.Entries {
		item := Item{
			Title: clean(e.Title.Text),
			Link:  strings.TrimSpace(altLink(e.Links)),
			GUID:  strings.TrimSpace(e.ID),
		}
		if len(e.Authors) > 0 {
			item.Author = clean(e.Authors[0].Name)
		}
		if strings.TrimSpace(e.Content.Text+e.Content.Inner) != "" {
			item.HTML = e.Content.html()
		} else {
			item.HTML = e.Summary.html()
		}
		item.Published, _ = text.ParseDate(firstNonEmpty(e.Published, e.Issued, e.Updated))
		f.Items = append(f.Items, item)
	}
	return f
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return x
		}
	}
	return ""
}

// Options controls Read.
type Options struct {
	Follow  bool          // fetch each item's page and extract it
	Fetcher *fetch.Client // for Follow; nil: fetch.New(fetch.Options{})
	Cleaner *text.Cleaner // nil: one without memory
}

// Read yields the articles of a feed. origin names it (a path or URL).
func Read(ctx context.Context, body []byte, contentType, origin string, opt Options) iter.Seq2[*hearsay.Article, error] {
	return func(yield func(*hearsay.Article, error) bool) {
		f, err := Parse(body, contentType)
		if err != nil {
			yield(nil, &hearsay.InputError{Origin: origin, Err: err})
			return
		}
		c := opt.Cleaner
		if c == nil {
			c = &text.Cleaner{}
		}
		if opt.Follow && opt.Fetcher == nil {
			opt.Fetcher = fetch.New(fetch.Options{})
		}
		for i, it := range f.Items {
			if err := ctx.Err(); err != nil {
				yield(nil, &hearsay.InputError{Origin: origin, Where: fmt.Sprintf("item %d", i+1), Err: err})
				return
			}
			where := fmt.Sprintf("item %d", i+1)
			a, itemErr := FromItem(f, it, c)
			if opt.Follow && it.Link != "" {
				page, err := follow(ctx, opt.Fetcher, it.Link, c)
				if err == nil {
					page.Key = firstNonEmpty(it.GUID, it.Link, page.Key)
					page.Format = f.Kind
					page.Title = firstNonEmpty(page.Title, it.Title)
					page.Author = firstNonEmpty(page.Author, it.Author)
					page.Outlet = firstNonEmpty(page.Outlet, f.Title)
					if page.Published.IsZero() {
						page.Published = it.Published
					}
					if page.Language == "" {
						page.Language = f.Language
					}
					a, itemErr = page, nil
				} else if !yield(nil, &hearsay.InputError{Origin: origin, Where: where, Err: fmt.Errorf("following %s: %w", it.Link, err)}) {
					return
				}
			}
			if itemErr != nil {
				if !yield(nil, &hearsay.InputError{Origin: origin, Where: where, Err: itemErr}) {
					return
				}
				continue
			}
			a.Origin = origin + "#" + where
			if !yield(a, nil) {
				return
			}
		}
	}
}

func follow(ctx context.Context, fc *fetch.Client, link string, c *text.Cleaner) (*hearsay.Article, error) {
	resp, err := fc.Get(ctx, link)
	if err != nil {
		return nil, err
	}
	a, err := html.Extract(resp.Body, resp.ContentType(), resp.URL, c)
	if err != nil {
		return nil, err
	}
	a.Key = text.Key(a.Text)
	return a, nil
}

// FromItem turns a feed item into an article: the title, then the item's
// text cleaned of HTML and furniture.
func FromItem(f *Feed, it Item, c *text.Cleaner) (*hearsay.Article, error) {
	lines := html.Lines(it.HTML)
	memKey := f.Title
	res := c.Clean(lines, memKey, it.Title)
	body := res.Text
	if body == "" {
		// A one-line teaser: keep it as it is.
		var parts []string
		for _, l := range lines {
			parts = append(parts, l.Text)
		}
		body = clean(strings.Join(parts, " "))
	}
	if it.Title != "" {
		body = strings.TrimPrefix(strings.TrimPrefix(body, it.Title), "\n\n")
	}
	txt := it.Title
	if body != "" {
		if txt != "" {
			txt += "\n\n"
		}
		txt += body
	}
	if txt == "" {
		return nil, errors.New("item has no title and no text")
	}
	a := &hearsay.Article{
		Key:       firstNonEmpty(it.GUID, it.Link),
		URL:       it.Link,
		Outlet:    f.Title,
		Title:     firstNonEmpty(it.Title, res.Title),
		Author:    it.Author,
		Published: it.Published,
		Language:  f.Language,
		Text:      txt,
		Format:    f.Kind,
	}
	if a.Key == "" {
		a.Key = text.Key(txt)
	}
	return a, nil
}
