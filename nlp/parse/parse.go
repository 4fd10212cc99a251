// Package parse is hearsay's labelled dependency parser: an arc-hybrid
// transition system (root at the end of the buffer) scored by an averaged
// perceptron over rich features of the stack, the buffer and the partial
// tree. By default it is greedy, trained with a dynamic oracle and
// exploration; with Options.Beam it searches with a beam and is trained
// globally (structured perceptron, max-violation updates).
package parse

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"

	"hearsay/nlp"
	"hearsay/nlp/cluster"
	"hearsay/nlp/models"
	"hearsay/nlp/tag/perceptron"
)

// FormatVersion is the version of the payload format written by Save (the
// Format field of the model file's header).
// Format 2 adds the fingerprint of the word clusters the model was trained
// with (0 for none); format 3 the beam width. Files of formats 1 and 2 still
// load (as greedy parsers, width 1).
const FormatVersion = 3

// Model is a trained parser. It is safe for concurrent use.
type Model struct {
	// Header describes the model; Save writes it as the file's first line.
	Header models.Header

	labels []string // relation names; labels[rootLabel] == "root"
	root   int      // index of "root" in labels
	pm     *perceptron.Model
	cl     *cluster.Set // word clusters of the features; nil for none
	beam   int          // beam width of decoding; 1 is greedy
}

// maxBeam bounds the beam width a model file may ask for.
const maxBeam = 64

// Beam returns the width of the beam the model parses with (1: greedy).
func (m *Model) Beam() int { return max(m.beam, 1) }

// Actions: shift is 0, LEFT with label l is 1+2l, RIGHT with label l is 2+2l.
const shift = 0

// maxLabels bounds the number of relation labels a model may have.
const maxLabels = 250

func left(l int) int  { return 1 + 2*l }
func right(l int) int { return 2 + 2*l }

// word holds the per-token hashes the feature templates combine.
type word struct {
	w, t, u   uint64 // normalized form, XPOS, UPOS
	c4, c6, c uint64 // word cluster cut to 4 and 6 bits, and whole
}

var (
	hNone = perceptron.HashString("-NONE-")
	hRoot = perceptron.HashString("-ROOT-")
)

// state is a configuration of the arc-hybrid system over n words plus the
// root, which is word n and the last item of the buffer.
type state struct {
	n      int
	words  []word // n+1, the last is the root
	stack  []int
	b      int   // front of the buffer; b..n are in the buffer
	head   []int // -1 until attached; n for the root
	label  []int
	lc, rc [][2]int // two leftmost and rightmost children, -1 when none
	nl, nr []int    // left and right valency
	ll, rl []uint64 // bit sets of left and right child labels
}

func newState(words []word) *state {
	n := len(words) - 1
	s := &state{n: n, words: words, stack: make([]int, 0, n),
		head: make([]int, n+1), label: make([]int, n+1),
		lc: make([][2]int, n+1), rc: make([][2]int, n+1),
		nl: make([]int, n+1), nr: make([]int, n+1),
		ll: make([]uint64, n+1), rl: make([]uint64, n+1)}
	for i := range s.head {
		s.head[i] = -1
		s.lc[i] = [2]int{-1, -1}
		s.rc[i] = [2]int{-1, -1}
	}
	return s
}

func (s *state) terminal() bool { return len(s.stack) == 0 && s.b == s.n }

func (s *state) legal(a int) bool {
	switch {
	case a == shift:
		return s.b < s.n
	case a%2 == 1: // left
		return len(s.stack) > 0 && (s.b < s.n || len(s.stack) == 1)
	default:
		return len(s.stack) > 1
	}
}

func (s *state) apply(a int) {
	switch {
	case a == shift:
		s.stack = append(s.stack, s.b)
		s.b++
	case a%2 == 1:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, d, (a-1)/2)
	default:
		d := s.stack[len(s.stack)-1]
		h := s.stack[len(s.stack)-2]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(h, d, (a-2)/2)
	}
}

func (s *state) attach(h, d, l int) {
	s.head[d] = h
	s.label[d] = l
	if d < h {
		c := &s.lc[h]
		switch {
		case c[0] < 0 || d < c[0]:
			c[1], c[0] = c[0], d
		case c[1] < 0 || d < c[1]:
			c[1] = d
		}
		s.nl[h]++
		s.ll[h] |= 1 << (uint(l) & 63)
	} else {
		c := &s.rc[h]
		switch {
		case c[0] < 0 || d > c[0]:
			c[1], c[0] = c[0], d
		case c[1] < 0 || d > c[1]:
			c[1] = d
		}
		s.nr[h]++
		s.rl[h] |= 1 << (uint(l) & 63)
	}
}

