package ner

import (
	_ "embed"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"hearsay/nlp"
)

//go:embed facts.txt
var factsText string

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs   int   // passes over the training data (default 10)
	Seed     int64 // seed for the order of documents
	MinCount int   // features seen fewer times in the gold data are dropped (default 1)
	TwoPass  bool  // decode each document twice, the second time with the first pass's labels as features
	NoFacts  bool  // leave out the embedded list of countries, demonyms, cities and organisations
	Folds    int   // the training gazetteer seen by a document is built from the other folds (default 4)
	// TitleCase is the fraction of training sentences also learned in a
	// Title Case copy ("Obama Says U.S. Will Not Strike"), so that
	// headlines written that way are tagged well.
	TitleCase float64
	// WordDropout is the probability that a training token's own word
	// features (form, lower case, word bigrams) are hidden for one
	// decoding, so that the model learns to tag unseen words from their
	// shape and context.
	WordDropout float64
	// Runs is the number of models trained with seeds Seed, Seed+1, ...
	// whose weights are averaged into the result (default 1).
	Runs     int
	Dev      []*nlp.Doc // scored after every epoch when given
	Training []string   // names of the training files, for the metadata
	Log      io.Writer  // progress, when not nil
}

// preferred order of the usual types; others follow sorted.
var typeOrder = []string{"PER", "ORG", "LOC", "MISC"}

// Train learns a model from documents whose tokens carry gold BIO tags in
// Token.Ent. Training is deterministic for a given seed.
func Train(docs []*nlp.Doc, opt TrainOptions) (*Model, error) {
	if opt.Runs <= 1 {
		return trainOne(docs, opt)
	}
	// several runs with seeds Seed, Seed+1, ...: their weights are averaged.
	var models []*Model
	for r := 0; r < opt.Runs; r++ {
		o := opt
		o.Seed = opt.Seed + int64(r)
		o.Runs = 1
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "ner: run %d of %d (seed %d)\n", r+1, opt.Runs, o.Seed)
		}
		m, err := trainOne(docs, o)
		if err != nil {
			return nil, err
		}
		models = append(models, m)
	}
	out := models[0]
	sum := map[uint32][]float32{}
	for _, m := range models {
		for k, r := range m.index {
			row := sum[k]
			if row == nil {
				row = make([]float32, m.nl)
				sum[k] = row
			}
			for y, v := range m.w[int(r)*m.nl : int(r+1)*m.nl] {
				row[y] += v / float32(len(models))
			}
		}
	}
	keys := make([]uint32, 0, len(sum))
	for k := range sum {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out.index = make(map[uint32]int32, len(keys))
	out.w = make([]float32, 0, len(keys)*out.nl)
	for i, k := range keys {
		out.index[k] = int32(i)
		out.w = append(out.w, sum[k]...)
	}
	out.Meta.Seed = opt.Seed
	out.prune()
	if len(opt.Dev) > 0 && opt.Log != nil {
		s := Evaluate(out, opt.Dev)
		fmt.Fprintf(opt.Log, "ner: averaged %d runs: dev F1 %.2f\n", len(models), 100*s.Overall.F1)
	}
	return out, nil
}

