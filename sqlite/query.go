package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"hearsay"
	"hearsay/dedup"
)

const articleCols = `a.id, a.key, a.url, a.canonical_url, a.outlet, a.title, a.author, a.published, a.language,
	a.text, a.format, a.origin, a.content_hash, a.simhash, a.copy_of, a.similarity, a.ingested`

func scanArticle(sc interface{ Scan(...any) error }) (hearsay.Article, error) {
	var a hearsay.Article
	var published, ingested sql.NullString
	var copyOf sql.NullInt64
	var sim int64
	if err := sc.Scan(&a.ID, &a.Key, &a.URL, &a.CanonicalURL, &a.Outlet, &a.Title, &a.Author, &published, &a.Language,
		&a.Text, &a.Format, &a.Origin, &a.ContentHash, &sim, &copyOf, &a.Similarity, &ingested); err != nil {
		return a, err
	}
	a.SimHash = uint64(sim)
	a.CopyOf = copyOf.Int64
	var err error
	if a.Published, err = parseTime(published); err != nil {
		return a, err
	}
	if a.Ingested, err = parseTime(ingested); err != nil {
		return a, err
	}
	return a, nil
}

// Article returns the article with the given id, or hearsay.ErrNotFound.
func (d *DB) Article(ctx context.Context, id int64) (hearsay.Article, error) {
	row := d.db.QueryRowContext(ctx, `SELECT `+articleCols+` FROM articles a WHERE a.id = ?`, id)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("sqlite: article %d: %w", id, hearsay.ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("sqlite: article %d: %w", id, err)
	}
	return a, nil
}

// where builds a conjunction of SQL conditions with their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) String() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func limit(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d", n)
}

// Articles lists the articles matching f, newest first; articles without a
// date come last.
func (d *DB) Articles(ctx context.Context, f hearsay.ArticleFilter) ([]hearsay.Article, error) {
	var w where
	if !f.Since.IsZero() {
		w.add(`a.published_unix >= ?`, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		w.add(`a.published_unix < ?`, f.Until.Unix())
	}
	if f.Outlet != "" {
		w.add(`a.outlet = ? COLLATE NOCASE`, f.Outlet)
	}
	if f.Search != "" {
		q := FTSQuery(f.Search)
		if q == "" {
			return nil, nil // no word to search for matches nothing
		}
		w.add(`a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`, q)
	}
	q := `SELECT ` + articleCols + ` FROM articles a` + w.String() +
		` ORDER BY a.published_unix IS NULL, a.published_unix DESC, a.id DESC` + limit(f.Limit)
	rows, err := d.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	defer rows.Close()
	var out []hearsay.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: articles: %w", err)
	}
	return out, nil
}