// Feature template ids.
const (
	_ = iota
	fS0w
	fS0t
	fS0wt
	fS1w
	fS1t
	fS1wt
	fB0w
	fB0t
	fB0wt
	fB1w
	fB1t
	fB1wt
	fB2w
	fB2t
	fS2t
	fS2w
	fS0wtB0wt
	fS0wtB0w
	fS0wB0wt
	fS0wtB0t
	fS0tB0wt
	fS0wB0w
	fS0tB0t
	fB0tB1t
	fS1wtS0wt
	fS1tS0t
	fS1wS0w
	fS1tS0w
	fS1wS0t
	fB0tB1tB2t
	fS0tB0tB1t
	fS1tS0tB0t
	fS2tS1tS0t
	fS0tS0l1tB0t
	fS0tS0r1tB0t
	fS0tB0tB0l1t
	fS1tS0tS0l1t
	fS1tS1r1tS0t
	fS1tS0tS0r1t
	fS0wD
	fS0tD
	fB0wD
	fB0tD
	fS0wB0wD
	fS0tB0tD
	fS1tS0tD1
	fS0wVr
	fS0tVr
	fS0wVl
	fS0tVl
	fB0wVl
	fB0tVl
	fS1tVr
	fS1tVl
	fS0l1w
	fS0l1t
	fS0l1l
	fS0r1w
	fS0r1t
	fS0r1l
	fB0l1w
	fB0l1t
	fB0l1l
	fS1r1t
	fS1r1l
	fS1l1l
	fS0l2w
	fS0l2t
	fS0l2l
	fS0r2w
	fS0r2t
	fS0r2l
	fB0l2w
	fB0l2t
	fB0l2l
	fS0tS0l1tS0l2t
	fS0tS0r1tS0r2t
	fB0tB0l1tB0l2t
	fS0wLl
	fS0tLl
	fS0wRl
	fS0tRl
	fB0wLl
	fB0tLl
	fS0u
	fB0u
	fS1u
	fS0uB0u
	fS1uS0u
	fS1uS0uB0u
	fS0uB0uB1u
	fS0wB0u
	fS0uB0w
	fS1r1lS0t
	fS0l1lS0l2l
	fBm1tS0t
	fS0p1tB0t
	fB0m1tB0t
	fS0c4
	fS0c6
	fS0c
	fB0c4
	fB0c6
	fB0c
	fS1c6
	fB1c6
	fS0c6B0c6
	fS0tB0c6
	fS0c6B0t
	fS1c6S0c6
	fS0c4B0c4B1c4
)

func dist(d int) uint64 {
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	default:
		return 8
	}
}

func capv(v int) uint64 { return uint64(min(v, 5)) }

