package parse

import "hearsay/nlp/tag/perceptron"

// Beam search: the parser keeps the k best configurations (by the sum of
// their transitions' scores) instead of one. Every transition sequence of
// the arc-hybrid system over n words has length 2n (each word is shifted
// once and attached once), so all configurations of a beam finish together.
// Trained with the structured perceptron and max-violation updates (Huang,
// Fayong and Guo 2012) against a latent gold sequence: the best zero-cost
// configuration in the beam, or, once none is left, the gold sequence
// continued by its best-scoring zero-cost transitions.

// histNode is one transition of a configuration's history, kept in a slab
// and linked to the previous one by index (-1: none).
type histNode struct{ prev, act int32 }

// beamItem is a configuration in the beam.
type beamItem struct {
	s     *state
	score float64
	hist  int32 // its last transition in the slab, -1 for none
	gold  bool  // in training: every transition so far cost nothing
}

// cand is a successor of a beam item, before the k best are kept.
type cand struct {
	from  int
	act   int
	score float64
	gold  bool
}

// beamSearch holds the buffers of a beam search, reused across sentences.
type beamSearch struct {
	k         int
	cur, next []beamItem
	pool      []*state // 2k states, shared by cur and next
	free      []*state
	cands     []cand
	hist      []histNode
	acts      []int
	feats     []uint64
	scores    []float32
	costs     []int

	// scoring the whole beam at once (see scoreBeam)
	iscores []float32  // item i's scores are iscores[i*nact:(i+1)*nact]
	part    []float32  // the summed rows of mask m's features, at m*nact
	byMask  [][]uint64 // the features of exactly the items of mask m
	masks   []int      // the masks that have features, in order of first use
	perItem bool       // score each item's features on its own (the reference)
}

func newBeamSearch(k, nact int) *beamSearch {
	b := &beamSearch{k: k, cands: make([]cand, 0, k), scores: make([]float32, nact), costs: make([]int, nact),
		iscores: make([]float32, k*nact)}
	if k <= maxSharedBeam {
		b.part = make([]float32, (1<<k)*nact)
		b.byMask = make([][]uint64, 1<<k)
	}
	for range 2 * k {
		b.pool = append(b.pool, &state{})
	}
	return b
}

// begin starts the beam on a sentence: one initial configuration.
func (b *beamSearch) begin(ws []word) {
	b.hist = b.hist[:0]
	b.pool[0].reset(ws)
	b.cur = append(b.cur[:0], beamItem{s: b.pool[0], hist: -1, gold: true})
}

// push records transition act after node prev and returns its index.
func (b *beamSearch) push(prev int32, act int) int32 {
	b.hist = append(b.hist, histNode{prev, int32(act)})
	return int32(len(b.hist) - 1)
}

// actions returns the transitions of the history ending at node i, in order.
func (b *beamSearch) actions(i int32, buf []int) []int {
	buf = buf[:0]
	for ; i >= 0; i = b.hist[i].prev {
		buf = append(buf, int(b.hist[i].act))
	}
	for l, r := 0, len(buf)-1; l < r; l, r = l+1, r-1 {
		buf[l], buf[r] = buf[r], buf[l]
	}
	return buf
}

// offer adds c to the k best candidates, kept sorted by score; of equal
// scores the earlier offered stays first, so that a beam of width 1 decides
// exactly as the greedy parser does.
func (b *beamSearch) offer(c cand) {
	n := len(b.cands)
	if n == b.k {
		if c.score <= b.cands[n-1].score {
			return
		}
		n--
		b.cands = b.cands[:n]
	}
	i := n
	for i > 0 && b.cands[i-1].score < c.score {
		i--
	}
	b.cands = append(b.cands, cand{})
	copy(b.cands[i+1:], b.cands[i:n])
	b.cands[i] = c
}

// legalActions appends the legal transitions of s in the order bestLegal
// considers them.
func (m *Model) legalActions(s *state, buf []int) []int {
	buf = buf[:0]
	if s.legal(shift) {
		buf = append(buf, shift)
	}
	nl := len(m.labels)
	if s.legal(left(0)) {
		if s.b == s.n {
			buf = append(buf, left(m.root))
		} else {
			for l := 0; l < nl; l++ {
				if l != m.root {
					buf = append(buf, left(l))
				}
			}
		}
	}
	if s.legal(right(0)) {
		for l := 0; l < nl; l++ {
			if l != m.root {
				buf = append(buf, right(l))
			}
		}
	}
	return buf
}

