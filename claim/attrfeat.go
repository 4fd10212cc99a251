package claim

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// featurizer computes the hashed features of the tokens of one Doc for the
// attribution tagger. Features use forms, lemmas, word shapes, the cue
// lexicon, quotation marks, and tags, entities and the dependency parse
// when the Doc has them.
type featurizer struct {
	s      *scanner
	lem    []string
	shape  []string
	pos    []string
	cueish []bool    // the word is likely part of a cue (cue lexicon or hand-written cue)
	cueB   []string  // cue-likeness bucket of the word
	qstate []byte    // 'n' outside quotes, 'q' inside a closed quotation, 'u' inside an unclosed one, 'm' a quotation mark
	qfrom  []bool    // the token's quotation began in an earlier sentence
	kids   [][]int32 // dependents of each token, when the Doc is parsed
	lemB   []string  // cue-likeness bucket of the word's lemma, over all its forms
	prev   []int     // labels from a first stage, for a stacked model; nil for none
}

func newFeaturizer(s *scanner) *featurizer {
	d := s.d
	n := len(d.Tokens)
	fx := &featurizer{s: s, lem: make([]string, n), shape: make([]string, n), pos: make([]string, n),
		cueish: make([]bool, n), cueB: make([]string, n), qstate: make([]byte, n), qfrom: make([]bool, n),
		lemB: make([]string, n)}
	for i, t := range d.Tokens {
		if h := t.Head; h >= 0 && h < n && h != i && t.Rel != "" && t.Rel != "_" {
			if fx.kids == nil {
				fx.kids = make([][]int32, n)
			}
			fx.kids[h] = append(fx.kids[h], int32(i))
		}
	}
	for i, t := range d.Tokens {
		w := s.low[i]
		fx.lem[i] = s.lemmaOf(i)
		fx.shape[i] = wordShape(t.Form)
		fx.pos[i] = t.UPOS
		if fx.pos[i] == "_" {
			fx.pos[i] = ""
		}
		b := "-"
		if st, ok := s.lx[w]; ok && st.InCue >= 2 {
			p := st.P()
			switch {
			case p >= 0.6:
				b = "hi"
			case p >= 0.3:
				b = "mid"
			case p >= 0.1:
				b = "lo"
			default:
				b = "rare"
			}
			fx.cueish[i] = p >= 0.3 && !cueStop[w]
		}
		if _, ok := handCues[fx.lem[i]]; ok {
			fx.cueish[i] = true
			b += "+h"
		} else if handLemma(w) != "" {
			fx.cueish[i] = true
			b += "+h"
		}
		fx.cueB[i] = b
		fx.lemB[i] = lemmaBucket(fx.lem[i])
		switch q := s.tokQuote[i]; {
		case isQuoteTok(t.Form):
			fx.qstate[i] = 'm'
		case q < 0:
			fx.qstate[i] = 'n'
		case s.quotes[q].Closed:
			fx.qstate[i] = 'q'
		default:
			fx.qstate[i] = 'u'
		}
		if q := s.tokQuote[i]; q >= 0 {
			si := d.SentenceOf(i)
			fx.qfrom[i] = si >= 0 && s.quotes[q].Start < d.Tokens[d.Sentences[si].Start].Start
		}
	}
	return fx
}

func isQuoteTok(f string) bool {
	switch f {
	case "\"", "“", "”", "''", "``", "«", "»", "„":
		return true
	}
	return false
}

// wordShape abbreviates a form: "Xx", "x", "X", "d", "p" (punctuation),
// with a trailing "." for abbreviations.
func wordShape(f string) string {
	r, _ := utf8.DecodeRuneInString(f)
	switch {
	case unicode.IsUpper(r):
		if len(f) > 1 && strings.ToUpper(f) == f {
			return "X"
		}
		return "Xx"
	case unicode.IsLower(r):
		return "x"
	case unicode.IsDigit(r):
		return "d"
	}
	return "p"
}

// fnv-1a over a template id and strings, separated.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hstr(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	h ^= 0xff
	h *= fnvPrime
	return h
}

func h1(t byte, a string) uint64 {
	return hstr(uint64(fnvOffset^uint64(t))*fnvPrime, a)
}

func h2(t byte, a, b string) uint64 { return hstr(h1(t, a), b) }

func h3(t byte, a, b, c string) uint64 { return hstr(h2(t, a, b), c) }

var distNames = [...]string{"0", "1", "2", "3", "4", "5-6", "5-6", "7-10", "7-10", "7-10", "7-10"}

func distBucket(n int) string {
	if n < len(distNames) {
		return distNames[n]
	}
	if n <= 20 {
		return "11-20"
	}
	return "21+"
}

