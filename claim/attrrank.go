package claim

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
)

// The attribution ranker: for each assembled attribution, a few candidate
// sources and contents from different places (the assembled ones, the
// parse's arguments of the cue, the nearest name or pronoun before the cue,
// the complement cut before a trailing relative clause or adjunct, the
// nearest quotation, the rest of the sentence, the whole sentence round a
// parenthetical cue, the object or open complement of a cue with no
// clause), scored by a logistic
// regression over the filter's features and which generators gave each
// span; the best candidate of a cue is kept when its chance of being right
// reaches the threshold.

// Generators of candidate sources, as bits of rankCand.sgen.
const (
	srcAssembled = 1 << iota
	srcParse
	srcNearest
	srcNone
)

// Generators of candidate contents, as bits of rankCand.cgen.
const (
	contAssembled = 1 << iota
	contParse
	contCutAssembled
	contCutParse
	contQuote
	contRest
	contSent // the whole sentence round a parenthetical cue ("Time, Mr. Pence added, was on their side")
	contObj  // the object or open complement of a cue with no clausal complement ("trashed Comey", "vowed to fight")
)

// rankCand is one candidate attribution for a cue, with the generators that
// gave its source and its content.
type rankCand struct {
	a          Attribution
	sgen, cgen int
	cueCut     int // the first token cut off the assembled cue's end (see cueCutEnd), 0 for none
	cueExt     int // the preposition the cue is extended over ("talked" -> "talked about"), 0 for none
}

// rankExtraThreshold is the chance the training log reports the cues
// parseCues offers at. The ranker's training scores those cues (the ones
// the tagger did not label) as groups of their own: shown them, the
// keeper judges the tagger's weak cues better. At run time none is
// offered: keeping those whose best candidate reaches this threshold added
// 2 right relations on PolNeAR dev and cost a fifth of the speed.
const rankExtraThreshold = 0.5

// assembled reports whether c is the assembled attribution itself.
func (c rankCand) assembled() bool {
	return c.sgen&srcAssembled != 0 && c.cgen&contAssembled != 0 && c.cueCut == 0 && c.cueExt == 0
}

// cueCutEnd returns where the cue [c, ce) ends when cut after its head
// word (and the words fixed to it: "according to", "pointed out"), when
// that leaves words out ("said Friday", "said in a statement"), else 0.
func (s *scanner) cueCutEnd(c, ce int) int {
	if ce-c < 2 {
		return 0
	}
	h := s.cueHead(c, ce)
	e := h + 1
	for e < ce {
		t := s.d.Tokens[e]
		if t.Head < c || t.Head >= e {
			break
		}
		switch baseRel(t.Rel) {
		case "fixed", "compound", "flat", "aux", "cop", "advmod":
			if baseRel(t.Rel) == "advmod" && s.low[e] != "out" && s.low[e] != "up" {
				return cutOrNone(e, ce)
			}
			e++
			continue
		}
		break
	}
	return cutOrNone(e, ce)
}

func cutOrNone(e, ce int) int {
	if e < ce {
		return e
	}
	return 0
}

// trailingAdjunct names the relations of a trailing constituent a content
// may be cut before.
var trailingAdjunct = map[string]bool{
	"acl:relcl": true, "acl": true, "advcl": true, "obl": true, "appos": true,
	"parataxis": true, "conj": true, "nmod": true,
}

// cutTrailing returns [a, b) cut before its first trailing constituent
// (a dependent of a word inside the range, attached to its left, whose
// subtree runs to the end of the range: a relative clause, an adjunct, an
// apposition), or an empty range when it has none.
func (s *scanner) cutTrailing(ch map[int][]int, a, b int) (int, int) {
	_, bt := s.trimPunct(a, b)
	for j := a + 2; j < bt; j++ {
		t := s.d.Tokens[j]
		if t.Head < a || t.Head >= j || !trailingAdjunct[t.Rel] {
			continue
		}
		sa, sb := subtree(ch, j, -1)
		if sb < bt || sa <= a+1 {
			continue
		}
		ca, cb := s.trimPunct(a, sa)
		if cb-ca >= 2 {
			return ca, cb
		}
	}
	return 0, 0
}

// nearestName returns the token range of the nearest named entity or
// personal pronoun before the cue c in its sentence, or an empty range.
func (s *scanner) nearestName(si, c int) (int, int) {
	start := s.d.Sentences[si].Start
	for i := c - 1; i >= start; i-- {
		t := s.d.Tokens[i]
		if strings.HasPrefix(t.Ent, "B-") || strings.HasPrefix(t.Ent, "I-") {
			a, b := i, i+1
			for a > start && strings.HasPrefix(s.d.Tokens[a].Ent, "I-") {
				a--
			}
			return a, b
		}
		if t.UPOS == "PRON" {
			switch s.low[i] {
			case "he", "she", "they", "we", "i", "you", "it", "who":
				return i, i + 1
			}
		}
	}
	return 0, 0
}

