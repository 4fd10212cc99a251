package text

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/url"
	"strings"
	"time"

	"hearsay"
)

// Header is the optional block of "Key: value" lines at the top of a plain
// text article (Title, URL, Date, Outlet, Author, Language), ended by a blank
// line.
type Header struct {
	Title, URL, Outlet, Author, Language string
	Date                                 time.Time
}

var headerKeys = map[string]bool{
	"title": true, "url": true, "date": true, "outlet": true, "author": true, "language": true,
}

// ParseHeader splits the optional header block off s. It returns the header
// and the rest of the text; when s has no header block, the header is empty
// and rest is s.
func ParseHeader(s string) (h Header, rest string) {
	s = strings.TrimPrefix(s, "\ufeff")
	i := 0
	found := false
	for i < len(s) {
		j := strings.IndexByte(s[i:], '\n')
		line := s[i:]
		next := len(s)
		if j >= 0 {
			line = s[i : i+j]
			next = i + j + 1
		}
		line = strings.TrimSpace(line)
		if line == "" {
			if found {
				return h, s[next:]
			}
			i = next
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		key := strings.ToLower(strings.TrimSpace(k))
		if !ok || !headerKeys[key] {
			break
		}
		found = true
		v = strings.TrimSpace(v)
		switch key {
		case "title":
			h.Title = v
		case "url":
			h.URL = v
		case "outlet":
			h.Outlet = v
		case "author":
			h.Author = v
		case "language":
			h.Language = v
		case "date":
			h.Date, _ = ParseDate(v)
		}
		i = next
	}
	if found && i >= len(s) {
		return h, ""
	}
	return Header{}, s
}

var dateLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "Mon, 02 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 -0700", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "02 Jan 2006",
	"2006/01/02", "20060102", "2006-01-02T15:04:05-0700", "2006-01-02T15:04:05.000-0700",
	"Mon, 2 Jan 2006 15:04 -0700", "Mon, 2 Jan 2006", "January 2, 2006 15:04", "2006-01",
}

// ParseDate parses a publication date in the formats found in headers, feeds
// and HTML meta tags.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("unrecognised date " + quoteShort(s))
}

func quoteShort(s string) string {
	if len(s) > 40 {
		s = s[:40] + "…"
	}
	return "\"" + s + "\""
}

// Key returns the content key of an article without an id of its own:
// "sha256:" and the hex digest of its clean text.
func Key(clean string) string {
	sum := sha256.Sum256([]byte(clean))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// ErrNoText is reported for an input that holds no article text.
var ErrNoText = errors.New("no article text found")

// Parse reads a plain-text article from s: the optional header block, then
// the text, cleaned of furniture with c. origin names the input. The
// outlet for repetition memory is the header's outlet, else the URL's host,
// else fallbackOutlet. The article's outlet is the header's, else a bare site
// name found among the furniture.
func Parse(c *Cleaner, s, origin, fallbackOutlet string) (*hearsay.Article, error) {
	h, rest := ParseHeader(s)
	outlet := h.Outlet
	memKey := outlet
	if memKey == "" {
		if u, err := url.Parse(h.URL); err == nil && u.Host != "" {
			memKey = strings.TrimPrefix(u.Host, "www.")
		} else {
			memKey = fallbackOutlet
		}
	}
	res := c.CleanText(rest, memKey, h.Title)
	if strings.TrimSpace(res.Text) == "" {
		return nil, ErrNoText
	}
	if outlet == "" {
		outlet = res.Site // the page's own name in its furniture
	}
	a := &hearsay.Article{
		Key:       Key(res.Text),
		URL:       h.URL,
		Outlet:    outlet,
		Title:     res.Title,
		Author:    h.Author,
		Published: h.Date,
		Language:  h.Language,
		Text:      res.Text,
		Format:    "text",
		Origin:    origin,
	}
	if h.Title != "" {
		a.Title = h.Title
	}
	return a, nil
}
