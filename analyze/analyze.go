// Package analyze chains hearsay's per-article stages: the English NLP
// pipeline, the event coder and the claim extractor. It is what ingest runs
// on every new article.
package analyze

import (
	"context"
	"fmt"
	"time"

	"hearsay"
	"hearsay/claim"
	"hearsay/event"
	"hearsay/event/actor"
	"hearsay/event/verbs"
	"hearsay/nlp"
	"hearsay/nlp/english"
)

// Analyzer finds the events and claims of an article. It is safe for
// concurrent use.
type Analyzer struct {
	nlp   *english.Pipeline
	coder *event.Coder
}

// New returns an Analyzer with the built-in models and dictionaries.
func New() (*Analyzer, error) {
	p, err := english.Default()
	if err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}
	return &Analyzer{nlp: p, coder: event.New(actor.Builtin(), verbs.Builtin())}, nil
}

// Analyze implements ingest.Analyzer.
func (a *Analyzer) Analyze(ctx context.Context, art *hearsay.Article) (*hearsay.Analysis, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	an, _ := a.Text(art.Text, art.Published, art.Outlet)
	return an, nil
}

// Text analyses text published at the given time (zero when unknown) by
// outlet, and returns the analysis with the Doc it was found in.
func (a *Analyzer) Text(text string, published time.Time, outlet string) (*hearsay.Analysis, *nlp.Doc) {
	d := a.nlp.Analyze(text)
	events := a.coder.Code(d, published)
	claims := claim.Extract(d, events, outlet)
	return &hearsay.Analysis{Events: events, Claims: claims}, d
}