// nearestQuote returns the token range of the closed quotation nearest the
// cue [c, ce) in its sentence or the sentence on either side, leaving out
// any that holds the cue, or an empty range.
func (s *scanner) nearestQuote(si, c, ce int) (int, int) {
	lo := s.d.Sentences[max(si-1, 0)].Start
	hi := s.d.Sentences[min(si+1, len(s.d.Sentences)-1)].End
	best, bestGap := [2]int{}, 1<<30
	for i := lo; i < hi; {
		q := s.tokQuote[i]
		if q < 0 {
			i++
			continue
		}
		j := i
		for j < hi && s.tokQuote[j] == q {
			j++
		}
		if j-i >= 3 && !(i < ce && c < j) {
			g := c - j
			if i >= ce {
				g = i - ce
			}
			if g < bestGap {
				best, bestGap = [2]int{i, j}, g
			}
		}
		i = j
	}
	return best[0], best[1]
}

// rankCandidates returns the candidate attributions for the cue of a.
func (s *scanner) rankCandidates(a Attribution) []rankCand {
	si := a.Sentence
	sent := s.d.Sentences[si]
	ch := s.children(si)
	pa := s.parseArgs(si, a.cue, a.cueEnd)
	type rng struct{ a, b, gen int }
	var srcs, conts []rng
	srcs = append(srcs, rng{a.src, a.srcEnd, srcAssembled})
	if pa.srcEnd > pa.src {
		srcs = append(srcs, rng{pa.src, pa.srcEnd, srcParse})
	} else if pa.upEnd > pa.up {
		srcs = append(srcs, rng{pa.up, pa.upEnd, srcParse})
	}
	if x, y := s.nearestName(si, a.cue); y > x {
		srcs = append(srcs, rng{x, y, srcNearest})
	}
	srcs = append(srcs, rng{0, 0, srcNone})
	conts = append(conts, rng{a.cont, a.contEnd, contAssembled})
	if pa.contEnd > pa.cont {
		conts = append(conts, rng{pa.cont, pa.contEnd, contParse})
		if x, y := s.cutTrailing(ch, pa.cont, pa.contEnd); y > x {
			conts = append(conts, rng{x, y, contCutParse})
		}
	}
	if x, y := s.cutTrailing(ch, a.cont, a.contEnd); y > x {
		conts = append(conts, rng{x, y, contCutAssembled})
	}
	if x, y := s.nearestQuote(si, a.cue, a.cueEnd); y > x {
		conts = append(conts, rng{x, y, contQuote})
	}
	if x, y := s.trimPunct(a.cueEnd, sent.End); y-x >= 3 {
		conts = append(conts, rng{x, y, contRest})
	} else if x, y := s.trimPunct(sent.Start, a.cue); y-x >= 3 {
		conts = append(conts, rng{x, y, contRest})
	}
	if x, y := s.parenSentence(si, a); y > x {
		conts = append(conts, rng{x, y, contSent})
	}
	if pa.contEnd <= pa.cont {
		// a cue the parse gives no clause: what it says may be its
		// object ("trashed Comey") or open complement ("vowed to fight")
		h := s.cueHead(a.cue, a.cueEnd)
		for _, d := range ch[h] {
			if r := baseRel(s.d.Tokens[d].Rel); (r == "obj" || r == "xcomp") && d >= a.cueEnd {
				if x, y := s.trimPunct(subtree(ch, d, -1)); y > x && x >= a.cueEnd {
					conts = append(conts, rng{x, y, contObj})
				}
			}
		}
	}
	// merge the generators of equal spans
	mergeR := func(rs []rng) []rng {
		var out []rng
	next:
		for _, r := range rs {
			if r.b <= r.a {
				r.a, r.b = 0, 0
			}
			for k := range out {
				if out[k].a == r.a && out[k].b == r.b {
					out[k].gen |= r.gen
					continue next
				}
			}
			out = append(out, r)
		}
		return out
	}
	srcs, conts = mergeR(srcs), mergeR(conts)
	cut := s.cueCutEnd(a.cue, a.cueEnd)
	var out []rankCand
	for _, sr := range srcs {
		for _, cr := range conts {
			if cr.b <= cr.a {
				continue
			}
			if cr.gen&(contAssembled|contSent) == 0 && cr.a < a.cueEnd && a.cue < cr.b {
				continue // a generated content over its cue
			}
			if sr.b > sr.a && sr.a < cr.b && cr.a < sr.b && !(sr.gen&srcAssembled != 0 && cr.gen&contAssembled != 0) && cr.gen&contSent == 0 {
				continue // a source inside the content
			}
			c := a
			c.src, c.srcEnd = sr.a, sr.b
			c.Source = s.span(sr.a, sr.b)
			c.cont, c.contEnd = cr.a, cr.b
			c.Content = s.span(cr.a, cr.b)
			c.Direct = false
			if q := s.tokQuote[c.cont]; q >= 0 && s.tokQuote[c.contEnd-1] == q {
				c.Direct = true
			}
			out = append(out, rankCand{a: c, sgen: sr.gen, cgen: cr.gen})
			if cut > 0 {
				c.cueEnd = cut
				c.Cue = s.span(c.cue, cut)
				out = append(out, rankCand{a: c, sgen: sr.gen, cgen: cr.gen, cueCut: cut})
			}
		}
	}
	if pa.contEnd <= pa.cont {
		// "talked about immigration", "opposition to the plan": the cue
		// with its preposition, what it is about the content
		h := s.cueHead(a.cue, a.cueEnd)
		for _, d := range ch[h] {
			r := baseRel(s.d.Tokens[d].Rel)
			if r != "obl" && r != "nmod" || d < a.cueEnd {
				continue
			}
			x, y := s.trimPunct(subtree(ch, d, -1))
			if y-x < 2 || s.d.Tokens[x].UPOS != "ADP" || s.d.Tokens[x].Head != d || x > a.cueEnd || x < a.cueEnd-1 {
				continue
			}
			for _, sr := range srcs {
				if sr.b > sr.a && sr.a < y && x < sr.b {
					continue
				}
				c := a
				c.src, c.srcEnd = sr.a, sr.b
				c.Source = s.span(sr.a, sr.b)
				c.cont, c.contEnd = x+1, y
				c.Content = s.span(x+1, y)
				c.Direct = false
				ext := 0
				if x == a.cueEnd {
					c.cueEnd = x + 1
					c.Cue = s.span(c.cue, c.cueEnd)
					ext = x
				}
				out = append(out, rankCand{a: c, sgen: sr.gen, cgen: contObj, cueExt: ext})
			}
			break
		}
	}
	return out
}

