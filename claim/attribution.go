package claim

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"hearsay"
	"hearsay/nlp"
)

// Attribution is one attributed statement in the PolNeAR shape: who (Source),
// by which words (Cue), says what (Content). Spans are byte offsets into the
// Doc's text. Source is empty (Start == End) when the text names no source.
type Attribution struct {
	Sentence int          `json:"sentence"`
	Source   hearsay.Span `json:"source"`
	Cue      hearsay.Span `json:"cue"`
	Content  hearsay.Span `json:"content"`
	Direct   bool         `json:"direct,omitempty"` // the content is a direct quotation
	Lemma    string       `json:"cue_lemma"`        // "say", "according to", "deny", ...

	cue, cueEnd    int // token range of the cue
	head           int // the cue's main word, before auxiliaries were taken in
	src, srcEnd    int // token range of the source, src == srcEnd when none
	cont, contEnd  int // token range of the content
	negatedCue     bool
	inheritsSource bool // "..., adding that ...": the source is the previous attribution's
}

// HasSource reports whether the attribution names its source.
func (a Attribution) HasSource() bool { return a.Source.End > a.Source.Start }

// Attributions returns the attributions of d in the PolNeAR convention
// (an attribution nested inside another's content is not reported). A Doc
// with no tokens is segmented with Segment first. A tagged Doc goes to the
// embedded learned model (see AttributionModel), which was trained on Docs
// from the English pipeline and reads their tags, lemmas, entities and
// parse; a Doc without part-of-speech tags (Segment's), or a binary whose
// model cannot be loaded, gets RuleAttributions.
func Attributions(d *nlp.Doc) []Attribution {
	if len(d.Tokens) == 0 && d.Text != "" {
		*d = *Segment(d.Text)
	}
	if m, err := BuiltinAttributionModel(); err == nil && tagged(d) {
		return m.Attributions(d)
	}
	return RuleAttributions(d)
}

// tagged reports whether most tokens of d carry a part-of-speech tag.
func tagged(d *nlp.Doc) bool {
	n := 0
	for _, t := range d.Tokens {
		if t.UPOS != "" && t.UPOS != "_" {
			n++
		}
	}
	return n > 0 && 2*n >= len(d.Tokens)
}

// RuleAttributions returns the attributions of d found by the hand-written
// surface rules (the cue lexicon, hand-written cues and quotation marks)
// alone. Lemmas are used when present; tags and parse are not needed.
func RuleAttributions(d *nlp.Doc) []Attribution {
	return newScanner(d).scan(true)
}

// Options of the scanner that evaluation tunes.
var (
	// cueMinP is the least learned probability that a word form is a cue for
	// it to trigger one.
	cueMinP = 0.40
	// cueMinCount is the least number of training occurrences inside cues.
	cueMinCount = 3
)

// maxContent bounds the tokens of one content, which keeps the scanner
// linear on text without sentence punctuation.
const maxContent = 200

type scanner struct {
	d        *nlp.Doc
	lx       Lexicon
	low      []string
	tokQuote []int // index into quotes of the closed quotation holding the token, or -1
	quotes   []Quote
	strict   bool               // only speech-act cues (the hand-written ones), for claims
	date     time.Time          // when the text speaks, for dated roles of people; zero for the latest
	margin   []float32          // per token, the tagger's best cue label score less its best other one (emissions only); nil when untagged
	labels   []int              // the tagger's labels the attributions were assembled from; nil when untagged
	ranker   *AttributionRanker // the learned choice among candidate sources and contents, nil for none
}

func newScanner(d *nlp.Doc) *scanner {
	if len(d.Tokens) == 0 && d.Text != "" {
		*d = *Segment(d.Text)
	}
	s := &scanner{d: d, lx: builtinLexicon}
	s.low = make([]string, len(d.Tokens))
	for i, t := range d.Tokens {
		s.low[i] = strings.ToLower(t.Form)
	}
	s.quotes = Quotes(d.Text)
	s.tokQuote = make([]int, len(d.Tokens))
	qi := 0
	for i, t := range d.Tokens {
		s.tokQuote[i] = -1
		for qi < len(s.quotes) && s.quotes[qi].End <= t.Start {
			qi++
		}
		if qi < len(s.quotes) && s.quotes[qi].Start <= t.Start && t.End <= s.quotes[qi].End {
			s.tokQuote[i] = qi
		}
	}
	return s
}

func (s *scanner) span(a, b int) hearsay.Span {
	if b <= a || a < 0 || b > len(s.d.Tokens) {
		return hearsay.Span{}
	}
	st, en := s.d.Tokens[a].Start, s.d.Tokens[b-1].End
	return hearsay.Span{Start: st, End: en, Text: s.d.Text[st:en]}
}

func (s *scanner) byteSpan(st, en int) hearsay.Span {
	return hearsay.Span{Start: st, End: en, Text: s.d.Text[st:en]}
}

func isPunct(f string) bool {
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return f != ""
}

func isCap(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r)
}

func (s *scanner) quoted(i int) bool {
	q := s.tokQuote[i]
	return q >= 0 && s.quotes[q].Closed
}