// features appends the features of the configuration to buf.
func (s *state) features(buf []uint64) []uint64 {
	H := perceptron.Hash
	none := word{hNone, hNone, hNone, hNone, hNone, hNone}
	at := func(i int) word {
		if i < 0 {
			return none
		}
		return s.words[i]
	}
	lab := func(i int) uint64 {
		if i < 0 {
			return hNone
		}
		return uint64(s.label[i]) + 1
	}
	ns := len(s.stack)
	s0i, s1i, s2i := -1, -1, -1
	if ns > 0 {
		s0i = s.stack[ns-1]
	}
	if ns > 1 {
		s1i = s.stack[ns-2]
	}
	if ns > 2 {
		s2i = s.stack[ns-3]
	}
	b0i := s.b
	b1i, b2i := -1, -1
	if s.b+1 <= s.n {
		b1i = s.b + 1
	}
	if s.b+2 <= s.n {
		b2i = s.b + 2
	}
	S0, S1, S2, B0, B1, B2 := at(s0i), at(s1i), at(s2i), at(b0i), at(b1i), at(b2i)
	child := func(h int, cs [][2]int, k int) int {
		if h < 0 {
			return -1
		}
		return cs[h][k]
	}
	s0l1i, s0l2i := child(s0i, s.lc, 0), child(s0i, s.lc, 1)
	s0r1i, s0r2i := child(s0i, s.rc, 0), child(s0i, s.rc, 1)
	b0l1i, b0l2i := child(b0i, s.lc, 0), child(b0i, s.lc, 1)
	s1r1i, s1l1i := child(s1i, s.rc, 0), child(s1i, s.lc, 0)
	S0l1, S0l2, S0r1, S0r2 := at(s0l1i), at(s0l2i), at(s0r1i), at(s0r2i)
	B0l1, B0l2, S1r1 := at(b0l1i), at(b0l2i), at(s1r1i)
	d, d1 := uint64(0), uint64(0)
	var s0vl, s0vr, s1vl, s1vr, b0vl uint64
	var s0Ll, s0Rl, b0Ll uint64
	if s0i >= 0 {
		d = dist(b0i - s0i)
		s0vl, s0vr = capv(s.nl[s0i]), capv(s.nr[s0i])
		s0Ll, s0Rl = s.ll[s0i], s.rl[s0i]
	}
	if s1i >= 0 {
		d1 = dist(s0i - s1i)
		s1vl, s1vr = capv(s.nl[s1i]), capv(s.nr[s1i])
	}
	b0vl, b0Ll = capv(s.nl[b0i]), s.ll[b0i]
	// words just before b0 and just after s0, in the sentence
	bm1, s0p1 := none, none
	if b0i > 0 {
		bm1 = at(b0i - 1)
	}
	if s0i >= 0 && s0i+1 < b0i {
		s0p1 = at(s0i + 1)
	}
	wt := func(x word) uint64 { return H(x.w, x.t) }
	return append(buf,
		H(fS0w, S0.w), H(fS0t, S0.t), H(fS0wt, wt(S0)),
		H(fS1w, S1.w), H(fS1t, S1.t), H(fS1wt, wt(S1)),
		H(fB0w, B0.w), H(fB0t, B0.t), H(fB0wt, wt(B0)),
		H(fB1w, B1.w), H(fB1t, B1.t), H(fB1wt, wt(B1)),
		H(fB2w, B2.w), H(fB2t, B2.t), H(fS2t, S2.t), H(fS2w, S2.w),
		H(fS0wtB0wt, H(wt(S0), wt(B0))),
		H(fS0wtB0w, H(wt(S0), B0.w)),
		H(fS0wB0wt, H(S0.w, wt(B0))),
		H(fS0wtB0t, H(wt(S0), B0.t)),
		H(fS0tB0wt, H(S0.t, wt(B0))),
		H(fS0wB0w, H(S0.w, B0.w)),
		H(fS0tB0t, H(S0.t, B0.t)),
		H(fB0tB1t, H(B0.t, B1.t)),
		H(fS1wtS0wt, H(wt(S1), wt(S0))),
		H(fS1tS0t, H(S1.t, S0.t)),
		H(fS1wS0w, H(S1.w, S0.w)),
		H(fS1tS0w, H(S1.t, S0.w)),
		H(fS1wS0t, H(S1.w, S0.t)),
		H(fB0tB1tB2t, H(H(B0.t, B1.t), B2.t)),
		H(fS0tB0tB1t, H(H(S0.t, B0.t), B1.t)),
		H(fS1tS0tB0t, H(H(S1.t, S0.t), B0.t)),
		H(fS2tS1tS0t, H(H(S2.t, S1.t), S0.t)),
		H(fS0tS0l1tB0t, H(H(S0.t, S0l1.t), B0.t)),
		H(fS0tS0r1tB0t, H(H(S0.t, S0r1.t), B0.t)),
		H(fS0tB0tB0l1t, H(H(S0.t, B0.t), B0l1.t)),
		H(fS1tS0tS0l1t, H(H(S1.t, S0.t), S0l1.t)),
		H(fS1tS1r1tS0t, H(H(S1.t, S1r1.t), S0.t)),
		H(fS1tS0tS0r1t, H(H(S1.t, S0.t), S0r1.t)),
		H(fS0wD, H(S0.w, d)), H(fS0tD, H(S0.t, d)),
		H(fB0wD, H(B0.w, d)), H(fB0tD, H(B0.t, d)),
		H(fS0wB0wD, H(H(S0.w, B0.w), d)),
		H(fS0tB0tD, H(H(S0.t, B0.t), d)),
		H(fS1tS0tD1, H(H(S1.t, S0.t), d1)),
		H(fS0wVr, H(S0.w, s0vr)), H(fS0tVr, H(S0.t, s0vr)),
		H(fS0wVl, H(S0.w, s0vl)), H(fS0tVl, H(S0.t, s0vl)),
		H(fB0wVl, H(B0.w, b0vl)), H(fB0tVl, H(B0.t, b0vl)),
		H(fS1tVr, H(S1.t, s1vr)), H(fS1tVl, H(S1.t, s1vl)),
		H(fS0l1w, S0l1.w), H(fS0l1t, S0l1.t), H(fS0l1l, lab(s0l1i)),
		H(fS0r1w, S0r1.w), H(fS0r1t, S0r1.t), H(fS0r1l, lab(s0r1i)),
		H(fB0l1w, B0l1.w), H(fB0l1t, B0l1.t), H(fB0l1l, lab(b0l1i)),
		H(fS1r1t, S1r1.t), H(fS1r1l, lab(s1r1i)), H(fS1l1l, lab(s1l1i)),
		H(fS0l2w, S0l2.w), H(fS0l2t, S0l2.t), H(fS0l2l, lab(s0l2i)),
		H(fS0r2w, S0r2.w), H(fS0r2t, S0r2.t), H(fS0r2l, lab(s0r2i)),
		H(fB0l2w, B0l2.w), H(fB0l2t, B0l2.t), H(fB0l2l, lab(b0l2i)),
		H(fS0tS0l1tS0l2t, H(H(S0.t, S0l1.t), S0l2.t)),
		H(fS0tS0r1tS0r2t, H(H(S0.t, S0r1.t), S0r2.t)),
		H(fB0tB0l1tB0l2t, H(H(B0.t, B0l1.t), B0l2.t)),
		H(fS0wLl, H(S0.w, s0Ll)), H(fS0tLl, H(S0.t, s0Ll)),
		H(fS0wRl, H(S0.w, s0Rl)), H(fS0tRl, H(S0.t, s0Rl)),
		H(fB0wLl, H(B0.w, b0Ll)), H(fB0tLl, H(B0.t, b0Ll)),
		H(fS0u, S0.u), H(fB0u, B0.u), H(fS1u, S1.u),
		H(fS0uB0u, H(S0.u, B0.u)),
		H(fS1uS0u, H(S1.u, S0.u)),
		H(fS1uS0uB0u, H(H(S1.u, S0.u), B0.u)),
		H(fS0uB0uB1u, H(H(S0.u, B0.u), B1.u)),
		H(fS0wB0u, H(S0.w, B0.u)),
		H(fS0uB0w, H(S0.u, B0.w)),
		H(fS1r1lS0t, H(lab(s1r1i), S0.t)),
		H(fS0l1lS0l2l, H(H(lab(s0l1i), lab(s0l2i)), S0.t)),
		H(fBm1tS0t, H(bm1.t, S0.t)),
		H(fS0p1tB0t, H(s0p1.t, B0.t)),
		H(fB0m1tB0t, H(bm1.t, B0.t)),
		H(fS0c4, S0.c4), H(fS0c6, S0.c6), H(fS0c, S0.c),
		H(fB0c4, B0.c4), H(fB0c6, B0.c6), H(fB0c, B0.c),
		H(fS1c6, S1.c6), H(fB1c6, B1.c6),
		H(fS0c6B0c6, H(S0.c6, B0.c6)),
		H(fS0tB0c6, H(S0.t, B0.c6)),
		H(fS0c6B0t, H(S0.c6, B0.t)),
		H(fS1c6S0c6, H(S1.c6, S0.c6)),
		H(fS0c4B0c4B1c4, H(H(S0.c4, B0.c4), B1.c4)),
	)
}