// parenSentence returns the sentence round the cue of a, trimmed of
// punctuation, when the cue (with its source) is parenthetical inside it:
// its head hangs on the sentence's verb as parataxis, or it stands between
// commas with two words or more on either side; else an empty range.
func (s *scanner) parenSentence(si int, a Attribution) (int, int) {
	sent := s.d.Sentences[si]
	lo, hi := a.cue, a.cueEnd
	if a.srcEnd > a.src {
		lo, hi = min(lo, a.src), max(hi, a.srcEnd)
	}
	if lo-sent.Start < 2 || sent.End-hi < 3 {
		return 0, 0
	}
	h := s.cueHead(a.cue, a.cueEnd)
	paren := strings.HasPrefix(s.d.Tokens[h].Rel, "parataxis") && s.d.Tokens[h].Head >= sent.Start && (s.d.Tokens[h].Head < lo || s.d.Tokens[h].Head >= hi)
	if !paren && s.low[lo-1] == "," && s.low[hi] == "," {
		paren = true
	}
	if !paren {
		return 0, 0
	}
	return s.trimPunct(sent.Start, sent.End)
}

// rankFeatures returns the features of candidate c for all[k]: the
// filter's, and the generators of its spans.
func (s *scanner) rankFeatures(all []Attribution, k int, c rankCand, margin float32, out []uint32) []uint32 {
	saved := all[k]
	all[k] = c.a
	out = s.filterFeatures(all, k, margin, out)
	all[k] = saved
	add := func(parts ...string) { out = append(out, filterHash(parts...)) }
	sm, cm := bitsStr(c.sgen), bitsStr(c.cgen)
	add("r:sgen", sm)
	add("r:cgen", cm)
	add("r:sgen×cgen", sm, cm)
	for b := 0; b < 8; b++ {
		if c.cgen&(1<<b) != 0 {
			add("r:cg", string(rune('a'+b)))
			add("r:cg×pos", string(rune('a'+b)), s.d.Tokens[s.cueHead(c.a.cue, max(c.a.cueEnd, c.a.cue+1))].UPOS)
		}
		if c.sgen&(1<<b) != 0 {
			add("r:sg", string(rune('a'+b)))
		}
	}
	same := "c-same"
	if c.a.cont != saved.cont || c.a.contEnd != saved.contEnd {
		same = "c-diff"
	}
	ssame := "s-same"
	if c.a.src != saved.src || c.a.srcEnd != saved.srcEnd {
		ssame = "s-diff"
	}
	add("r:same", same, ssame)
	if s.labels != nil && labelRole[s.labels[c.a.cue]] != 2 {
		add("r:untagged")
		add("r:untagged×cgen", cm)
		add("r:untagged×sgen", sm)
	}
	lem := s.lemmaOf(s.cueHead(c.a.cue, max(c.a.cueEnd, c.a.cue+1)))
	add("r:lem×cgen", lem, cm)
	add("r:lem×sgen", lem, sm)
	cov := func(a, b, role int) string {
		if b <= a || s.labels == nil {
			return "-"
		}
		n := 0
		for i := a; i < b; i++ {
			if labelRole[s.labels[i]] == role {
				n++
			}
		}
		switch f := float64(n) / float64(b-a); {
		case n == 0:
			return "0"
		case f < 0.5:
			return "<.5"
		case f < 0.9:
			return "<.9"
		case n < b-a:
			return "<1"
		}
		return "1"
	}
	spill := func(a, b, role int) string {
		if b <= a || s.labels == nil {
			return "-"
		}
		l, r := "n", "n"
		if a > 0 && labelRole[s.labels[a-1]] == role {
			l = "y"
		}
		if b < len(s.labels) && labelRole[s.labels[b]] == role {
			r = "y"
		}
		return l + r
	}
	cc, cs := cov(c.a.cont, c.a.contEnd, 3), spill(c.a.cont, c.a.contEnd, 3)
	sc, ss := cov(c.a.src, c.a.srcEnd, 1), spill(c.a.src, c.a.srcEnd, 1)
	add("r:ccov", cc)
	add("r:cspill", cs)
	add("r:ccov×cspill", cc, cs)
	add("r:scov", sc)
	add("r:sspill", ss)
	add("r:scov×sspill", sc, ss)
	add("r:ccov×cgen", cc, cm)
	add("r:scov×sgen", sc, sm)
	if e := c.a.contEnd; e > c.a.cont && e < len(s.low) && s.d.SentenceOf(e) == s.d.SentenceOf(e-1) {
		add("r:cnext", s.low[e])
		add("r:cnextrel", baseRel(s.d.Tokens[e].Rel))
	} else {
		add("r:cnext", "</s>")
	}
	if cut := s.cueCutEnd(saved.cue, saved.cueEnd); cut > 0 {
		t := s.d.Tokens[cut]
		kind := "cuekeep"
		if c.cueCut > 0 {
			kind = "cuecut"
		}
		add("k:"+kind, t.UPOS, baseRel(t.Rel))
		add("k:"+kind+"w", s.low[cut])
		add("k:"+kind+"×lem", lem)
		add("k:"+kind+"×len", fmt.Sprint(min(saved.cueEnd-cut, 4)))
	}
	if c.cueExt > 0 {
		add("k:cueext", s.low[c.cueExt])
		add("k:cueext×lem", s.low[c.cueExt], lem)
	}
	return s.rankEdgeFeatures(c, saved, lem, cm, sm, out)
}

