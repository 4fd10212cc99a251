// Package cluster holds hierarchical word clusters learned by hearsay's own
// code from unlabelled English text, for the tagger's and parser's features.
//
// Build represents every frequent word by the counts of the frequent words
// seen just before and just after it, and splits the vocabulary top-down by
// spherical 2-means (bisecting k-means): a word's cluster is its path from
// the root of that binary tree, a bit string whose prefixes are coarser
// clusters, as with Brown clusters. Default returns the embedded set.
package cluster

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// MaxDepth is the longest path a Set may hold.
const MaxDepth = 30

// Set maps normalized words to their paths in the cluster tree. The zero
// value is an empty set; a Set is safe for concurrent reads.
type Set struct {
	code map[string]uint32 // 1<<depth | path bits, the first split the highest bit
	sum  uint64
}

// Normalize lowercases s and writes every digit as 0: the word form the
// tagger and parser features use (and, through Key, most cluster keys).
func Normalize(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteByte('0')
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Key returns the form under which a token's cluster is looked up and
// counted: Normalize(form), except that a word of two or more letters all
// in upper case keeps its case ("IS", "US", "UN" are not "is", "us", "un";
// digits still become 0). Build gives no cluster to a key without a letter
// or digit (punctuation and symbols, which the tagger tells by their
// shape), though such tokens still serve as contexts.
func Key(form string) string {
	letters := 0
	for _, r := range form {
		switch {
		case unicode.IsLower(r):
			return Normalize(form)
		case unicode.IsUpper(r):
			letters++
		}
	}
	if letters < 2 {
		return Normalize(form)
	}
	var b strings.Builder
	b.Grow(len(form))
	for _, r := range form {
		if r >= '0' && r <= '9' {
			r = '0'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hasAlnum reports whether s has a letter or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// Code returns the cluster of the word whose key (Key) is w as
// 1<<depth | path, or 0 when w has none.
func (s *Set) Code(w string) uint32 {
	if s == nil {
		return 0
	}
	return s.code[w]
}

// Prefix returns the cluster code cut to its first k bits (the whole code
// when it is shorter); 0 stays 0.
func Prefix(code uint32, k int) uint32 {
	if code == 0 {
		return 0
	}
	d := depth(code)
	if d <= k {
		return code
	}
	return code >> uint(d-k)
}

func depth(code uint32) int {
	d := -1
	for c := code; c != 0; c >>= 1 {
		d++
	}
	return d
}

// Len returns the number of words with a cluster.
func (s *Set) Len() int {
	if s == nil {
		return 0
	}
	return len(s.code)
}

// Sum returns a fingerprint of the set's contents (0 for an empty set), so
// that a model trained with one set can tell it is given another.
func (s *Set) Sum() uint64 {
	if s == nil {
		return 0
	}
	return s.sum
}

// Options controls Build.
type Options struct {
	MinCount int    // words seen fewer times get no cluster (default 2)
	MaxWords int    // at most this many of the most frequent words are clustered (default 60000)
	Contexts int    // the most frequent words used as left and right contexts (default 4000)
	Depth    int    // depth of the tree (default 14, at most MaxDepth)
	MinSize  int    // clusters of fewer words are not split (default 4)
	Iters    int    // 2-means iterations per split (default 8)
	Seed     uint64 // seed of the 2-means starts
}

// Build clusters the words of sents (each a sentence of raw word forms).
func Build(sents [][]string, opt Options) (*Set, error) {
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	if opt.MaxWords <= 0 {
		opt.MaxWords = 60000
	}
	if opt.Contexts <= 0 {
		opt.Contexts = 4000
	}
	if opt.Depth <= 0 {
		opt.Depth = 14
	}
	opt.Depth = min(opt.Depth, MaxDepth)
	if opt.MinSize <= 0 {
		opt.MinSize = 4
	}
	if opt.Iters <= 0 {
		opt.Iters = 8
	}
	freq := map[string]int{}
	norm := make([][]string, len(sents))
	for i, s := range sents {
		ns := make([]string, len(s))
		for j, w := range s {
			ns[j] = Key(w)
			freq[ns[j]]++
		}
		norm[i] = ns
	}
	vocab := make([]string, 0, len(freq))
	for w, n := range freq {
		if n >= opt.MinCount {
			vocab = append(vocab, w)
		}
	}
	if len(vocab) < 2 {
		return nil, errors.New("cluster: fewer than two words seen often enough")
	}
	slices.SortFunc(vocab, func(a, b string) int {
		if freq[a] != freq[b] {
			return freq[b] - freq[a]
		}
		return strings.Compare(a, b)
	})
	if len(vocab) > opt.MaxWords {
		vocab = vocab[:opt.MaxWords]
	}
	index := make(map[string]int, len(vocab))
	for i, w := range vocab {
		index[w] = i
	}
	nc := min(opt.Contexts, len(vocab))
	// context ids: 0..nc-1 left words, nc..2nc-1 right words, 2nc/2nc+1 sentence edges
	dim := 2*nc + 2
	counts := make([]map[int32]float32, len(vocab))
	for i := range counts {
		counts[i] = map[int32]float32{}
	}
	for _, s := range norm {
		for j, w := range s {
			wi, ok := index[w]
			if !ok {
				continue
			}
			c := counts[wi]
			if j == 0 {
				c[int32(2*nc)]++
			} else if k, ok := index[s[j-1]]; ok && k < nc {
				c[int32(k)]++
			}
			if j == len(s)-1 {
				c[int32(2*nc+1)]++
			} else if k, ok := index[s[j+1]]; ok && k < nc {
				c[int32(nc+k)]++
			}
		}
	}
	// positive pointwise mutual information of word and context
	ctxTotal := make([]float64, dim)
	var all float64
	for _, c := range counts {
		for k, x := range c {
			ctxTotal[k] += float64(x)
			all += float64(x)
		}
	}
	vecs := make([]sparse, len(vocab))
	for i, c := range counts {
		var wt float64
		for _, x := range c {
			wt += float64(x)
		}
		for k, x := range c {
			pmi := math.Log(float64(x) * all / (wt * math.Pow(ctxTotal[k], 0.75) * math.Pow(all, 0.25)))
			if pmi <= 0 {
				delete(c, k)
			} else {
				c[k] = float32(pmi)
			}
		}
		vecs[i] = makeSparse(c)
	}
	codes := make([]uint32, len(vocab))
	for i := range codes {
		codes[i] = 1
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x636c7573746572))
	members := make([]int32, len(vocab))
	for i := range members {
		members[i] = int32(i)
	}
	split(vecs, members, codes, dim, 0, opt, rng)
	s := &Set{code: make(map[string]uint32, len(vocab))}
	for i, w := range vocab {
		if hasAlnum(w) {
			s.code[w] = codes[i]
		}
	}
	s.sum = s.fingerprint()
	return s, nil
}

// sparse is an L2-normalized vector.
type sparse struct {
	idx []int32
	val []float32
}

func makeSparse(c map[int32]float32) sparse {
	var v sparse
	for k := range c {
		v.idx = append(v.idx, k)
	}
	slices.Sort(v.idx)
	var norm float64
	for _, k := range v.idx {
		x := c[k]
		v.val = append(v.val, x)
		norm += float64(x) * float64(x)
	}
	if norm > 0 {
		inv := float32(1 / math.Sqrt(norm))
		for i := range v.val {
			v.val[i] *= inv
		}
	}
	return v
}

func (v sparse) dot(c []float32) float32 {
	var s float32
	for i, k := range v.idx {
		s += v.val[i] * c[k]
	}
	return s
}

// split divides members (sorted by frequency) into two by spherical 2-means,
// appends a bit to their codes and recurses.
func split(vecs []sparse, members []int32, codes []uint32, dim, level int, opt Options, rng *rand.Rand) {
	if level >= opt.Depth || len(members) < opt.MinSize {
		return
	}
	cent := [2][]float32{make([]float32, dim), make([]float32, dim)}
	// start from a frequent member and the frequent member least like it
	a := int(members[rng.IntN(min(len(members), 8))])
	for i, k := range vecs[a].idx {
		cent[0][k] = vecs[a].val[i]
	}
	b, bs := -1, float32(2)
	for _, m := range members[:min(len(members), 200)] {
		if int(m) == a {
			continue
		}
		if d := vecs[m].dot(cent[0]); d < bs {
			b, bs = int(m), d
		}
	}
	for i, k := range vecs[b].idx {
		cent[1][k] = vecs[b].val[i]
	}
	side := make([]bool, len(members))
	for it := 0; it < opt.Iters; it++ {
		changed := false
		n1 := 0
		for i, m := range members {
			d0, d1 := vecs[m].dot(cent[0]), vecs[m].dot(cent[1])
			// a tie (a word sharing no context with either) goes to the smaller side
			s := d1 > d0 || (d1 == d0 && 2*n1 < i)
			if s != side[i] || it == 0 {
				changed = changed || s != side[i]
				side[i] = s
			}
			if s {
				n1++
			}
		}
		if n1 == 0 || n1 == len(members) {
			// degenerate: halve by frequency order so that the tree still splits
			for i := range side {
				side[i] = i%2 == 1
			}
			break
		}
		if it > 0 && !changed {
			break
		}
		clear(cent[0])
		clear(cent[1])
		for i, m := range members {
			c := cent[0]
			if side[i] {
				c = cent[1]
			}
			for j, k := range vecs[m].idx {
				c[k] += vecs[m].val[j]
			}
		}
		for _, c := range cent {
			var n float64
			for _, x := range c {
				n += float64(x) * float64(x)
			}
			if n > 0 {
				inv := float32(1 / math.Sqrt(n))
				for i := range c {
					c[i] *= inv
				}
			}
		}
	}
	var left, right []int32
	for i, m := range members {
		codes[m] <<= 1
		if side[i] {
			codes[m] |= 1
			right = append(right, m)
		} else {
			left = append(left, m)
		}
	}
	split(vecs, left, codes, dim, level+1, opt, rng)
	split(vecs, right, codes, dim, level+1, opt, rng)
}

// WriteTo writes the set as lines "path<TAB>word" (path in 0s and 1s), in
// word order.
func (s *Set) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	for _, word := range s.words() {
		k, _ := fmt.Fprintf(bw, "%s\t%s\n", bits(s.code[word]), word)
		n += int64(k)
	}
	return n, bw.Flush()
}

func (s *Set) words() []string {
	ws := make([]string, 0, len(s.code))
	for w := range s.code {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	return ws
}

func bits(code uint32) string {
	d := depth(code)
	b := make([]byte, d)
	for i := 0; i < d; i++ {
		b[i] = '0' + byte(code>>uint(d-1-i)&1)
	}
	return string(b)
}

func (s *Set) fingerprint() uint64 {
	if len(s.code) == 0 {
		return 0
	}
	h := fnv.New64a()
	for _, w := range s.words() {
		fmt.Fprintf(h, "%s\t%d\n", w, s.code[w])
	}
	return h.Sum64()
}

// maxLine bounds the length of a line Read accepts.
const maxLine = 1 << 12

// Read reads a set written by WriteTo.
func Read(r io.Reader) (*Set, error) {
	s := &Set{code: map[string]uint32{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 256), maxLine)
	line := 0
	for sc.Scan() {
		line++
		path, word, ok := strings.Cut(sc.Text(), "\t")
		if !ok || word == "" || strings.ContainsAny(word, "\t\n") {
			return nil, fmt.Errorf("cluster: line %d: want path<TAB>word", line)
		}
		if len(path) > MaxDepth {
			return nil, fmt.Errorf("cluster: line %d: path longer than %d bits", line, MaxDepth)
		}
		code := uint32(1)
		for i := 0; i < len(path); i++ {
			switch path[i] {
			case '0', '1':
				code = code<<1 | uint32(path[i]-'0')
			default:
				return nil, fmt.Errorf("cluster: line %d: path %q is not binary", line, path)
			}
		}
		if _, dup := s.code[word]; dup {
			return nil, fmt.Errorf("cluster: line %d: word %q listed twice", line, word)
		}
		s.code[word] = code
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cluster: line %d: %w", line+1, err)
	}
	s.sum = s.fingerprint()
	return s, nil
}

//go:embed clusters.txt.gz
var embedded []byte

var (
	defaultOnce sync.Once
	defaultSet  *Set
	defaultErr  error
)

// Default returns the embedded cluster set (clusters.txt.gz, written by
// `hearsay train clusters`).
func Default() (*Set, error) {
	defaultOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(embedded))
		if err != nil {
			defaultErr = fmt.Errorf("cluster: embedded set: %w", err)
			return
		}
		defaultSet, defaultErr = Read(zr)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded set: %w", defaultErr)
		}
	})
	return defaultSet, defaultErr
}
