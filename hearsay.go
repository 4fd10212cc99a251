// Package hearsay holds the domain types of hearsay: articles, events, claims
// and the stories built from them, and the interfaces that the packages below
// it implement (storage, analysis). It depends on nothing but the standard
// library; every other package depends on it.
//
// Data flows one way, stage by stage:
//
//	reader (text, HTML, feeds, WARC, JSONL) → Article
//	  → dedup (syndicated copies)
//	  → nlp (nlp.Doc: sentences, tokens, tags, lemmas, parse, entities)
//	  → event (Event: CAMEO/PLOVER with actors, dates, places)
//	  → claim (Claim: who asserts/denies/hedges each event)
//	  → story (merged events, stories, conflicting reports)
//	  → sqlite (Store) → CLI, HTTP API, web UI
package hearsay

import (
	"fmt"
	"time"
)

// Span is a half-open byte range [Start, End) into an article's Text, with
// the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Article is one news article, cleaned of page furniture.
type Article struct {
	ID           int64     `json:"id"`            // store's id; 0 until stored
	Key          string    `json:"key"`           // input's own id (JSONL id, WARC record id) or a content hash
	URL          string    `json:"url,omitempty"` // where it was read from
	CanonicalURL string    `json:"canonical_url,omitempty"`
	Outlet       string    `json:"outlet,omitempty"` // site or publication name
	Title        string    `json:"title,omitempty"`
	Author       string    `json:"author,omitempty"`
	Published    time.Time `json:"published,omitzero"` // zero when unknown
	Language     string    `json:"language,omitempty"` // BCP 47, e.g. "en"
	Text         string    `json:"text"`               // clean body text, paragraphs separated by "\n\n"
	Format       string    `json:"format,omitempty"`   // input kind: text, html, rss, atom, warc, jsonl
	Origin       string    `json:"origin,omitempty"`   // file path or URL, with record or offset
	ContentHash  string    `json:"content_hash,omitempty"`
	SimHash      uint64    `json:"simhash,omitempty"`
	CopyOf       int64     `json:"copy_of,omitempty"`    // id of the article this one is a syndicated copy of; 0 if original
	Similarity   float64   `json:"similarity,omitempty"` // similarity to CopyOf, 0..1
	Ingested     time.Time `json:"ingested,omitzero"`
	// DuplicateOf is set by Store.Put when an article with the same text
	// was stored first (by another writer, after this one's duplicate
	// check): the article was not stored again, and ID is the other's.
	DuplicateOf int64 `json:"duplicate_of,omitempty"`
}

// InputError reports input that could not be read: which file, which record
// or line or offset, and why. Ingest goes on past it.
type InputError struct {
	Origin string // file path or URL
	Where  string // "line 12", "record 4 at offset 81920", ...; empty when the whole input failed
	Err    error
}

func (e *InputError) Error() string {
	if e.Where == "" {
		return fmt.Sprintf("%s: %v", e.Origin, e.Err)
	}
	return fmt.Sprintf("%s: %s: %v", e.Origin, e.Where, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }
