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

// Store keeps articles and everything derived from them. sqlite.DB is the
// default implementation; a PostgreSQL one will satisfy the same interface.
type Store interface {
	// Put stores a batch of documents in one transaction and sets their IDs.
	// Either the whole batch is stored or none of it.
	Put(ctx context.Context, docs []Document) error
	// Article returns one article by id, or ErrNotFound.
	Article(ctx context.Context, id int64) (Article, error)
	// Articles lists stored articles matching f, newest first.
	Articles(ctx context.Context, f ArticleFilter) ([]Article, error)
	// Close releases the store.
	Close() error
}
