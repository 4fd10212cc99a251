// Package sqlite is the default hearsay.Store: one SQLite file, written with
// the pure-Go driver modernc.org/sqlite so that hearsay needs no cgo.
//
// The database runs in WAL mode with a busy timeout and foreign keys on. Its
// schema is a list of versioned migrations in this package (see Migration),
// applied by Open. Each Put is one transaction. Articles carry full-text
// search over title and text (FTS5) and the fingerprints that package dedup
// needs: the content hash, and the MinHash signature with its LSH band keys
// in the table article_bands, so that checking a new article against the
// store costs a few index look-ups however many articles it holds.
package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"hearsay"
	"hearsay/dedup"
	"hearsay/story"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DB is a hearsay store in one SQLite file. It is safe for concurrent use.
type DB struct {
	db   *sql.DB
	path string

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared look-ups, by query
}

var (
	_ hearsay.Store = (*DB)(nil)
	_ dedup.Lookup  = (*DB)(nil)
)

// Open opens the database at path, creating it when missing, and brings its
// schema up to date.
func Open(path string) (*DB, error) {
	return OpenContext(context.Background(), path)
}

// OpenContext is Open with a context for the migrations.
func OpenContext(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("sqlite: empty database path")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("sqlite: database path %q contains '?' or '#'", path)
	}
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "cache_size(-32768)") // 32 MiB of page cache per connection
	q.Add("_pragma", "mmap_size(268435456)")
	q.Set("_txlock", "immediate")
	sdb, err := sql.Open("sqlite", path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("sqlite: opening %s: %w", path, err)
	}
	if err := sdb.PingContext(ctx); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("sqlite: opening %s: %w", path, err)
	}
	if err := migrate(ctx, sdb); err != nil {
		sdb.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	return &DB{db: sdb, path: path}, nil
}

// Close closes the database.
func (d *DB) Close() error {
	d.mu.Lock()
	for _, s := range d.stmts {
		s.Close()
	}
	d.stmts = nil
	d.mu.Unlock()
	return d.db.Close()
}

// SQL returns the underlying database handle, for packages that keep their
// own tables in this file (see Migration).
func (d *DB) SQL() *sql.DB { return d.db }

// IntegrityCheck runs SQLite's integrity check and returns an error
// describing the first problems when the database is damaged.
func (d *DB) IntegrityCheck(ctx context.Context) error {
	rows, err := d.db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return fmt.Errorf("sqlite: integrity check: %w", err)
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return fmt.Errorf("sqlite: integrity check: %w", err)
		}
		if s != "ok" {
			msgs = append(msgs, s)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: integrity check: %w", err)
	}
	if len(msgs) > 0 {
		return fmt.Errorf("sqlite: integrity check: %s", strings.Join(msgs, "; "))
	}
	return nil
}

// Count returns the number of stored articles.
func (d *DB) Count(ctx context.Context) (int, error) {
	var n int
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: counting articles: %w", err)
	}
	return n, nil
}

