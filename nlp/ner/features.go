package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"hearsay/nlp"
)

// Features are 64-bit hashes of (template, value) pairs; the model maps the
// hashes it knows to weight rows. Nothing here allocates per feature.

const (
	kGolden = 0x9E3779B97F4A7C15
	seqSeed = 0x243F6A8885A308D3
)

func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// hstr hashes a string (FNV-1a, then mixed).
func hstr(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return mix64(h)
}

func f1(t uint64, v uint64) uint64       { return mix64(v + t*kGolden) }
func f2(t uint64, a, b uint64) uint64    { return mix64(mix64(a+t*kGolden) ^ (b + 0x632BE59BD9B4E019)) }
func f3(t uint64, a, b, c uint64) uint64 { return f2(t, f2(t, a, b), c) }

// Feature templates.
const (
	tBias = iota + 1
	tForm
	tLower
	tShape
	tShort
	tPre1
	tPre2
	tPre3
	tPre4
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPrev1
	tNext1
	tPrev2
	tNext2
	tPrevShort
	tNextShort
	tPrevCur
	tCurNext
	tShort3
	tFirst
	tHeadShort
	tHeadLower
	tGazFacts
	tGazTrain
	tLowerElsewhere
	tCapElsewhere
	tPrevLowerCurShort
	tCurShortNextLower
	tHistType
	tHistTypePos
	tHistSpan
	tTrans
	tTransShort
	tPass1Type
	tPass1Span
	tLen
	tKnownLower
)

var (
	hStartTok = hstr("<s>")
	hEndTok   = hstr("</s>")
)

// tok is what the features read of one token.
type tok struct {
	lower              string
	hForm, hLower      uint64
	hShape, hShort     uint64
	upperFirst, hasLow bool // first letter upper-case; has a lower-case letter
	lowerFirst         bool // first rune is a lower-case letter
	letters            bool // has a letter
	clitic             bool // "'s", "n't", "'re": not a word of its own for capitalisation
}

func makeTok(form string) tok {
	t := tok{lower: strings.ToLower(form)}
	t.clitic = strings.HasPrefix(form, "'") || strings.HasPrefix(form, "’") || t.lower == "n't" || t.lower == "n’t"
	t.hForm = hstr(form)
	t.hLower = hstr(t.lower)
	var shape, short [24]byte
	ns, nsh := 0, 0
	first := true
	for _, r := range form {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			t.letters = true
			if first {
				t.upperFirst = true
			}
		case unicode.IsLower(r):
			c = 'x'
			t.letters = true
			t.hasLow = true
			if first {
				t.lowerFirst = true
			}
		case unicode.IsLetter(r):
			c = 'a'
			t.letters = true
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		first = false
		if ns < len(shape) {
			shape[ns] = c
			ns++
		}
		if (nsh == 0 || short[nsh-1] != c) && nsh < len(short) {
			short[nsh] = c
			nsh++
		}
	}
	t.hShape = hstr(string(shape[:ns]))
	t.hShort = hstr(string(short[:nsh]))
	return t
}

// gazetteer maps sequences of lower-cased tokens to a set of entity types.
// Keys are hashes of token sequences; the high bit of a value marks a
// proper prefix of some entry.
type gazetteer struct {
	m      map[uint64]uint16
	maxLen int
}

const gazPrefix = 1 << 15

func newGazetteer() *gazetteer { return &gazetteer{m: map[uint64]uint16{}} }

func seqNext(h, tokHash uint64) uint64 { return mix64(h ^ tokHash) }

// add records the phrase (its tokens' lower-case hashes) with type index typ.
func (g *gazetteer) add(hashes []uint64, typ int) {
	if len(hashes) == 0 || typ < 0 || typ > 14 {
		return
	}
	h := uint64(seqSeed)
	for k, th := range hashes {
		h = seqNext(h, th)
		if k < len(hashes)-1 {
			g.m[h] |= gazPrefix
		}
	}
	g.m[h] |= 1 << typ
	if len(hashes) > g.maxLen {
		g.maxLen = len(hashes)
	}
}

func (g *gazetteer) addPhrase(phrase string, typ int) {
	var hs []uint64
	for _, w := range strings.Fields(phrase) {
		hs = append(hs, hstr(strings.ToLower(w)))
	}
	g.add(hs, typ)
}