// step expands every configuration of the beam by each legal transition
// and keeps the k best. With g (training), a successor of a zero-cost
// configuration by a zero-cost transition is marked gold.
func (m *Model) step(b *beamSearch, score func([]uint64, []float32), g *goldSent) {
	b.cands = b.cands[:0]
	nact := len(b.scores)
	b.scoreBeam(score)
	for i := range b.cur {
		it := &b.cur[i]
		scores := b.iscores[i*nact : (i+1)*nact]
		goldParent := g != nil && it.gold
		if goldParent {
			it.s.costs(g, m.labels, m.root, b.costs)
		}
		b.acts = m.legalActions(it.s, b.acts)
		for _, a := range b.acts {
			b.offer(cand{from: i, act: a, score: it.score + float64(scores[a]), gold: goldParent && b.costs[a] == 0})
		}
	}
	// the next beam takes the states of the pool that cur does not use
	free := b.free[:0]
	for _, s := range b.pool {
		used := false
		for _, it := range b.cur {
			if it.s == s {
				used = true
				break
			}
		}
		if !used {
			free = append(free, s)
		}
	}
	b.free = free
	b.next = b.next[:0]
	for j, c := range b.cands {
		from := &b.cur[c.from]
		s := free[j]
		s.copyFrom(from.s)
		s.apply(c.act)
		b.next = append(b.next, beamItem{s: s, score: c.score, hist: b.push(from.hist, c.act), gold: c.gold})
	}
	b.cur, b.next = b.next, b.cur
}

// maxSharedBeam is the widest beam whose items are scored together by
// scoreBeam (it keeps a score vector for each of the 2^k sets of items).
const maxSharedBeam = 8

// scoreBeam puts the scores of every transition from the beam's item i in
// b.iscores[i*nact:]. Items of a beam share most features (items that differ
// only in the label of an arc share nearly all), so each distinct feature is
// scored once: the features are grouped by the set of items that have them
// (a bit mask), each group's rows are summed once, and every item adds the
// sums of the groups it belongs to. The weights are integers (in units of
// the model, or the trainer's counts), so the float32 sums are exact (sums
// of a hundred int16 weights stay far below 2^24) and equal to scoring each
// item's features on its own, in any order.
func (b *beamSearch) scoreBeam(score func([]uint64, []float32)) {
	nact, k := len(b.scores), len(b.cur)
	b.iscores = grow(b.iscores, k*nact)
	clear(b.iscores)
	b.feats = b.feats[:0]
	for i := range b.cur {
		b.feats = b.cur[i].s.features(b.feats)
	}
	if k == 1 || b.byMask == nil || b.perItem {
		nf := len(b.feats) / k
		for i := range k {
			score(b.feats[i*nf:(i+1)*nf], b.iscores[i*nact:(i+1)*nact])
		}
		return
	}
	nf := len(b.feats) / k
	b.masks = b.masks[:0]
	var first [maxSharedBeam]int // item i's feature first seen at item first[i]
	var mask [maxSharedBeam]int  // items with the feature first seen at item i
	for j := range nf {
		for i := range k {
			f := b.feats[i*nf+j]
			first[i] = i
			for i2 := range i {
				if first[i2] == i2 && b.feats[i2*nf+j] == f {
					first[i] = i2
					break
				}
			}
			if first[i] == i {
				mask[i] = 1 << i
			} else {
				mask[first[i]] |= 1 << i
			}
		}
		for i := range k {
			if first[i] == i {
				m := mask[i]
				if len(b.byMask[m]) == 0 {
					b.masks = append(b.masks, m)
				}
				b.byMask[m] = append(b.byMask[m], b.feats[i*nf+j])
			}
		}
	}
	for _, m := range b.masks {
		part := b.part[m*nact : (m+1)*nact]
		clear(part)
		score(b.byMask[m], part)
		b.byMask[m] = b.byMask[m][:0]
		for i := range k {
			if m&(1<<i) != 0 {
				is := b.iscores[i*nact : (i+1)*nact]
				for a, x := range part {
					is[a] += x
				}
			}
		}
	}
}

// beamParse parses ws with a beam and returns the best final configuration.
func (m *Model) beamParse(b *beamSearch, ws []word, score func([]uint64, []float32)) *state {
	b.begin(ws)
	for !b.cur[0].s.terminal() {
		m.step(b, score, nil)
	}
	return b.cur[0].s
}

// beamTrainer is the state of global training with a beam.
type beamTrainer struct {
	m     *Model
	tr    *perceptron.Trainer
	b     *beamSearch
	gs    *state // the gold configuration
	pa    []int
	ga    []int
	feats []uint64
}