// cueAt reports whether a cue starts at token i of a sentence ending at
// end, and returns its token end and lemma.
func (s *scanner) cueAt(i, end int) (int, string, bool) {
	if s.quoted(i) {
		return 0, "", false
	}
	w := s.low[i]
	next := func(k int) string {
		if i+k < end {
			return s.low[i+k]
		}
		return ""
	}
	switch {
	case w == "according" && next(1) == "to":
		return i + 2, "according to", true
	case w == "quoted" && next(1) == "as" && (next(2) == "saying" || next(2) == "telling" || next(2) == "predicting" || next(2) == "adding" || next(2) == "warning"):
		return i + 3, "quote", true
	case w == "quoted" && s.strict:
		// "X quoted him as saying"
		for k := i + 2; k < end && k < i+8; k++ {
			if s.low[k] == "as" && k+1 < end && s.low[k+1] == "saying" {
				return i + 1, "quote", true
			}
		}
	case w == "citing" || w == "cited" && i > 0 && s.low[i-1] == ",":
		return i + 1, "cite", true
	case !s.strict && w == ":" && s.headlineSource(i) >= 0:
		return i + 1, "colon", true
	case !s.strict && (w == "―" || w == "—" || w == "–" || w == "-") && i > 0 && s.isCloseQuoteTok(i-1) && i+1 < end && isCap(s.d.Tokens[i+1].Form):
		return i + 1, "dash", true
	case s.strict && (w == "in" || w == "by") && (next(1) == "his" || next(1) == "her" || next(1) == "their" || next(1) == "its") && (next(2) == "telling" || next(2) == "account" || next(2) == "version" || next(2) == "words" || next(2) == "view") && next(3) == ",":
		return i + 3, "according to", true
	}
	lem := s.lemmaOf(i)
	if _, ok := handCues[lem]; !ok {
		if hl := handLemma(w); hl != "" {
			lem = hl
		}
	}
	if ambiguousCue[w] && !(i > 0 && (pronounSources[s.low[i-1]] || s.low[i-1] == "to" || s.low[i-1] == "will" || s.low[i-1] == "would" || s.low[i-1] == "did" || s.low[i-1] == "does" || s.low[i-1] == "not" || s.low[i-1] == "n't")) {
		return 0, "", false
	}
	if hand, ok := handCues[lem]; ok && hand.verb && (s.verbish(i) || s.strict && i > 0 && s.low[i-1] == "to" && (hand.stance == hearsay.Denies || i > 1 && (s.low[i-2] == "declined" || s.low[i-2] == "refused" || s.low[i-2] == "declining" || s.low[i-2] == "refusing"))) {
		e := i + 1
		if hand.particle != "" && next(1) == hand.particle {
			e++
		}
		return e, lem, true
	}
	st, ok := s.lx[w]
	if !ok || s.strict || cueStop[w] || strings.HasSuffix(w, "ly") && w != "reportedly" && w != "allegedly" || st.InCue < cueMinCount || st.P() < cueMinP {
		return 0, "", false
	}
	if !s.verbish(i) {
		return 0, "", false
	}
	return i + 1, lem, true
}

// verbish reports whether token i may be a verb: not after a determiner, a
// possessive or "of", and not a capitalised word inside a sentence. Tags
// are not consulted: the scanner must not depend on a tagger's mistakes.
func (s *scanner) verbish(i int) bool {
	if i > 0 {
		p := s.low[i-1]
		if determiners[p] && p != "both" && p != "all" && p != "each" && p != "that" || p == "’s" || p == "'s" || p == "of" || p == "to" && !strings.HasSuffix(s.low[i], "ed") {
			return false
		}
		if i > 1 && isCap(s.d.Tokens[i-1].Form) && determiners[s.low[i-2]] && s.low[i-2] != "that" && !strings.HasSuffix(s.low[i], "ed") {
			return false // "an AFP report"
		}
		// capitalised inside a sentence: a name or a headline word
		if isCap(s.d.Tokens[i].Form) && !isPunct(p) && s.d.SentenceOf(i) == s.d.SentenceOf(i-1) {
			return false
		}
	}
	return true
}

func (s *scanner) lemmaOf(i int) string {
	t := s.d.Tokens[i]
	if t.Lemma != "" && t.Lemma != "_" {
		return strings.ToLower(t.Lemma)
	}
	return lemma(s.low[i])
}

// scan finds the attributions of every sentence. With univocal set, a cue
// inside an earlier attribution's spans is skipped.
func (s *scanner) scan(univocal bool) []Attribution {
	var out []Attribution
	claimed := make([]bool, len(s.d.Tokens))
	for si, sent := range s.d.Sentences {
		first := len(out)
		for i := sent.Start; i < sent.End; i++ {
			if univocal && claimed[i] {
				continue
			}
			e, lem, ok := s.cueAt(i, sent.End)
			if !ok {
				continue
			}
			a, ok := s.build(si, sent, i, e, lem, out[first:])
			if !ok {
				continue
			}
			if univocal && s.overlapsClaimed(a, claimed) {
				continue
			}
			for _, r := range [][2]int{{a.src, a.srcEnd}, {a.cue, a.cueEnd}, {a.cont, a.contEnd}} {
				for k := r[0]; k < r[1]; k++ {
					claimed[k] = true
				}
			}
			out = append(out, a)
			i = e - 1
		}
	}
	return out
}

func (s *scanner) overlapsClaimed(a Attribution, claimed []bool) bool {
	src := [2]int{a.src, a.srcEnd}
	if a.inheritsSource {
		src = [2]int{}
	}
	for _, r := range [][2]int{src, {a.cue, a.cueEnd}} {
		for k := r[0]; k < r[1]; k++ {
			if claimed[k] {
				return true
			}
		}
	}
	return false
}

