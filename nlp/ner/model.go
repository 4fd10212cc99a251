// Package ner is hearsay's named-entity tagger: a structured averaged
// perceptron over BILOU labels with Viterbi decoding, trained by Train from
// CoNLL-2003 data. Its features need only the word forms (no part-of-speech
// tags): the word, its shape, affixes and neighbours, the capitalisation of
// the sentence (headlines in capitals or Title Case), gazetteers (entity
// strings seen in training and an embedded list of countries, demonyms,
// cities and organisations) and document-level context (how the same word
// was labelled earlier in the document, whether it is written in lower case
// elsewhere). Labels follow CoNLL-2003: PER, ORG, LOC and MISC; demonyms and
// nationalities such as "Syrian" are MISC.
//
// Annotate treats the Doc it is given as one document. To evaluate on a
// CoNLL file with documents, read it with ReadConllDocs and annotate each
// document (Evaluate does this).
package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"

	"hearsay/nlp"
)

// Meta describes a trained model. It is the first line of a model file, in
// the header layout of package nlp/models (name, version, trained, data,
// scores, seed, notes, format) with the tagger's own fields added.
type Meta struct {
	Name     string             `json:"name"`              // "ner"
	Version  string             `json:"version"`           // the model's version
	Trained  string             `json:"trained,omitempty"` // when it was trained (RFC 3339 date)
	Data     []string           `json:"data"`              // training files, relative to ../shared/data
	Scores   map[string]float64 `json:"scores,omitempty"`  // dev span F1 (0..100): "dev_f1", "dev_f1_PER", ...
	Seed     int64              `json:"seed"`
	Notes    string             `json:"notes,omitempty"`
	Format   int                `json:"format"` // payload layout
	Types    []string           `json:"types"`  // entity types, in label order
	Epochs   int                `json:"epochs"`
	TwoPass  bool               `json:"two_pass"`
	Features int                `json:"features"`
}

const (
	modelName   = "ner"
	fileVersion = 2
	maxChunk    = 300 // longer sentences are decoded in chunks
)

// Model is a trained entity tagger. It is safe for concurrent use.
type Model struct {
	Meta  Meta
	nl    int              // number of BILOU labels: 1 + 4*len(types)
	index map[uint32]int32 // feature hash (high 32 bits) → row
	w     []float32        // rows of nl weights
	facts *gazetteer       // hand-written facts
	train *gazetteer       // entity strings of the training data
	vocab *gazetteer       // words written in lower case in the training data

	allowed []bool // (nl+1)*nl: label y may follow label p (p == nl: sentence start)
}

// setLabels sets the label count for types and the allowed transitions.
func (m *Model) setLabels() {
	m.nl = 1 + 4*len(m.Meta.Types)
	m.allowed = make([]bool, (m.nl+1)*m.nl)
	for p := 0; p <= m.nl; p++ {
		for y := 0; y < m.nl; y++ {
			m.allowed[p*m.nl+y] = m.computeValid(p, y)
		}
	}
}

func label(t, k int) int { return 1 + 4*t + k } // k: 0 B, 1 I, 2 L, 3 U

// valid reports whether label y may follow label p (p == nl is the start).
func (m *Model) valid(p, y int) bool {
	return m.allowed[p*m.nl+y]
}

func (m *Model) computeValid(p, y int) bool {
	open := p != m.nl && p != 0 && (p-1)%4 <= 1 // p is B or I
	if !open {
		return y == 0 || (y-1)%4 == 0 || (y-1)%4 == 3
	}
	return (y-1)/4 == (p-1)/4 && ((y-1)%4 == 1 || (y-1)%4 == 2)
}

func (m *Model) validEnd(y int) bool { return y == 0 || (y-1)%4 >= 2 }

func (m *Model) row(h uint64) []float32 {
	r, ok := m.index[uint32(h>>32)]
	if !ok {
		return nil
	}
	return m.w[int(r)*m.nl : int(r+1)*m.nl]
}

// decoder holds scratch space for Viterbi.
type decoder struct {
	sf    sentFeats
	score []float32 // per token, per label: static score
	trans []float32 // per token, per prev label (nl+1), per label
	delta []float32
	next  []float32
	back  []uint8
	out   []int
	// drop, when set (in training), may blank some features of a sentence
	// after extraction.
	drop func(sf *sentFeats)
}