// Put stores docs in one transaction, links them into merged events,
// stories and propositions (package story), and sets the IDs of their articles,
// events and claims (and the ArticleID and EventIDs that refer to them).
// An article without ContentHash or SimHash gets them from package dedup.
func (d *DB) Put(ctx context.Context, docs []hearsay.Document) error {
	if len(docs) == 0 {
		return nil
	}
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: put: %w", err)
	}
	defer tx.Rollback()
	p, err := prepare(ctx, tx)
	if err != nil {
		return fmt.Errorf("sqlite: put: %w", err)
	}
	defer p.close()
	// IDs are set on a copy and only published once the commit succeeds,
	// so that a failed batch leaves docs as they were.
	type ids struct {
		article int64
		events  []int64
		claims  []int64
	}
	got := make([]ids, len(docs))
	dupOf := make([]int64, len(docs))
	inBatch := map[string]bool{} // texts this Put stored
	var firstNew int64
	for i := range docs {
		doc := &docs[i]
		// This transaction holds the write lock: an identical text stored
		// by another writer since the caller's duplicate check is seen
		// here, and the article is not stored twice.
		// (A caller may store identical texts in one batch on purpose;
		// ingest never does. Those are kept.)
		fp := fingerprint(&doc.Article)
		h := doc.Article.ContentHash
		if h == "" {
			h = fp.ContentHash
		}
		if !inBatch[h] {
			old, found, err := p.byHash(ctx, h)
			if err != nil {
				return fmt.Errorf("sqlite: put article %d (%s): %w", i, doc.Article.Origin, err)
			}
			if found {
				got[i].article, dupOf[i] = old, old
				continue
			}
		}
		inBatch[h] = true
		aid, err := p.putArticle(ctx, &doc.Article, h, fp)
		if err != nil {
			return fmt.Errorf("sqlite: put article %d (%s): %w", i, doc.Article.Origin, err)
		}
		got[i].article = aid
		if firstNew == 0 {
			firstNew = aid
		}
		if doc.Analysis == nil {
			continue
		}
		when := doc.Article.Published
		for j := range doc.Analysis.Events {
			eid, err := p.putEvent(ctx, aid, j, when, &doc.Analysis.Events[j])
			if err != nil {
				return fmt.Errorf("sqlite: put event %d of article %d: %w", j, i, err)
			}
			got[i].events = append(got[i].events, eid)
		}
		for j := range doc.Analysis.Claims {
			cid, err := p.putClaim(ctx, aid, j, &doc.Analysis.Claims[j], got[i].events)
			if err != nil {
				return fmt.Errorf("sqlite: put claim %d of article %d: %w", j, i, err)
			}
			got[i].claims = append(got[i].claims, cid)
		}
	}
	// Index the batch for full-text search in one statement. The batch's
	// ids are the greatest in the table, since this transaction holds the
	// write lock.
	if firstNew != 0 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, text)
			SELECT id, title, text FROM articles WHERE id >= ?`, firstNew); err != nil {
			return fmt.Errorf("sqlite: put: full-text index: %w", err)
		}
	}
	// Link the batch into merged events, stories and propositions in the
	// same transaction, so that the two never disagree after a crash.
	linked := make([]hearsay.Document, 0, len(docs))
	for i := range docs {
		if dupOf[i] != 0 {
			continue
		}
		d := docs[i]
		d.Article.ID = got[i].article
		linked = append(linked, d)
	}
	if err := story.Update(ctx, &storyStore{q: tx}, linked); err != nil {
		return fmt.Errorf("sqlite: put: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: put: commit: %w", err)
	}
	for i := range docs {
		doc := &docs[i]
		doc.Article.ID = got[i].article
		doc.Article.DuplicateOf = dupOf[i]
		if doc.Analysis == nil || dupOf[i] != 0 {
			continue
		}
		for j := range doc.Analysis.Events {
			doc.Analysis.Events[j].ID = got[i].events[j]
			doc.Analysis.Events[j].ArticleID = got[i].article
		}
		for j := range doc.Analysis.Claims {
			c := &doc.Analysis.Claims[j]
			c.ID = got[i].claims[j]
			c.ArticleID = got[i].article
			c.EventIDs = claimEventIDs(c, got[i].events)
		}
	}
	return nil
}

// claimEventIDs returns the ids of the events a claim refers to: those it
// already names and those its Events indexes name, in order, without
// repeats.
func claimEventIDs(c *hearsay.Claim, events []int64) []int64 {
	var out []int64
	seen := map[int64]bool{}
	add := func(id int64) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, id := range c.EventIDs {
		add(id)
	}
	for _, k := range c.Events {
		if k >= 0 && k < len(events) {
			add(events[k])
		}
	}
	return out
}

type stmts struct {
	article, band, event, claim, claimEvent, hash *sql.Stmt
}

func prepare(ctx context.Context, tx *sql.Tx) (*stmts, error) {
	var p stmts
	var err error
	prep := func(s **sql.Stmt, q string) {
		if err == nil {
			*s, err = tx.PrepareContext(ctx, q)
		}
	}
	prep(&p.article, `INSERT INTO articles (key, url, canonical_url, outlet, title, author, published, published_unix,
		language, text, format, origin, content_hash, simhash, copy_of, similarity, ingested, minhash, shingles)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	prep(&p.band, `INSERT OR IGNORE INTO article_bands (key, article_id) VALUES (?, ?)`)
	prep(&p.event, `INSERT INTO events (article_id, seq, sentence, sent_start, sent_end, sent_text,
		source_code, source_country, source_sector, source_name, source_start, source_end, source_text,
		target_code, target_country, target_sector, target_name, target_start, target_end, target_text,
		trigger_start, trigger_end, trigger_text, cameo, root, goldstein, quad_class, plover, plover_mode, polarity,
		date, date_text, when_unix, place_name, place_country, place_lat, place_lon, place_start, place_end, place_text, rule)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	prep(&p.claim, `INSERT INTO claims (article_id, seq, sentence, claimant_start, claimant_end, claimant_text,
		claimant_kind, claimant_actor, claimant_name, claimant_role, cue_start, cue_end, cue_text,
		content_start, content_end, content_text, stance, direct, via, denies)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	prep(&p.claimEvent, `INSERT OR IGNORE INTO claim_events (claim_id, event_id) VALUES (?, ?)`)
	prep(&p.hash, qByHash)
	if err != nil {
		p.close()
		return nil, err
	}
	return &p, nil
}

