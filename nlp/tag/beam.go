package tag

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"hearsay/nlp/tag/perceptron"
)

// MaxBeam is the widest beam a model may decode with.
const MaxBeam = 64

// scorer adds the weights of features to per-class scores: a Trainer's
// current weights or a Model's averaged ones.
type scorer interface {
	Score(feats []uint64, scores []float32)
}

// beamItem is one hypothesis of a beam step: the class of the token and a
// link to the hypothesis of the previous token that it extends.
type beamItem struct {
	score float32 // sum of the class scores of the sequence so far
	prev  int32   // index in the previous step's items; -1 at the first token
	class int32
}

// beamSearch tags tf with a beam of width k and returns, per token, the
// items of the beam after it, best first (ties keep generation order, so
// the search is deterministic). Tokens with a sure class extend every item
// with that class and no score. buf is reused when large enough.
func beamSearch(sc scorer, tf []tokenFeats, k, nclass int, buf [][]beamItem) [][]beamItem {
	steps := buf[:0]
	base := make([]float32, nclass)
	scores := make([]float32, nclass)
	feats := make([]uint64, 0, 64)
	var cand []beamItem
	for i := range tf {
		var prevItems []beamItem
		if i > 0 {
			prevItems = steps[i-1]
		}
		// cand holds the k best extensions so far, best first; an extension
		// goes after those with equal scores, so earlier ones win ties.
		cand = cand[:0]
		extend := func(a int32, score float32, c int32) {
			if len(cand) == k && score <= cand[k-1].score {
				return
			}
			p := len(cand)
			for p > 0 && cand[p-1].score < score {
				p--
			}
			if len(cand) < k {
				cand = append(cand, beamItem{})
			}
			copy(cand[p+1:], cand[p:len(cand)-1])
			cand[p] = beamItem{score: score, prev: a, class: c}
		}
		if s := tf[i].sure; s >= 0 {
			if i == 0 {
				extend(-1, 0, s)
			}
			for a, it := range prevItems {
				extend(int32(a), it.score, s)
			}
		} else {
			feats = staticFeatures(feats[:0], tf, i)
			clear(base)
			sc.Score(feats, base)
			n := max(len(prevItems), 1)
			for a := 0; a < n; a++ {
				p1, p2, prevScore := -1, -1, float32(0)
				if i > 0 {
					it := prevItems[a]
					p1, prevScore = int(it.class), it.score
					if i > 1 {
						p2 = int(steps[i-2][it.prev].class)
					}
				}
				feats = histFeatures(feats[:0], tf, i, p1, p2)
				copy(scores, base)
				sc.Score(feats, scores)
				prev := int32(a)
				if i == 0 {
					prev = -1
				}
				if tf[i].allow != nil {
					for _, c := range tf[i].allow {
						extend(prev, prevScore+scores[c], c)
					}
					continue
				}
				for c := range scores {
					extend(prev, prevScore+scores[c], int32(c))
				}
			}
		}
		var step []beamItem
		if i < cap(steps) {
			step = steps[:i+1][i][:0] // reuse the slice of an earlier search
		}
		step = append(step, cand...)
		steps = append(steps, step)
	}
	return steps
}

// bestPath writes into out[:i+1] the classes of the sequence that ends in
// item j of step i.
func bestPath(steps [][]beamItem, i, j int, out []int) {
	for ; i >= 0; i-- {
		it := steps[i][j]
		out[i] = int(it.class)
		j = int(it.prev)
	}
}

// beamTrainer trains the tagger as a structured perceptron over a beam.
type beamTrainer struct {
	k, nclass int
	steps     [][]beamItem
	pred      []int
	feats     []uint64
	scores    []float32
}

// train decodes one sentence with the trainer's current weights and, when
// the best sequence is wrong, makes a max-violation update: it rewards the
// gold prefix and penalizes the predicted one up to the token where the
// predicted prefix outscores the gold prefix the most. gold holds the gold
// classes (tokens with a sure class count as that class). It returns the
// number of tokens the beam tagged right.
func (bt *beamTrainer) train(tr *perceptron.Trainer, tf []tokenFeats, gold []int) int {
	n := len(tf)
	for i := range gold {
		if tf[i].sure >= 0 {
			gold[i] = int(tf[i].sure)
		}
	}
	bt.steps = beamSearch(tr, tf, bt.k, bt.nclass, bt.steps)
	bt.pred = growInts(bt.pred, n)
	if cap(bt.scores) < bt.nclass {
		bt.scores = make([]float32, bt.nclass)
	}
	scores := bt.scores[:bt.nclass]
	// The gold prefix's score under the current weights, token by token,
	// and the step where the best item beats it by the most.
	worst, worstStep := float32(0), -1
	goldScore := float32(0)
	for i := 0; i < n; i++ {
		if tf[i].sure < 0 {
			p1, p2 := -1, -1
			if i > 0 {
				p1 = gold[i-1]
			}
			if i > 1 {
				p2 = gold[i-2]
			}
			bt.feats = features(bt.feats[:0], tf, i, p1, p2)
			clear(scores)
			tr.Score(bt.feats, scores)
			goldScore += scores[gold[i]]
		}
		if v := bt.steps[i][0].score - goldScore; worstStep < 0 || v > worst {
			bestPath(bt.steps, i, 0, bt.pred)
			if !slices.Equal(bt.pred[:i+1], gold[:i+1]) {
				worst, worstStep = v, i
			}
		}
	}
	bestPath(bt.steps, n-1, 0, bt.pred)
	correct := 0
	for i := range n {
		if bt.pred[i] == gold[i] {
			correct++
		}
	}
	if correct < n && worstStep >= 0 {
		bestPath(bt.steps, worstStep, 0, bt.pred)
		for i := 0; i <= worstStep; i++ {
			if tf[i].sure >= 0 {
				continue
			}
			gp1, gp2, pp1, pp2 := -1, -1, -1, -1
			if i > 0 {
				gp1, pp1 = gold[i-1], bt.pred[i-1]
			}
			if i > 1 {
				gp2, pp2 = gold[i-2], bt.pred[i-2]
			}
			if gold[i] == bt.pred[i] && gp1 == pp1 && gp2 == pp2 {
				continue
			}
			bt.feats = features(bt.feats[:0], tf, i, gp1, gp2)
			tr.Add(bt.feats, gold[i], 1)
			bt.feats = features(bt.feats[:0], tf, i, pp1, pp2)
			tr.Add(bt.feats, bt.pred[i], -1)
		}
	}
	for i := range n {
		if tf[i].sure < 0 {
			tr.Tick()
		}
	}
	return correct
}

// closedUPOS are the closed word classes a tag dictionary restricts.
var closedUPOS = map[string]bool{
	"ADP": true, "AUX": true, "CCONJ": true, "DET": true, "PART": true,
	"PRON": true, "SCONJ": true, "PUNCT": true,
}

// tagDict returns, for every normalized form seen at least minCount times
// with closed-class UPOS tags only, the sorted classes seen with it.
func tagDict(normCount map[string]map[int]int, upos []string, minCount int) map[string][]int32 {
	dict := map[string][]int32{}
	for w, cs := range normCount {
		n, _, _ := total(cs)
		if n < minCount {
			continue
		}
		var classes []int32
		closed := true
		for c := range cs {
			if !closedUPOS[upos[c]] {
				closed = false
				break
			}
			classes = append(classes, int32(c))
		}
		if !closed {
			continue
		}
		slices.Sort(classes)
		dict[w] = classes
	}
	return dict
}

// titleCase upper-cases the first letter of s.
func titleCase(s string) string {
	r, sz := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[sz:]
}