func words(toks []nlp.Token, buf []word, cl *cluster.Set) []word {
	buf = buf[:0]
	for _, t := range toks {
		norm := cluster.Normalize(t.Form)
		c := cl.Code(cluster.Key(t.Form))
		buf = append(buf, word{
			w:  perceptron.HashString(norm),
			t:  perceptron.HashString(t.XPOS),
			u:  perceptron.HashString(t.UPOS),
			c4: uint64(cluster.Prefix(c, 4)),
			c6: uint64(cluster.Prefix(c, 6)),
			c:  uint64(c),
		})
	}
	return append(buf, word{hRoot, hRoot, hRoot, hRoot, hRoot, hRoot})
}

// bestLegal returns the legal action with the highest score. With the root
// in front of the buffer, LEFT is labelled root; elsewhere root is never a
// label.
func (m *Model) bestLegal(s *state, scores []float32) int {
	best, bs := -1, float32(0)
	consider := func(a int) {
		if best < 0 || scores[a] > bs {
			best, bs = a, scores[a]
		}
	}
	if s.legal(shift) {
		consider(shift)
	}
	nl := len(m.labels)
	if s.legal(left(0)) {
		if s.b == s.n {
			consider(left(m.root))
		} else {
			for l := 0; l < nl; l++ {
				if l != m.root {
					consider(left(l))
				}
			}
		}
	}
	if s.legal(right(0)) {
		for l := 0; l < nl; l++ {
			if l != m.root {
				consider(right(l))
			}
		}
	}
	return best
}

// Annotate fills Head and Rel of every token of d, sentence by sentence.
func (m *Model) Annotate(d *nlp.Doc) {
	c := m.cache()
	m.annotate(d, c.Score, false)
	cachePool.Put(c)
}

// annotate is Annotate with the scores of score, which must be those of
// m.pm.Score; with perItem the beam scores each configuration on its own
// instead of sharing the features that configurations have in common.
func (m *Model) annotate(d *nlp.Doc, score func([]uint64, []float32), perItem bool) {
	var ws []word
	var feats []uint64
	scores := make([]float32, 1+2*len(m.labels))
	var bs *beamSearch
	if m.beam > 1 {
		bs = newBeamSearch(m.beam, len(scores))
		bs.perItem = perItem
	}
	for _, sent := range d.Sentences {
		if sent.Start < 0 || sent.End > len(d.Tokens) || sent.End <= sent.Start {
			continue
		}
		toks := d.Tokens[sent.Start:sent.End]
		ws = words(toks, ws, m.cl)
		var s *state
		if bs != nil {
			s = m.beamParse(bs, ws, score)
		} else {
			s = newState(ws)
			for !s.terminal() {
				feats = s.features(feats[:0])
				clear(scores)
				score(feats, scores)
				s.apply(m.bestLegal(s, scores))
			}
		}
		for i := range toks {
			h := s.head[i]
			if h == s.n {
				toks[i].Head = -1
			} else {
				toks[i].Head = sent.Start + h
			}
			toks[i].Rel = m.labels[s.label[i]]
		}
	}
}

// cachePool holds perceptron caches between calls of Annotate, so that a
// pipeline parsing document after document with one model keeps its cache.
var cachePool sync.Pool

// cacheBits is the size of a parser's feature cache: 2^14 features, 256 KiB.
const cacheBits = 14

// cache returns a feature cache of m's weights.
func (m *Model) cache() *perceptron.Cache {
	if c, ok := cachePool.Get().(*perceptron.Cache); ok && c.Model() == m.pm {
		return c
	}
	return m.pm.NewCache(cacheBits)
}

// Options controls training.
type Options struct {
	Epochs  int     // passes over the training data (default 15)
	Seed    uint64  // seed of shuffling and exploration
	Explore float64 // probability of following a wrong prediction after the first epoch (default 0.9; greedy only)
	// Beam is the width of the beam (default 1: greedy). Above 1 the parser
	// is trained globally with max-violation updates and the model parses
	// with that width.
	Beam int
	Log  io.Writer
	// Dev, when set, is parsed after every epoch and its scores logged. Its
	// tags should be predicted ones.
	Dev []*nlp.Doc
	// Clusters, when set, are word clusters the features use; the model
	// keeps them (Load expects cluster.Default's set then).
	Clusters *cluster.Set
}

// goldSent is a training sentence with its projectivized gold tree.
type goldSent struct {
	words []word
	head  []int // n for the root
	label []int
}

