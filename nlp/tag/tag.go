// Package tag is hearsay's part-of-speech tagger: a greedy left-to-right
// averaged perceptron that predicts the universal tag (UPOS) and the Penn
// Treebank tag (XPOS) of every token jointly, trained on Universal
// Dependencies English treebanks by Train.
package tag

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
	"unicode"
	"unicode/utf8"

	"hearsay/nlp"
	"hearsay/nlp/cluster"
	"hearsay/nlp/models"
	"hearsay/nlp/tag/perceptron"
)

// FormatVersion is the version of the payload format written by Save (the
// Format field of the model file's header).
// Format 2 adds the fingerprint of the word clusters the model was trained
// with (0 for none); format 1 files, which have none, still load. Format 3
// adds, after the weights, the beam width and the tag dictionary; Save
// writes it only for a model that has either (Options.Beam, Options.TagDict),
// so a greedy model without a dictionary is still written as format 2.
const FormatVersion = 3

// Model is a trained tagger. It is safe for concurrent use.
type Model struct {
	// Header describes the model; Save writes it as the file's first line.
	Header models.Header

	upos, xpos []string // per class
	lex        map[string]lexEntry
	pm         *perceptron.Model
	cl         *cluster.Set // word clusters of the features; nil for none
	beam       int          // beam width of decoding; ≤ 1 for greedy
	dict       map[string][]int32
	// dict restricts the classes of frequent closed-class words (by
	// normalized form) to those seen with them in training; nil for none.
}

// lexEntry is what the training data says about one word.
type lexEntry struct {
	best int32 // most frequent class of the lowercased word
	sure int32 // class of the exact form when it is (nearly) unambiguous, else -1
}

// tokenFeats holds the per-token hashes the feature templates combine.
type tokenFeats struct {
	form, norm, shape uint64
	pre               [3]uint64
	suf               [4]uint64
	lexBest           uint64
	sure              int32
	cl                uint32  // word cluster code, 0 for none
	allow             []int32 // the classes the tag dictionary allows; nil for all
}

var (
	hStart = perceptron.HashString("-START-")
	hEnd   = perceptron.HashString("-END-")
	hNone  = perceptron.HashString("-NONE-")
)

// shape maps a word to its character classes with runs collapsed:
// "McDonald's" → "XxXx'x", "1,200" → "d,d".
func shape(s string) string {
	var b [24]byte
	n := 0
	var last byte
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		case unicode.IsLetter(r):
			c = 'l'
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n < len(b) {
			b[n] = c
			n++
		}
	}
	return string(b[:n])
}

// affixes returns the hashes of the first and last 1..k runes of s.
func affixes(s string, tf *tokenFeats) {
	runes := utf8.RuneCountInString(s)
	for k := 1; k <= 3; k++ {
		if k > runes {
			tf.pre[k-1] = hNone
			continue
		}
		end := 0
		for j := 0; j < k; j++ {
			_, sz := utf8.DecodeRuneInString(s[end:])
			end += sz
		}
		tf.pre[k-1] = perceptron.HashString(s[:end])
	}
	for k := 1; k <= 4; k++ {
		if k > runes {
			tf.suf[k-1] = hNone
			continue
		}
		start := len(s)
		for j := 0; j < k; j++ {
			_, sz := utf8.DecodeLastRuneInString(s[:start])
			start -= sz
		}
		tf.suf[k-1] = perceptron.HashString(s[start:])
	}
}

func (m *Model) prepare(toks []nlp.Token, tf []tokenFeats) {
	for i := range toks {
		f := &tf[i]
		form := toks[i].Form
		norm := cluster.Normalize(form)
		f.form = perceptron.HashString(form)
		f.norm = perceptron.HashString(norm)
		f.shape = perceptron.HashString(shape(form))
		affixes(norm, f)
		f.cl = m.cl.Code(cluster.Key(form))
		f.lexBest = hNone
		f.sure = -1
		if e, ok := m.lex[norm]; ok && e.best >= 0 {
			f.lexBest = uint64(e.best) + 1
		}
		if e, ok := m.lex[form]; ok {
			f.sure = e.sure
		}
		f.allow = nil
		if m.dict != nil {
			f.allow = m.dict[norm]
		}
	}
}

// Feature template ids.
const (
	fBias = iota + 1
	fForm
	fNorm
	fSuf1
	fSuf2
	fSuf3
	fSuf4
	fPre1
	fPre2
	fPre3
	fShape
	fPrevNorm
	fNextNorm
	fPrev2Norm
	fNext2Norm
	fPrevSuf3
	fNextSuf3
	fP1
	fP2
	fP1P2
	fP1Norm
	fLex1
	fLex2
	fLex1Norm
	fNextShape
	fFirstNorm
	fP1Lex1
	fPrevNormNorm
	fNormNextNorm
	fPrevShape
	fLex1Lex2
	fP1Suf3
	fP2P1Norm
	fPrevNormSuf3
	fNormNextShape
	fLexPrev
	fNextSuf2
	fNext2Suf3
	fC4
	fC6
	fC10
	fCFull
	fPrevC6
	fPrevCFull
	fNextC6
	fNextCFull
	fNext2C6
	fP1C6
)

// features appends the features of token i given the previous two
// predicted classes (-1 before the sentence): its static features and its
// history features.
func features(buf []uint64, tf []tokenFeats, i int, p1, p2 int) []uint64 {
	return histFeatures(staticFeatures(buf, tf, i), tf, i, p1, p2)
}

// at returns the normalized form, 3-suffix, shape and lexicon class of
// token j, or the start or end markers outside the sentence.
func at(tf []tokenFeats, j int) (norm, suf3, shape, lex uint64) {
	if j < 0 {
		return hStart, hStart, hStart, hStart
	}
	if j >= len(tf) {
		return hEnd, hEnd, hEnd, hEnd
	}
	return tf[j].norm, tf[j].suf[2], tf[j].shape, tf[j].lexBest
}

// clAt returns the k-bit cluster prefix of token j, or the start or end
// markers outside the sentence.
func clAt(tf []tokenFeats, j, k int) uint64 {
	if j < 0 {
		return hStart
	}
	if j >= len(tf) {
		return hEnd
	}
	return uint64(cluster.Prefix(tf[j].cl, k))
}