// FTSQuery turns a user's words into an FTS5 query that matches articles
// containing all of them: each word is quoted, so that FTS5 operators and
// punctuation in the words are taken literally; a word ending in '*' matches
// as a prefix. It returns "" when there is no word.
func FTSQuery(words string) string {
	// FTS5 cannot take NUL and gains nothing from other control
	// characters or broken UTF-8: they become spaces.
	words = strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(words, " "))
	var terms []string
	for _, w := range strings.Fields(words) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.TrimRight(w, "*")
		w = strings.Trim(w, `"'`)
		if w == "" {
			continue
		}
		t := `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}

// prefixGlob returns a GLOB pattern matching strings that start with p,
// with GLOB's special characters in p taken literally.
func prefixGlob(p string) string {
	var b strings.Builder
	for _, r := range p {
		switch r {
		case '*', '?', '[', ']':
			b.WriteByte('[')
			b.WriteRune(r)
			b.WriteByte(']')
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('*')
	return b.String()
}

const eventCols = `e.id, e.article_id, e.seq, e.sentence, e.sent_start, e.sent_end, e.sent_text,
	e.source_code, e.source_country, e.source_sector, e.source_name, e.source_start, e.source_end, e.source_text,
	e.target_code, e.target_country, e.target_sector, e.target_name, e.target_start, e.target_end, e.target_text,
	e.trigger_start, e.trigger_end, e.trigger_text, e.cameo, e.root, e.goldstein, e.quad_class, e.plover, e.plover_mode, e.polarity,
	e.date, e.date_text, e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_start, e.place_end, e.place_text, e.rule`

// Events lists the events matching f in article, then sentence order.
func (d *DB) Events(ctx context.Context, f hearsay.EventFilter) ([]hearsay.Event, error) {
	var w where
	if f.Actor != "" {
		g := prefixGlob(f.Actor)
		w.add(`(e.source_code GLOB ? OR e.target_code GLOB ?)`, g, g)
	}
	if f.Code != "" {
		w.add(`e.cameo GLOB ?`, prefixGlob(f.Code))
	}
	if f.PLOVER != "" {
		w.add(`e.plover = ?`, f.PLOVER)
	}
	if f.Polarity != "" {
		w.add(`e.polarity = ?`, string(f.Polarity))
	}
	if !f.Since.IsZero() {
		w.add(`e.when_unix >= ?`, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		w.add(`e.when_unix < ?`, f.Until.Unix())
	}
	if f.Outlet != "" {
		w.add(`e.article_id IN (SELECT id FROM articles WHERE outlet = ? COLLATE NOCASE)`, f.Outlet)
	}
	if f.ArticleID != 0 {
		w.add(`e.article_id = ?`, f.ArticleID)
	}
	q := `SELECT ` + eventCols + ` FROM events e` + w.String() + ` ORDER BY e.article_id, e.sentence, e.seq` + limit(f.Limit)
	rows, err := d.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
	}
	defer rows.Close()
	var out []hearsay.Event
	for rows.Next() {
		var e hearsay.Event
		var seq int
		var date sql.NullString
		var placeName sql.NullString
		var pl hearsay.Place
		var pol string
		if err := rows.Scan(&e.ID, &e.ArticleID, &seq, &e.Sentence, &e.SentSpan.Start, &e.SentSpan.End, &e.SentSpan.Text,
			&e.Source.Code, &e.Source.Country, &e.Source.Sector, &e.Source.Name, &e.Source.Span.Start, &e.Source.Span.End, &e.Source.Span.Text,
			&e.Target.Code, &e.Target.Country, &e.Target.Sector, &e.Target.Name, &e.Target.Span.Start, &e.Target.Span.End, &e.Target.Span.Text,
			&e.Trigger.Start, &e.Trigger.End, &e.Trigger.Text, &e.CAMEO, &e.Root, &e.Goldstein, &e.QuadClass, &e.PLOVER, &e.Mode, &pol,
			&date, &e.DateText, &placeName, &pl.Country, &pl.Lat, &pl.Lon, &pl.Span.Start, &pl.Span.End, &pl.Span.Text, &e.Rule); err != nil {
			return nil, fmt.Errorf("sqlite: events: %w", err)
		}
		e.Polarity = hearsay.Polarity(pol)
		if e.Date, err = parseTime(date); err != nil {
			return nil, fmt.Errorf("sqlite: event %d: %w", e.ID, err)
		}
		if placeName.Valid {
			pl.Name = placeName.String
			e.Place = &pl
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: events: %w", err)
	}
	return out, nil
}

const claimCols = `c.id, c.article_id, c.seq, c.sentence, c.claimant_start, c.claimant_end, c.claimant_text,
	c.claimant_kind, c.claimant_actor, c.claimant_name, c.claimant_role, c.cue_start, c.cue_end, c.cue_text,
	c.content_start, c.content_end, c.content_text, c.stance, c.direct, c.via, c.denies`

// Claims lists the claims matching f in article, then sentence order, with
// the ids (EventIDs) and the indexes within their article (Events) of the
// events they are about.
func (d *DB) Claims(ctx context.Context, f hearsay.ClaimFilter) ([]hearsay.Claim, error) {
	var w where
	if f.Actor != "" {
		g := prefixGlob(f.Actor)
		w.add(`(c.claimant_actor GLOB ? OR c.id IN (SELECT ce.claim_id FROM claim_events ce JOIN events e ON e.id = ce.event_id
			WHERE e.source_code GLOB ? OR e.target_code GLOB ?))`, g, g, g)
	}
	if f.Stance != "" {
		w.add(`c.stance = ?`, string(f.Stance))
	}
	if f.ClaimantKind != "" {
		w.add(`c.claimant_kind = ?`, string(f.ClaimantKind))
	}
	var art where
	if !f.Since.IsZero() {
		art.add(`published_unix >= ?`, f.Since.Unix())
	}
	if !f.Until.IsZero() {
		art.add(`published_unix < ?`, f.Until.Unix())
	}
	if f.Outlet != "" {
		art.add(`outlet = ? COLLATE NOCASE`, f.Outlet)
	}
	if len(art.conds) > 0 {
		w.add(`c.article_id IN (SELECT id FROM articles`+art.String()+`)`, art.args...)
	}
	if f.ArticleID != 0 {
		w.add(`c.article_id = ?`, f.ArticleID)
	}
	q := `SELECT ` + claimCols + ` FROM claims c` + w.String() + ` ORDER BY c.article_id, c.sentence, c.seq` + limit(f.Limit)
	rows, err := d.db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: claims: %w", err)
	}
	var out []hearsay.Claim
	for rows.Next() {
		var c hearsay.Claim
		var seq int
		var kind, stance, via string
		if err := rows.Scan(&c.ID, &c.ArticleID, &seq, &c.Sentence, &c.Claimant.Span.Start, &c.Claimant.Span.End, &c.Claimant.Span.Text,
			&kind, &c.Claimant.Actor, &c.Claimant.Name, &c.Claimant.Role, &c.Cue.Start, &c.Cue.End, &c.Cue.Text,
			&c.Content.Start, &c.Content.End, &c.Content.Text, &stance, &c.Direct, &via, &c.Denies); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: claims: %w", err)
		}
		c.Claimant.Kind = hearsay.ClaimantKind(kind)
		c.Stance = hearsay.Stance(stance)
		if err := json.Unmarshal([]byte(via), &c.Via); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: claim %d: via: %w", c.ID, err)
		}
		if len(c.Via) == 0 {
			c.Via = nil
		}
		out = append(out, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: claims: %w", err)
	}
	if err := d.claimEvents(ctx, out); err != nil {
		return nil, err
	}
	return out, nil
}

// claimEvents fills EventIDs and Events of claims.
func (d *DB) claimEvents(ctx context.Context, claims []hearsay.Claim) error {
	stmt, err := d.db.PrepareContext(ctx, `SELECT e.id, e.seq FROM claim_events ce JOIN events e ON e.id = ce.event_id
		WHERE ce.claim_id = ? ORDER BY e.seq`)
	if err != nil {
		return fmt.Errorf("sqlite: claim events: %w", err)
	}
	defer stmt.Close()
	for i := range claims {
		c := &claims[i]
		rows, err := stmt.QueryContext(ctx, c.ID)
		if err != nil {
			return fmt.Errorf("sqlite: claim %d events: %w", c.ID, err)
		}
		for rows.Next() {
			var id int64
			var seq int
			if err := rows.Scan(&id, &seq); err != nil {
				rows.Close()
				return fmt.Errorf("sqlite: claim %d events: %w", c.ID, err)
			}
			c.EventIDs = append(c.EventIDs, id)
			c.Events = append(c.Events, seq)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("sqlite: claim %d events: %w", c.ID, err)
		}
	}
	return nil
}

// ByContentHash implements dedup.Lookup: the id of a stored article with
// the given content hash, an original when there is one.
func (d *DB) ByContentHash(ctx context.Context, hash string) (int64, bool, error) {
	stmt, err := d.stmt(ctx, qByHash)
	if err != nil {
		return 0, false, fmt.Errorf("sqlite: by content hash: %w", err)
	}
	var id int64
	err = stmt.QueryRowContext(ctx, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("sqlite: by content hash: %w", err)
	}
	return id, true, nil
}

const qByHash = `SELECT id FROM articles WHERE content_hash = ? ORDER BY copy_of IS NOT NULL, id LIMIT 1`

// qNear is the query of NearCandidates for n keys.
func qNear(n int) string {
	return `SELECT a.id, a.copy_of, a.minhash, a.shingles FROM articles a WHERE a.id IN
		(SELECT article_id FROM article_bands WHERE key IN (?` + strings.Repeat(", ?", n-1) + `)) ORDER BY a.id`
}

// stmt returns the prepared statement for q, preparing it once.
func (d *DB) stmt(ctx context.Context, q string) (*sql.Stmt, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if s, ok := d.stmts[q]; ok {
		return s, nil
	}
	s, err := d.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if d.stmts == nil {
		d.stmts = map[string]*sql.Stmt{}
	}
	d.stmts[q] = s
	return s, nil
}

// NearCandidates implements dedup.Lookup: the stored articles that share an
// LSH band key with keys.
func (d *DB) NearCandidates(ctx context.Context, keys []int64) ([]dedup.Candidate, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	var rows *sql.Rows
	var err error
	if len(keys) == dedup.Bands {
		var stmt *sql.Stmt
		if stmt, err = d.stmt(ctx, qNear(len(keys))); err == nil {
			rows, err = stmt.QueryContext(ctx, args...)
		}
	} else {
		rows, err = d.db.QueryContext(ctx, qNear(len(keys)), args...)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: near candidates: %w", err)
	}
	defer rows.Close()
	var out []dedup.Candidate
	for rows.Next() {
		var c dedup.Candidate
		var copyOf sql.NullInt64
		var sig []byte
		if err := rows.Scan(&c.ID, &copyOf, &sig, &c.Shingles); err != nil {
			return nil, fmt.Errorf("sqlite: near candidates: %w", err)
		}
		c.CopyOf = copyOf.Int64
		if err := c.MinHash.UnmarshalBinary(sig); err != nil {
			continue // an article stored without a signature cannot be compared
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: near candidates: %w", err)
	}
	return out, nil
}