// features appends the feature hashes of token i in the sentence [a, b).
func (fx *featurizer) features(i, a, b int, out []uint64) []uint64 {
	s := fx.s
	toks := s.d.Tokens
	w := func(k int) string {
		if k < a {
			return "<s>"
		}
		if k >= b {
			return "</s>"
		}
		return s.low[k]
	}
	p := func(k int) string {
		if k < a {
			return "<s>"
		}
		if k >= b {
			return "</s>"
		}
		return fx.pos[k]
	}
	w0, lem, pos := s.low[i], fx.lem[i], fx.pos[i]
	q := string(fx.qstate[i])
	out = append(out,
		h1(0, ""),
		h1(1, w0),
		h1(2, w(i-1)),
		h1(3, w(i+1)),
		h1(4, w(i-2)),
		h1(5, w(i+2)),
		h1(6, lem),
		h1(7, suffix(w0, 3)),
		h2(8, fx.shape[i], q),
		h2(9, w(i-1), w0),
		h2(10, w0, w(i+1)),
		h1(11, fx.cueB[i]),
		h2(47, fx.lemB[i], q),
		h2(12, fx.cueB[i], q),
		h1(13, q),
		h2(14, q, p(i-1)),
	)
	out = append(out,
		h1(15, w(i-3)),
		h1(16, w(i+3)),
		h2(17, fx.lem[max(i-1, a)], lem),
		h2(18, lem, fx.lem[min(i+1, b-1)]),
		h2(19, fx.shape[max(i-1, a)], fx.shape[i]),
	)
	if pos != "" {
		out = append(out,
			h2(43, p(i-2), p(i-1)),
			h2(44, p(i+1), p(i+2)),
			h2(45, p(i-1), lem),
			h2(46, lem, p(i+1)),
		)
		out = append(out,
			h1(20, pos),
			h2(21, p(i-1), pos),
			h2(22, pos, p(i+1)),
			h3(23, p(i-1), pos, p(i+1)),
			h2(24, pos, q),
			h2(25, pos, fx.cueB[i]),
			h2(26, lem, pos),
		)
	}
	if e := toks[i].Ent; e != "" && e != "O" {
		out = append(out, h1(27, e))
	}
	if fx.qfrom[i] {
		out = append(out, h1(28, q))
	}
	// position in the sentence
	out = append(out, h2(29, distBucket(i-a), distBucket(b-1-i)))
	// the nearest cue-like words left and right, with distance, commas and "that" between
	left, right := -1, -1
	commasL, commasR, thatL := 0, 0, false
	for k := i - 1; k >= a && k >= i-40; k-- {
		if fx.cueish[k] {
			left = k
			break
		}
		switch s.low[k] {
		case ",":
			commasL++
		case "that":
			thatL = true
		}
	}
	for k := i + 1; k < b && k <= i+40; k++ {
		if fx.cueish[k] {
			right = k
			break
		}
		if s.low[k] == "," {
			commasR++
		}
	}
	if left >= 0 {
		d := distBucket(i - left)
		out = append(out,
			h2(30, fx.lem[left], d),
			h1(31, fx.lem[left]),
			h2(32, d, q),
			h3(33, fx.lem[left], strings.Repeat(",", min(commasL, 2)), boolStr(thatL)),
			h2(34, fx.lem[left], pos),
		)
	} else {
		out = append(out, h1(35, q))
	}
	if right >= 0 {
		d := distBucket(right - i)
		out = append(out,
			h2(36, fx.lem[right], d),
			h1(37, fx.lem[right]),
			h2(38, d, q),
			h2(39, fx.lem[right], strings.Repeat(",", min(commasR, 2))),
			h2(40, fx.lem[right], pos),
		)
	} else {
		out = append(out, h1(41, q))
	}
	if left >= 0 && right >= 0 {
		out = append(out, h2(42, fx.lem[left], fx.lem[right]))
	}
	if fx.prev != nil {
		out = fx.stacked(i, a, b, out)
	}
	// the dependency parse, when there is one
	if fx.kids != nil {
		for _, k := range fx.kids[i] {
			rel := baseRel(toks[k].Rel)
			switch rel {
			case "nsubj", "ccomp", "xcomp", "obj", "iobj", "parataxis", "mark", "advcl", "obl", "csubj", "aux", "cop":
				out = append(out, h1(60, rel), h2(61, rel, pos))
				if rel == "nsubj" {
					e := toks[k].Ent
					if len(e) > 2 {
						e = e[2:]
					}
					out = append(out, h2(62, e, fx.pos[k]), h2(63, e, lem))
				}
				if rel == "ccomp" || rel == "parataxis" {
					out = append(out, h2(64, rel, fx.cueB[i]))
				}
			}
		}
		// what kind of word is the subject, and is there a clause or
		// quotation to report: for cue verbs never seen in training
		if pos == "VERB" || pos == "NOUN" || pos == "ADJ" {
			subj, comp := "none", "-"
			for _, k := range fx.kids[i] {
				switch baseRel(toks[k].Rel) {
				case "nsubj":
					subj = subjectKind(toks[k].Ent, fx.pos[k], s.low[k])
				case "ccomp", "parataxis":
					comp = "c"
				case "xcomp":
					if comp == "-" {
						comp = "x"
					}
				case "obj":
					if comp == "-" {
						comp = "o"
					}
				}
			}
			out = append(out,
				h3(67, subj, comp, pos),
				h3(68, subj, comp, fx.lemB[i]),
				h3(69, subj, suffix(lem, 2), pos),
			)
		}
		// the path up to the nearest verb with a subject
		path := ""
		for k, steps := i, 0; k >= 0 && k < len(toks) && steps < 4; k, steps = toks[k].Head, steps+1 {
			if k != i && fx.pos[k] == "VERB" && fx.hasSubj(k) {
				out = append(out, h2(65, path, fx.cueB[k]), h2(66, path, fx.lem[k]))
				break
			}
			path += "/" + baseRel(toks[k].Rel)
		}
	}
	if hd := toks[i].Head; hd >= 0 && hd < len(toks) && toks[i].Rel != "" && toks[i].Rel != "_" {
		rel := baseRel(toks[i].Rel)
		out = append(out,
			h1(50, rel),
			h2(51, rel, fx.lem[hd]),
			h2(52, rel, fx.cueB[hd]),
		)
		// the path up to the nearest cue-like ancestor
		path := rel
		for k, steps := hd, 0; k >= 0 && k < len(toks) && steps < 6; k, steps = toks[k].Head, steps+1 {
			if fx.cueish[k] {
				out = append(out, h2(53, path, fx.lem[k]), h1(54, path))
				break
			}
			path += "/" + baseRel(toks[k].Rel)
		}
	}
	return out
}

