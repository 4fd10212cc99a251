package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"hearsay/story"
)

func init() {
	migrations = append(migrations, Migration{Version: 100, Name: "story nodes", SQL: `
CREATE TABLE story_clusters (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	kind TEXT NOT NULL
);
CREATE TABLE story_nodes (
	kind TEXT NOT NULL,
	id TEXT NOT NULL,
	cluster INTEGER NOT NULL,
	day INTEGER NOT NULL,
	keys TEXT NOT NULL,
	data TEXT NOT NULL,
	PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE INDEX story_nodes_cluster ON story_nodes(kind, cluster);
CREATE INDEX story_nodes_day ON story_nodes(kind, day);
CREATE TABLE story_keys (
	kind TEXT NOT NULL,
	key TEXT NOT NULL,
	day INTEGER NOT NULL,
	id TEXT NOT NULL,
	PRIMARY KEY (kind, key, day, id)
) WITHOUT ROWID;
`})
}

// querier is what a story store needs of *sql.DB and *sql.Tx.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// storyStore implements story.Store over the tables of migration 100.
type storyStore struct {
	db *sql.DB // nil inside a transaction
	q  querier
}

var _ story.Store = (*storyStore)(nil)

// Stories returns the store of merged events, stories and propositions kept
// in this database.
func (d *DB) Stories() story.Store { return &storyStore{db: d.db, q: d.db} }

// Atomic runs fn in one transaction; inside a transaction it just runs fn.
func (s *storyStore) Atomic(ctx context.Context, fn func(story.Store) error) error {
	if s.db == nil {
		return fn(s)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: stories: %w", err)
	}
	defer tx.Rollback()
	if err := fn(&storyStore{q: tx}); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: stories: commit: %w", err)
	}
	return nil
}

// Has implements story.Store.
func (s *storyStore) Has(ctx context.Context, k story.Kind, id string) (bool, error) {
	var n int
	err := s.q.QueryRowContext(ctx, `SELECT count(*) FROM story_nodes WHERE kind = ? AND id = ?`, string(k), id).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("sqlite: stories: %w", err)
	}
	return n > 0, nil
}