// Train learns a parser from docs with gold heads and relations; their UPOS
// and XPOS should be predicted by the tagger (jack-knifed), as at run time.
// Non-projective trees are made projective by lifting arcs.
func Train(ctx context.Context, docs []*nlp.Doc, opt Options) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 15
	}
	if opt.Explore == 0 {
		opt.Explore = 0.9
	}
	if opt.Beam > maxBeam {
		return nil, fmt.Errorf("parse: beam width %d, at most %d supported", opt.Beam, maxBeam)
	}
	m := &Model{root: -1, cl: opt.Clusters, beam: max(opt.Beam, 1)}
	labelOf := map[string]int{}
	var sents []goldSent
	lifted := 0
	for _, d := range docs {
		for _, sent := range d.Sentences {
			toks := d.Tokens[sent.Start:sent.End]
			n := len(toks)
			if n == 0 {
				continue
			}
			g := goldSent{words: words(toks, nil, m.cl), head: make([]int, n), label: make([]int, n)}
			roots := 0
			ok := true
			for i, t := range toks {
				switch {
				case t.Head == -1:
					g.head[i] = n
					roots++
				case t.Head >= sent.Start && t.Head < sent.End && t.Head != sent.Start+i:
					g.head[i] = t.Head - sent.Start
				default:
					ok = false
				}
				rel := t.Rel
				if t.Head == -1 {
					rel = "root"
				}
				l, seen := labelOf[rel]
				if !seen {
					l = len(m.labels)
					labelOf[rel] = l
					m.labels = append(m.labels, rel)
				}
				g.label[i] = l
			}
			if !ok || roots != 1 || !isTree(g.head) {
				continue
			}
			lifted += projectivize(g.head)
			sents = append(sents, g)
		}
	}
	if len(sents) == 0 {
		return nil, errors.New("parse: no training sentences")
	}
	r, ok := labelOf["root"]
	if !ok {
		return nil, errors.New("parse: training data has no root")
	}
	m.root = r
	if len(m.labels) > maxLabels {
		return nil, fmt.Errorf("parse: %d relation labels, at most %d supported", len(m.labels), maxLabels)
	}
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, "parser: %d sentences, %d labels, %d arcs lifted to projectivize\n", len(sents), len(m.labels), lifted)
	}
	nact := 1 + 2*len(m.labels)
	tr := perceptron.NewTrainer(nact)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x706172736572))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	if m.beam > 1 {
		if err := m.trainBeam(ctx, sents, tr, rng, order, opt); err != nil {
			return nil, err
		}
		return m, nil
	}
	scores := make([]float32, nact)
	costs := make([]int, nact)
	var feats []uint64
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		var steps, wrong int
		for k, si := range order {
			if k%256 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			g := &sents[si]
			s := newState(g.words)
			for !s.terminal() {
				feats = s.features(feats[:0])
				clear(scores)
				tr.Score(feats, scores)
				pred := m.bestLegal(s, scores)
				minCost := s.costs(g, m.labels, m.root, costs)
				best := -1
				for a := range costs {
					if costs[a] == minCost && (best < 0 || scores[a] > scores[best]) {
						best = a
					}
				}
				next := pred
				if costs[pred] != minCost {
					tr.Update(feats, best, pred)
					wrong++
					if ep == 0 || rng.Float64() >= opt.Explore {
						next = best
					}
				}
				tr.Tick()
				steps++
				s.apply(next)
			}
		}
		m.logEpoch(tr, opt, "parser epoch %d: %.2f%% of transitions wrong", ep+1, 100*float64(wrong)/float64(steps))
	}
	m.finish(tr, opt)
	return m, nil
}

// logEpoch writes one epoch's line to opt.Log, if any: the message, then
// the dev scores of the weights so far when opt.Dev is set.
func (m *Model) logEpoch(tr *perceptron.Trainer, opt Options, format string, args ...any) {
	if opt.Log == nil {
		return
	}
	fmt.Fprintf(opt.Log, format, args...)
	if len(opt.Dev) > 0 {
		m.pm = tr.Model(0)
		sc := m.Evaluate(opt.Dev...)
		fmt.Fprintf(opt.Log, ", dev UAS %.2f%% LAS %.2f%%", sc.UAS, sc.LAS)
	}
	fmt.Fprintln(opt.Log)
}

// finish sets the model's weights and header at the end of training.
func (m *Model) finish(tr *perceptron.Trainer, opt Options) {
	m.pm = tr.Model(0)
	m.Header = models.Header{Name: "parser", Version: "1.3.0", Seed: int64(opt.Seed), Format: FormatVersion}
}

// trainBeam trains the weights globally: each sentence is parsed with the
// beam, and when its best parse is wrong the transitions of the gold and
// the predicted sequence up to their largest violation are rewarded and
// penalized (max-violation update).
func (m *Model) trainBeam(ctx context.Context, sents []goldSent, tr *perceptron.Trainer, rng *rand.Rand, order []int, opt Options) error {
	t := &beamTrainer{m: m, tr: tr, b: newBeamSearch(m.beam, tr.Classes()), gs: &state{}}
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		updates := 0
		for k, si := range order {
			if k%256 == 0 && ctx.Err() != nil {
				return ctx.Err()
			}
			if t.train(&sents[si]) {
				updates++
			}
			tr.Tick()
		}
		m.logEpoch(tr, opt, "parser epoch %d (beam %d): %.2f%% of sentences updated", ep+1, m.beam, 100*float64(updates)/float64(len(sents)))
	}
	m.finish(tr, opt)
	return nil
}