// build assembles the attribution of the cue at tokens [c, ce).
func (s *scanner) build(si int, sent nlp.Sentence, c, ce int, lem string, prev []Attribution) (Attribution, bool) {
	a := Attribution{Sentence: si, Lemma: lem, cue: c, cueEnd: ce, head: c}
	start := s.contentStart(sent)
	switch lem {
	case "according to":
		if s.low[c] != "according" {
			// "in his telling, CONTENT": the possessive is the source
			a.src, a.srcEnd = c+1, c+2
			k := ce
			for k < sent.End && s.low[k] == "," {
				k++
			}
			a.cont, a.contEnd = k, s.contentEnd(k, sent.End)
			return s.finish(a)
		}
		// "according to X, CONTENT" or "CONTENT, according to X"
		se := s.npRight(ce, sent.End)
		if se == ce {
			return a, false
		}
		a.src, a.srcEnd = ce, se
		if c <= start+1 {
			k := se
			for k < sent.End && (s.low[k] == "," || s.low[k] == ":") {
				k++
			}
			a.cont, a.contEnd = k, s.contentEnd(k, sent.End)
		} else {
			e := c
			for e > start && (s.low[e-1] == "," || s.low[e-1] == "(") {
				e--
			}
			a.cont, a.contEnd = start, e
		}
		return s.finish(a)
	case "colon":
		// "Paul Ryan: FBI Decision ... Defies Explanation"
		a.src, a.srcEnd = s.headlineSource(c), c
		a.cont, a.contEnd = s.contentRight(ce, sent.End, lem)
		return s.finish(a)
	case "dash":
		// "“... our greatest shame.” ― Sonya Herridge"
		k := ce
		for k < sent.End && k-ce < 6 && !isPunct(s.low[k]) || k < sent.End && s.low[k] == "." && k+1 < sent.End && !strings.Contains(s.d.Text[s.d.Tokens[k].End:s.d.Tokens[k+1].Start], "\n") {
			if strings.Contains(s.d.Text[s.d.Tokens[k-1].End:s.d.Tokens[k].Start], "\n") {
				break
			}
			k++
		}
		if k == ce {
			return a, false
		}
		a.src, a.srcEnd = ce, k
		a.cont, a.contEnd = s.contentBefore(sent.Start, c-1)
		return s.finish(a)
	case "quote":
		if ce == c+1 && s.d.Tokens[c].Form == "quoted" && ce < sent.End && s.low[ce] != "as" {
			// "X quoted him as saying ...": the quoted one is the source
			k := ce
			for k < sent.End && s.low[k] != "as" {
				k++
			}
			if k+1 >= sent.End {
				return a, false
			}
			a.src, a.srcEnd = ce, k
			a.cont, a.contEnd = s.contentRight(k+2, sent.End, lem)
			return s.finish(a)
		}
	case "cite":
		// "..., AFP reported, citing sources" : the cited are the source
		se := s.npRight(ce, sent.End)
		if se == ce {
			return a, false
		}
		a.src, a.srcEnd = ce, se
		if len(prev) > 0 {
			p := prev[len(prev)-1]
			a.cont, a.contEnd = p.cont, p.contEnd
			a.Content, a.Direct = p.Content, p.Direct
			a.Source, a.Cue = s.span(a.src, a.srcEnd), s.span(c, ce)
			return a, a.Content.End > a.Content.Start
		}
		e := c
		for e > start && isPunct(s.low[e-1]) {
			e--
		}
		a.cont, a.contEnd = start, e
		return s.finish(a)
	}
	if c > sent.Start && (s.low[c-1] == "," || s.strict && (s.low[c-1] == "while" || s.low[c-1] == "after" || s.low[c-1] == "by" || s.low[c-1] == "before" || len(prev) > 0)) && isParticipleCue(s.low[c]) {
		// "..., adding that ...", "..., saying ..."
		a.inheritsSource = true
		if len(prev) > 0 {
			a.src, a.srcEnd = prev[len(prev)-1].src, prev[len(prev)-1].srcEnd
		} else if s.strict {
			a.src, a.srcEnd = s.subjectAt(start, c)
			a.inheritsSource = a.src == a.srcEnd
		}
		a.cont, a.contEnd = s.contentRight(ce, sent.End, lem)
		return s.finish(a)
	}

	if len(prev) > 0 && c > sent.Start && (s.low[c-1] == "and" || s.low[c-1] == "but") && prev[len(prev)-1].srcEnd > prev[len(prev)-1].src {
		// "Trump said ... and vowed to ...": the same speaker
		p := prev[len(prev)-1]
		a.src, a.srcEnd = p.src, p.srcEnd
		a.inheritsSource = true
		a.cont, a.contEnd = s.contentRight(ce, sent.End, lem)
		return s.finish(a)
	}
	ss, se, beforeSrc := s.npLeft(c, sent.Start)
	if ss < se && s.strict && strings.HasSuffix(s.low[se-1], "ed") && !isCap(s.d.Tokens[se-1].Form) && se-ss == 1 {
		ss = se // "reports have emerged claiming": a verb is no source
	}
	postposed := false
	if ss < se {
		a.src, a.srcEnd = ss, se
		// "“...,” the official said." / "X is coming, he said."
		after := ce
		if recipientVerbs[lem] {
			for after < sent.End && after-ce < 4 && (isCap(s.d.Tokens[after].Form) || hearerWords[s.low[after]]) && !s.quoted(after) {
				after++
			}
		}
		resumes := func() bool { // "“A,” the narrator says, “B?”"
			k := s.skipTime(after, sent.End)
			return k+1 < sent.End && s.low[k] == "," && s.isOpenQuoteTok(k+1)
		}
		if beforeSrc >= start && beforeSrc >= sent.Start && (s.low[beforeSrc] == "," || s.isCloseQuoteTok(beforeSrc)) && (s.clauseEndsAfter(after, sent.End) || s.isCloseQuoteTok(beforeSrc) && resumes()) {
			postposed = true
		}
	} else if c > sent.Start && (s.low[c-1] == "," || s.isCloseQuoteTok(c-1)) {
		// "“...,” said the official."
		rs := ce
		for rs < sent.End && (s.low[rs] == "in" || s.low[rs] == "part" || s.low[rs] == "partly" || s.low[rs] == "by") {
			rs++
		}
		re := s.npRight(rs, sent.End)
		if !s.strict && re > rs {
			// "said Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus."
			k := re
			if k < sent.End && s.low[k] == "(" {
				for k < sent.End && k-re < 8 && s.low[k] != ")" {
					k++
				}
				if k < sent.End && s.low[k] == ")" {
					re = k + 1
					k = re
				}
			}
			if k+1 < sent.End && s.low[k] == "," && !s.isOpenQuoteTok(k+1) && !isParticipleCue(s.low[k+1]) {
				e := s.contentEnd(k+1, sent.End)
				if e > k+1 && e-k <= 25 {
					re = e
				}
			}
		}
		if re > rs && s.clauseEndsAfter(re, sent.End) {
			a.src, a.srcEnd = rs, re
			postposed = true
			beforeSrc = c - 1
		}
	}
	if postposed {
		a.cont, a.contEnd = s.contentBefore(start, beforeSrc)
		if a.contEnd <= a.cont {
			return a, false
		}
		// "“A,” X said, “B.”": the quotation goes on after the cue
		k := max(ce, a.srcEnd)
		if recipientVerbs[lem] && k == ce {
			for k < sent.End && k-ce < 4 && (isCap(s.d.Tokens[k].Form) || hearerWords[s.low[k]]) && !s.quoted(k) {
				k++
			}
		}
		k = s.skipTime(k, sent.End)
		if k+1 < sent.End && s.low[k] == "," && !s.isOpenQuoteTok(k+1) && !s.isCloseQuoteTok(beforeSrc) && !isParticipleCue(s.low[k+1]) && !subordinators[s.low[k+1]] && s.low[k+1] != "according" && s.low[k+1] != "citing" {
			// "But to prevent problems, he said, local officials should ...": the content is the sentence
			a.contEnd = s.contentEnd(k+1, sent.End)
			return s.finish(a)
		}
		if k+1 < len(s.d.Tokens) && (s.low[k] == "," || s.low[k] == ":") && s.isOpenQuoteTok(k+1) && s.tokQuote[a.cont] >= 0 {
			q := s.quotes[s.tokQuote[k+1]]
			m := k + 1
			for m < len(s.d.Tokens) && m < k+maxContent && s.d.Tokens[m].End <= q.End {
				m++
			}
			a.Direct = true
			a.contEnd = m
			a.Cue = s.span(a.cue, a.cueEnd)
			if a.srcEnd > a.src {
				a.Source = s.span(a.src, a.srcEnd)
			}
			a.Content = s.span(a.cont, a.contEnd)
			return a, true
		}
		if !s.strict && s.isCloseQuoteTok(beforeSrc) && si+1 < len(s.d.Sentences) {
			// "“A,” she said. “B.”": the quotation goes on in the next sentence
			nx := s.d.Sentences[si+1]
			if s.isOpenQuoteTok(nx.Start) && !strings.Contains(s.d.Text[s.d.Tokens[sent.End-1].End:s.d.Tokens[nx.Start].Start], "\n") {
				q := s.quotes[s.tokQuote[nx.Start]]
				m := nx.Start
				for m < nx.End && s.d.Tokens[m].End <= q.End {
					m++
				}
				if m == nx.End || m == nx.End-1 && isPunct(s.low[m]) {
					a.contEnd = m
					a.Direct = true
					a.Cue = s.span(a.cue, a.cueEnd)
					if a.srcEnd > a.src {
						a.Source = s.span(a.src, a.srcEnd)
					}
					a.Content = s.span(a.cont, a.contEnd)
					return a, true
				}
			}
		}
	} else {
		a.cont, a.contEnd = s.contentRight(ce, sent.End, lem)
		if rel := s.relativeCue(c, sent.Start); rel && s.strict && !s.isOpenQuoteTok(a.cont) {
			// "the agencies, which claimed Iran was ready, were wrong": the clause ends at a comma
			for k := a.cont + 1; k < a.contEnd; k++ {
				if s.low[k] == "," && !s.quoted(k) {
					a.contEnd = k
					break
				}
			}
		}
		k := ce
		for k < sent.End && (s.low[k] == "in" || s.low[k] == "part" || s.low[k] == "partly") {
			k++
		}
		passive := c > sent.Start && (s.low[c-1] == "was" || s.low[c-1] == "were" || s.low[c-1] == "is" || s.low[c-1] == "are" || s.low[c-1] == "been" || s.low[c-1] == "first" || s.low[c-1] == "being") && strings.HasSuffix(s.low[c], "ed")
		if !s.strict && passive && k+1 < sent.End && s.low[k] == "by" && a.srcEnd > a.src {
			// "The issue was first reported by The Washington Post": the agent speaks of the subject
			re := s.npRight(k+1, sent.End)
			if re > k+1 {
				subj, subjEnd := a.src, a.srcEnd
				a.src, a.srcEnd = k+1, re
				a.cont, a.contEnd = subj, subjEnd
				return s.finish(a)
			}
		}
		if s.strict && c > sent.Start && hearerVerbs[lem] && beForms[s.low[c-1]] {
			// "Syria was told before the raids began": the subject of a
			// passive verb of telling is who heard, not who spoke; the
			// speaker is the agent, if any ("was informed by X that")
			a.src, a.srcEnd = 0, 0
		}
		if s.strict && k+1 < sent.End && s.low[k] == "by" && (a.srcEnd == a.src || s.low[max(a.src-1, 0)] == ",") {
			// "The communication, confirmed in part by a senior official, may ..."
			re := s.npRight(k+1, sent.End)
			if re > k+1 {
				a.src, a.srcEnd = k+1, re
				a.cont, a.contEnd = start, s.contentEnd(start, sent.End) // the sentence the passive is about
			}
		}
		if s.strict && a.contEnd <= a.cont && handCues[lem].stance == hearsay.Denies && a.src > start {
			// "a claim Washington swiftly rejected": the content is what came before
			e := a.src
			for e > start && (isPunct(s.low[e-1]) || occasionNouns[s.low[e-1]] || determiners[s.low[e-1]]) {
				e--
			}
			a.cont, a.contEnd = start, e
		}
	}
	for k := a.src; k < a.srcEnd; k++ {
		if s.quoted(k) {
			a.src, a.srcEnd = 0, 0
			break
		}
	}
	return s.finish(a)
}

