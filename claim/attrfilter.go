package claim

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"

	"hearsay/claim/polnear"
)

// The attribution filter: a logistic regression over hashed features of an
// assembled attribution (the unit the ranker, attrrank.go, is made of) (its cue word and how often PolNeAR marks it, the
// kind and place of its source and content, whether it lies inside another
// attribution's content, the tagger's margin for its cue) that estimates the
// chance the attribution is right as a whole, source, cue and content. It
// is trained on the attributions that taggers assemble for training
// articles they did not see (k folds), so that it learns the mistakes the
// tagger makes on new text.

const filterBits = 16

// AttributionFilter is a logistic regression over hashed attribution
// features: the ranker's two units (AttributionRanker) are filters, one
// scoring candidates against each other, one giving the chance that the
// chosen candidate is right, kept when at least its threshold.
type AttributionFilter struct {
	w         []float32 // 1<<filterBits weights, indexed by feature hash
	bias      float32
	threshold float32 // least probability for an attribution to be kept
}

// filterExample is one assembled attribution with its features and whether
// it matched a gold relation.
type filterExample struct {
	feats     []uint32
	right     bool
	assembled bool // the ranker's candidate made of the assembled source and content
	exact     bool // right with exact spans
}

func (f *AttributionFilter) prob(feats []uint32) float64 {
	z := float64(f.bias)
	for _, h := range feats {
		z += float64(f.w[h])
	}
	return 1 / (1 + math.Exp(-z))
}

