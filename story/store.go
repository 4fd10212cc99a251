package story

import (
	"context"
	"encoding/json"
	"slices"
	"sort"
	"sync"
)

// Kind names one of the three clusterings story keeps.
type Kind string

// The clusterings: event mentions into merged events, articles into stories,
// claims into propositions.
const (
	KindEvent Kind = "event"
	KindStory Kind = "story"
	KindClaim Kind = "claim"
)

// Node is one clustered item: an event mention, an article or a claim about
// an event. Nodes that share a key and lie within the kind's time window may
// link; a cluster is a connected component of links (single linkage), so the
// clusters do not depend on the order in which nodes arrive.
type Node struct {
	ID      string          // stable across databases: built from the article's Key
	Cluster int64           // assigned by the store
	Day     int             // days since 1970-01-01 (event date, else publication date)
	Keys    []string        // blocking keys
	Data    json.RawMessage // what the views need (mention, article or claim details)
}

// Store keeps nodes and their clusters. sqlite.DB implements it for the
// database; NewMemStore for tests.
type Store interface {
	// Atomic runs fn in one transaction over the store.
	Atomic(ctx context.Context, fn func(Store) error) error
	// Has reports whether a node with this id is stored.
	Has(ctx context.Context, k Kind, id string) (bool, error)
	// Near returns the nodes of kind k with any of keys and Day in [from, to],
	// without their Data: for each key at most NearLimit of them, the latest
	// by day then id.
	Near(ctx context.Context, k Kind, keys []string, from, to int) ([]Node, error)
	// NearClusters returns the distinct clusters of the nodes Near would
	// return, in ascending order.
	NearClusters(ctx context.Context, k Kind, keys []string, from, to int) ([]int64, error)
	// NewCluster allocates a cluster id.
	NewCluster(ctx context.Context, k Kind) (int64, error)
	// Insert stores a new node in cluster n.Cluster.
	Insert(ctx context.Context, k Kind, n Node) error
	// Merge moves every node of the clusters from into cluster into.
	Merge(ctx context.Context, k Kind, into int64, from []int64) error
	// Members returns the nodes of a cluster, ordered by ID.
	Members(ctx context.Context, k Kind, cluster int64) ([]Node, error)
	// Clusters returns the ids of the clusters of kind k that have a node
	// dated on or after day since, in ascending order.
	Clusters(ctx context.Context, k Kind, since int) ([]int64, error)
}

// NearLimit bounds the nodes Near returns for one key, so that a key shared
// by a whole busy week (a common title word) costs no more than a rare one.
// It binds only past NearLimit articles sharing a key within the window.
const NearLimit = 100

// MemStore is an in-memory Store, for tests and for one-shot runs.
type MemStore struct {
	mu    sync.Mutex
	next  int64
	nodes map[Kind]map[string]*Node
	keys  map[Kind]map[string][]*Node // blocking key → nodes
	clus  map[Kind]map[int64][]*Node  // cluster → nodes
}

// NewMemStore returns an empty in-memory store.
func NewMemStore() *MemStore {
	return &MemStore{nodes: map[Kind]map[string]*Node{}, keys: map[Kind]map[string][]*Node{},
		clus: map[Kind]map[int64][]*Node{}}
}

// Atomic runs fn; the in-memory store has no rollback.
func (m *MemStore) Atomic(ctx context.Context, fn func(Store) error) error { return fn(m) }

// Has implements Store.
func (m *MemStore) Has(_ context.Context, k Kind, id string) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.nodes[k][id]
	return ok, nil
}

// Near implements Store.
func (m *MemStore) Near(_ context.Context, k Kind, keys []string, from, to int) ([]Node, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Node
	seen := map[string]bool{}
	for _, key := range keys {
		var in []*Node
		for _, n := range m.keys[k][key] {
			if n.Day >= from && n.Day <= to {
				in = append(in, n)
			}
		}
		sort.Slice(in, func(i, j int) bool {
			if in[i].Day != in[j].Day {
				return in[i].Day > in[j].Day
			}
			return in[i].ID > in[j].ID
		})
		for _, n := range in[:min(len(in), NearLimit)] {
			if !seen[n.ID] {
				seen[n.ID] = true
				c := *n
				c.Data = nil
				out = append(out, c)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// NearClusters implements Store.
func (m *MemStore) NearClusters(ctx context.Context, k Kind, keys []string, from, to int) ([]int64, error) {
	near, err := m.Near(ctx, k, keys, from, to)
	if err != nil {
		return nil, err
	}
	var out []int64
	for _, n := range near {
		if !slices.Contains(out, n.Cluster) {
			out = append(out, n.Cluster)
		}
	}
	slices.Sort(out)
	return out, nil
}

// NewCluster implements Store.
func (m *MemStore) NewCluster(context.Context, Kind) (int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.next++
	return m.next, nil
}

// Insert implements Store.
func (m *MemStore) Insert(_ context.Context, k Kind, n Node) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.nodes[k] == nil {
		m.nodes[k] = map[string]*Node{}
		m.keys[k] = map[string][]*Node{}
		m.clus[k] = map[int64][]*Node{}
	}
	p := &n
	m.nodes[k][n.ID] = p
	m.clus[k][n.Cluster] = append(m.clus[k][n.Cluster], p)
	for _, key := range n.Keys {
		m.keys[k][key] = append(m.keys[k][key], p)
	}
	return nil
}

// Merge implements Store.
func (m *MemStore) Merge(_ context.Context, k Kind, into int64, from []int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, c := range from {
		for _, n := range m.clus[k][c] {
			n.Cluster = into
		}
		m.clus[k][into] = append(m.clus[k][into], m.clus[k][c]...)
		delete(m.clus[k], c)
	}
	return nil
}

// Members implements Store.
func (m *MemStore) Members(_ context.Context, k Kind, cluster int64) ([]Node, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Node
	for _, n := range m.clus[k][cluster] {
		out = append(out, *n)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Clusters implements Store.
func (m *MemStore) Clusters(_ context.Context, k Kind, since int) ([]int64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	seen := map[int64]bool{}
	var out []int64
	for _, n := range m.nodes[k] {
		if n.Day >= since && !seen[n.Cluster] {
			seen[n.Cluster] = true
			out = append(out, n.Cluster)
		}
	}
	slices.Sort(out)
	return out, nil
}