// viterbi labels tokens [s0, s1) of c using row to find weights; the labels
// are left in dec.out.
func (m *Model) viterbi(c *docCtx, s0, s1 int, dec *decoder, row func(uint64) []float32) {
	nl := m.nl
	n := s1 - s0
	extract(c, m.facts, m.train, m.vocab, s0, s1, &dec.sf, len(m.Meta.Types))
	if dec.drop != nil {
		dec.drop(&dec.sf)
	}
	dec.score = resize(dec.score, n*nl)
	dec.trans = resize(dec.trans, n*(nl+1)*nl)
	clear(dec.score)
	clear(dec.trans)
	for i := 0; i < n; i++ {
		sc := dec.score[i*nl : (i+1)*nl]
		for _, f := range dec.sf.feats[dec.sf.off[i]:dec.sf.off[i+1]] {
			if r := row(f); r != nil {
				for y, v := range r {
					sc[y] += v
				}
			}
		}
		t := &c.toks[s0+i]
		for p := 0; p <= nl; p++ {
			if i == 0 && p != nl || i > 0 && p == nl {
				continue
			}
			tr := dec.trans[(i*(nl+1)+p)*nl : (i*(nl+1)+p+1)*nl]
			a, b := transFeats(p, t)
			if r := row(a); r != nil {
				for y, v := range r {
					tr[y] += v
				}
			}
			if r := row(b); r != nil {
				for y, v := range r {
					tr[y] += v
				}
			}
		}
	}
	neg := float32(math.Inf(-1))
	dec.delta = resize(dec.delta, nl)
	dec.next = resize(dec.next, nl)
	dec.back = resizeU8(dec.back, n*nl)
	for y := 0; y < nl; y++ {
		dec.delta[y] = neg
		if m.valid(nl, y) {
			dec.delta[y] = dec.score[y] + dec.trans[nl*nl+y]
		}
	}
	for i := 1; i < n; i++ {
		for y := 0; y < nl; y++ {
			best, arg := neg, 0
			for p := 0; p < nl; p++ {
				if dec.delta[p] == neg || !m.valid(p, y) {
					continue
				}
				if v := dec.delta[p] + dec.trans[(i*(nl+1)+p)*nl+y]; v > best {
					best, arg = v, p
				}
			}
			if best != neg {
				best += dec.score[i*nl+y]
			}
			dec.next[y] = best
			dec.back[i*nl+y] = uint8(arg)
		}
		dec.delta, dec.next = dec.next, dec.delta
	}
	best, arg := neg, 0
	for y := 0; y < nl; y++ {
		if m.validEnd(y) && dec.delta[y] > best {
			best, arg = dec.delta[y], y
		}
	}
	dec.out = resizeInt(dec.out, n)
	for i := n - 1; i >= 0; i-- {
		dec.out[i] = arg
		arg = int(dec.back[i*nl+arg])
	}
}