// Near implements story.Store.
func (s *storyStore) Near(ctx context.Context, k story.Kind, keys []string, from, to int) ([]story.Node, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	args := []any{string(k), from, to, story.NearLimit}
	var parts []string
	for i, key := range keys {
		args = append(args, key)
		parts = append(parts, fmt.Sprintf(`SELECT id FROM (SELECT id FROM story_keys
	WHERE kind = ?1 AND key = ?%d AND day BETWEEN ?2 AND ?3 ORDER BY day DESC, id DESC LIMIT ?4)`, i+5))
	}
	rows, err := s.q.QueryContext(ctx, `
SELECT n.id, n.cluster, n.day, n.keys FROM story_nodes n
WHERE n.kind = ?1 AND n.id IN (`+strings.Join(parts, " UNION ")+`)
ORDER BY n.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: stories: near: %w", err)
	}
	defer rows.Close()
	var out []story.Node
	for rows.Next() {
		var n story.Node
		var keys string
		if err := rows.Scan(&n.ID, &n.Cluster, &n.Day, &keys); err != nil {
			return nil, fmt.Errorf("sqlite: stories: %w", err)
		}
		if err := json.Unmarshal([]byte(keys), &n.Keys); err != nil {
			return nil, fmt.Errorf("sqlite: stories: node %s: keys: %w", n.ID, err)
		}
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: stories: %w", err)
	}
	return out, nil
}

// NearClusters implements story.Store.
func (s *storyStore) NearClusters(ctx context.Context, k story.Kind, keys []string, from, to int) ([]int64, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	args := []any{string(k), from, to}
	for _, key := range keys {
		args = append(args, key)
	}
	rows, err := s.q.QueryContext(ctx, `
SELECT DISTINCT n.cluster FROM story_keys k JOIN story_nodes n ON n.kind = k.kind AND n.id = k.id
WHERE k.kind = ?1 AND k.day BETWEEN ?2 AND ?3 AND k.key IN (`+placeholders(len(keys))+`)
ORDER BY n.cluster`, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: stories: near clusters: %w", err)
	}
	return scanIDs(rows)
}

// scanIDs reads a column of cluster ids.
func scanIDs(rows *sql.Rows) ([]int64, error) {
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var c int64
		if err := rows.Scan(&c); err != nil {
			return nil, fmt.Errorf("sqlite: stories: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func scanNodes(rows *sql.Rows) ([]story.Node, error) {
	defer rows.Close()
	var out []story.Node
	for rows.Next() {
		var n story.Node
		var keys, data string
		if err := rows.Scan(&n.ID, &n.Cluster, &n.Day, &keys, &data); err != nil {
			return nil, fmt.Errorf("sqlite: stories: %w", err)
		}
		if err := json.Unmarshal([]byte(keys), &n.Keys); err != nil {
			return nil, fmt.Errorf("sqlite: stories: node %s: keys: %w", n.ID, err)
		}
		n.Data = json.RawMessage(data)
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: stories: %w", err)
	}
	return out, nil
}

// NewCluster implements story.Store.
func (s *storyStore) NewCluster(ctx context.Context, k story.Kind) (int64, error) {
	res, err := s.q.ExecContext(ctx, `INSERT INTO story_clusters (kind) VALUES (?)`, string(k))
	if err != nil {
		return 0, fmt.Errorf("sqlite: stories: new cluster: %w", err)
	}
	return res.LastInsertId()
}

// Insert implements story.Store.
func (s *storyStore) Insert(ctx context.Context, k story.Kind, n story.Node) error {
	keys, err := json.Marshal(n.Keys)
	if err != nil {
		return err
	}
	if _, err := s.q.ExecContext(ctx, `INSERT INTO story_nodes (kind, id, cluster, day, keys, data) VALUES (?, ?, ?, ?, ?, ?)`,
		string(k), n.ID, n.Cluster, n.Day, string(keys), string(n.Data)); err != nil {
		return fmt.Errorf("sqlite: stories: insert %s: %w", n.ID, err)
	}
	for _, key := range n.Keys {
		if _, err := s.q.ExecContext(ctx, `INSERT OR IGNORE INTO story_keys (kind, key, day, id) VALUES (?, ?, ?, ?)`,
			string(k), key, n.Day, n.ID); err != nil {
			return fmt.Errorf("sqlite: stories: insert %s: %w", n.ID, err)
		}
	}
	return nil
}

// Merge implements story.Store.
func (s *storyStore) Merge(ctx context.Context, k story.Kind, into int64, from []int64) error {
	if len(from) == 0 {
		return nil
	}
	args := []any{into, string(k)}
	for _, c := range from {
		args = append(args, c)
	}
	if _, err := s.q.ExecContext(ctx, `UPDATE story_nodes SET cluster = ? WHERE kind = ? AND cluster IN (`+placeholders(len(from))+`)`, args...); err != nil {
		return fmt.Errorf("sqlite: stories: merge: %w", err)
	}
	return nil
}

// Members implements story.Store.
func (s *storyStore) Members(ctx context.Context, k story.Kind, cluster int64) ([]story.Node, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT id, cluster, day, keys, data FROM story_nodes WHERE kind = ? AND cluster = ? ORDER BY id`,
		string(k), cluster)
	if err != nil {
		return nil, fmt.Errorf("sqlite: stories: members: %w", err)
	}
	return scanNodes(rows)
}

// Clusters implements story.Store.
func (s *storyStore) Clusters(ctx context.Context, k story.Kind, since int) ([]int64, error) {
	rows, err := s.q.QueryContext(ctx, `SELECT DISTINCT cluster FROM story_nodes WHERE kind = ? AND day >= ? ORDER BY cluster`,
		string(k), since)
	if err != nil {
		return nil, fmt.Errorf("sqlite: stories: clusters: %w", err)
	}
	return scanIDs(rows)
}
