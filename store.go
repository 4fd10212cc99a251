package hearsay

import (
	"context"
	"errors"
	"time"
)

// ErrNotFound is returned by a Store when the asked-for item does not exist.
var ErrNotFound = errors.New("not found")

// Analysis is what the NLP, event and claim stages found in one article.
type Analysis struct {
	Events []Event `json:"events"`
	Claims []Claim `json:"claims"`
}

// Document is an article with its analysis: the unit a Store takes.
type Document struct {
	Article  Article
	Analysis *Analysis // nil when the article was not analysed
}

// ArticleFilter selects stored articles. Zero fields do not filter.
type ArticleFilter struct {
	Since  time.Time // published on or after
	Until  time.Time // published before
	Outlet string    // exact outlet name, case-insensitive
	Search string    // full-text query
	Limit  int       // 0 for no limit
}

// EventFilter selects stored events. Zero fields do not filter.
type EventFilter struct {
	Actor     string    // actor code prefix on either side, e.g. "USA" or "SYRMIL"
	Code      string    // CAMEO code prefix: "19" (root) or "190"
	PLOVER    string    // PLOVER event type, e.g. "ASSAULT"
	Polarity  Polarity  // e.g. Negated
	Since     time.Time // event date (or article date when unknown) on or after
	Until     time.Time // ... before
	Outlet    string
	ArticleID int64
	Limit     int
}

// ClaimFilter selects stored claims. Zero fields do not filter.
type ClaimFilter struct {
	Actor        string       // actor code prefix of the claimant or of an event the claim is about
	Stance       Stance       // e.g. Denies
	ClaimantKind ClaimantKind // e.g. AnonymousOfficial
	Since, Until time.Time    // article publication date
	Outlet       string
	ArticleID    int64
	Limit        int
}

// Store keeps articles and everything derived from them. sqlite.DB is the
// default implementation; a PostgreSQL one will satisfy the same interface.
type Store interface {
	// Put stores a batch of documents in one transaction and sets their IDs.
	// Either the whole batch is stored or none of it. An article whose text
	// another writer stored in the meantime is not stored again: Put sets
	// its ID and DuplicateOf to the stored one's.
	Put(ctx context.Context, docs []Document) error
	// Article returns one article by id, or ErrNotFound.
	Article(ctx context.Context, id int64) (Article, error)
	// Articles lists stored articles matching f, newest first.
	Articles(ctx context.Context, f ArticleFilter) ([]Article, error)
	// Events lists stored events matching f, in article then sentence order.
	Events(ctx context.Context, f EventFilter) ([]Event, error)
	// Claims lists stored claims matching f, in article then sentence order.
	Claims(ctx context.Context, f ClaimFilter) ([]Claim, error)
	// Close releases the store.
	Close() error
}