// staticFeatures appends the features of token i that do not depend on the
// predicted classes of the tokens before it.
func staticFeatures(buf []uint64, tf []tokenFeats, i int) []uint64 {
	H := perceptron.Hash
	t := &tf[i]
	pn, ps3, psh, _ := at(tf, i-1)
	ns2, n2s3 := hEnd, hEnd
	if i+1 < len(tf) {
		ns2 = tf[i+1].suf[1]
	}
	if i+2 < len(tf) {
		n2s3 = tf[i+2].suf[2]
	}
	nn, ns3, nsh, nl := at(tf, i+1)
	p2n, _, _, _ := at(tf, i-2)
	n2n, _, _, n2l := at(tf, i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	return append(buf,
		H(fBias, 0),
		H(fForm, t.form),
		H(fNorm, t.norm),
		H(fSuf1, t.suf[0]),
		H(fSuf2, t.suf[1]),
		H(fSuf3, t.suf[2]),
		H(fSuf4, t.suf[3]),
		H(fPre1, t.pre[0]),
		H(fPre2, t.pre[1]),
		H(fPre3, t.pre[2]),
		H(fShape, t.shape),
		H(fPrevNorm, pn),
		H(fNextNorm, nn),
		H(fPrev2Norm, p2n),
		H(fNext2Norm, n2n),
		H(fPrevSuf3, ps3),
		H(fNextSuf3, ns3),
		H(fLex1, nl),
		H(fLex2, n2l),
		H(fLex1Norm, H(nl, t.norm)),
		H(fNextShape, nsh),
		H(fFirstNorm, H(first, t.shape)),
		H(fPrevNormNorm, H(pn, t.norm)),
		H(fNormNextNorm, H(t.norm, nn)),
		H(fPrevShape, H(psh, t.shape)),
		H(fLex1Lex2, H(nl, n2l)),
		H(fPrevNormSuf3, H(pn, t.suf[2])),
		H(fNormNextShape, H(t.norm, nsh)),
		H(fNextSuf2, ns2),
		H(fNext2Suf3, n2s3),
		H(fC4, clAt(tf, i, 4)),
		H(fC6, clAt(tf, i, 6)),
		H(fC10, clAt(tf, i, 10)),
		H(fCFull, clAt(tf, i, cluster.MaxDepth)),
		H(fPrevC6, clAt(tf, i-1, 6)),
		H(fPrevCFull, clAt(tf, i-1, cluster.MaxDepth)),
		H(fNextC6, clAt(tf, i+1, 6)),
		H(fNextCFull, clAt(tf, i+1, cluster.MaxDepth)),
		H(fNext2C6, clAt(tf, i+2, 6)),
	)
}

// histFeatures appends the features of token i that combine the predicted
// classes p1 and p2 of the two tokens before it (-1 before the sentence).
func histFeatures(buf []uint64, tf []tokenFeats, i int, p1, p2 int) []uint64 {
	H := perceptron.Hash
	t := &tf[i]
	_, _, _, pl := at(tf, i-1)
	_, _, _, nl := at(tf, i+1)
	hp1, hp2 := uint64(p1+2), uint64(p2+2)
	return append(buf,
		H(fP1, hp1),
		H(fP2, hp2),
		H(fP1P2, H(hp1, hp2)),
		H(fP1Norm, H(hp1, t.norm)),
		H(fP1Lex1, H(hp1, nl)),
		H(fP1Suf3, H(hp1, t.suf[2])),
		H(fP2P1Norm, H(H(hp2, hp1), t.norm)),
		H(fLexPrev, H(pl, hp1)),
		H(fP1C6, H(hp1, clAt(tf, i, 6))),
	)
}

// Annotate fills UPOS and XPOS of every token of d.
func (m *Model) Annotate(d *nlp.Doc) {
	var tf []tokenFeats
	var classes []int
	for _, s := range d.Sentences {
		if s.Start < 0 || s.End > len(d.Tokens) || s.End <= s.Start {
			continue
		}
		toks := d.Tokens[s.Start:s.End]
		tf = growFeats(tf, len(toks))
		classes = growInts(classes, len(toks))
		m.tagSentence(toks, tf, classes)
		for i := range toks {
			toks[i].UPOS = m.upos[classes[i]]
			toks[i].XPOS = m.xpos[classes[i]]
		}
	}
}

func growFeats(s []tokenFeats, n int) []tokenFeats {
	if cap(s) < n {
		return make([]tokenFeats, n)
	}
	return s[:n]
}

func growInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

func (m *Model) tagSentence(toks []nlp.Token, tf []tokenFeats, out []int) {
	m.prepare(toks, tf)
	if m.beam > 1 {
		items := beamSearch(m.pm, tf, m.beam, len(m.upos), nil)
		bestPath(items, len(tf)-1, 0, out)
		return
	}
	scores := make([]float32, len(m.upos))
	feats := make([]uint64, 0, 64)
	p1, p2 := -1, -1
	for i := range toks {
		c := int(tf[i].sure)
		if c < 0 {
			feats = features(feats[:0], tf, i, p1, p2)
			clear(scores)
			m.pm.Score(feats, scores)
			c = argmaxOf(scores, tf[i].allow)
		}
		out[i] = c
		p2, p1 = p1, c
	}
}

func argmax(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

// argmaxOf returns the best of the classes in allow, or of all classes
// when allow is nil.
func argmaxOf(s []float32, allow []int32) int {
	if allow == nil {
		return argmax(s)
	}
	best := int(allow[0])
	for _, c := range allow[1:] {
		if s[c] > s[best] {
			best = int(c)
		}
	}
	return best
}

// Options controls training.
type Options struct {
	Epochs int    // passes over the training data (default 10)
	Seed   uint64 // seed of the shuffling, for reproducible models
	Log    io.Writer
	// Dev, when set, is tagged after every epoch and its accuracy logged.
	Dev []*nlp.Doc
	// Clusters, when set, are word clusters the features use; the model
	// keeps them (Load expects cluster.Default's set then).
	Clusters *cluster.Set
	// DevSets, when Log is set, are further named sets tagged after every
	// epoch (Dev's figures are logged as "dev").
	DevSets []DevSet
	// Beam > 1 trains a structured perceptron with a beam of this width
	// and max-violation updates, and the model decodes with that beam;
	// otherwise the tagger is greedy.
	Beam int
	// LowerCopies and TitleCopies are the fractions of training sentences
	// that are also trained on lower-cased, or with every word's first
	// letter upper-cased (as in headlines), so that text cased unlike
	// edited prose is covered; 0 for none.
	LowerCopies, TitleCopies float64
	// TagDict > 0 builds a tag dictionary: a word (normalized form) seen
	// at least TagDict times whose every training class is closed-class
	// (ADP, AUX, CCONJ, DET, PART, PRON, SCONJ, PUNCT) is restricted to
	// the classes seen with it, in training and tagging.
	TagDict int
}

// DevSet is a named set of gold documents for logging.
type DevSet struct {
	Name string
	Docs []*nlp.Doc
}

// Train learns a tagger from docs with gold UPOS and XPOS.
func Train(ctx context.Context, docs []*nlp.Doc, opt Options) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.Beam > MaxBeam {
		return nil, fmt.Errorf("tag: beam width %d above %d", opt.Beam, MaxBeam)
	}
	type sent struct{ toks []nlp.Token }
	var sents []sent
	classOf := map[string]int{}
	m := &Model{lex: map[string]lexEntry{}, cl: opt.Clusters}
	formCount := map[string]map[int]int{}
	normCount := map[string]map[int]int{}
	for _, d := range docs {
		for _, s := range d.Sentences {
			toks := d.Tokens[s.Start:s.End]
			if len(toks) == 0 {
				continue
			}
			sents = append(sents, sent{toks})
			for _, t := range toks {
				key := t.UPOS + "\t" + t.XPOS
				c, ok := classOf[key]
				if !ok {
					c = len(m.upos)
					classOf[key] = c
					m.upos = append(m.upos, t.UPOS)
					m.xpos = append(m.xpos, t.XPOS)
				}
				count(formCount, t.Form, c)
				count(normCount, cluster.Normalize(t.Form), c)
			}
		}
	}
	if len(sents) == 0 {
		return nil, errors.New("tag: no training sentences")
	}
	if opt.LowerCopies > 0 || opt.TitleCopies > 0 {
		crng := rand.New(rand.NewPCG(opt.Seed, 0x63617365f636f70))
		n := len(sents)
		for _, cp := range []struct {
			frac float64
			f    func(string) string
		}{{opt.LowerCopies, strings.ToLower}, {opt.TitleCopies, titleCase}} {
			if cp.frac <= 0 {
				continue
			}
			for _, s := range sents[:n] {
				if crng.Float64() >= cp.frac {
					continue
				}
				c := slices.Clone(s.toks)
				changed := false
				for i := range c {
					f := cp.f(c[i].Form)
					changed = changed || f != c[i].Form
					c[i].Form = f
				}
				if !changed {
					continue
				}
				sents = append(sents, sent{c})
				for _, t := range c {
					cl := classOf[t.UPOS+"\t"+t.XPOS]
					count(formCount, t.Form, cl)
					count(normCount, cluster.Normalize(t.Form), cl)
				}
			}
		}
	}
	if opt.TagDict > 0 {
		m.dict = tagDict(normCount, m.upos, opt.TagDict)
	}
	m.beam = opt.Beam
	for w, cs := range normCount {
		n, best, _ := total(cs)
		if n >= 3 {
			m.lex[w] = lexEntry{best: int32(best), sure: -1}
		}
	}
	for w, cs := range formCount {
		n, best, bc := total(cs)
		if n >= 20 && float64(bc) >= 0.995*float64(n) {
			e, ok := m.lex[w]
			if !ok {
				e = lexEntry{best: -1}
			}
			e.sure = int32(best)
			m.lex[w] = e
		}
	}
	tr := perceptron.NewTrainer(len(m.upos))
	rng := rand.New(rand.NewPCG(opt.Seed, 0x746167676572))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	var tf []tokenFeats
	var gold []int
	bt := &beamTrainer{k: opt.Beam, nclass: len(m.upos)}
	scores := make([]float32, len(m.upos))
	feats := make([]uint64, 0, 64)
	for ep := 0; ep < opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, n := 0, 0
		for k, si := range order {
			if k%256 == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			toks := sents[si].toks
			tf = growFeats(tf, len(toks))
			m.prepare(toks, tf)
			if opt.Beam > 1 {
				gold = growInts(gold, len(toks))
				for i, t := range toks {
					gold[i] = classOf[t.UPOS+"\t"+t.XPOS]
				}
				correct += bt.train(tr, tf, gold)
				n += len(toks)
				continue
			}
			p1, p2 := -1, -1
			for i, t := range toks {
				gold := classOf[t.UPOS+"\t"+t.XPOS]
				guess := int(tf[i].sure)
				if guess < 0 {
					feats = features(feats[:0], tf, i, p1, p2)
					clear(scores)
					tr.Score(feats, scores)
					guess = argmaxOf(scores, tf[i].allow)
					tr.Update(feats, gold, guess)
					tr.Tick()
				}
				if guess == gold {
					correct++
				}
				n++
				p2, p1 = p1, guess
			}
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "tagger epoch %d: train accuracy %.2f%%", ep+1, 100*float64(correct)/float64(n))
			if len(opt.Dev) > 0 || len(opt.DevSets) > 0 {
				m.pm = tr.Model(0)
			}
			if len(opt.Dev) > 0 {
				sc := m.Evaluate(opt.Dev...)
				fmt.Fprintf(opt.Log, ", dev UPOS %.2f%% XPOS %.2f%%", sc.UPOS, sc.XPOS)
			}
			for _, ds := range opt.DevSets {
				sc := m.Evaluate(ds.Docs...)
				fmt.Fprintf(opt.Log, ", %s UPOS %.2f%% XPOS %.2f%%", ds.Name, sc.UPOS, sc.XPOS)
			}
			fmt.Fprintln(opt.Log)
		}
	}
	m.pm = tr.Model(0)
	m.Header = models.Header{Name: "tagger", Version: "1.3.0", Seed: int64(opt.Seed), Format: FormatVersion}
	return m, nil
}

