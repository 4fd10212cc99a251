package dedup

import (
	"context"
	"errors"
	"fmt"
)

var errBadSignature = errors.New("dedup: signature of wrong length")

// Kind says what a Checker found for a text.
type Kind int

// Kinds of match.
const (
	Unique    Kind = iota // neither a duplicate nor a copy
	Duplicate             // the same normalised text is already known
	Copy                  // a near duplicate (syndicated copy) of a known text
)

func (k Kind) String() string {
	switch k {
	case Unique:
		return "unique"
	case Duplicate:
		return "duplicate"
	case Copy:
		return "copy"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Match is what a Checker found.
type Match struct {
	Kind Kind
	// ID is the id of the known text: for a Duplicate the one with the same
	// text; for a Copy the original (the first known text of the story, not
	// a copy of it).
	ID int64
	// Similarity is the resemblance of a Copy to the text it matched, 0..1;
	// 1 for a Duplicate.
	Similarity float64
}

// Candidate is a known text that may be a near duplicate of another.
type Candidate struct {
	ID       int64
	CopyOf   int64 // the original this one is a copy of; 0 for an original
	MinHash  Signature
	Shingles int
}

// Lookup is what a Checker needs of a store of known texts.
type Lookup interface {
	// ByContentHash returns the id of a text with the given ContentHash,
	// preferring an original over a copy; found is false when there is none.
	ByContentHash(ctx context.Context, hash string) (id int64, found bool, err error)
	// NearCandidates returns the texts that share at least one of the LSH
	// band keys (see Signature.BandKeys).
	NearCandidates(ctx context.Context, keys []int64) ([]Candidate, error)
}

// Resemblance scores how much of the smaller of two shingle sets the other
// covers, estimated from their signatures and sizes: with J the estimated
// Jaccard similarity and a, b the set sizes, the intersection is
// J(a+b)/(1+J), divided by min(a, b). Unlike the Jaccard similarity it is not
// lowered by a copy that cuts the story short or adds a paragraph. It is 0
// when the estimated Jaccard similarity is below MinJaccard, where the
// estimate divided by a small set is too noisy to trust.
func Resemblance(a *Signature, na int, b *Signature, nb int) float64 {
	j := a.Jaccard(b)
	if j < MinJaccard || na == 0 || nb == 0 {
		return 0
	}
	c := j * float64(na+nb) / (1 + j) / float64(min(na, nb))
	return min(c, 1)
}

// Memory is an in-memory Lookup: the texts seen in a batch that is not yet
// stored, or a whole corpus for evaluation.
type Memory struct {
	byHash  map[string]int64
	byBand  map[int64][]int // band key → indexes into entries
	entries []Candidate
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory {
	return &Memory{byHash: map[string]int64{}, byBand: map[int64][]int{}}
}

// Add records a text with its id and, for a copy, the id of its original.
func (m *Memory) Add(id, copyOf int64, fp *Fingerprint) {
	if _, ok := m.byHash[fp.ContentHash]; !ok || copyOf == 0 {
		m.byHash[fp.ContentHash] = id
	}
	if fp.Empty() {
		return
	}
	i := len(m.entries)
	m.entries = append(m.entries, Candidate{ID: id, CopyOf: copyOf, MinHash: fp.MinHash, Shingles: fp.Shingles})
	for _, k := range fp.MinHash.BandKeys() {
		m.byBand[k] = append(m.byBand[k], i)
	}
}

// Len returns the number of texts added.
func (m *Memory) Len() int { return len(m.byHash) }

// Reset forgets every text.
func (m *Memory) Reset() {
	clear(m.byHash)
	clear(m.byBand)
	m.entries = m.entries[:0]
}

// ByContentHash implements Lookup.
func (m *Memory) ByContentHash(_ context.Context, hash string) (int64, bool, error) {
	id, ok := m.byHash[hash]
	return id, ok, nil
}

// NearCandidates implements Lookup.
func (m *Memory) NearCandidates(_ context.Context, keys []int64) ([]Candidate, error) {
	var out []Candidate
	seen := map[int]bool{}
	for _, k := range keys {
		for _, i := range m.byBand[k] {
			if !seen[i] {
				seen[i] = true
				out = append(out, m.entries[i])
			}
		}
	}
	return out, nil
}

// Check looks fp up in each of the lookups in turn (a store, then the
// batch not yet stored, say) and reports the first exact duplicate, or else
// the best copy across all of them, or Unique.
func Check(ctx context.Context, fp *Fingerprint, in ...Lookup) (Match, error) {
	for _, l := range in {
		id, ok, err := l.ByContentHash(ctx, fp.ContentHash)
		if err != nil {
			return Match{}, fmt.Errorf("dedup: %w", err)
		}
		if ok {
			return Match{Kind: Duplicate, ID: id, Similarity: 1}, nil
		}
	}
	if fp.Empty() {
		return Match{Kind: Unique}, nil
	}
	keys := fp.MinHash.BandKeys()
	best := Match{Kind: Unique}
	for _, l := range in {
		cands, err := l.NearCandidates(ctx, keys[:])
		if err != nil {
			return Match{}, fmt.Errorf("dedup: %w", err)
		}
		for _, c := range cands {
			r := Resemblance(&fp.MinHash, fp.Shingles, &c.MinHash, c.Shingles)
			if r < Threshold || r <= best.Similarity {
				continue
			}
			best = Match{Kind: Copy, ID: c.ID, Similarity: r}
			if c.CopyOf != 0 {
				best.ID = c.CopyOf
			}
		}
	}
	return best, nil
}