// finish fills the byte spans; content given as a quotation extends to the
// whole quotation even across sentences.
func (s *scanner) finish(a Attribution) (Attribution, bool) {
	if a.contEnd <= a.cont {
		return a, false
	}
	// auxiliaries and adverbs right before the cue belong to it: "has said", "also said"
	for a.cue > 0 && cueAux[s.low[a.cue-1]] && (a.srcEnd <= a.src || a.cue-1 >= a.srcEnd) && (a.cue-1 < a.cont || a.cue-1 >= a.contEnd) && !s.quoted(a.cue-1) && s.d.SentenceOf(a.cue-1) == a.Sentence {
		a.cue--
	}
	a.Cue = s.span(a.cue, a.cueEnd)
	if a.srcEnd > a.src {
		a.Source = s.span(a.src, a.srcEnd)
	}
	a.Content = s.span(a.cont, a.contEnd)
	// a content that is, or starts with, a quotation
	if q := s.tokQuote[a.cont]; q >= 0 {
		qq := s.quotes[q]
		if s.tokQuote[a.contEnd-1] == q || a.contEnd-a.cont <= 2 {
			a.Content = s.byteSpan(qq.Start, qq.End)
			a.Direct = true
		}
	} else if q := s.tokQuote[a.contEnd-1]; q >= 0 && s.quotes[q].Start < s.d.Tokens[a.cont].Start {
		a.Content = s.byteSpan(s.d.Tokens[a.cont].Start, s.quotes[q].End)
	}
	if a.Content.End-a.Content.Start < 2 {
		return a, false
	}
	return a, true
}