// rankDiffFeatures adds the features of the tokens between a candidate's
// content edge and the assembled one's, [x, y) when the candidate's is
// before, [y, x) when after (which names which): its first word (after
// punctuation), the punctuation before it, its length, and its head's
// relation and attachment.
func (s *scanner) rankDiffFeatures(which string, x, y int, out []uint32) []uint32 {
	if x == y {
		return out
	}
	dir := which + "<"
	if x > y {
		dir, x, y = which+">", y, x
	}
	add := func(parts ...string) { out = append(out, filterHash(parts...)) }
	f := x
	for f < y && isPunct(s.low[f]) {
		f++
	}
	punct := "-"
	if f > x {
		punct = s.low[x]
	}
	n := y - x
	nb := "1"
	switch {
	case n > 12:
		nb = "13+"
	case n > 5:
		nb = "6-12"
	case n > 1:
		nb = "2-5"
	}
	add("d:punct", dir, punct)
	add("d:len", dir, nb)
	add("d:len×punct", dir, nb, punct)
	if f < y {
		t := s.d.Tokens[f]
		add("d:first", dir, s.low[f])
		add("d:firstpos", dir, t.UPOS, punct)
		add("d:firstrel", dir, baseRel(t.Rel))
		// the head of the part: its first token whose head lies outside it
		for i := x; i < y; i++ {
			if h := s.d.Tokens[i].Head; (h < x || h >= y) && !isPunct(s.low[i]) {
				add("d:headrel", dir, s.d.Tokens[i].Rel, punct)
				break
			}
		}
	}
	return out
}