// train learns from one sentence; it reports whether it updated the
// weights (the beam's best parse was wrong and the gold sequence fell
// below it somewhere).
func (t *beamTrainer) train(g *goldSent) bool {
	m, b, tr := t.m, t.b, t.tr
	b.begin(g.words)
	t.gs.reset(g.words)
	gscore, ghist := 0.0, int32(-1)
	maxV, vPred, vGold := 0.0, int32(-1), int32(-1)
	for !b.cur[0].s.terminal() {
		m.step(b, tr.Score, g)
		gi := -1
		for i := range b.cur {
			if b.cur[i].gold {
				gi = i
				break
			}
		}
		if gi >= 0 {
			// the best zero-cost configuration in the beam is the gold one
			t.gs.copyFrom(b.cur[gi].s)
			gscore, ghist = b.cur[gi].score, b.cur[gi].hist
		} else {
			// the gold sequence fell out of the beam: continue it by its
			// best-scoring zero-cost transition
			t.feats = t.gs.features(t.feats[:0])
			clear(b.scores)
			tr.Score(t.feats, b.scores)
			minCost := t.gs.costs(g, m.labels, m.root, b.costs)
			best := -1
			for a, c := range b.costs {
				if c == minCost && (best < 0 || b.scores[a] > b.scores[best]) {
					best = a
				}
			}
			gscore += float64(b.scores[best])
			ghist = b.push(ghist, best)
			t.gs.apply(best)
		}
		// the violation of a step where the best configuration is wrong;
		// of equal ones the last (at first all scores are 0)
		if v := b.cur[0].score - gscore; !b.cur[0].gold && v >= 0 && v >= maxV {
			maxV, vPred, vGold = v, b.cur[0].hist, ghist
		}
	}
	if b.cur[0].gold || vPred < 0 {
		return false
	}
	t.update(g.words, vPred, vGold)
	return true
}

// update rewards the transitions of the gold history ending at node gold
// and penalizes those of the predicted one ending at pred (of the same
// length), from the first transition where they differ.
func (t *beamTrainer) update(ws []word, pred, gold int32) {
	t.pa = t.b.actions(pred, t.pa)
	t.ga = t.b.actions(gold, t.ga)
	d := 0
	for d < len(t.pa) && t.pa[d] == t.ga[d] {
		d++
	}
	s := newState(ws)
	for _, a := range t.pa[:d] {
		s.apply(a)
	}
	sg := &state{}
	sg.copyFrom(s)
	for _, a := range t.pa[d:] {
		t.feats = s.features(t.feats[:0])
		t.tr.Add(t.feats, a, -1)
		s.apply(a)
	}
	for _, a := range t.ga[d:] {
		t.feats = sg.features(t.feats[:0])
		t.tr.Add(t.feats, a, 1)
		sg.apply(a)
	}
}

func grow[T any](x []T, n int) []T {
	if cap(x) < n {
		return make([]T, n)
	}
	return x[:n]
}

// reset makes s the initial configuration over words, reusing its memory.
func (s *state) reset(words []word) {
	n := len(words) - 1
	s.n, s.words, s.b = n, words, 0
	s.stack = s.stack[:0]
	s.head, s.label = grow(s.head, n+1), grow(s.label, n+1)
	s.lc, s.rc = grow(s.lc, n+1), grow(s.rc, n+1)
	s.nl, s.nr = grow(s.nl, n+1), grow(s.nr, n+1)
	s.ll, s.rl = grow(s.ll, n+1), grow(s.rl, n+1)
	for i := range s.head {
		s.head[i] = -1
		s.label[i] = 0
		s.lc[i] = [2]int{-1, -1}
		s.rc[i] = [2]int{-1, -1}
	}
	clear(s.nl)
	clear(s.nr)
	clear(s.ll)
	clear(s.rl)
}

// copyFrom makes s a copy of o, reusing its memory.
func (s *state) copyFrom(o *state) {
	n := o.n
	s.n, s.words, s.b = n, o.words, o.b
	s.stack = append(s.stack[:0], o.stack...)
	s.head, s.label = grow(s.head, n+1), grow(s.label, n+1)
	s.lc, s.rc = grow(s.lc, n+1), grow(s.rc, n+1)
	s.nl, s.nr = grow(s.nl, n+1), grow(s.nr, n+1)
	s.ll, s.rl = grow(s.ll, n+1), grow(s.rl, n+1)
	copy(s.head, o.head)
	copy(s.label, o.label)
	copy(s.lc, o.lc)
	copy(s.rc, o.rc)
	copy(s.nl, o.nl)
	copy(s.nr, o.nr)
	copy(s.ll, o.ll)
	copy(s.rl, o.rl)
}