func count(m map[string]map[int]int, w string, c int) {
	cs := m[w]
	if cs == nil {
		cs = map[int]int{}
		m[w] = cs
	}
	cs[c]++
}

// total returns the count of a word, its most frequent class (lowest class
// on ties, for determinism) and that class's count.
func total(cs map[int]int) (n, best, bc int) {
	best = -1
	for c, k := range cs {
		n += k
		if k > bc || (k == bc && c < best) {
			best, bc = c, k
		}
	}
	return n, best, bc
}

// Scores are tagging accuracies in percent.
type Scores struct {
	Tokens int
	UPOS   float64
	XPOS   float64
	Both   float64 // UPOS and XPOS both right
}

// Evaluate tags copies of the gold docs and returns the accuracies.
func (m *Model) Evaluate(gold ...*nlp.Doc) Scores {
	var sc Scores
	var up, xp, both int
	for _, g := range gold {
		d := g.Clone()
		m.Annotate(d)
		for i, t := range d.Tokens {
			gt := g.Tokens[i]
			sc.Tokens++
			if t.UPOS == gt.UPOS {
				up++
			}
			if t.XPOS == gt.XPOS {
				xp++
			}
			if t.UPOS == gt.UPOS && t.XPOS == gt.XPOS {
				both++
			}
		}
	}
	if sc.Tokens > 0 {
		n := float64(sc.Tokens)
		sc.UPOS, sc.XPOS, sc.Both = 100*float64(up)/n, 100*float64(xp)/n, 100*float64(both)/n
	}
	return sc
}