func (s *scanner) isCloseQuoteTok(i int) bool {
	q := s.tokQuote[i]
	return q >= 0 && s.quotes[q].End == s.d.Tokens[i].End && isPunct(s.d.Tokens[i].Form)
}

// contentStart returns the first token of a sentence's own text, after a
// dateline ("BEIRUT, Aug 26 (Levant Wire) -", "WASHINGTON —").
func (s *scanner) contentStart(sent nlp.Sentence) int {
	lim := min(sent.End, sent.Start+14)
	for k := sent.Start; k < lim; k++ {
		f := s.low[k]
		if (f == "—" || f == "-" || f == "–") && k > sent.Start && k+1 < sent.End {
			// everything before must look like a dateline: capitalised words, commas, dates, brackets
			ok := true
			for j := sent.Start; j < k; j++ {
				t := s.d.Tokens[j].Form
				if !(isCap(t) || isPunct(t) || unicode.IsDigit(rune(t[0])) || months[s.low[j]]) {
					ok = false
					break
				}
			}
			if ok {
				return k + 1
			}
			return sent.Start
		}
	}
	return sent.Start
}

// skipTime moves right over time adverbials and manner phrases after a cue:
// "on Tuesday", "late on Wednesday", "in a statement", "yesterday".
func (s *scanner) skipTime(i, end int) int {
	for i < end {
		w := s.low[i]
		switch {
		case w == "today" || w == "yesterday" || w == "tonight" || w == "again" || w == "also" || w == "earlier" || w == "later" || w == "separately" || w == "repeatedly" || w == "publicly" || w == "privately":
			i++
		case w == "late" || w == "early" || w == "morning" || w == "afternoon" || w == "evening" || w == "night" || weekdays[w]:
			i++
		case (w == "last" || w == "this" || w == "next") && i+1 < end && (s.low[i+1] == "week" || s.low[i+1] == "month" || s.low[i+1] == "year" || s.low[i+1] == "weekend" || weekdays[s.low[i+1]] || months[s.low[i+1]]):
			i += 2
		case (w == "on" || w == "in" || w == "last" || w == "this" || w == "next") && i+1 < end && (weekdays[s.low[i+1]] || months[s.low[i+1]] || s.low[i+1] == "week" || s.low[i+1] == "month" || s.low[i+1] == "year"):
			i += 2
		case w == "in" && i+2 < end && (s.low[i+1] == "a" || s.low[i+1] == "an") && (s.low[i+2] == "statement" || s.low[i+2] == "interview" || s.low[i+2] == "speech" || s.low[i+2] == "tweet" || s.low[i+2] == "post" || s.low[i+2] == "letter" || s.low[i+2] == "briefing"):
			i += 3
			if i < end && (s.low[i] == "with" || s.low[i] == "to" || s.low[i] == "on") {
				// "in an interview with Voice of America"
				k := i + 1
				for k < end && k-i < 6 && (isCap(s.d.Tokens[k].Form) || s.low[k] == "of" || s.low[k] == "the") {
					k++
				}
				i = k
			}
		default:
			return i
		}
	}
	return i
}