// match calls fn(start, end, typeBits) for every entry found in toks[s0:s1]
// whose first token is capitalised (or a digit or symbol, not lower case).
func (g *gazetteer) match(toks []tok, s0, s1 int, fn func(a, b int, bits uint16)) {
	if g == nil || len(g.m) == 0 {
		return
	}
	for a := s0; a < s1; a++ {
		if toks[a].lowerFirst {
			continue
		}
		h := uint64(seqSeed)
		for b := a; b < s1 && b-a < g.maxLen; b++ {
			h = seqNext(h, toks[b].hLower)
			v, ok := g.m[h]
			if !ok {
				break
			}
			if bits := v &^ gazPrefix; bits != 0 {
				fn(a, b+1, bits)
			}
			if v&gazPrefix == 0 {
				break
			}
		}
	}
}

// bilu codes a token's position in a span.
func bilu(i, a, b int) uint64 {
	switch {
	case b-a == 1:
		return 3 // U
	case i == a:
		return 0 // B
	case i == b-1:
		return 2 // L
	}
	return 1 // I
}

// docCtx is the per-document state that features read.
type docCtx struct {
	toks     []tok
	lowerSet map[uint64]bool  // lower-case hashes of tokens written in lower case, not sentence-initial
	capSet   map[uint64]bool  // form hashes of capitalised tokens that are not sentence-initial
	hist     map[uint64]uint8 // lower hash → bits: type t seen as entity (1<<t) in earlier sentences
	histGaz  *gazetteer       // entity phrases predicted in earlier sentences
	pass1    map[uint64]uint8 // lower hash → types predicted anywhere in the first pass (nil in pass 1)
	pass1Gaz *gazetteer       // entity phrases predicted anywhere in the first pass
}

func newDocCtx(d *nlp.Doc, spans [][2]int) *docCtx {
	c := &docCtx{
		toks:     make([]tok, len(d.Tokens)),
		lowerSet: map[uint64]bool{},
		capSet:   map[uint64]bool{},
		hist:     map[uint64]uint8{},
		histGaz:  newGazetteer(),
	}
	for i := range d.Tokens {
		c.toks[i] = makeTok(d.Tokens[i].Form)
	}
	// A sentence in Title Case is read as if it were in capitals, the way
	// CoNLL-2003 writes headlines.
	for _, sp := range spans {
		if headline(c.toks, sp[0], sp[1]) == 2 {
			for i := sp[0]; i < sp[1]; i++ {
				c.toks[i] = makeTok(strings.ToUpper(d.Tokens[i].Form))
			}
		}
	}
	for _, sp := range spans {
		for i := sp[0] + 1; i < sp[1]; i++ {
			t := &c.toks[i]
			if t.lowerFirst {
				c.lowerSet[t.hLower] = true
			} else if t.upperFirst && t.hasLow {
				c.capSet[t.hForm] = true
			}
		}
	}
	return c
}

// headline returns 1 for a sentence in capitals, 2 for one in Title Case
// (every word capitalised but small ones such as "of" and "the"), 0 otherwise.
func headline(toks []tok, s0, s1 int) uint64 {
	words, caps, upper, small := 0, 0, 0, 0
	for i := s0; i < s1; i++ {
		t := &toks[i]
		if !t.letters || t.clitic {
			continue
		}
		words++
		switch {
		case t.upperFirst:
			caps++
			if !t.hasLow {
				upper++
			}
		case titleSmall[t.lower]:
			small++
		}
	}
	switch {
	case words >= 2 && upper == words:
		return 1
	case words >= 4 && caps+small == words && caps-upper >= 4 && small*3 <= words:
		return 2
	}
	return 0
}

// sentFeats holds the static features of one sentence: feats[off[i]:off[i+1]]
// belong to token s0+i.
type sentFeats struct {
	feats []uint64
	off   []int
}

