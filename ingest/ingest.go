// Package ingest is hearsay's ingest pipeline: it reads every input
// (package reader), drops exact duplicates and links syndicated copies to
// their originals (package dedup), analyses what is new when an Analyzer is
// set, and stores the result in batches, one transaction each.
//
// Bad input never stops a run: each problem becomes a *hearsay.InputError in
// the Result and reading goes on. What was read before a failure, or before
// the process is killed, stays stored: every batch is committed on its own,
// and a second run over the same inputs stores only what is missing, since
// whatever is already stored is found again as an exact duplicate.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync"
	"time"

	"hearsay"
	"hearsay/dedup"
	"hearsay/reader"
	"hearsay/reader/text"
)

// Analyzer finds events and claims in an article; the NLP, event and claim
// stages plug in through it.
type Analyzer interface {
	Analyze(ctx context.Context, a *hearsay.Article) (*hearsay.Analysis, error)
}

// Store is where ingest puts articles: a hearsay.Store that can also answer
// dedup's look-ups (sqlite.DB is one).
type Store interface {
	hearsay.Store
	dedup.Lookup
}

// ReadFunc reads the articles of one input, yielding each article or a
// non-fatal error (a *hearsay.InputError). reader.Read is one.
type ReadFunc func(ctx context.Context, input string) iter.Seq2[*hearsay.Article, error]

// DefaultBatch is the number of articles stored per transaction.
const DefaultBatch = 200

// Options controls a run. The zero value reads with reader.Read, does no
// analysis and stores DefaultBatch articles per transaction.
type Options struct {
	// Read reads one input; nil means reader.Read with Reader as options.
	Read ReadFunc
	// Reader are the options of reader.Read when Read is nil. When its
	// Memory is nil, one Memory is shared by all inputs of the run.
	Reader reader.Options
	// Analyzer analyses each new article; nil means no analysis.
	Analyzer Analyzer
	// Workers is the number of articles analysed at once; 0 means
	// GOMAXPROCS. Storage order does not depend on it.
	Workers int
	// Batch is the number of articles stored per transaction; 0 means
	// DefaultBatch.
	Batch int
	// OnArticle is called for each article read, in input order, once it is
	// stored or found to be a duplicate.
	OnArticle func(Outcome)
	// OnError is called for each input error as it happens.
	OnError func(*hearsay.InputError)
	// Progress is called after each article and each input; it may be
	// called often and should throttle itself.
	Progress func(Stats)
	// Now returns the ingest time of an article; nil means time.Now.
	Now func() time.Time
}

// Status says what became of an article read.
type Status int

// Statuses of an article.
const (
	Stored    Status = iota // stored as an original
	Copied                  // stored as a syndicated copy of another article
	Duplicate               // not stored: the same text is already stored
)