// Compact drops the weights whose magnitude is below prune and rounds the
// others to multiples of step (0: 1/64), as Save stores them; it trades a
// little accuracy for a smaller file and less memory.
func (m *Model) Compact(prune, step float32) {
	m.pm = m.pm.Compact(prune, step)
}

// Clusters returns the word clusters the model's features use (nil for
// none).
func (m *Model) Clusters() *cluster.Set { return m.cl }

// Beam returns the beam width the model decodes with (1 for greedy).
func (m *Model) Beam() int { return max(m.beam, 1) }

// Weights returns the number of weights the model holds.
func (m *Model) Weights() int { return m.pm.Weights() }

// Save writes the model file: a models header, then the weights.
func (m *Model) Save(w io.Writer) error {
	h := m.Header
	h.Name, h.Format = "tagger", FormatVersion
	if m.beam <= 1 && len(m.dict) == 0 {
		h.Format = 2
	}
	if h.Version == "" {
		h.Version = "1.0.0"
	}
	zw, err := models.WriteHeader(w, h)
	if err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	zb := bufio.NewWriter(zw)
	var sum [8]byte
	binary.LittleEndian.PutUint64(sum[:], m.cl.Sum())
	zb.Write(sum[:])
	putStr := func(s string) {
		perceptron.PutUvarint(zb, uint64(len(s)))
		zb.WriteString(s)
	}
	perceptron.PutUvarint(zb, uint64(len(m.upos)))
	for i := range m.upos {
		putStr(m.upos[i])
		putStr(m.xpos[i])
	}
	words := sortedKeys(m.lex)
	perceptron.PutUvarint(zb, uint64(len(words)))
	for _, w := range words {
		e := m.lex[w]
		putStr(w)
		perceptron.PutUvarint(zb, uint64(e.best+1))
		perceptron.PutUvarint(zb, uint64(e.sure+1))
	}
	if _, err := m.pm.WriteTo(zb); err != nil {
		return fmt.Errorf("tag: writing weights: %w", err)
	}
	if h.Format >= 3 {
		perceptron.PutUvarint(zb, uint64(max(m.beam, 1)))
		dw := sortedKeys(m.dict)
		perceptron.PutUvarint(zb, uint64(len(dw)))
		for _, w := range dw {
			putStr(w)
			perceptron.PutUvarint(zb, uint64(len(m.dict[w])))
			for _, c := range m.dict[w] {
				perceptron.PutUvarint(zb, uint64(c))
			}
		}
	}
	if err := zb.Flush(); err != nil {
		return fmt.Errorf("tag: writing model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("tag: writing model: %w", err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	h, payload, err := models.ReadHeader(r)
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	m := &Model{lex: map[string]lexEntry{}}
	m.Header = h
	if h.Name != "tagger" || h.Format < 1 || h.Format > FormatVersion {
		return nil, fmt.Errorf("tag: not a tagger model of format 1 to %d (name %q, format %d)", FormatVersion, h.Name, h.Format)
	}
	zb := bufio.NewReader(payload)
	fail := func(what string, err error) (*Model, error) {
		return nil, fmt.Errorf("tag: reading %s: %w", what, err)
	}
	if h.Format >= 2 {
		var sum [8]byte
		if _, err := io.ReadFull(zb, sum[:]); err != nil {
			return fail("cluster fingerprint", err)
		}
		if s := binary.LittleEndian.Uint64(sum[:]); s != 0 {
			cl, err := cluster.Default()
			if err != nil {
				return fail("clusters", err)
			}
			if cl.Sum() != s {
				return fail("clusters", fmt.Errorf("model trained with clusters %016x, embedded set is %016x: retrain the tagger", s, cl.Sum()))
			}
			m.cl = cl
		}
	}
	nc, err := perceptron.GetUvarint(zb, 1<<12)
	if err != nil {
		return fail("classes", err)
	}
	if nc == 0 {
		return fail("classes", errors.New("no classes"))
	}
	for i := uint64(0); i < nc; i++ {
		u, err := perceptron.GetString(zb)
		if err != nil {
			return fail("classes", err)
		}
		x, err := perceptron.GetString(zb)
		if err != nil {
			return fail("classes", err)
		}
		m.upos = append(m.upos, u)
		m.xpos = append(m.xpos, x)
	}
	nw, err := perceptron.GetUvarint(zb, 1<<24)
	if err != nil {
		return fail("lexicon", err)
	}
	for i := uint64(0); i < nw; i++ {
		w, err := perceptron.GetString(zb)
		if err != nil {
			return fail("lexicon", err)
		}
		b, err := perceptron.GetUvarint(zb, nc)
		if err != nil {
			return fail("lexicon", err)
		}
		s, err := perceptron.GetUvarint(zb, nc)
		if err != nil {
			return fail("lexicon", err)
		}
		m.lex[w] = lexEntry{best: int32(b) - 1, sure: int32(s) - 1}
	}
	if m.pm, err = perceptron.Read(zb); err != nil {
		return fail("weights", err)
	}
	if m.pm.Classes() != len(m.upos) {
		return fail("weights", fmt.Errorf("%d classes, want %d", m.pm.Classes(), len(m.upos)))
	}
	if h.Format >= 3 {
		b, err := perceptron.GetUvarint(zb, 64)
		if err != nil {
			return fail("beam width", err)
		}
		m.beam = int(b)
		nd, err := perceptron.GetUvarint(zb, 1<<20)
		if err != nil {
			return fail("tag dictionary", err)
		}
		if nd > 0 {
			m.dict = make(map[string][]int32, nd)
		}
		for i := uint64(0); i < nd; i++ {
			w, err := perceptron.GetString(zb)
			if err != nil {
				return fail("tag dictionary", err)
			}
			k, err := perceptron.GetUvarint(zb, nc)
			if err != nil {
				return fail("tag dictionary", err)
			}
			if k == 0 {
				return fail("tag dictionary", fmt.Errorf("no classes for %q", w))
			}
			cs := make([]int32, k)
			for j := range cs {
				c, err := perceptron.GetUvarint(zb, nc-1)
				if err != nil {
					return fail("tag dictionary", err)
				}
				cs[j] = int32(c)
			}
			m.dict[w] = cs
		}
	}
	return m, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
