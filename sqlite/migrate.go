package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// Migration is one versioned change of the schema. Migrations run in order
// of Version, each in its own transaction, and each only once: the versions
// applied are recorded in the table schema_migrations.
//
// Versions below 100 belong to this package's core schema (articles,
// events, claims, dedup). Other packages that keep tables here add a file to
// this package that appends to the list from init, with versions of 100 and
// above:
//
//	func init() {
//		migrations = append(migrations, Migration{Version: 100, Name: "stories", SQL: `CREATE TABLE ...`})
//	}
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// migrations is the schema, in any order; Open sorts it by version.
var migrations = []Migration{
	{Version: 1, Name: "articles", SQL: schemaArticles},
	{Version: 2, Name: "events and claims", SQL: schemaAnalysis},
	// FTS5 flushes its pending index at every statement boundary inside a
	// transaction; indexing a whole batch in one statement (see Put) is
	// several times faster than a trigger per article.
	{Version: 3, Name: "index a batch in one statement", SQL: `DROP TRIGGER articles_fts_insert`},
}

// Migrations returns the known migrations sorted by version.
func Migrations() []Migration {
	ms := slices.Clone(migrations)
	slices.SortFunc(ms, func(a, b Migration) int { return a.Version - b.Version })
	return ms
}

// migrate applies the migrations that db has not seen yet.
func migrate(ctx context.Context, db *sql.DB) error {
	ms := Migrations()
	for i := 1; i < len(ms); i++ {
		if ms[i].Version == ms[i-1].Version {
			return fmt.Errorf("migration version %d used twice (%q and %q)", ms[i].Version, ms[i-1].Name, ms[i].Name)
		}
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name TEXT NOT NULL,
		applied TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
	)`); err != nil {
		return fmt.Errorf("creating schema_migrations: %w", err)
	}
	for _, m := range ms {
		if err := apply(ctx, db, m); err != nil {
			return fmt.Errorf("migration %d (%s): %w", m.Version, m.Name, err)
		}
	}
	return nil
}

// apply runs m unless it is recorded as applied, in one transaction with
// its record, so that a crash leaves it either applied or not.
func apply(ctx context.Context, db *sql.DB, m Migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, m.Version, m.Name); err != nil {
		return err
	}
	return tx.Commit()
}

const schemaArticles = `
CREATE TABLE articles (
	id            INTEGER PRIMARY KEY,
	key           TEXT NOT NULL DEFAULT '',
	url           TEXT NOT NULL DEFAULT '',
	canonical_url TEXT NOT NULL DEFAULT '',
	outlet        TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	author        TEXT NOT NULL DEFAULT '',
	published     TEXT,    -- RFC 3339 with its own offset; NULL when unknown
	published_unix INTEGER, -- seconds since 1970, for filters and order
	language      TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL DEFAULT '',
	format        TEXT NOT NULL DEFAULT '',
	origin        TEXT NOT NULL DEFAULT '',
	content_hash  TEXT NOT NULL DEFAULT '',
	simhash       INTEGER NOT NULL DEFAULT 0, -- uint64 bits as int64
	copy_of       INTEGER REFERENCES articles(id),
	similarity    REAL NOT NULL DEFAULT 0,
	ingested      TEXT,
	minhash       BLOB,    -- dedup.Signature
	shingles      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_published ON articles(published_unix);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
CREATE INDEX articles_key ON articles(key);
CREATE INDEX articles_copy_of ON articles(copy_of) WHERE copy_of IS NOT NULL;

-- LSH band keys of each article's MinHash signature (dedup.Signature.BandKeys).
CREATE TABLE article_bands (
	key        INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands(article_id);

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
`

// Spans are stored as three columns: start, end (byte offsets into the
// article's text) and the text they cover.
const schemaAnalysis = `
CREATE TABLE events (
	id          INTEGER PRIMARY KEY,
	article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL, -- index in the article's analysis
	sentence    INTEGER NOT NULL,
	sent_start  INTEGER NOT NULL, sent_end INTEGER NOT NULL, sent_text TEXT NOT NULL,
	source_code TEXT NOT NULL, source_country TEXT NOT NULL, source_sector TEXT NOT NULL, source_name TEXT NOT NULL,
	source_start INTEGER NOT NULL, source_end INTEGER NOT NULL, source_text TEXT NOT NULL,
	target_code TEXT NOT NULL, target_country TEXT NOT NULL, target_sector TEXT NOT NULL, target_name TEXT NOT NULL,
	target_start INTEGER NOT NULL, target_end INTEGER NOT NULL, target_text TEXT NOT NULL,
	trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
	cameo       TEXT NOT NULL,
	root        TEXT NOT NULL,
	goldstein   REAL NOT NULL,
	quad_class  INTEGER NOT NULL,
	plover      TEXT NOT NULL,
	plover_mode TEXT NOT NULL,
	polarity    TEXT NOT NULL,
	date        TEXT,    -- RFC 3339; NULL when unknown
	date_text   TEXT NOT NULL,
	when_unix   INTEGER, -- event date, or the article's when unknown: for filters
	place_name  TEXT,    -- NULL when there is no place
	place_country TEXT NOT NULL DEFAULT '', place_lat REAL NOT NULL DEFAULT 0, place_lon REAL NOT NULL DEFAULT 0,
	place_start INTEGER NOT NULL DEFAULT 0, place_end INTEGER NOT NULL DEFAULT 0, place_text TEXT NOT NULL DEFAULT '',
	rule        TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id, sentence, seq);
CREATE INDEX events_source ON events(source_code);
CREATE INDEX events_target ON events(target_code);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_plover ON events(plover);
CREATE INDEX events_when ON events(when_unix);

CREATE TABLE claims (
	id              INTEGER PRIMARY KEY,
	article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq             INTEGER NOT NULL,
	sentence        INTEGER NOT NULL,
	claimant_start  INTEGER NOT NULL, claimant_end INTEGER NOT NULL, claimant_text TEXT NOT NULL,
	claimant_kind   TEXT NOT NULL,
	claimant_actor  TEXT NOT NULL,
	claimant_name   TEXT NOT NULL,
	claimant_role   TEXT NOT NULL,
	cue_start       INTEGER NOT NULL, cue_end INTEGER NOT NULL, cue_text TEXT NOT NULL,
	content_start   INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text TEXT NOT NULL,
	stance          TEXT NOT NULL,
	direct          INTEGER NOT NULL,
	via             TEXT NOT NULL, -- JSON array of names, nearest first
	denies          INTEGER NOT NULL
);
CREATE INDEX claims_article ON claims(article_id, sentence, seq);
CREATE INDEX claims_actor ON claims(claimant_actor);
CREATE INDEX claims_stance ON claims(stance);
CREATE INDEX claims_kind ON claims(claimant_kind);

CREATE TABLE claim_events (
	claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
	event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	PRIMARY KEY (claim_id, event_id)
) WITHOUT ROWID;
CREATE INDEX claim_events_event ON claim_events(event_id);
`