func (s Status) String() string {
	switch s {
	case Stored:
		return "stored"
	case Copied:
		return "copy"
	case Duplicate:
		return "duplicate"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Outcome is what became of one article.
type Outcome struct {
	Status  Status
	Article *hearsay.Article // with ID (and CopyOf, Similarity) set when stored
	// DuplicateOf is the id of the stored article with the same text, for a
	// Duplicate.
	DuplicateOf int64
	// AnalysisErr is the Analyzer's error, if any; the article is stored
	// without analysis.
	AnalysisErr error
}

// Stats are the running counts of a run.
type Stats struct {
	Inputs, InputsDone int // inputs named, inputs finished
	Files              int // distinct files (or URLs) read from
	Read               int // articles read
	Stored             int // articles stored, copies included
	Copies             int // stored articles that are copies of another
	Duplicates         int // articles not stored because already stored
	Failed             int // input errors
	Elapsed            time.Duration
	Done               bool // the run is over
}

// Result is the outcome of a run.
type Result struct {
	Stats
	Errors []*hearsay.InputError
}

// Run reads each input into store. It returns an error only when the store
// fails or ctx is cancelled; input problems are in the Result. On
// cancellation what was read so far is still stored.
func Run(ctx context.Context, store Store, inputs []string, opt Options) (Result, error) {
	r := newRun(store, inputs, opt)
	err := r.run(ctx)
	r.stats.Done = true
	r.progress()
	return Result{Stats: r.stats, Errors: r.errors}, err
}

type run struct {
	store   Store
	inputs  []string
	opt     Options
	start   time.Time
	stats   Stats
	errors  []*hearsay.InputError
	files   map[string]bool
	mem     *dedup.Memory // the batch not yet stored
	batch   []hearsay.Document
	pending []pendingOutcome // outcomes of the batch, in input order
	lastIDs []int64          // ids of the batch stored last, by place in it
}

// pendingOutcome is an outcome whose ids are known once the batch is stored:
// index is the article's place in the batch (or -1), dupOf the id it
// duplicates: a stored id when positive, -(batch index + 1) when negative.
type pendingOutcome struct {
	status  Status
	index   int
	article *hearsay.Article // for a duplicate
	dupOf   int64
}

func newRun(store Store, inputs []string, opt Options) *run {
	if opt.Batch <= 0 {
		opt.Batch = DefaultBatch
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if opt.Read == nil {
		ro := opt.Reader
		if ro.Memory == nil {
			ro.Memory = text.NewMemory()
		}
		opt.Read = func(ctx context.Context, input string) iter.Seq2[*hearsay.Article, error] {
			return reader.Read(ctx, input, ro)
		}
	}
	return &run{
		store: store, inputs: inputs, opt: opt, start: time.Now(),
		stats: Stats{Inputs: len(inputs)},
		files: map[string]bool{}, mem: dedup.NewMemory(),
		batch: make([]hearsay.Document, 0, opt.Batch),
	}
}

func (r *run) run(ctx context.Context) error {
	for _, in := range r.inputs {
		for a, err := range r.opt.Read(ctx, in) {
			if ctx.Err() != nil {
				break
			}
			if err != nil {
				r.fail(in, err)
				continue
			}
			if a == nil {
				continue
			}
			if err := r.add(ctx, a); err != nil {
				return err
			}
		}
		if ctx.Err() != nil {
			break
		}
		r.stats.InputsDone++
		r.progress()
	}
	// Store what was read even when cancelled: it is whole.
	if err := r.flush(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	return ctx.Err()
}

func (r *run) fail(input string, err error) {
	var ie *hearsay.InputError
	if !errors.As(err, &ie) {
		ie = &hearsay.InputError{Origin: input, Err: err}
	}
	r.errors = append(r.errors, ie)
	r.stats.Failed++
	r.files[ie.Origin] = true
	r.stats.Files = len(r.files)
	if r.opt.OnError != nil {
		r.opt.OnError(ie)
	}
	r.progress()
}

// add checks a against the store and the batch and queues it.
func (r *run) add(ctx context.Context, a *hearsay.Article) error {
	r.stats.Read++
	r.files[OriginFile(a.Origin)] = true
	r.stats.Files = len(r.files)
	txt := a.Text
	if strings.TrimSpace(txt) == "" {
		txt = a.Title
	}
	fp := dedup.Compute(txt)
	a.ContentHash, a.SimHash = fp.ContentHash, fp.SimHash
	if a.Key == "" {
		a.Key = fp.ContentHash
	}
	m, err := dedup.Check(ctx, &fp, r.store, r.mem)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	switch m.Kind {
	case dedup.Duplicate:
		r.pending = append(r.pending, pendingOutcome{status: Duplicate, index: -1, article: a, dupOf: m.ID})
		r.stats.Duplicates++
		r.progress()
		return nil
	case dedup.Copy:
		if m.ID < 0 {
			// The original is in this batch and has no id yet: store the
			// batch first.
			idx := int(-m.ID - 1)
			if err := r.flush(ctx); err != nil {
				return err
			}
			m.ID = r.lastIDs[idx]
		}
		a.CopyOf, a.Similarity = m.ID, m.Similarity
	}
	if a.Ingested.IsZero() {
		a.Ingested = r.opt.Now()
	}
	i := len(r.batch)
	r.batch = append(r.batch, hearsay.Document{Article: *a})
	r.mem.Add(-int64(i+1), a.CopyOf, &fp)
	st := Stored
	if a.CopyOf != 0 {
		st = Copied
	}
	r.pending = append(r.pending, pendingOutcome{status: st, index: i})
	if len(r.batch) >= r.opt.Batch {
		return r.flush(ctx)
	}
	return nil
}

// flush analyses and stores the batch, then reports its outcomes.
func (r *run) flush(ctx context.Context) error {
	if len(r.batch) == 0 && len(r.pending) == 0 {
		return nil
	}
	aerrs := r.analyse(ctx)
	if err := r.store.Put(ctx, r.batch); err != nil {
		return fmt.Errorf("ingest: storing %d articles: %w", len(r.batch), err)
	}
	ids := make([]int64, len(r.batch))
	for i := range r.batch {
		ids[i] = r.batch[i].Article.ID
	}
	r.lastIDs = ids
	for _, p := range r.pending {
		var o Outcome
		switch {
		case p.status == Duplicate:
			o = Outcome{Status: Duplicate, Article: p.article, DuplicateOf: p.dupOf}
			if p.dupOf < 0 {
				o.DuplicateOf = ids[-p.dupOf-1]
			}
		case r.batch[p.index].Article.DuplicateOf != 0:
			// another writer stored the same text first
			a := r.batch[p.index].Article
			o = Outcome{Status: Duplicate, Article: &a, DuplicateOf: a.DuplicateOf}
			r.stats.Duplicates++
		default:
			a := r.batch[p.index].Article
			o = Outcome{Status: p.status, Article: &a, AnalysisErr: aerrs[p.index]}
			r.stats.Stored++
			if p.status == Copied {
				r.stats.Copies++
			}
			if o.AnalysisErr != nil {
				r.fail(a.Origin, &hearsay.InputError{Origin: a.Origin, Where: "analysis", Err: o.AnalysisErr})
			}
		}
		if r.opt.OnArticle != nil {
			r.opt.OnArticle(o)
		}
	}
	clear(r.batch) // drop references for the collector
	r.batch = r.batch[:0]
	r.pending = r.pending[:0]
	r.mem.Reset()
	r.progress()
	return nil
}

// analyse runs the Analyzer over the batch on Workers goroutines and
// returns each article's error. Results land by place in the batch, so the
// order of storage does not depend on scheduling.
func (r *run) analyse(ctx context.Context) []error {
	errs := make([]error, len(r.batch))
	if r.opt.Analyzer == nil || len(r.batch) == 0 {
		return errs
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(r.opt.Workers, len(r.batch)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				r.batch[i].Analysis, errs[i] = analyseOne(ctx, r.opt.Analyzer, &r.batch[i].Article)
			}
		}()
	}
	for i := range r.batch {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return errs
}

// analyseOne runs a on one article, turning a panic into an error so that
// one bad article does not end the run.
func analyseOne(ctx context.Context, a Analyzer, art *hearsay.Article) (an *hearsay.Analysis, err error) {
	defer func() {
		if p := recover(); p != nil {
			an, err = nil, fmt.Errorf("analysis panicked: %v", p)
		}
	}()
	// The analyzer gets its own copy, so that it cannot change what is stored.
	c := *art
	an, err = a.Analyze(ctx, &c)
	if err != nil {
		return nil, err
	}
	return an, nil
}

func (r *run) progress() {
	if r.opt.Progress == nil {
		return
	}
	r.stats.Elapsed = time.Since(r.start)
	r.opt.Progress(r.stats)
}

// OriginFile returns the file or URL part of an article's Origin, without
// the record, line or offset that readers append (":line 12",
// "#record 3", " at offset 81920").
func OriginFile(origin string) string {
	for _, sep := range []string{":line ", ":record ", "#record ", ":item ", " at offset ", ":offset "} {
		if i := strings.LastIndex(origin, sep); i > 0 {
			origin = origin[:i]
		}
	}
	return origin
}