// rankEdgeFeatures adds the features of the edges of candidate c's spans:
// the first and last word's tag and relation, the word just outside each
// edge, how many constituents of the parse the span holds and, for one,
// its head's relation and whether it hangs on the cue; how the
// candidate's content and source differ from the assembled ones (a), with
// the cue's voice and whether it has a subject.
func (s *scanner) rankEdgeFeatures(c rankCand, a Attribution, lem, cm, sm string, out []uint32) []uint32 {
	add := func(parts ...string) { out = append(out, filterHash(parts...)) }
	ch := s.cueHead(c.a.cue, max(c.a.cueEnd, c.a.cue+1))
	// spanHeads counts the tokens of [x, y) (punctuation aside) whose head
	// lies outside it, and returns the first of them.
	spanHeads := func(x, y int) (int, int) {
		n, h := 0, -1
		for i := x; i < y; i++ {
			if hd := s.d.Tokens[i].Head; (hd < x || hd >= y) && !isPunct(s.low[i]) {
				if n == 0 {
					h = i
				}
				n++
			}
		}
		return n, h
	}
	nb := func(n int) string {
		if n > 3 {
			return "4+"
		}
		return fmt.Sprint(n)
	}
	if x, y := c.a.cont, c.a.contEnd; y > x {
		ft, lt := s.d.Tokens[x], s.d.Tokens[y-1]
		add("e:cfpos", ft.UPOS)
		add("e:clpos", lt.UPOS)
		add("e:cfrel", baseRel(ft.Rel))
		add("e:clrel", baseRel(lt.Rel))
		prev := "<s>"
		if x > 0 && s.d.SentenceOf(x-1) == s.d.SentenceOf(x) {
			prev = s.low[x-1]
			add("e:cprevpos", s.d.Tokens[x-1].UPOS)
		}
		add("e:cprev", prev)
		if y < len(s.low) && s.d.SentenceOf(y) == s.d.SentenceOf(y-1) {
			add("e:cnextpos", s.d.Tokens[y].UPOS)
			add("e:cnextpos×clpos", s.d.Tokens[y].UPOS, lt.UPOS)
		}
		n, h := spanHeads(x, y)
		add("e:cheads", nb(n))
		add("e:cheads×cgen", nb(n), cm)
		if n == 1 {
			ht := s.d.Tokens[h]
			on := "other"
			switch {
			case ht.Head == ch:
				on = "cue"
			case h == ch:
				on = "is-cue"
			case ht.Head >= 0 && s.d.Tokens[ht.Head].Head == ch:
				on = "cue2"
			}
			add("e:chrel", baseRel(ht.Rel), on)
			add("e:chrel×lem", baseRel(ht.Rel), on, lem)
		}
		// against the assembled content
		d := spanAgainst(x, y, a.cont, a.contEnd)
		add("e:cvsa", d)
		add("e:cvsa×cgen", d, cm)
		if a.contEnd > a.cont && d != "apart" {
			out = s.rankDiffFeatures("end", y, a.contEnd, out)
			out = s.rankDiffFeatures("start", a.cont, x, out)
		}
	}
	{
		voice, subj := "act", "nosubj"
		if strings.Contains(s.d.Tokens[ch].Feats, "Voice=Pass") {
			voice = "pass"
		}
		for i := s.d.Sentences[c.a.Sentence].Start; i < s.d.Sentences[c.a.Sentence].End; i++ {
			if s.d.Tokens[i].Head == ch {
				switch s.d.Tokens[i].Rel {
				case "aux:pass":
					voice = "pass"
				case "nsubj", "nsubj:pass", "csubj":
					subj = s.d.Tokens[i].Rel
				case "obl:agent":
					subj += "+agent"
				}
			}
		}
		x, y := c.a.src, c.a.srcEnd
		d := spanAgainst(x, y, a.src, a.srcEnd)
		has := boolStr(y > x)
		add("s:vsa", d)
		add("s:vsa×sgen", d, sm)
		add("s:voice×subj×has", voice, subj, has)
		add("s:vsa×voice×subj", d, voice, subj)
		add("s:lem×has", lem, has)
		if y > x && (d == "inside" || d == "wider") {
			out = s.rankDiffFeatures("send", y, a.srcEnd, out)
			out = s.rankDiffFeatures("sstart", a.src, x, out)
		}
	}
	if x, y := c.a.src, c.a.srcEnd; y > x {
		n, h := spanHeads(x, y)
		add("e:sheads", nb(n))
		add("e:sfpos", s.d.Tokens[x].UPOS)
		add("e:slpos", s.d.Tokens[y-1].UPOS)
		if n == 1 {
			ht := s.d.Tokens[h]
			on := "other"
			if ht.Head == ch {
				on = "cue"
			}
			add("e:shrel", baseRel(ht.Rel), on)
			add("e:shrel×sgen", baseRel(ht.Rel), on, sm)
		}
		if y < len(s.low) && s.d.SentenceOf(y) == s.d.SentenceOf(y-1) {
			add("e:snext", s.low[y])
		}
	}
	return out
}

func bitsStr(m int) string {
	var b strings.Builder
	for i := 0; i < 8; i++ {
		if m&(1<<i) != 0 {
			b.WriteByte(byte('a' + i))
		}
	}
	return b.String()
}