// clauseEndsAfter reports whether nothing but a time phrase, a
// participial cue or punctuation follows token i to the sentence's end.
func (s *scanner) clauseEndsAfter(i, end int) bool {
	i = s.skipTime(i, end)
	if i >= end {
		return true
	}
	w := s.low[i]
	if w == "." || w == "!" || w == "?" || w == ";" || isPunct(w) && i == end-1 {
		return true
	}
	if w == "," || w == "(" || w == "—" {
		return !(i+1 < end && s.isOpenQuoteTok(i+1))
	}
	if w == "in" || w == "at" || w == "by" || w == "during" || w == "to" || w == "on" || w == "after" || w == "before" || w == "when" || w == "while" || w == "about" {
		// "said in an interview with X." "said at a news conference."
		for k := i; k < end && k < i+40; k++ {
			if s.low[k] == "that" || s.low[k] == ":" || s.isOpenQuoteTok(k) {
				return false
			}
		}
		return true
	}
	return false
}

func (s *scanner) isOpenQuoteTok(i int) bool {
	q := s.tokQuote[i]
	return q >= 0 && s.quotes[q].Start == s.d.Tokens[i].Start
}

// npLeft scans a source noun phrase leftwards from the cue at c, over words
// that may stand between subject and verb. It returns the phrase's token
// range and the index of the token before it (the boundary), or -1.
func (s *scanner) npLeft(c, sentStart int) (int, int, int) {
	j := c - 1
	if j > sentStart && s.low[j] == "to" && s.strict {
		// "was quick to reject", "all lined up to reject", "declined to confirm"
		k := j - 1
		for k >= sentStart && j-k <= 4 && !isCap(s.d.Tokens[k].Form) && !isPunct(s.low[k]) && (!clauseBoundary[s.low[k]] || preCue[s.low[k]]) {
			k--
		}
		j = k
	}
	// words between subject and verb: "also", "has", "on Tuesday", "flatly"
	for j >= sentStart {
		w := s.low[j]
		if preCue[w] || strings.HasSuffix(w, "ly") && len(w) > 4 && !isCap(s.d.Tokens[j].Form) {
			j--
			continue
		}
		if (weekdays[w] || months[w] || w == "week" || w == "month") && j-1 >= sentStart && (s.low[j-1] == "on" || s.low[j-1] == "in" || s.low[j-1] == "last" || s.low[j-1] == "this") {
			j -= 2
			continue
		}
		break
	}
	if j > sentStart && s.low[j] == ")" {
		k := j - 1
		for k > sentStart && j-k < 8 && s.low[k] != "(" {
			k--
		}
		if s.low[k] == "(" && k > sentStart && isCap(s.d.Tokens[k-1].Form) {
			ns, _, b := s.npLeft(k, sentStart)
			if ns < k {
				return ns, j + 1, b
			}
		}
	}
	e := j + 1
	if j >= sentStart && (pronounSources[s.low[j]] && s.low[j] != "who" && s.low[j] != "it" || s.low[j] == "she") {
		return j, e, j - 1 // "At a news conference he said"
	}
	// "X, who asked not to be named, said": step over a comma-enclosed aside
	if j >= sentStart && s.low[j] == "," {
		for k := j - 1; k >= sentStart && k > j-20; k-- {
			if s.low[k] == "," && k+1 < j {
				nw := s.low[k+1]
				if nw == "who" || nw == "which" || determiners[nw] || nw == "from" || nw == "speaking" || strings.HasSuffix(nw, "ing") || strings.HasSuffix(nw, "ly") || nw == "in" || nw == "at" || nw == "whose" || isCap(s.d.Tokens[k+1].Form) {
					ns, ne, b := s.npLeft(k, sentStart)
					if ns < ne && ne == k {
						if !s.strict {
							return ns, j, b // PolNeAR takes the aside into the source
						}
						return ns, ne, b
					}
				}
				break
			}
			if s.quoted(k) || s.low[k] == "." {
				break
			}
		}
		return e, e, j
	}
	for j >= sentStart && e-j <= 12 {
		f := s.d.Tokens[j].Form
		w := s.low[j]
		if s.quoted(j) {
			break
		}
		if isPunct(f) && f != "’s" && f != "'s" && f != "-" && f != "." && f != "&" {
			break
		}
		if clauseBoundary[w] && !(w == "of" || w == "for") && !s.innerPrep(j, e, sentStart) {
			break
		}
		j--
	}
	ns := j + 1
	// drop leading words that cannot start a noun phrase
	for ns < e && (s.low[ns] == "of" || s.low[ns] == "for" || s.low[ns] == "’s" || s.low[ns] == "'s" || isPunct(s.low[ns])) {
		ns++
	}
	if ns+2 < e && (s.low[ns] == "last" || s.low[ns] == "this" || s.low[ns] == "on" || s.low[ns] == "in") && (s.low[ns+1] == "week" || s.low[ns+1] == "month" || s.low[ns+1] == "year" || weekdays[s.low[ns+1]] || months[s.low[ns+1]]) {
		ns += 2
	}
	for k := e - 1; k > ns; k-- {
		if isCap(s.d.Tokens[k].Form) && occasionNouns[s.low[k-1]] {
			ns = k
			break
		}
	}
	if ns < e {
		last := s.low[e-1]
		if last == "of" || last == "for" || last == "the" || last == "a" || last == "’s" || last == "'s" {
			return e, e, j
		}
	}
	if ns >= e {
		return e, e, j
	}
	return ns, e, j
}