func trainOne(docs []*nlp.Doc, opt TrainOptions) (*Model, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 1
	}
	if opt.Folds <= 1 {
		opt.Folds = 4
	}
	logf := func(format string, a ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, a...)
		}
	}
	// entity types
	seen := map[string]bool{}
	for _, d := range docs {
		for _, t := range d.Tokens {
			if len(t.Ent) > 2 {
				seen[t.Ent[2:]] = true
			}
		}
	}
	var types []string
	for _, t := range typeOrder {
		if seen[t] {
			types = append(types, t)
			delete(seen, t)
		}
	}
	var rest []string
	for t := range seen {
		rest = append(rest, t)
	}
	slices.Sort(rest)
	types = append(types, rest...)
	if len(types) == 0 {
		return nil, fmt.Errorf("ner: training data has no entities")
	}
	if len(types) > 15 {
		return nil, fmt.Errorf("ner: training data has %d entity types, at most 15 are supported", len(types))
	}
	typeIdx := map[string]int{}
	for i, t := range types {
		typeIdx[t] = i
	}
	m := &Model{
		Meta: Meta{Name: modelName, Format: fileVersion, Types: types, Data: opt.Training, Seed: opt.Seed, Epochs: opt.Epochs, TwoPass: opt.TwoPass},
	}
	m.setLabels()
	m.facts = newGazetteer()
	if !opt.NoFacts {
		if err := loadFacts(m.facts, factsText, typeIdx); err != nil {
			return nil, err
		}
	}

	fold := make([]int, len(docs))
	for k := range fold {
		fold[k] = k % opt.Folds
	}
	if opt.TitleCase > 0 {
		aug, augFold := titleCaseCopies(docs, fold, opt.TitleCase, opt.Seed)
		docs = append(docs[:len(docs):len(docs)], aug...)
		fold = append(fold, augFold...)
	}

	// gold labels and gazetteers
	gold := make([][]int, len(docs))
	for k, d := range docs {
		gold[k] = bilouLabels(d, typeIdx)
	}
	full, fullVocab := newGazetteer(), newGazetteer()
	folds := make([]*gazetteer, opt.Folds)
	vocabs := make([]*gazetteer, opt.Folds)
	for f := range folds {
		folds[f], vocabs[f] = newGazetteer(), newGazetteer()
	}
	for k, d := range docs {
		for _, t := range d.Tokens {
			if r, _ := utf8.DecodeRuneInString(t.Form); !unicode.IsLower(r) {
				continue
			}
			h := hstr(strings.ToLower(t.Form))
			fullVocab.m[h] = 1
			for f := range vocabs {
				if f != fold[k] {
					vocabs[f].m[h] = 1
				}
			}
		}
	}
	for k, d := range docs {
		sp := spans(d)
		c := newDocCtx(d, sp)
		for _, s := range sp {
			m.record(c, s[0], gold[k][s[0]:s[1]], map[uint64]uint8{}, full)
			for f := range folds {
				if f != fold[k] {
					m.record(c, s[0], gold[k][s[0]:s[1]], map[uint64]uint8{}, folds[f])
				}
			}
		}
	}

	// feature index from the gold data
	counts := map[uint32]int32{}
	var dec decoder
	for k, d := range docs {
		m.train, m.vocab = folds[fold[k]], vocabs[fold[k]]
		sp := spans(d)
		c := newDocCtx(d, sp)
		if opt.TwoPass {
			c.pass1, c.pass1Gaz = map[uint64]uint8{}, newGazetteer()
			for _, s := range sp {
				m.record(c, s[0], gold[k][s[0]:s[1]], c.pass1, c.pass1Gaz)
			}
		}
		for _, s := range sp {
			extract(c, m.facts, m.train, m.vocab, s[0], s[1], &dec.sf, len(types))
			for _, f := range dec.sf.feats {
				counts[uint32(f>>32)]++
			}
			prev := m.nl
			for i := s[0]; i < s[1]; i++ {
				a, b := transFeats(prev, &c.toks[i])
				counts[uint32(a>>32)]++
				counts[uint32(b>>32)]++
				prev = gold[k][i]
			}
			m.record(c, s[0], gold[k][s[0]:s[1]], c.hist, c.histGaz)
		}
	}
	m.index = map[uint32]int32{}
	keys := make([]uint32, 0, len(counts))
	for f, n := range counts {
		if int(n) >= opt.MinCount {
			keys = append(keys, f)
		}
	}
	counts = nil
	slices.Sort(keys)
	for i, f := range keys {
		m.index[f] = int32(i)
	}
	logf("ner: %d documents, %d types %v, %d features\n", len(docs), len(types), types, len(keys))

	nl := m.nl
	m.w = make([]float32, len(keys)*nl)
	acc := make([]float64, len(keys)*nl)
	step := 1.0
	add := func(f uint64, y int, v float32) {
		r, ok := m.index[uint32(f>>32)]
		if !ok {
			return
		}
		j := int(r)*nl + y
		m.w[j] += v
		acc[j] += step * float64(v)
	}
	update := func(c *docCtx, s0 int, sf *sentFeats, g, p []int) bool {
		wrong := false
		for i := range g {
			gp, pp := nl, nl
			if i > 0 {
				gp, pp = g[i-1], p[i-1]
			}
			if g[i] != p[i] {
				wrong = true
				for _, f := range sf.feats[sf.off[i]:sf.off[i+1]] {
					add(f, g[i], 1)
					add(f, p[i], -1)
				}
			}
			if g[i] != p[i] || gp != pp {
				t := &c.toks[s0+i]
				a, b := transFeats(gp, t)
				add(a, g[i], 1)
				add(b, g[i], 1)
				a, b = transFeats(pp, t)
				add(a, p[i], -1)
				add(b, p[i], -1)
			}
		}
		return wrong
	}

	rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x6e6572))
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	avg := func() *Model {
		a := *m
		a.w = make([]float32, len(m.w))
		for j := range m.w {
			a.w[j] = m.w[j] - float32(acc[j]/step)
		}
		a.train, a.vocab = full, fullVocab
		return &a
	}
	// feature positions of a token's own word (see extract): form, lower,
	// previous+current and current+next word.
	wordFeats := [...]int{1, 2, 11, 12}
	dropRng := rand.New(rand.NewPCG(uint64(opt.Seed), 0x64726f70))
	if opt.WordDropout > 0 {
		dec.drop = func(sf *sentFeats) {
			for i := 0; i+1 < len(sf.off); i++ {
				if dropRng.Float64() >= opt.WordDropout {
					continue
				}
				for _, k := range wordFeats {
					sf.feats[sf.off[i]+k] = 0
				}
			}
		}
	}
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, sents := 0, 0
		for _, k := range order {
			d := docs[k]
			m.train, m.vocab = folds[fold[k]], vocabs[fold[k]]
			sp := spans(d)
			c := newDocCtx(d, sp)
			passes := 1
			if opt.TwoPass {
				passes = 2
			}
			pred := make([]int, len(d.Tokens))
			for pass := 0; pass < passes; pass++ {
				if pass == 1 {
					c.pass1, c.pass1Gaz = map[uint64]uint8{}, newGazetteer()
					for _, s := range sp {
						m.record(c, s[0], pred[s[0]:s[1]], c.pass1, c.pass1Gaz)
					}
					c.hist, c.histGaz = map[uint64]uint8{}, newGazetteer()
				}
				for _, s := range sp {
					m.viterbi(c, s[0], s[1], &dec, m.row)
					copy(pred[s[0]:s[1]], dec.out)
					if update(c, s[0], &dec.sf, gold[k][s[0]:s[1]], dec.out) {
						errs++
					}
					sents++
					step++
					m.record(c, s[0], dec.out, c.hist, c.histGaz)
				}
			}
		}
		logf("ner: epoch %d: %d of %d sentences wrong", ep, errs, sents)
		if len(opt.Dev) > 0 {
			s := Evaluate(avg(), opt.Dev)
			logf(", dev F1 %.2f", 100*s.Overall.F1)
		}
		logf("\n")
	}
	out := avg()
	out.prune()
	return out, nil
}

