package hearsay

import "time"

// Polarity says whether an event is reported as having happened.
type Polarity string

// Polarities of an event as the sentence reports it.
const (
	Asserted     Polarity = "asserted"     // reported as having happened or happening
	Negated      Polarity = "negated"      // reported as not having happened ("won't be coordinating")
	Future       Polarity = "future"       // announced, intended or expected
	Hypothetical Polarity = "hypothetical" // conditional, possible, questioned
)

// Actor is a coded participant of an event: a CAMEO-style code made of a
// country or organisation code and sector codes ("USAGOV", "SYRMIL", "IMGMUSISI").
type Actor struct {
	Code    string `json:"code"`              // full code, e.g. "USAGOV"
	Country string `json:"country,omitempty"` // ISO alpha-3 or CAMEO country/IGO code, e.g. "USA"
	Sector  string `json:"sector,omitempty"`  // primary role, e.g. "GOV", "MIL", "REB"
	Name    string `json:"name,omitempty"`    // canonical name when the actor is a known entity
	Span    Span   `json:"span"`              // the text that named it
}

// Place is where an event happened.
type Place struct {
	Name    string  `json:"name"`
	Country string  `json:"country,omitempty"` // ISO alpha-3
	Lat     float64 `json:"lat,omitempty"`
	Lon     float64 `json:"lon,omitempty"`
	Span    Span    `json:"span"`
}

// Event is one coded event: who did what to whom, when and where.
type Event struct {
	ID        int64     `json:"id,omitempty"`
	ArticleID int64     `json:"article_id,omitempty"`
	Sentence  int       `json:"sentence"`      // index of the sentence in the article
	SentSpan  Span      `json:"sentence_span"` // the sentence
	Source    Actor     `json:"source"`
	Target    Actor     `json:"target"`
	Trigger   Span      `json:"trigger"`          // the verb or noun that names the event
	CAMEO     string    `json:"cameo"`            // e.g. "190"
	Root      string    `json:"root"`             // CAMEO root, e.g. "19"
	Goldstein float64   `json:"goldstein"`        // -10..10
	QuadClass int       `json:"quad_class"`       // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	PLOVER    string    `json:"plover,omitempty"` // PLOVER event type, e.g. "ASSAULT"
	Mode      string    `json:"plover_mode,omitempty"`
	Polarity  Polarity  `json:"polarity"`
	Date      time.Time `json:"date,omitzero"`       // resolved date of the event; zero when unknown
	DateText  string    `json:"date_text,omitempty"` // "yesterday", "on Monday"
	Place     *Place    `json:"place,omitempty"`
	Rule      string    `json:"rule"` // the pattern or rule that fired, so a user can see why
}