// npRight scans a noun phrase rightwards from i: up to a comma, a
// clause word or the sentence's end, at most 12 tokens.
func (s *scanner) npRight(i, end int) int {
	k := i
	for k < end && k-i < 12 {
		f := s.d.Tokens[k].Form
		w := s.low[k]
		if isPunct(f) && f != "-" && f != "&" && f != "’s" && f != "'s" {
			break
		}
		if s.quoted(k) || (w == "that" || w == "who" || w == "which" || w == "and" && k > i+2 || w == "but" || w == "while" || w == "as" || w == "when" || w == "to") {
			break
		}
		if k > i && (w == "said" || w == "says" || w == "told") {
			break
		}
		k++
	}
	return k
}

// contentRight returns the content after a cue ending at ce.
func (s *scanner) contentRight(ce, end int, lem string) (int, int) {
	i := ce
	// particles and "as saying" already in the cue; skip time and manner phrases
	i = s.skipTime(i, end)
	if recipientVerbs[lem] && i < end && !s.isOpenQuoteTok(i) && s.low[i] != "that" && s.low[i] != ":" {
		// skip the hearer: "told Reuters", "told reporters on Tuesday"
		k := i
		for k < end && k-i < 6 && (isCap(s.d.Tokens[k].Form) || hearerWords[s.low[k]]) && !s.quoted(k) {
			k++
		}
		if k > i {
			i = s.skipTime(k, end)
		}
	}
	colon := false
	for i < end && (s.low[i] == ":" || s.low[i] == ",") {
		colon = colon || s.low[i] == ":"
		i++
	}
	if i >= end {
		if colon && i < len(s.d.Tokens) && s.isOpenQuoteTok(i) {
			// "He said:" closing a paragraph, the quotation opening the next
			q := s.quotes[s.tokQuote[i]]
			k := i
			for k < len(s.d.Tokens) && k < i+maxContent && s.d.Tokens[k].End <= q.End {
				k++
			}
			return i, k
		}
		return i, i
	}
	if s.isOpenQuoteTok(i) {
		q := s.quotes[s.tokQuote[i]]
		k := i
		for k < len(s.d.Tokens) && k < i+maxContent && s.d.Tokens[k].End <= q.End {
			k++
		}
		return i, k
	}
	return i, s.contentEnd(i, end)
}

// contentEnd returns where content starting at i ends: before the final
// punctuation, or before a comma that a further attribution follows.
func (s *scanner) contentEnd(i, end int) int {
	end = min(end, i+maxContent)
	e := end
	for k := i + 1; k < end; k++ {
		if s.low[k] == "but" && k+1 < end && !s.quoted(k) && pronounSources[s.low[k+1]] && s.low[k+1] != "who" {
			e = k // "... lower taxes, but he has also intensified ..."
			break
		}
		if (s.low[k] == "and" || s.low[k] == "but") && k+1 < end && !s.quoted(k) {
			// "... his plan and vowed to punish ...": a second cue of the same speaker
			if _, _, ok := s.cueAt(k+1, end); ok && (strings.HasSuffix(s.low[k+1], "ed") || strings.HasSuffix(s.low[k+1], "s")) {
				e = k
				break
			}
			continue
		}
		if s.low[k] != "," && s.low[k] != ";" && s.low[k] != "—" {
			continue
		}
		if s.quoted(k) {
			continue
		}
		// a cue within the next tokens, after which the sentence ends: "..., he said."
		lim := min(end, k+10)
		for m := k + 1; m < lim; m++ {
			if s.quoted(m) || s.low[m] == "," && m > k+1 {
				break
			}
			if ce, lem, ok := s.cueAt(m, end); ok {
				if m == k+1 && (isParticipleCue(s.low[m]) || lem == "according to" || lem == "cite") || s.clauseEndsAfter(ce, end) {
					e = k
				} else if s.strict && k+1 < m && (subordinators[s.low[k+1]] || s.low[k+1] == "but" || s.low[k+1] == "and") {
					// "..., while US officials insisted ..."
					if ns, ne, _ := s.npLeft(m, k+2); ns == k+2 && ne > ns {
						e = k
					}
				}
				break
			}
		}
		if e == k {
			break
		}
	}
	for e > i {
		f := s.d.Tokens[e-1].Form
		if (f == "." || f == "," || f == ";" || f == ":" || f == "!" || f == "?" || f == "—") && !s.quoted(e-1) {
			e--
			continue
		}
		break
	}
	return e
}

// contentBefore returns the content that ends at the boundary token b
// (a comma or a closing quotation mark) before a postposed source.
func (s *scanner) contentBefore(start, b int) (int, int) {
	if s.isCloseQuoteTok(b) {
		q := s.quotes[s.tokQuote[b]]
		k := b
		for k > 0 && k > b-maxContent && s.d.Tokens[k-1].Start >= q.Start {
			k--
		}
		return k, b + 1
	}
	e := b
	for e > start && isPunct(s.low[e-1]) && !s.isCloseQuoteTok(e-1) {
		e--
	}
	if e > start && s.isCloseQuoteTok(e-1) {
		q := s.quotes[s.tokQuote[e-1]]
		k := e - 1
		for k > 0 && k > e-maxContent && s.d.Tokens[k-1].Start >= q.Start {
			k--
		}
		return k, e
	}
	return start, e
}

