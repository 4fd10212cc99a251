package reader

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Kind is the detected kind of an input.
type Kind int

// The kinds of input Detect tells apart.
const (
	Unknown Kind = iota
	Empty
	Binary
	Gzip
	WARC
	Feed // RSS 2.0, RSS 1.0 (RDF) or Atom
	HTML
	JSONL
	Text
)

var kindNames = [...]string{"unknown", "empty", "binary", "gzip", "warc", "feed", "html", "jsonl", "text"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// SniffLen is how many leading bytes Detect needs.
const SniffLen = 1024

// Detect tells the kind of an input from its first bytes (at least SniffLen
// when the input is that long), using the file name's extension only to
// break ties between kinds the content does not settle.
func Detect(head []byte, name string) Kind {
	if len(head) == 0 {
		return Empty
	}
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		return Gzip
	}
	if len(head) > SniffLen {
		head = head[:SniffLen]
	}
	if isBinary(head) {
		return Binary
	}
	h := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	h = bytes.TrimLeft(h, " \t\r\n")
	if len(h) == 0 {
		return Empty
	}
	if bytes.HasPrefix(h, []byte("WARC/")) {
		return WARC
	}
	lower := bytes.ToLower(h)
	if h[0] == '<' {
		// Skip the XML declaration, comments and doctype to the first
		// element.
		if i := firstElement(lower); i >= 0 {
			el := lower[i:]
			switch {
			case hasTag(el, "rss"), hasTag(el, "feed"), hasTag(el, "rdf:rdf"):
				return Feed
			case hasTag(el, "html"), hasTag(el, "head"), hasTag(el, "body"):
				return HTML
			}
		}
		if bytes.Contains(lower, []byte("<!doctype html")) || bytes.Contains(lower, []byte("<html")) {
			return HTML
		}
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) {
			return Feed
		}
		// A fragment of HTML: paragraphs, divs, articles.
		for _, t := range []string{"<p", "<div", "<article", "<title", "<meta", "<h1", "<section"} {
			if bytes.Contains(lower, []byte(t)) {
				return HTML
			}
		}
	}
	if h[0] == '{' && looksJSONL(h) {
		return JSONL
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".jsonl", ".ndjson":
		if h[0] == '{' {
			return JSONL
		}
	case ".html", ".htm", ".xhtml":
		if h[0] == '<' {
			return HTML
		}
	}
	return Text
}

// firstElement returns the index of the first element start tag that is not
// a declaration, processing instruction or comment, or -1.
func firstElement(b []byte) int {
	i := 0
	for i < len(b) {
		j := bytes.IndexByte(b[i:], '<')
		if j < 0 {
			return -1
		}
		i += j
		rest := b[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			k := bytes.Index(rest, []byte("?>"))
			if k < 0 {
				return -1
			}
			i += k + 2
		case bytes.HasPrefix(rest, []byte("<!--")):
			k := bytes.Index(rest, []byte("-->"))
			if k < 0 {
				return -1
			}
			i += k + 3
		case bytes.HasPrefix(rest, []byte("<!")):
			if bytes.HasPrefix(rest, []byte("<!doctype html")) {
				return i
			}
			k := bytes.IndexByte(rest, '>')
			if k < 0 {
				return -1
			}
			i += k + 1
		default:
			return i + 1
		}
	}
	return -1
}

// hasTag reports whether b starts with the tag name followed by a delimiter.
func hasTag(b []byte, name string) bool {
	if bytes.HasPrefix(b, []byte("!doctype html")) {
		return name == "html"
	}
	if !bytes.HasPrefix(b, []byte(name)) {
		return false
	}
	if len(b) == len(name) {
		return true
	}
	switch b[len(name)] {
	case ' ', '>', '\t', '\n', '\r', '/':
		return true
	}
	return false
}

// looksJSONL reports whether the head is JSON objects, one per line: the
// first line closes its object, or is longer than the head.
func looksJSONL(h []byte) bool {
	line, _, found := bytes.Cut(h, []byte("\n"))
	line = bytes.TrimRight(line, " \t\r")
	if !found {
		return bytes.Contains(line, []byte(`":`))
	}
	return bytes.HasSuffix(line, []byte("}")) && bytes.Contains(line, []byte(`":`))
}

// isBinary reports whether the bytes are not text: a NUL byte, a known
// binary signature, or many control characters.
func isBinary(b []byte) bool {
	for _, sig := range []string{"%PDF", "PK\x03\x04", "\x89PNG", "GIF8", "\xff\xd8\xff", "BZh", "\xfd7zXZ", "\x28\xb5\x2f\xfd"} {
		if bytes.HasPrefix(b, []byte(sig)) {
			return true
		}
	}
	ctrl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b:
			ctrl++
		case c == 0x7f:
			ctrl++
		}
	}
	if ctrl*20 > len(b) {
		return true
	}
	// Mostly invalid UTF-8 with few letters is binary too; Latin-1 text
	// has high bytes but mostly ASCII letters around them.
	if !utf8.Valid(b) {
		ascii := 0
		for _, c := range b {
			if c >= 0x20 && c < 0x7f || c == '\n' || c == '\r' || c == '\t' {
				ascii++
			}
		}
		if ascii*10 < len(b)*7 {
			return true
		}
	}
	return false
}