// trainFilter fits the filter by stochastic gradient descent on the
// logistic loss with L2 regularisation, averaging the weights over the
// last pass.
func trainFilter(ex []filterExample, epochs int, l2 float64, seed uint64) *AttributionFilter {
	f := &AttributionFilter{w: make([]float32, 1<<filterBits), threshold: 0.5}
	if len(ex) == 0 {
		return f
	}
	rng := rand.New(rand.NewPCG(seed, 0xf117))
	w := make([]float64, len(f.w))
	var b float64
	sum := make([]float64, len(f.w))
	var sumB float64
	n := 0
	for e := range epochs {
		rate := 0.1 / (1 + float64(e))
		for _, k := range rng.Perm(len(ex)) {
			x := ex[k]
			z := b
			for _, h := range x.feats {
				z += w[h]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if x.right {
				y = 1
			}
			g := p - y
			b -= rate * g
			for _, h := range x.feats {
				w[h] -= rate * (g + l2*w[h])
			}
			if e == epochs-1 {
				for h := range w {
					sum[h] += w[h]
				}
				sumB += b
				n++
			}
		}
	}
	for h := range w {
		f.w[h] = float32(sum[h] / float64(n))
	}
	f.bias = float32(sumB / float64(n))
	return f
}

// filterHash hashes the parts of one filter or ranker feature (fnv-1a, each
// part closed by a zero byte) into the filterBits-wide weight index.
func filterHash(parts ...string) uint32 {
	h := uint64(fnvOffset)
	for _, p := range parts {
		h = hstr(h, p)
		h = hstr(h, "\x00")
	}
	return uint32(h >> (64 - filterBits))
}

// filterFeatures returns the hashed features of the attribution all[k]
// among all the attributions assembled for the Doc.
func (s *scanner) filterFeatures(all []Attribution, k int, margin float32, out []uint32) []uint32 {
	a := all[k]
	add := func(parts ...string) { out = append(out, filterHash(parts...)) }
	bucket := func(n int) string {
		switch {
		case n <= 0:
			return "0"
		case n <= 3:
			return strconv.Itoa(n)
		case n <= 6:
			return "4-6"
		case n <= 12:
			return "7-12"
		case n <= 25:
			return "13-25"
		}
		return "26+"
	}
	h := a.head
	if a.cueEnd > a.cue {
		h = s.cueHead(a.cue, a.cueEnd)
	}
	w, lem := s.low[h], s.lemmaOf(h)
	t := s.d.Tokens[h]
	rate := "none"
	if st, ok := s.lx[w]; ok {
		rate = fmt.Sprintf("%.1f", min(st.P(), 0.9))
		if st.InCue < 3 {
			rate = "rare"
		}
	}
	_, hand := handCues[lem]
	hasSrc := a.srcEnd > a.src
	srcSide := "none"
	if hasSrc {
		srcSide = "before"
		if a.src >= a.cueEnd {
			srcSide = "after"
		}
	}
	contSide := "after"
	switch {
	case a.contEnd <= a.cue:
		contSide = "before"
	case a.cont < a.cue:
		contSide = "around"
	}
	crosses := s.d.SentenceOf(a.cont) != s.d.SentenceOf(max(a.contEnd-1, a.cont)) || s.d.SentenceOf(a.cont) != a.Sentence
	nested, holds := false, false
	for j, b := range all {
		if j == k {
			continue
		}
		if b.cont <= a.cue && a.cueEnd <= b.contEnd {
			nested = true
		}
		if a.cont <= b.cue && b.cueEnd <= a.contEnd {
			holds = true
		}
	}
	mb := "m<-20"
	switch {
	case margin >= 40:
		mb = "m40+"
	case margin >= 20:
		mb = "m20"
	case margin >= 10:
		mb = "m10"
	case margin >= 0:
		mb = "m0"
	case margin >= -20:
		mb = "m-20"
	}
	srcKind := "none"
	if hasSrc {
		sh := s.cueHead(a.src, a.srcEnd)
		st := s.d.Tokens[sh]
		srcKind = st.UPOS
		if e := st.Ent; len(e) > 2 {
			srcKind += "/" + e[2:]
		}
	}
	add("bias2")
	add("w", w)
	add("lem", lem)
	add("pos", t.UPOS)
	add("rel", baseRel(t.Rel))
	add("rate", rate)
	add("hand", boolStr(hand))
	add("cuelen", bucket(a.cueEnd-a.cue))
	add("src", srcSide)
	add("srckind", srcKind)
	add("srclen", bucket(a.srcEnd-a.src))
	add("cont", contSide)
	add("contlen", bucket(a.contEnd-a.cont))
	add("direct", boolStr(a.Direct))
	add("crosses", boolStr(crosses))
	add("nested", boolStr(nested))
	add("holds", boolStr(holds))
	add("margin", mb)
	add("unsaid", boolStr(s.unsaid(a)))
	add("weaknoun", boolStr(a.cueEnd > a.cue && s.weakNounCue(h)))
	add("strong", boolStr(s.strongCue(a.cue, max(a.cueEnd, a.cue+1))))
	add("pos×src", t.UPOS, srcSide)
	add("rate×src", rate, srcSide)
	add("rate×nested", rate, boolStr(nested))
	add("rate×margin", rate, mb)
	add("pos×nested×src", t.UPOS, boolStr(nested), srcSide)
	add("lem×src", lem, boolStr(hasSrc))
	add("rel×pos", baseRel(t.Rel), t.UPOS)
	add("direct×cont", boolStr(a.Direct), contSide)
	add("cuelen×pos", bucket(a.cueEnd-a.cue), t.UPOS)
	{
		prev, next := "<s>", "</s>"
		sent := s.d.Sentences[a.Sentence]
		if a.cue > sent.Start {
			prev = s.low[a.cue-1]
		}
		if a.cueEnd < sent.End {
			next = s.low[a.cueEnd]
		}
		add("prev", prev)
		add("next", next)
		add("lem×next", lem, next)
		if a.contEnd > a.cont {
			add("cfirst", s.low[a.cont])
			add("clast", s.low[a.contEnd-1])
		}
		if hasSrc {
			sh := s.cueHead(a.src, a.srcEnd)
			if s.d.Tokens[sh].UPOS == "PRON" || s.d.Tokens[sh].UPOS == "DET" {
				add("srcw", s.low[sh])
			}
			gap := a.cue - a.srcEnd
			if a.src >= a.cueEnd {
				gap = a.src - a.cueEnd
			}
			add("srcgap", bucket(gap))
		}
		gap := a.cont - a.cueEnd
		if a.contEnd <= a.cue {
			gap = a.cue - a.contEnd
		}
		add("contgap", bucket(gap))
		add("contgap×side", bucket(gap), contSide)
		add("hmargin", fmt.Sprintf("%d", int(max(min(s.marginAt(h)/10, 6), -6))))
	}
	return out
}

// cueMargin returns the tagger's mean margin for the cue label over the
// cue of a, 0 when the scanner has no margins.
func (s *scanner) cueMargin(a Attribution) float32 {
	if s.margin == nil || a.cueEnd <= a.cue {
		return 0
	}
	var m float32
	for i := a.cue; i < a.cueEnd; i++ {
		m += s.margin[i]
	}
	return m / float32(a.cueEnd-a.cue)
}

func (s *scanner) marginAt(i int) float32 {
	if s.margin == nil {
		return 0
	}
	return s.margin[i]
}

// FilterOptions are the settings of TrainAttributionFilter.
type FilterOptions struct {
	Folds     int     // taggers trained on all folds but one, each labelling the articles of the fold it did not see (default 5)
	Epochs    int     // passes of each fold's tagger (default 8)
	Bag       int     // perceptrons averaged in each fold's tagger (default 3)
	MinCount  int     // least occurrences of a tagger feature (default 3)
	Seed      uint64  // fold k's tagger shuffles with Seed+k
	Threshold float64 // least chance of being right for an attribution to be kept (default 0.15)
	Passes    int     // passes of the filter's own training (default 10)
	L2        float64 // the filter's L2 penalty (default 1e-4)
	// Skip, when set, leaves the attributions of the articles it reports out of
	// the filter's training examples (their taggers still train on them), for
	// a held-out measurement.
	Skip func(i int) bool
	// Cache, when set, is a directory keeping each fold's tagger labels
	// between runs, keyed by the settings and the data but not by the
	// tagger's code (for ranker experiments; clear it when the tagger's
	// features change).
	Cache string
	Log   io.Writer
}

// foldAttributions splits docs into opt.Folds folds by index, trains a
// tagger on all folds but one, and calls each with every article of the
// fold left out (but those opt.Skip reports), its scanner and the
// attributions assembled from the tagger's labels, before the precision
// filters; after each fold it logs progress(k).
func foldAttributions(docs []AttrDoc, opt *FilterOptions, each func(i int, s *scanner, all []Attribution), progress func(k int) string) error {
	if opt.Folds <= 1 {
		opt.Folds = 5
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 8
	}
	if opt.Bag <= 0 {
		opt.Bag = 3
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 3
	}
	if opt.Threshold <= 0 {
		opt.Threshold = 0.15
	}
	if opt.Passes <= 0 {
		opt.Passes = 10
	}
	if opt.L2 <= 0 {
		opt.L2 = 1e-4
	}
	if len(docs) < opt.Folds {
		return fmt.Errorf("%d articles for %d folds", len(docs), opt.Folds)
	}
	for k := range opt.Folds {
		fl, err := foldTagged(docs, opt, k)
		if err != nil {
			return err
		}
		for j, i := range fl.Doc {
			if opt.Skip != nil && opt.Skip(i) {
				continue
			}
			s := newScanner(docs[i].Doc)
			s.margin = fl.Margin[j]
			each(i, s, s.candidates(fl.Labels[j]))
		}
		if opt.Log != nil {
			fmt.Fprintln(opt.Log, progress(k))
		}
	}
	return nil
}

// matchesGold reports whether a matches one of the gold relations in
// source, cue and content, each with at least half overlap.
func matchesGold(a Attribution, gold []polnear.Relation) bool {
	for _, g := range gold {
		if !overlapMatch(g.Cue, span2{Start: a.Cue.Start, End: a.Cue.End}) ||
			!overlapMatch(g.Content, span2{Start: a.Content.Start, End: a.Content.End}) {
			continue
		}
		if g.HasSource() != a.HasSource() || g.HasSource() && !overlapMatch(g.Source, span2{Start: a.Source.Start, End: a.Source.End}) {
			continue
		}
		return true
	}
	return false
}

// matchesGoldExact reports whether a matches one of the gold relations with
// the same source, cue and content spans.
func matchesGoldExact(a Attribution, gold []polnear.Relation) bool {
	for _, g := range gold {
		if g.Cue == (span2{Start: a.Cue.Start, End: a.Cue.End}) && g.Content == (span2{Start: a.Content.Start, End: a.Content.End}) &&
			g.HasSource() == a.HasSource() && (!g.HasSource() || g.Source == (span2{Start: a.Source.Start, End: a.Source.End})) {
			return true
		}
	}
	return false
}