func resize(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

func resizeU8(s []uint8, n int) []uint8 {
	if cap(s) < n {
		return make([]uint8, n)
	}
	return s[:n]
}

func resizeInt(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// spans returns the token ranges to decode: the Doc's sentences, cleaned so
// that every token is covered once, cut into chunks of at most maxChunk.
func spans(d *nlp.Doc) [][2]int {
	n := len(d.Tokens)
	var out [][2]int
	add := func(a, b int) {
		for a < b {
			e := min(b, a+maxChunk)
			out = append(out, [2]int{a, e})
			a = e
		}
	}
	pos := 0
	for _, s := range d.Sentences {
		a, b := max(s.Start, pos), min(s.End, n)
		if a >= b {
			continue
		}
		if a > pos {
			add(pos, a)
		}
		add(a, b)
		pos = b
	}
	add(pos, n)
	return out
}

// record adds the entities of labels (for tokens s0...) to the document history.
func (m *Model) record(c *docCtx, s0 int, labels []int, hist map[uint64]uint8, g *gazetteer) {
	var hs []uint64
	for i := 0; i < len(labels); i++ {
		y := labels[i]
		if y == 0 {
			continue
		}
		t := (y - 1) / 4
		j := i + 1
		if k := (y - 1) % 4; k == 0 || k == 1 {
			for j < len(labels) && labels[j] != 0 && (labels[j]-1)/4 == t && (labels[j]-1)%4 != 0 && (labels[j]-1)%4 != 3 {
				j++
				if (labels[j-1]-1)%4 == 2 {
					break
				}
			}
		}
		hs = hs[:0]
		for k := i; k < j; k++ {
			hs = append(hs, c.toks[s0+k].hLower)
			hist[c.toks[s0+k].hLower] |= 1 << t
		}
		g.add(hs, t)
		i = j - 1
	}
}

// setTags writes the BIO tags of labels to d's tokens from s0.
func (m *Model) setTags(d *nlp.Doc, s0 int, labels []int) {
	for i, y := range labels {
		tok := &d.Tokens[s0+i]
		if y == 0 {
			tok.Ent = "O"
			continue
		}
		typ := m.Meta.Types[(y-1)/4]
		switch (y - 1) % 4 {
		case 0, 3:
			tok.Ent = "B-" + typ
		default:
			tok.Ent = "I-" + typ
		}
	}
}

// Annotate sets Token.Ent of every token of d to a BIO tag ("B-PER",
// "I-ORG", "O"). The Doc is taken to be one document.
func (m *Model) Annotate(d *nlp.Doc) {
	if d == nil || len(d.Tokens) == 0 {
		return
	}
	sp := spans(d)
	c := newDocCtx(d, sp)
	var dec decoder
	labels := make([]int, len(d.Tokens))
	for _, s := range sp {
		m.viterbi(c, s[0], s[1], &dec, m.row)
		copy(labels[s[0]:s[1]], dec.out)
		m.record(c, s[0], dec.out, c.hist, c.histGaz)
	}
	if m.Meta.TwoPass {
		c.pass1, c.pass1Gaz = map[uint64]uint8{}, newGazetteer()
		for _, s := range sp {
			m.record(c, s[0], labels[s[0]:s[1]], c.pass1, c.pass1Gaz)
		}
		c.hist, c.histGaz = map[uint64]uint8{}, newGazetteer()
		for _, s := range sp {
			m.viterbi(c, s[0], s[1], &dec, m.row)
			copy(labels[s[0]:s[1]], dec.out)
			m.record(c, s[0], dec.out, c.hist, c.histGaz)
		}
	}
	for _, s := range sp {
		m.setTags(d, s[0], labels[s[0]:s[1]])
	}
}

// Save writes the model as one gzip stream: a line of JSON metadata (Meta),
// then the gazetteers and weights.
func (m *Model) Save(w io.Writer) error {
	meta := m.Meta
	meta.Name, meta.Format = modelName, fileVersion
	if meta.Version == "" {
		meta.Version = "1.0.0"
	}
	meta.Features = len(m.index)
	js, err := json.Marshal(meta)
	if err != nil {
		return fmt.Errorf("ner: encoding metadata: %w", err)
	}
	bw := bufio.NewWriter(w)
	zw, err := gzip.NewWriterLevel(bw, gzip.BestCompression)
	if err != nil {
		return err
	}
	zw.Name = modelName + ".model"
	if _, err := zw.Write(append(js, '\n')); err != nil {
		return fmt.Errorf("ner: writing model: %w", err)
	}
	var buf []byte
	putU := func(v uint64) { buf = binary.AppendUvarint(buf, v) }
	putGaz := func(g *gazetteer) {
		keys := make([]uint64, 0, len(g.m))
		for k := range g.m {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		putU(uint64(g.maxLen))
		putU(uint64(len(keys)))
		for _, k := range keys {
			buf = binary.LittleEndian.AppendUint64(buf, k)
			putU(uint64(g.m[k]))
		}
	}
	putGaz(m.facts)
	putGaz(m.train)
	putGaz(m.vocab)
	keys := make([]uint32, 0, len(m.index))
	for k := range m.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	putU(uint64(len(keys)))
	prev := uint32(0)
	for _, k := range keys {
		putU(uint64(k - prev))
		prev = k
		r := m.w[int(m.index[k])*m.nl : int(m.index[k]+1)*m.nl]
		var mask uint64
		for y, v := range r {
			if v != 0 {
				mask |= 1 << y
			}
		}
		putU(mask)
		for _, v := range r {
			if v != 0 {
				buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(v))
			}
		}
		if len(buf) > 1<<16 {
			if _, err := zw.Write(buf); err != nil {
				return fmt.Errorf("ner: writing model: %w", err)
			}
			buf = buf[:0]
		}
	}
	if _, err := zw.Write(buf); err != nil {
		return fmt.Errorf("ner: writing model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: writing model: %w", err)
	}
	return bw.Flush()
}

// Load reads a model written by Save (such as the embedded
// nlp/models/ner.model).
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: not a model file: %w", err)
	}
	br := bufio.NewReaderSize(zr, 64<<10)
	line, err := br.ReadBytes('\n')
	if err != nil {
		return nil, fmt.Errorf("ner: reading model header: %w", err)
	}
	m := &Model{}
	if err := json.Unmarshal(line, &m.Meta); err != nil {
		return nil, fmt.Errorf("ner: model header: %w", err)
	}
	if m.Meta.Name != modelName || m.Meta.Format != fileVersion {
		return nil, fmt.Errorf("ner: not a %s model of format %d (%q, format %d)", modelName, fileVersion, m.Meta.Name, m.Meta.Format)
	}
	if len(m.Meta.Types) == 0 || len(m.Meta.Types) > 15 {
		return nil, fmt.Errorf("ner: model has %d entity types", len(m.Meta.Types))
	}
	m.setLabels()
	data, err := io.ReadAll(br)
	if err != nil {
		return nil, fmt.Errorf("ner: model payload: %w", err)
	}
	p := &payload{b: data}
	m.facts = p.gaz()
	m.train = p.gaz()
	m.vocab = p.gaz()
	n := p.uvarint()
	if p.err == nil && n > uint64(len(data)) {
		p.err = errors.New("feature count larger than the file")
	}
	if p.err != nil {
		return nil, fmt.Errorf("ner: model payload: %w", p.err)
	}
	m.index = make(map[uint32]int32, n)
	m.w = make([]float32, int(n)*m.nl)
	key := uint32(0)
	for i := 0; i < int(n) && p.err == nil; i++ {
		key += uint32(p.uvarint())
		m.index[key] = int32(i)
		mask := p.uvarint()
		for y := 0; y < m.nl; y++ {
			if mask&(1<<y) != 0 {
				m.w[i*m.nl+y] = math.Float32frombits(p.u32())
			}
		}
	}
	if p.err != nil {
		return nil, fmt.Errorf("ner: model payload: %w", p.err)
	}
	return m, nil
}