// costs sets costs[a] to the number of gold arcs action a makes
// unreachable (a huge cost when a is illegal) and returns the least cost.
func (s *state) costs(g *goldSent, labels []string, root int, costs []int) int {
	const illegal = 1 << 30
	for a := range costs {
		costs[a] = illegal
	}
	ns := len(s.stack)
	inStack := func(k int) bool {
		for _, x := range s.stack {
			if x == k {
				return true
			}
		}
		return false
	}
	// dependents of x still in the buffer
	bufDeps := func(x int) int {
		c := 0
		for k := s.b; k < s.n; k++ {
			if g.head[k] == x {
				c++
			}
		}
		return c
	}
	minCost := illegal
	set := func(a, c int) {
		costs[a] = c
		minCost = min(minCost, c)
	}
	if s.legal(shift) {
		c := 0
		b0 := s.b
		h := g.head[b0]
		if h != s.n && inStack(h) && h != s.stack[ns-1] {
			c++
		}
		for _, k := range s.stack {
			if g.head[k] == b0 {
				c++
			}
		}
		set(shift, c)
	}
	if ns > 0 && s.legal(left(0)) {
		s0 := s.stack[ns-1]
		h := g.head[s0]
		c := bufDeps(s0)
		if h != s.b && (h >= s.b || (ns > 1 && h == s.stack[ns-2])) {
			c++
		}
		for l := range labels {
			if (s.b == s.n) != (l == root) {
				continue
			}
			lc := c
			if h == s.b && l != g.label[s0] {
				lc++
			}
			set(left(l), lc)
		}
	}
	if ns > 1 && s.legal(right(0)) {
		s0, s1 := s.stack[ns-1], s.stack[ns-2]
		h := g.head[s0]
		c := bufDeps(s0)
		if h >= s.b {
			c++
		}
		for l := range labels {
			if l == root {
				continue
			}
			lc := c
			if h == s1 && l != g.label[s0] {
				lc++
			}
			set(right(l), lc)
		}
	}
	return minCost
}

// isTree reports whether head (n for the root) is acyclic.
func isTree(head []int) bool {
	n := len(head)
	for i := range head {
		j, steps := i, 0
		for j != n {
			if j < 0 || j > n {
				return false
			}
			j = head[j]
			steps++
			if steps > n {
				return false
			}
		}
	}
	return true
}

// projectivize lifts non-projective arcs (attaching the dependent to its
// head's head, shortest arcs first) until the tree is projective, and
// returns how many lifts it made.
func projectivize(head []int) int {
	n := len(head)
	lifts := 0
	for {
		best, bestLen := -1, n+1
		for d := range head {
			h := head[d]
			if h == n || nonProjective(head, h, d) {
				if h == n {
					continue
				}
				if l := abs(h - d); l < bestLen {
					best, bestLen = d, l
				}
			}
		}
		if best < 0 {
			return lifts
		}
		head[best] = head[head[best]]
		lifts++
	}
}