func isParticipleCue(w string) bool {
	switch w {
	case "adding", "saying", "noting", "arguing", "insisting", "expressing", "warning", "stressing", "claiming", "explaining", "writing", "suggesting", "declaring", "calling", "telling", "describing", "asking", "acknowledging", "denying", "asserting", "stating", "urging":
		return true
	}
	return false
}

// subjectAt guesses the subject at the start of a clause from i to end: an
// opening prepositional phrase set off by a comma is skipped ("In its
// statement, Damascus ..."), then capitalised words, determiners and
// words that head claimant phrases are taken.
func (s *scanner) subjectAt(i, end int) (int, int) {
	for k := i; k < end && k < i+5; k++ {
		if s.low[k] == "," && k > i && !clauseBoundary[s.low[i]] && !isCap(s.d.Tokens[k-1].Form) {
			i = k + 1
			break
		}
	}
	if i < end && clauseBoundary[s.low[i]] {
		k := i
		for k < end && k-i < 10 && s.low[k] != "," {
			k++
		}
		if k < end && s.low[k] == "," {
			i = k + 1
		}
	}
	k := i
	for k < end && k-i < 10 {
		w := s.low[k]
		f := s.d.Tokens[k].Form
		if !(isCap(f) || determiners[w] || w == "’s" || w == "'s" || personHeads[w] || govHeads[w] || mediaHeads[w] || roleWords[w] || w == "of") || s.quoted(k) {
			break
		}
		k++
	}
	for k > i && (s.low[k-1] == "of" || determiners[s.low[k-1]]) {
		k--
	}
	return i, k
}

// handLemma returns the hand-written cue lemma an inflected form belongs to,
// trying the stems its suffix allows ("added" → "add", "indicated" →
// "indicate"), or "".
func handLemma(w string) string {
	if _, ok := handCues[w]; ok {
		return w
	}
	if l, ok := irregular[w]; ok {
		if _, ok := handCues[l]; ok {
			return l
		}
	}
	var cands []string
	for _, suf := range []string{"ed", "ing", "es", "s", "d"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			b := w[:len(w)-len(suf)]
			cands = append(cands, b, b+"e")
			if n := len(b); n > 2 && b[n-1] == b[n-2] {
				cands = append(cands, b[:n-1])
			}
			if strings.HasSuffix(b, "i") {
				cands = append(cands, b[:len(b)-1]+"y")
			}
		}
	}
	for _, c := range cands {
		if _, ok := handCues[c]; ok {
			return c
		}
	}
	return ""
}

// innerPrep reports whether the preposition at j belongs inside a source
// noun phrase ending at e: "officials in Washington", "a source familiar
// with Syria", "one source with knowledge of the matter".
func (s *scanner) innerPrep(j, e, sentStart int) bool {
	if j <= sentStart || j+1 >= e {
		return false
	}
	w, p := s.low[j], s.low[j-1]
	if w == "with" && (p == "familiar" || p == "close" || personHeads[p]) {
		return true
	}
	if (w == "in" || w == "at" || w == "from") && e-j <= 3 && isCap(s.d.Tokens[j+1].Form) && !isPunct(p) && !clauseBoundary[p] && (j-1 == sentStart || !isCap(s.d.Tokens[j-1].Form)) {
		return true
	}
	return false
}

// relativeCue reports whether the cue at c opens a relative clause: "X,
// which claimed ...", "Y, who said ...".
func (s *scanner) relativeCue(c, sentStart int) bool {
	j := c - 1
	for j > sentStart && preCue[s.low[j]] {
		j--
	}
	return j > sentStart && (s.low[j] == "which" || s.low[j] == "who") && s.low[j-1] == ","
}

// cueAux are the words PolNeAR annotators take into a cue when they stand
// right before it.
// hearerVerbs are cues whose object is the hearer: in the passive ("Iran
// was told", "Syria was notified") their subject did not speak.
var hearerVerbs = set("tell", "inform", "notify", "brief", "assure", "warn", "advise", "reassure")

// beForms are the forms of "be" that make a passive.
var beForms = set("was", "were", "is", "are", "been", "being", "be")

var cueAux = set("has", "have", "had", "also", "later", "previously", "initially", "was", "were", "is", "are",
	"did", "does", "do", "not", "n't", "never", "would", "will", "could", "repeatedly", "publicly", "first", "once", "then", "again")

// headlineSource returns the first token of a headline-style source before
// the colon at c ("Paul Ryan: ...", "WSJ editorial: ..."), or -1.
func (s *scanner) headlineSource(c int) int {
	si := s.d.SentenceOf(c)
	if si < 0 {
		return -1
	}
	st := s.d.Sentences[si].Start
	if c == st || c-st > 6 || c+1 >= s.d.Sentences[si].End {
		return -1
	}
	for k := st; k < c; k++ {
		f := s.d.Tokens[k].Form
		w := s.low[k]
		if !(isCap(f) || w == "and" || w == "’s" || w == "'s" || w == "of" || w == "editorial" || w == "-") || s.quoted(k) {
			return -1
		}
	}
	if c-st == 1 && strings.ToUpper(s.d.Tokens[st].Form) == s.d.Tokens[st].Form && len(s.d.Tokens[st].Form) > 3 {
		return -1 // a dateline: "WASHINGTON:"
	}
	if headlineStop[s.low[st]] {
		return -1
	}
	return st
}

var headlineStop = set("update", "note", "editor", "editor’s", "editor's", "related", "photo", "watch", "read",
	"video", "source", "sources", "correction", "clarification", "disclosure", "also", "see", "listen", "subscribe", "follow", "ps", "p.s.")