type payload struct {
	b   []byte
	err error
}

func (p *payload) uvarint() uint64 {
	if p.err != nil {
		return 0
	}
	v, k := binary.Uvarint(p.b)
	if k <= 0 {
		p.err = errors.New("truncated")
		return 0
	}
	p.b = p.b[k:]
	return v
}

func (p *payload) u32() uint32 {
	if p.err != nil || len(p.b) < 4 {
		p.err = errors.New("truncated")
		return 0
	}
	v := binary.LittleEndian.Uint32(p.b)
	p.b = p.b[4:]
	return v
}

func (p *payload) gaz() *gazetteer {
	g := newGazetteer()
	g.maxLen = int(p.uvarint())
	n := p.uvarint()
	if n > uint64(len(p.b)) {
		p.err = errors.New("gazetteer larger than the file")
		return g
	}
	for i := uint64(0); i < n && p.err == nil; i++ {
		if len(p.b) < 8 {
			p.err = errors.New("truncated")
			break
		}
		k := binary.LittleEndian.Uint64(p.b)
		p.b = p.b[8:]
		g.m[k] = uint16(p.uvarint())
	}
	return g
}

// Evaluate annotates a copy of every document of gold with m and returns
// the span scores summed over them, restricted to labels when given.
func Evaluate(m *Model, gold []*nlp.Doc, labels ...string) Scores {
	var s Scores
	for _, g := range gold {
		p := &nlp.Doc{Text: g.Text, Tokens: slices.Clone(g.Tokens), Sentences: g.Sentences}
		for i := range p.Tokens {
			p.Tokens[i].Ent = ""
		}
		m.Annotate(p)
		s.Add(SpanF1(g, p, labels...))
	}
	if s.Labels == nil {
		s.Labels = map[string]PRF{}
	}
	return s
}