// AttributionRanker chooses, for each assembled attribution, one of its
// candidates (see rankCandidates) and keeps it when its chance of being
// right reaches the keeper's threshold.
type AttributionRanker struct {
	choose *AttributionFilter // scores the candidates of one cue against each other (softmax)
	keep   *AttributionFilter // the chance that the chosen candidate is right
	delta  float32            // how much more than the assembled candidate another must score to replace it
}

// pick returns the index of the candidate of g the chooser prefers (the
// first one being the assembled candidate's only when its generators say
// so), or -1 for none. It mirrors rankLearned over precomputed features.
func (r *AttributionRanker) pick(g []filterExample) int {
	best, bestZ := -1, math.Inf(-1)
	for i, x := range g {
		z := r.choose.score(x.feats)
		if x.assembled {
			z += float64(r.delta)
		}
		if z > bestZ {
			best, bestZ = i, z
		}
	}
	return best
}

// rankLearned replaces each attribution by its best candidate under r, and
// leaves it out when that candidate's chance is under the keeper's
// threshold.
func (s *scanner) rankLearned(all []Attribution, r *AttributionRanker) []Attribution {
	var kept []Attribution
	var buf, bestFeats []uint32
	for k, a := range all {
		var best Attribution
		bestZ := math.Inf(-1)
		m := s.cueMargin(a)
		for _, c := range s.rankCandidates(a) {
			buf = s.rankFeatures(all, k, c, m, buf[:0])
			z := r.choose.score(buf)
			if c.assembled() {
				z += float64(r.delta)
			}
			if z > bestZ {
				best, bestZ = c.a, z
				bestFeats = append(bestFeats[:0], buf...)
			}
		}
		if bestZ > math.Inf(-1) && r.keep.prob(bestFeats) >= float64(r.keep.threshold) {
			kept = append(kept, best)
		}
	}
	return kept
}

func (f *AttributionFilter) score(feats []uint32) float64 {
	z := float64(f.bias)
	for _, h := range feats {
		z += float64(f.w[h])
	}
	return z
}

// trainChooser fits a conditional log-linear model over the candidates of
// each group (one cue's), by stochastic gradient descent on the log
// likelihood of its right candidates (those right with exact spans, when
// it has any, else those right with overlap), with L2 regularisation and the
// weights averaged over the last pass. Groups with no right candidate, or
// only right ones, teach nothing and are skipped.
func trainChooser(groups [][]filterExample, epochs int, l2 float64, seed uint64) *AttributionFilter {
	f := &AttributionFilter{w: make([]float32, 1<<filterBits), threshold: 0.5}
	var use [][]filterExample
	for _, g := range groups {
		n := 0
		for _, x := range g {
			if x.right {
				n++
			}
		}
		if n > 0 && n < len(g) {
			use = append(use, g)
		}
	}
	if len(use) == 0 {
		return f
	}
	rng := rand.New(rand.NewPCG(seed, 0xc405e))
	w := make([]float64, len(f.w))
	sum := make([]float64, len(f.w))
	n := 0
	var z, p []float64
	for e := range epochs {
		rate := 0.1 / (1 + float64(e))
		for _, k := range rng.Perm(len(use)) {
			g := use[k]
			z, p = z[:0], p[:0]
			zmax := math.Inf(-1)
			nr := 0
			exact := false
			for _, x := range g {
				exact = exact || x.exact
			}
			target := func(x filterExample) bool { return x.right && (!exact || x.exact) }
			for _, x := range g {
				v := 0.0
				for _, h := range x.feats {
					v += w[h]
				}
				z = append(z, v)
				zmax = max(zmax, v)
				if target(x) {
					nr++
				}
			}
			tot := 0.0
			for _, v := range z {
				p = append(p, math.Exp(v-zmax))
				tot += p[len(p)-1]
			}
			for i, x := range g {
				y := 0.0
				if target(x) {
					y = 1 / float64(nr)
				}
				gr := p[i]/tot - y
				if gr == 0 {
					continue
				}
				for _, h := range x.feats {
					w[h] -= rate * (gr + l2*w[h])
				}
			}
			if e == epochs-1 {
				for h := range w {
					sum[h] += w[h]
				}
				n++
			}
		}
	}
	for h := range w {
		f.w[h] = float32(sum[h] / float64(n))
	}
	return f
}

//go:embed attrrank.model
var attrRankFile string

var (
	builtinRankerOnce sync.Once
	builtinRanker     *AttributionRanker
)

// builtinAttributionRanker returns the embedded ranker, or nil when it
// cannot be read.
func builtinAttributionRanker() *AttributionRanker {
	builtinRankerOnce.Do(func() {
		r, err := ReadAttributionRanker(strings.NewReader(attrRankFile))
		if err == nil {
			builtinRanker = r
		}
	})
	return builtinRanker
}