// nonProjective reports whether some word between h and d is not a
// descendant of h.
func nonProjective(head []int, h, d int) bool {
	lo, hi := min(h, d), max(h, d)
	n := len(head)
	for k := lo + 1; k < hi; k++ {
		j := k
		for j != h && j != n {
			j = head[j]
		}
		if j != h {
			return true
		}
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Scores are attachment scores in percent, punctuation included.
type Scores struct {
	Tokens int
	UAS    float64 // right head
	LAS    float64 // right head and relation
	ULAS   float64 // right head and universal relation (subtype ignored)
}

// Evaluate parses copies of the docs (keeping their tags) and compares with
// their gold heads and relations.
func (m *Model) Evaluate(gold ...*nlp.Doc) Scores {
	var sc Scores
	var u, l, ul int
	for _, g := range gold {
		d := g.Clone()
		m.Annotate(d)
		for i, t := range d.Tokens {
			gt := g.Tokens[i]
			sc.Tokens++
			if t.Head == gt.Head {
				u++
				if t.Rel == gt.Rel {
					l++
				}
				a, _, _ := strings.Cut(t.Rel, ":")
				b, _, _ := strings.Cut(gt.Rel, ":")
				if a == b {
					ul++
				}
			}
		}
	}
	if sc.Tokens > 0 {
		n := float64(sc.Tokens)
		sc.UAS, sc.LAS, sc.ULAS = 100*float64(u)/n, 100*float64(l)/n, 100*float64(ul)/n
	}
	return sc
}

// Compact drops the weights whose magnitude is below prune and rounds the
// others to multiples of step (0: 1/64), as Save stores them; it trades a
// little accuracy for a smaller file and less memory.
func (m *Model) Compact(prune, step float32) {
	m.pm = m.pm.Compact(prune, step)
}

// Mix returns a model whose weights average those of models, which must
// have been trained on the same data (same labels and word clusters), for
// example with different seeds: parameter mixing, which parses a little
// more accurately than one model at the same speed. The result's header is
// the first model's.
func Mix(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, errors.New("parse: nothing to mix")
	}
	first := models[0]
	pms := make([]*perceptron.Model, len(models))
	for i, m := range models {
		if !slices.Equal(m.labels, first.labels) || m.root != first.root || m.cl.Sum() != first.cl.Sum() || m.Beam() != first.Beam() {
			return nil, fmt.Errorf("parse: model %d has other labels, word clusters or beam width than model 1", i+1)
		}
		pms[i] = m.pm
	}
	pm, err := perceptron.Mix(pms...)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	out := *first
	out.labels = slices.Clone(first.labels)
	out.pm = pm
	return &out, nil
}

// Weights returns the number of weights the model holds.
func (m *Model) Weights() int { return m.pm.Weights() }

// Save writes the model file: a models header, then the weights.
func (m *Model) Save(w io.Writer) error {
	h := m.Header
	h.Name, h.Format = "parser", FormatVersion
	if h.Version == "" {
		h.Version = "1.0.0"
	}
	zw, err := models.WriteHeader(w, h)
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	zb := bufio.NewWriter(zw)
	var sum [8]byte
	binary.LittleEndian.PutUint64(sum[:], m.cl.Sum())
	zb.Write(sum[:])
	perceptron.PutUvarint(zb, uint64(len(m.labels)))
	for _, l := range m.labels {
		perceptron.PutUvarint(zb, uint64(len(l)))
		zb.WriteString(l)
	}
	perceptron.PutUvarint(zb, uint64(m.root))
	perceptron.PutUvarint(zb, uint64(m.Beam()))
	if _, err := m.pm.WriteTo(zb); err != nil {
		return fmt.Errorf("parse: writing weights: %w", err)
	}
	if err := zb.Flush(); err != nil {
		return fmt.Errorf("parse: writing model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("parse: writing model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	h, payload, err := models.ReadHeader(r)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	m := &Model{}
	m.Header = h
	if h.Name != "parser" || h.Format < 1 || h.Format > FormatVersion {
		return nil, fmt.Errorf("parse: not a parser model of format 1 to %d (name %q, format %d)", FormatVersion, h.Name, h.Format)
	}
	zb := bufio.NewReader(payload)
	if h.Format >= 2 {
		var sum [8]byte
		if _, err := io.ReadFull(zb, sum[:]); err != nil {
			return nil, fmt.Errorf("parse: reading cluster fingerprint: %w", err)
		}
		if s := binary.LittleEndian.Uint64(sum[:]); s != 0 {
			cl, err := cluster.Default()
			if err != nil {
				return nil, fmt.Errorf("parse: %w", err)
			}
			if cl.Sum() != s {
				return nil, fmt.Errorf("parse: model trained with clusters %016x, embedded set is %016x: retrain the parser", s, cl.Sum())
			}
			m.cl = cl
		}
	}
	nl, err := perceptron.GetUvarint(zb, maxLabels)
	if err != nil || nl == 0 {
		return nil, fmt.Errorf("parse: reading labels: bad count (%v)", err)
	}
	for i := uint64(0); i < nl; i++ {
		k, err := perceptron.GetUvarint(zb, 64)
		if err != nil {
			return nil, fmt.Errorf("parse: reading labels: %w", err)
		}
		b := make([]byte, k)
		if _, err := io.ReadFull(zb, b); err != nil {
			return nil, fmt.Errorf("parse: reading labels: %w", err)
		}
		m.labels = append(m.labels, string(b))
	}
	root, err := perceptron.GetUvarint(zb, nl-1)
	if err != nil {
		return nil, fmt.Errorf("parse: reading root label: %w", err)
	}
	m.root = int(root)
	m.beam = 1
	if h.Format >= 3 {
		k, err := perceptron.GetUvarint(zb, maxBeam)
		if err != nil || k == 0 {
			return nil, fmt.Errorf("parse: reading beam width: bad width (%v)", err)
		}
		m.beam = int(k)
	}
	if m.pm, err = perceptron.Read(zb); err != nil {
		return nil, fmt.Errorf("parse: reading weights: %w", err)
	}
	if m.pm.Classes() != 1+2*len(m.labels) {
		return nil, fmt.Errorf("parse: weights for %d actions, want %d", m.pm.Classes(), 1+2*len(m.labels))
	}
	return m, nil
}