// extract computes the features of tokens [s0, s1) that do not depend on the
// labels of the same sentence.
func extract(c *docCtx, facts, train, vocab *gazetteer, s0, s1 int, sf *sentFeats, types int) {
	toks := c.toks
	sf.feats = sf.feats[:0]
	sf.off = append(sf.off[:0], 0)
	hl := headline(toks, s0, s1)

	// gazetteer and history span features, per token
	type spanFeat struct {
		i int
		f uint64
	}
	var extra []spanFeat
	addSpans := func(g *gazetteer, tmpl uint64) {
		g.match(toks, s0, s1, func(a, b int, bits uint16) {
			for t := 0; t < types; t++ {
				if bits&(1<<t) == 0 {
					continue
				}
				for i := a; i < b; i++ {
					extra = append(extra, spanFeat{i, f3(tmpl, uint64(t), bilu(i, a, b), uint64(min(b-a, 4)))})
				}
			}
		})
	}
	addSpans(facts, tGazFacts)
	addSpans(train, tGazTrain)
	addSpans(c.histGaz, tHistSpan)
	if c.pass1Gaz != nil {
		addSpans(c.pass1Gaz, tPass1Span)
	}

	slices.SortStableFunc(extra, func(x, y spanFeat) int { return x.i - y.i })
	ei := 0

	lowerAt := func(i int) uint64 {
		if i < s0 {
			return hStartTok
		}
		if i >= s1 {
			return hEndTok
		}
		return toks[i].hLower
	}
	shortAt := func(i int) uint64 {
		if i < s0 {
			return hStartTok
		}
		if i >= s1 {
			return hEndTok
		}
		return toks[i].hShort
	}
	for i := s0; i < s1; i++ {
		t := &toks[i]
		fs := sf.feats
		// The positions of the first features are relied on by Train (word dropout).
		fs = append(fs,
			f1(tBias, 0),
			f1(tForm, t.hForm),
			f1(tLower, t.hLower),
			f1(tShape, t.hShape),
			f1(tShort, t.hShort),
			f1(tPrev1, lowerAt(i-1)),
			f1(tNext1, lowerAt(i+1)),
			f1(tPrev2, lowerAt(i-2)),
			f1(tNext2, lowerAt(i+2)),
			f1(tPrevShort, shortAt(i-1)),
			f1(tNextShort, shortAt(i+1)),
			f2(tPrevCur, lowerAt(i-1), t.hLower),
			f2(tCurNext, t.hLower, lowerAt(i+1)),
			f3(tShort3, shortAt(i-1), t.hShort, shortAt(i+1)),
			f2(tPrevLowerCurShort, lowerAt(i-1), t.hShort),
			f2(tCurShortNextLower, t.hShort, lowerAt(i+1)),
		)
		lw := t.lower
		for k := 1; k <= 4 && k <= len(lw); k++ {
			fs = append(fs, f1(uint64(tPre1+k-1), hstr(lw[:k])), f1(uint64(tSuf1+k-1), hstr(lw[len(lw)-k:])))
		}
		if l := len(lw); l > 0 {
			fs = append(fs, f1(tLen, uint64(min(l, 12))))
		}
		if i == s0 {
			fs = append(fs, f1(tFirst, t.hShort))
			if t.upperFirst && c.capSet[t.hForm] {
				fs = append(fs, f1(tCapElsewhere, 1))
			}
		}
		if hl != 0 {
			fs = append(fs, f2(tHeadShort, hl, t.hShort), f2(tHeadLower, hl, t.hLower))
		}
		if !t.lowerFirst && t.letters && vocab != nil && vocab.m[t.hLower] != 0 {
			fs = append(fs, f2(tKnownLower, t.hShort, uint64(boolInt(i == s0))))
		}
		if t.upperFirst && c.lowerSet[t.hLower] {
			fs = append(fs, f2(tLowerElsewhere, t.hShort, uint64(boolInt(i == s0))))
		}
		if !t.lowerFirst && t.letters {
			if bits := c.hist[t.hLower]; bits != 0 {
				for ty := 0; ty < types; ty++ {
					if bits&(1<<ty) != 0 {
						fs = append(fs, f1(tHistType, uint64(ty)), f2(tHistTypePos, uint64(ty), hl))
					}
				}
			}
			if c.pass1 != nil {
				if bits := c.pass1[t.hLower]; bits != 0 {
					for ty := 0; ty < types; ty++ {
						if bits&(1<<ty) != 0 {
							fs = append(fs, f1(tPass1Type, uint64(ty)))
						}
					}
				}
			}
		}
		for ; ei < len(extra) && extra[ei].i == i; ei++ {
			fs = append(fs, extra[ei].f)
		}
		sf.feats = fs
		sf.off = append(sf.off, len(fs))
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// transFeats returns the label-pair features for previous label p at token i.
func transFeats(p int, t *tok) (uint64, uint64) {
	return f1(tTrans, uint64(p)), f2(tTransShort, uint64(p), t.hShort)
}