const rankerMagic = "HSAR1\n"

// WriteTo writes the ranker in its binary form: the chooser's weights and
// bias, the keeper's, the keeper's threshold and the margin the assembled
// candidate is given.
func (r *AttributionRanker) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	if _, err := io.WriteString(cw, rankerMagic); err != nil {
		return cw.n, err
	}
	hdr := []uint32{filterBits, math.Float32bits(r.choose.bias), math.Float32bits(r.keep.bias),
		math.Float32bits(r.keep.threshold), math.Float32bits(r.delta)}
	if err := binary.Write(cw, binary.LittleEndian, hdr); err != nil {
		return cw.n, err
	}
	if err := binary.Write(cw, binary.LittleEndian, r.choose.w); err != nil {
		return cw.n, err
	}
	if err := binary.Write(cw, binary.LittleEndian, r.keep.w); err != nil {
		return cw.n, err
	}
	return cw.n, bw.Flush()
}

// ReadAttributionRanker reads a ranker written by WriteTo.
func ReadAttributionRanker(rd io.Reader) (*AttributionRanker, error) {
	br := bufio.NewReader(rd)
	magic := make([]byte, len(rankerMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != rankerMagic {
		return nil, fmt.Errorf("attribution ranker: not a ranker file")
	}
	var hdr [5]uint32
	if err := binary.Read(br, binary.LittleEndian, &hdr); err != nil {
		return nil, fmt.Errorf("attribution ranker header: %w", err)
	}
	if hdr[0] != filterBits {
		return nil, fmt.Errorf("attribution ranker: %d hash bits, want %d", hdr[0], filterBits)
	}
	th := math.Float32frombits(hdr[3])
	if !(th >= 0 && th <= 1) {
		return nil, fmt.Errorf("attribution ranker: threshold %v", th)
	}
	r := &AttributionRanker{
		choose: &AttributionFilter{w: make([]float32, 1<<filterBits), bias: math.Float32frombits(hdr[1])},
		keep:   &AttributionFilter{w: make([]float32, 1<<filterBits), bias: math.Float32frombits(hdr[2]), threshold: th},
		delta:  math.Float32frombits(hdr[4]),
	}
	if err := binary.Read(br, binary.LittleEndian, r.choose.w); err != nil {
		return nil, fmt.Errorf("attribution ranker weights: %w", err)
	}
	if err := binary.Read(br, binary.LittleEndian, r.keep.w); err != nil {
		return nil, fmt.Errorf("attribution ranker weights: %w", err)
	}
	return r, nil
}

// RankerOptions are the settings of TrainAttributionRanker beyond those of
// the filter's folds.
type RankerOptions struct {
	FilterOptions
	Delta float64 // how much more than the assembled candidate another must score to replace it (default 0.5)
	CV    int     // with k > 1, log the kept and right attributions of rankers trained on k-1 of k folds of the articles scoring the kth
}

// TrainAttributionRanker learns the attribution ranker from the same
// k-fold taggers as TrainAttributionFilter: every assembled attribution of
// an article a fold's tagger did not see gives its candidates (see
// rankCandidates), each labelled right when it matches a gold relation in
// source, cue and content (overlap). The chooser is a log-linear model
// over the candidates of one cue, trained on the cues with right and wrong
// candidates; the keeper a logistic regression over all candidates.
func TrainAttributionRanker(docs []AttrDoc, opt RankerOptions) (*AttributionRanker, error) {
	r, _, err := TrainAttributionRankers(docs, opt, nil)
	return r, err
}

// TrainAttributionRankers is TrainAttributionRanker, and when held is set,
// also returns a second ranker trained from the same folds' candidates
// leaving out those of the articles held reports, for a held-out
// measurement.
func TrainAttributionRankers(docs []AttrDoc, opt RankerOptions, held func(i int) bool) (full, heldout *AttributionRanker, err error) {
	if opt.Delta <= 0 {
		opt.Delta = 0.5
	}
	var ex []filterExample
	var doc []int     // article of each group
	var passes []bool // whether each group's attribution passes the hand filters
	var extra []bool  // whether each group's cue is one parseCues offered
	var groups [][]filterExample
	var buf []uint32
	cues, right := 0, 0
	err = foldAttributions(docs, &opt.FilterOptions, func(i int, s *scanner, all []Attribution) {
		pass := map[int]bool{}
		for _, a := range s.handFilter(append([]Attribution(nil), all...)) {
			pass[a.cue] = true
		}
		n := len(all)
		ext := append(all[:n:n], s.parseCues(all)...)
		for k, a := range ext {
			cues++
			g0 := len(ex)
			m := s.cueMargin(a)
			ctx := all
			if k >= n {
				ctx = ext
				pass[a.cue] = true
			}
			for _, c := range s.rankCandidates(a) {
				buf = s.rankFeatures(ctx, k, c, m, buf[:0])
				e := filterExample{feats: append([]uint32(nil), buf...), right: matchesGold(c.a, docs[i].Relations),
					assembled: c.assembled(), exact: matchesGoldExact(c.a, docs[i].Relations)}
				if e.right {
					right++
				}
				ex = append(ex, e)
			}
			groups = append(groups, ex[g0:len(ex):len(ex)])
			extra = append(extra, k >= n)
			doc = append(doc, i)
			passes = append(passes, pass[a.cue])
		}
	}, func(k int) string {
		return fmt.Sprintf("fold %d: %d cues, %d candidates so far, %d right", k, cues, len(ex), right)
	})
	if err != nil {
		return nil, nil, fmt.Errorf("train attribution ranker: %w", err)
	}
	train := func(skip func(int) bool) *AttributionRanker {
		gs, xs := groups, ex
		if skip != nil {
			gs, xs = nil, nil
			for k, g := range groups {
				if !skip(doc[k]) {
					gs = append(gs, g)
					xs = append(xs, g...)
				}
			}
		}
		r := &AttributionRanker{
			choose: trainChooser(gs, opt.Passes, opt.L2, 1),
			delta:  float32(opt.Delta),
		}
		r.keep = trainFilter(xs, opt.Passes, opt.L2, 1)
		r.keep.threshold = float32(opt.Threshold)
		return r
	}
	if opt.CV > 1 && opt.Log != nil {
		gold := 0
		for i, d := range docs {
			if held == nil || !held(i) {
				gold += len(d.Relations)
			}
		}
		kept, rightKept, withRight, chosenRight, asmRight := 0, 0, 0, 0, 0
		// the score at other thresholds for the cues parseCues offers (2: none kept)
		ths := []float64{0.15, 0.3, 0.4, 0.5, 0.6, 0.7, 2}
		base, baseRight := 0, 0 // kept and right among the tagger's own cues
		tk, tr := make([]int, len(ths)), make([]int, len(ths))
		for f := range opt.CV {
			r := train(func(i int) bool { return i%opt.CV == f || held != nil && held(i) })
			for k, g := range groups {
				if doc[k]%opt.CV != f || held != nil && held(doc[k]) || !passes[k] {
					continue
				}
				any := false
				for _, e := range g {
					any = any || e.right
					if e.right && e.assembled {
						asmRight++
					}
				}
				x := r.pick(g)
				if any {
					withRight++
					if x >= 0 && g[x].right {
						chosenRight++
					}
				}
				if x >= 0 && extra[k] {
					p := r.keep.prob(g[x].feats)
					if p >= max(rankExtraThreshold, float64(r.keep.threshold)) {
						kept++
						if g[x].right {
							rightKept++
						}
					}
					for j, th := range ths {
						if p >= max(th, float64(r.keep.threshold)) {
							tk[j]++
							if g[x].right {
								tr[j]++
							}
						}
					}
					continue
				}
				if x >= 0 && r.keep.prob(g[x].feats) >= float64(r.keep.threshold) {
					kept++
					base++
					if g[x].right {
						rightKept++
						baseRight++
					}
				}
			}
		}
		for j, th := range ths {
			k, rk := base+tk[j], baseRight+tr[j]
			p, rc := float64(rk)/float64(max(k, 1)), float64(rk)/float64(max(gold, 1))
			fmt.Fprintf(opt.Log, "extra threshold %.2f: %d extra kept, %d right; F1 %.4f\n", th, tk[j], tr[j], 2*p*rc/max(p+rc, 1e-9))
		}
		p, rc := float64(rightKept)/float64(max(kept, 1)), float64(rightKept)/float64(max(gold, 1))
		fmt.Fprintf(opt.Log, "ranker %d-fold on train: %d cues with a right candidate, the assembled one right for %d, the chosen one for %d; kept %d, right %d of %d gold: P %.4f R %.4f F1 %.4f\n",
			opt.CV, withRight, asmRight, chosenRight, kept, rightKept, gold, p, rc, 2*p*rc/max(p+rc, 1e-9))
	}
	full = train(nil)
	if held != nil {
		heldout = train(held)
	}
	return full, heldout, nil
}

// spanAgainst names how the candidate span [x, y) lies against the
// assembled one [ax, ay): the same, none (the candidate is empty), new (the
// assembled one is), inside it, wider, overlapping or apart.
func spanAgainst(x, y, ax, ay int) string {
	switch {
	case x == ax && y == ay:
		return "same"
	case y <= x:
		return "none"
	case ay <= ax:
		return "new"
	case x >= ax && y <= ay:
		return "inside"
	case x <= ax && y >= ay:
		return "wider"
	case x < ay && ax < y:
		return "overlap"
	}
	return "apart"
}