// subjectKind classes a subject word: its entity label, a personal
// pronoun, or its part of speech.
func subjectKind(ent, pos, low string) string {
	if len(ent) > 2 {
		return ent[2:]
	}
	switch low {
	case "he", "she", "they", "i", "we", "you":
		return "pron"
	}
	return pos
}

var (
	lemmaStatsOnce sync.Once
	lemmaStats     map[string][2]int // lemma → occurrences inside a cue, in all
)

// lemmaBucket returns how likely the lemma is to be part of a cue, over
// all its forms in the cue lexicon, as a coarse bucket.
func lemmaBucket(lem string) string {
	lemmaStatsOnce.Do(func() {
		lemmaStats = map[string][2]int{}
		for _, c := range builtinLexicon {
			st := lemmaStats[c.Lemma]
			st[0] += c.InCue
			st[1] += c.Total
			lemmaStats[c.Lemma] = st
		}
	})
	st, ok := lemmaStats[lem]
	if !ok || st[0] < 2 {
		return "-"
	}
	p := float64(st[0]) / float64(st[1]+2)
	switch {
	case p >= 0.6:
		return "hi"
	case p >= 0.3:
		return "mid"
	case p >= 0.1:
		return "lo"
	}
	return "rare"
}

func suffix(w string, n int) string {
	if len(w) <= n {
		return w
	}
	return w[len(w)-n:]
}

func boolStr(b bool) string {
	if b {
		return "t"
	}
	return "f"
}

func (fx *featurizer) hasSubj(k int) bool {
	for _, c := range fx.kids[k] {
		if r := baseRel(fx.s.d.Tokens[c].Rel); r == "nsubj" || r == "csubj" {
			return true
		}
	}
	return false
}

var labelNames = [nLabels]string{"O", "BS", "IS", "BC", "IC", "BT", "IT"}

// stacked appends the features of token i drawn from the first stage's
// labels: around the token, the nearest cues it found, and the labels
// at the edges of the neighbouring sentences.
func (fx *featurizer) stacked(i, a, b int, out []uint64) []uint64 {
	L := func(k int) string {
		if k < a || k >= b {
			return "<>"
		}
		return labelNames[fx.prev[k]]
	}
	li := L(i)
	out = append(out,
		h1(70, li),
		h2(71, L(i-1), li),
		h2(72, li, L(i+1)),
		h1(73, L(i-2)),
		h1(74, L(i+2)),
		h2(80, li, fx.s.low[i]),
	)
	hasCue := false
	for k := i - 1; k >= a; k-- {
		if labelRole[fx.prev[k]] == 2 {
			out = append(out, h3(75, fx.lem[k], distBucket(i-k), li))
			hasCue = true
			break
		}
	}
	for k := i + 1; k < b; k++ {
		if labelRole[fx.prev[k]] == 2 {
			out = append(out, h3(76, fx.lem[k], distBucket(k-i), li))
			hasCue = true
			break
		}
	}
	out = append(out, h2(77, boolStr(hasCue || labelRole[fx.prev[i]] == 2), li))
	before, after := "<>", "<>"
	if a > 0 {
		before = labelNames[fx.prev[a-1]]
	}
	if b < len(fx.prev) {
		after = labelNames[fx.prev[b]]
	}
	out = append(out, h2(78, before, li), h2(79, after, li))
	return out
}