func (p *stmts) close() {
	for _, s := range []*sql.Stmt{p.article, p.band, p.event, p.claim, p.claimEvent, p.hash} {
		if s != nil {
			s.Close()
		}
	}
}

// fingerprint computes what package dedup stores of an article: of its
// text, or of its title when the text is empty.
func fingerprint(a *hearsay.Article) dedup.Fingerprint {
	text := a.Text
	if strings.TrimSpace(text) == "" {
		text = a.Title
	}
	return dedup.Compute(text)
}

// byHash returns the id of a stored article with the given content hash.
func (p *stmts) byHash(ctx context.Context, hash string) (int64, bool, error) {
	var id int64
	err := p.hash.QueryRowContext(ctx, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return id, err == nil, err
}

// putArticle stores a under content hash hash, with its fingerprint fp.
func (p *stmts) putArticle(ctx context.Context, a *hearsay.Article, hash string, fp dedup.Fingerprint) (int64, error) {
	sim := a.SimHash
	if sim == 0 {
		sim = fp.SimHash
	}
	sig, _ := fp.MinHash.MarshalBinary()
	var copyOf any
	if a.CopyOf != 0 {
		copyOf = a.CopyOf
	}
	res, err := p.article.ExecContext(ctx, a.Key, a.URL, a.CanonicalURL, a.Outlet, a.Title, a.Author,
		timeText(a.Published), timeUnix(a.Published), a.Language, a.Text, a.Format, a.Origin,
		hash, int64(sim), copyOf, a.Similarity, timeText(a.Ingested), sig, fp.Shingles)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if !fp.Empty() {
		for _, k := range fp.MinHash.BandKeys() {
			if _, err := p.band.ExecContext(ctx, k, id); err != nil {
				return 0, err
			}
		}
	}
	return id, nil
}

func (p *stmts) putEvent(ctx context.Context, aid int64, seq int, published time.Time, e *hearsay.Event) (int64, error) {
	when := e.Date
	if when.IsZero() {
		when = published
	}
	var pl hearsay.Place
	var placeName any
	if e.Place != nil {
		pl = *e.Place
		placeName = pl.Name
	}
	res, err := p.event.ExecContext(ctx, aid, seq, e.Sentence, e.SentSpan.Start, e.SentSpan.End, e.SentSpan.Text,
		e.Source.Code, e.Source.Country, e.Source.Sector, e.Source.Name, e.Source.Span.Start, e.Source.Span.End, e.Source.Span.Text,
		e.Target.Code, e.Target.Country, e.Target.Sector, e.Target.Name, e.Target.Span.Start, e.Target.Span.End, e.Target.Span.Text,
		e.Trigger.Start, e.Trigger.End, e.Trigger.Text, e.CAMEO, e.Root, e.Goldstein, e.QuadClass, e.PLOVER, e.Mode, string(e.Polarity),
		timeText(e.Date), e.DateText, timeUnix(when), placeName, pl.Country, pl.Lat, pl.Lon, pl.Span.Start, pl.Span.End, pl.Span.Text, e.Rule)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func (p *stmts) putClaim(ctx context.Context, aid int64, seq int, c *hearsay.Claim, events []int64) (int64, error) {
	via := c.Via
	if via == nil {
		via = []string{}
	}
	vj, err := json.Marshal(via)
	if err != nil {
		return 0, err
	}
	res, err := p.claim.ExecContext(ctx, aid, seq, c.Sentence, c.Claimant.Span.Start, c.Claimant.Span.End, c.Claimant.Span.Text,
		string(c.Claimant.Kind), c.Claimant.Actor, c.Claimant.Name, c.Claimant.Role, c.Cue.Start, c.Cue.End, c.Cue.Text,
		c.Content.Start, c.Content.End, c.Content.Text, string(c.Stance), c.Direct, string(vj), c.Denies)
	if err != nil {
		return 0, err
	}
	cid, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	for _, eid := range claimEventIDs(c, events) {
		if _, err := p.claimEvent.ExecContext(ctx, cid, eid); err != nil {
			return 0, fmt.Errorf("linking event %d: %w", eid, err)
		}
	}
	return cid, nil
}

// timeText is t as stored: RFC 3339 with nanoseconds and t's own offset, or
// NULL for the zero time.
func timeText(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Format(time.RFC3339Nano)
}

// timeUnix is t in seconds since 1970 for filters and order, or NULL.
func timeUnix(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.Unix()
}

// parseTime reads a time stored by timeText.
func parseTime(s sql.NullString) (time.Time, error) {
	if !s.Valid || s.String == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s.String, err)
	}
	return t, nil
}