// prune drops rows whose weights are all zero.
func (m *Model) prune() {
	keys := make([]uint32, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	index := map[uint32]int32{}
	var w []float32
	for _, k := range keys {
		r := m.w[int(m.index[k])*m.nl : int(m.index[k]+1)*m.nl]
		zero := true
		for _, v := range r {
			if v != 0 {
				zero = false
			}
		}
		if zero {
			continue
		}
		index[k] = int32(len(w) / m.nl)
		w = append(w, r...)
	}
	m.index, m.w = index, w
	m.Meta.Features = len(index)
}

// bilouLabels converts the BIO tags of d to BILOU label numbers; tags of
// unknown types become O.
func bilouLabels(d *nlp.Doc, typeIdx map[string]int) []int {
	out := make([]int, len(d.Tokens))
	typeOf := func(i int) (int, bool) {
		e := d.Tokens[i].Ent
		if len(e) < 3 {
			return 0, false
		}
		t, ok := typeIdx[e[2:]]
		return t, ok
	}
	for _, sp := range spans(d) {
		for i := sp[0]; i < sp[1]; i++ {
			t, ok := typeOf(i)
			if !ok {
				continue
			}
			begin := d.Tokens[i].Ent[0] == 'B' || i == sp[0]
			if !begin {
				pt, pok := typeOf(i - 1)
				begin = !pok || pt != t
			}
			cont := false
			if i+1 < sp[1] {
				nt, nok := typeOf(i + 1)
				cont = nok && nt == t && d.Tokens[i+1].Ent[0] == 'I'
			}
			switch {
			case begin && !cont:
				out[i] = label(t, 3)
			case begin:
				out[i] = label(t, 0)
			case cont:
				out[i] = label(t, 1)
			default:
				out[i] = label(t, 2)
			}
		}
	}
	return out
}

// loadFacts adds the entries of the facts list ("TYPE<TAB>name" lines, "#"
// comments) whose type the model knows.
func loadFacts(g *gazetteer, text string, typeIdx map[string]int) error {
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		typ, name, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("ner: facts.txt line %d: want TYPE<TAB>name", n+1)
		}
		if t, ok := typeIdx[typ]; ok {
			for _, alt := range strings.Split(name, "|") {
				g.addPhrase(alt, t)
			}
		}
	}
	return nil
}

// small words that stay in lower case in Title Case headlines.
var titleSmall = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true, "for": true,
	"on": true, "at": true, "to": true, "by": true, "of": true, "in": true, "as": true, "up": true,
}

// titleCaseCopies returns Title Case copies of a fraction of the sentences of
// docs, each as a document of its own, with the folds of their originals.
func titleCaseCopies(docs []*nlp.Doc, fold []int, frac float64, seed int64) ([]*nlp.Doc, []int) {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x7469746c65))
	var out []*nlp.Doc
	var outFold []int
	for k, d := range docs {
		for _, sp := range spans(d) {
			if rng.Float64() >= frac {
				continue
			}
			c := &nlp.Doc{}
			var text strings.Builder
			changed := false
			for i := sp[0]; i < sp[1]; i++ {
				t := d.Tokens[i]
				f := t.Form
				if r, size := utf8.DecodeRuneInString(f); unicode.IsLower(r) && (i == sp[0] || !titleSmall[f]) {
					f = string(unicode.ToUpper(r)) + f[size:]
					changed = true
				}
				if i > sp[0] {
					text.WriteByte(' ')
				}
				t.Start = text.Len()
				text.WriteString(f)
				t.End, t.Form, t.Head = text.Len(), f, -1
				c.Tokens = append(c.Tokens, t)
			}
			if !changed {
				continue
			}
			c.Text = text.String()
			c.Sentences = []nlp.Sentence{{Start: 0, End: len(c.Tokens)}}
			out = append(out, c)
			outFold = append(outFold, fold[k])
		}
	}
	return out, outFold
}
