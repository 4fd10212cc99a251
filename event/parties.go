package event

import (
	"slices"
	"strings"

	"hearsay/event/actor"
	"hearsay/event/verbs"
)

// Parties beyond the direct arguments: partners of cooperative acts,
// intermediaries, speakers, places, proposers, promisers and announcers.

// coopPreps rank the prepositions of a cooperative act: one cooperates
// with a partner against a common enemy ("cooperate with Washington
// against the militants").
var coopPreps = []string{"with", "to", "toward", "towards", "for", "between", "on", "at", "into", "upon", "from", "over"}

// cooperative reports whether trigger t's first dictionary entry codes
// cooperation (roots 03–08).
func (s *state) cooperative(t int) bool {
	var es []*verbs.Entry
	if s.isVerb(t) || s.isPredicate(t) {
		es, _ = s.verbEntries(t)
	} else {
		es = s.nounEntries(t)
	}
	if len(es) == 0 || len(es[0].Code) < 2 {
		return false
	}
	if slices.IndexFunc(es, func(e *verbs.Entry) bool { return len(e.Conds) == 0 }) < 0 {
		// only entries with conditions ("let" is 040 only when someone
		// is let know): what the trigger codes here
		e, _ := s.choose(t, es)
		if e == nil || len(e.Code) < 2 {
			return false
		}
		es = []*verbs.Entry{e}
	}
	switch es[0].Code[:2] {
	case "03", "04", "05", "06", "07", "08":
		return true
	}
	return false
}

// intermediaries returns the countries named in a "through" or "via"
// phrase of transfer verb v that are neither its sources nor its targets.
func (s *state) intermediaries(v int, sources, targets []ref) []ref {
	var out []ref
	seen := map[string]bool{}
	for _, r := range append(append([]ref(nil), sources...), targets...) {
		seen[r.country] = true
	}
	phrases := [][]ref{}
	for _, c := range s.childrenRel(v, "obl", "nmod", "advcl") {
		if p := s.caseOf(c); p == "through" || p == "via" {
			phrases = append(phrases, s.phraseActors(c))
		}
	}
	if len(phrases) == 0 {
		// "conveyed it to Damascus through the Russian and Iraqi
		// governments, before ...", with the phrase hung outside the
		// verb's own (one hung on the recipient, "to Syria via Iraq",
		// is the parse's reading and kept)
		phrases = append(phrases, s.linearPhrase(v, "through", "via"))
	}
	for _, rs := range phrases {
		for _, r := range rs {
			if r.country == "" || seen[r.country] {
				continue
			}
			seen[r.country] = true
			r.via = "intermediary"
			out = append(out, r)
		}
	}
	return out
}

// phraseActors returns the actors named anywhere in the phrase headed by
// c ("the governments in Moscow and Baghdad", "the Russian and Iraqi
// governments"), one per mention.
func (s *state) phraseActors(c int) []ref {
	var out []ref
	last := -1
	for _, t := range s.phrase(c) {
		m := s.tokMent[t]
		if m < 0 || m == last {
			continue
		}
		last = m
		if mm := s.mentions[m]; mm.m.Kind == actor.Agent && mm.country == "" {
			continue
		}
		out = append(out, s.refOf(m))
	}
	return out
}

// leftConjuncts returns the actors coordinated right before token i in a
// modifier list: "the US and Syrian air strikes" from "Syrian".
func (s *state) leftConjuncts(i int) []ref {
	var out []ref
	sent := s.d.Sentences[s.d.SentenceOf(i)]
	for j := i - 1; j-1 >= sent.Start; {
		if l := s.lower[j]; l != "and" && l != "," {
			break
		}
		m := s.tokMent[j-1]
		if m < 0 || s.mentions[m].end != j {
			break
		}
		mm := s.mentions[m]
		if mm.country == "" && mm.m.Kind != actor.Group {
			break
		}
		out = append(out, s.refOf(m))
		j = mm.start - 1
	}
	return out
}

// existentialSpeaker returns, for a noun n that is the subject of an
// existential clause reported by a speech verb ("Washington says there
// is no cooperation with Iran"), the speaker: the one who says there is
// (or is not) such an act speaks for the party to it.
//
// "There will be no cooperation with Iran and no intelligence-sharing with
// them": a conjunct of the existential subject is its party too; and the
// speaker may come after the quote ("…," spokeswoman Marie Harf said),
// which the parse hangs as a speech verb below the existential clause.
func (s *state) existentialSpeaker(n int) []ref {
	for steps := 0; steps < 4 && s.rel(n) == "conj" && s.tok(n).Head >= 0 && s.isNoun(s.tok(n).Head); steps++ {
		n = s.tok(n).Head
	}
	h := s.tok(n).Head
	if h < 0 || s.rel(n) != "nsubj" || s.firstChild(h, "expl") < 0 && !s.modalPredicate(h) {
		return nil
	}
	x := h
	conj := false
	for steps := 0; steps < 4 && x >= 0; steps++ {
		if a := s.postposedSpeaker(x, n); len(a) > 0 {
			return a
		}
		if conj && x != h {
			// "The aim, he said, was to warn Damascus not to threaten
			// American aircraft, and there were no plans ...", with the
			// existential clause a conjunct of a clause below "warn"
			// and "said" parataxis of "aim"
			for _, c := range append([]int{x}, s.childrenRel(x, "nsubj")...) {
				for _, p := range s.childrenRel(c, "parataxis") {
					if p < h && speechVerbs[s.lower[p]] {
						return s.subjects(p, 0)
					}
				}
			}
		}
		g := s.tok(x).Head
		if g < 0 {
			break
		}
		if r := s.rel(x); (r == "ccomp" || r == "advcl" || r == "parataxis") && (speechVerbs[s.lower[g]] || s.lower[g] == "acknowledge" || s.lower[g] == "admit" || s.lower[g] == "suggest") {
			return s.subjects(g, 0)
		}
		switch r := s.rel(x); {
		case r == "conj":
			conj = true
		case r == "xcomp" && conj:
			// climbing from a conjunct the parse hung low, through the
			// infinitive it hung on
		default:
			return nil
		}
		x = g
	}
	return nil
}

// postposedSpeaker returns the subject of a speech verb that follows the
// quote its clause x reports and that the parse hung below x ("There will
// be no cooperation," Harf said): a speech verb after token n with no
// clausal complement of its own.
func (s *state) postposedSpeaker(x, n int) []ref {
	for _, c := range s.childrenRel(x, "ccomp", "parataxis") {
		if c < n || !speechVerbs[s.lower[c]] || len(s.childrenRel(c, "ccomp")) > 0 {
			continue
		}
		if a := s.subjects(c, 0); len(a) > 0 {
			return a
		}
	}
	return nil
}

// notSubject re-resolves a pronoun target that came out as the verb's own
// subject: a non-reflexive object pronoun names someone else ("would not
// pass it intelligence").
func (s *state) notSubject(targets, sources []ref) []ref {
	if len(sources) == 0 {
		return targets
	}
	if slices.ContainsFunc(sources, func(r ref) bool { return s.firstPerson(r.start) }) {
		// "We communicated our intentions ... to the Iranians": whoever
		// "we" and "our" are taken for, they are the same side
		targets = slices.DeleteFunc(slices.Clone(targets), func(r ref) bool { return s.firstPerson(r.start) })
	}
	var own []int // targets that are "their" of the coordinated sources
	for k, t := range targets {
		if t.via != "pronoun" || t.start < 0 || strings.HasSuffix(s.lower[t.start], "self") {
			continue
		}
		same := false
		for _, src := range sources {
			if src.code == t.code || src.country != "" && src.country == t.country {
				same = true
			}
		}
		if !same {
			continue
		}
		i := t.start
		r, ok := s.antecedent(i, func(m mention) bool {
			if m.country == "" && m.m.Kind == actor.Agent {
				return false
			}
			for _, src := range sources {
				if m.code == src.code || m.country != "" && m.country == src.country {
					return false
				}
			}
			return true
		})
		if ok {
			r.via = "pronoun"
			r.start, r.end = i, i+1
			if t.country != "" && strings.HasPrefix(t.code, t.country) && len(t.code) > len(t.country) && r.country != "" && r.code == r.country {
				r.code, r.sector = r.country+t.code[len(t.country):], t.sector // "its envoy": the other party's envoy
				r.end = t.end
			}
			targets[k] = r
		} else if len(sources) > 1 && s.lower[i] == "their" {
			// "Gondor and Osgiliath have delayed their meeting", "Mordor,
			// Rohan, Fornost and Bree welcomed their resumption of ties
			// with Osgiliath": "their" is the subjects' together, no
			// target of theirs
			own = append(own, k)
		}
	}
	if len(own) > 0 {
		out := make([]ref, 0, len(targets))
		for k, t := range targets {
			if !slices.Contains(own, k) {
				out = append(out, t)
			}
		}
		return out
	}
	return targets
}

// tellingVerb reports whether verb v's first dictionary entry is a
// statement or consultation (roots 01 and 04): what it conveys goes "to"
// someone ("communicated our intentions to the Iranians").
func (s *state) tellingVerb(v int) bool {
	es, _ := s.verbEntries(v)
	return len(es) > 0 && (strings.HasPrefix(es[0].Code, "01") || strings.HasPrefix(es[0].Code, "04"))
}

// namesObject reports whether verb v's object or indirect object names
// an actor other than its sources: those told ("informed its envoy to the
// United Nations"), not what they are told.
func (s *state) namesObject(v int, sources []ref) bool {
	for _, o := range s.childrenRel(v, "obj", "iobj") {
		if len(s.notSubject(s.actorsOf(o), sources)) > 0 {
			return true
		}
	}
	return false
}

// firstPerson reports whether token i is a pronoun of the first person
// plural ("we", "us", "our"), the speaker's side.
func (s *state) firstPerson(i int) bool {
	if i < 0 || i >= len(s.words) {
		return false
	}
	switch strings.ToLower(s.words[i]) {
	case "we", "us", "our", "ours", "ourselves":
		return s.isPronoun(i)
	}
	return false
}

// comitative reports whether oblique c is a "together with" or "along
// with" phrase: partners of the subject, not targets.
func (s *state) comitative(c int) bool {
	if s.caseOf(c) != "with" {
		return false
	}
	for _, k := range s.children[c] {
		if s.tok(k).Rel == "case" && k > 0 {
			l := s.lower[k-1]
			return l == "together" || l == "along" || l == "jointly"
		}
	}
	return false
}

// partners returns the actors of v's "together with" phrases ("carried
// out by the United States together with Bahrain, Jordan ...").
func (s *state) partners(v int) []ref {
	var out []ref
	for _, c := range s.childrenRel(v, "obl", "nmod") {
		if s.comitative(c) {
			out = append(out, s.actorsOf(c)...)
		}
	}
	return out
}

// ownOffer reports whether event f is the content of a speech act of its
// own source's side ("Zarif said Iran could help", "officials signalled
// that Tehran could help").
func (s *state) ownOffer(f *found) bool {
	if len(f.sources) == 0 || f.sources[0].country == "" {
		return false
	}
	x := f.trig
	for steps := 0; steps < 5; steps++ {
		h := s.tok(x).Head
		if h < 0 {
			return false
		}
		r := s.rel(x)
		if r == "ccomp" && (speechVerbs[s.lower[h]] || s.lower[h] == "suggest") {
			for _, sp := range s.subjects(h, 0) {
				if sp.country == f.sources[0].country {
					return true
				}
			}
			return false
		}
		if r != "xcomp" && r != "conj" && r != "acl" && r != "obj" && r != "nsubj" && r != "obl" && r != "nmod" && r != "ccomp" {
			return false
		}
		if (r == "nsubj" || r == "obj") && x != f.trig && s.rel(f.trig) == "acl" && s.firstChild(h, "expl") >= 0 {
			// "there might be another opportunity to discuss Iraq with
			// Tehran": a chance that may come, not an offer
			return false
		}
		x = h
	}
	return false
}

// ownSide reports whether every target is of a source's own country.
func ownSide(targets, sources []ref) bool {
	if len(targets) == 0 {
		return false
	}
	for _, t := range targets {
		own := false
		for _, src := range sources {
			if t.country != "" && t.country == src.country {
				own = true
			}
		}
		if !own {
			return false
		}
	}
	return true
}

// placeRefs returns the country of a gazetteer place named in the phrase
// headed by c, as a target ("the invasion of South Lebanon").
func (s *state) placeRefs(c int) []ref {
	si := s.d.SentenceOf(c)
	sent := s.d.Sentences[si]
	words := s.words[sent.Start:sent.End]
	for _, i := range s.phrase(c) {
		p, n, ok := s.c.actors.Place(words, i-sent.Start)
		if ok && n > 0 && p.Country != "" {
			return []ref{{code: p.Country, country: p.Country, name: p.Name, start: i, end: i + n, via: "place"}}
		}
	}
	return nil
}

// bareAgents reports whether every actor is a role with no country
// ("military", "intelligence").
func bareAgents(rs []ref) bool {
	for _, r := range rs {
		if r.country != "" || r.kind != actor.Agent {
			return false
		}
	}
	return true
}

// linearAfter finds, when the parse lost the oblique, the first named
// actor with a country right after one of the prepositions following
// token v in its clause ("withdraw its troops from neighboring Lebanon").
func (s *state) linearAfter(v int, preps ...string) []ref {
	sent := s.d.Sentences[s.d.SentenceOf(v)]
	for i := v + 1; i < sent.End && i <= v+10; i++ {
		if s.tok(i).UPOS == "PUNCT" {
			return nil
		}
		if !slices.Contains(preps, s.lower[i]) {
			continue
		}
		for j := i + 1; j < sent.End && j <= i+4; j++ {
			if m := s.tokMent[j]; m >= 0 && s.mentions[m].country != "" {
				return []ref{s.refOf(m)}
			}
		}
	}
	return nil
}

// leadOblique reports whether the phrase right before verb v (adverbs
// aside) is an oblique of the verb v is coordinated with, opened by a
// subordinating word the parse read as a preposition ("as", "while",
// "after", "before", "when", "since", "because").
func (s *state) leadOblique(v int) bool {
	j := v - 1
	for j >= 0 && s.tok(j).UPOS == "ADV" {
		j--
	}
	if j < 0 || s.tokMent[j] < 0 {
		return false
	}
	h := s.mentions[s.tokMent[j]].head
	if s.rel(h) != "obl" || s.tok(h).Head != s.tok(v).Head {
		return false
	}
	switch s.caseOf(h) {
	case "as", "while", "after", "before", "when", "since", "because", "until":
		return true
	}
	return false
}

// smallClause returns the bare infinitive clause with a subject of its
// own that the parse made a clausal complement of t ("letting the Syrian
// government know", with "know" a ccomp and the government its subject):
// no mark, no auxiliary, a base form; -1 when there is none. It stands
// where the other parse has an object and an xcomp.
func (s *state) smallClause(t int) int {
	for _, x := range s.childrenRel(t, "ccomp") {
		if x < t || !s.baseForm(x) || s.firstChild(x, "nsubj") < 0 || s.firstChild(x, "mark", "aux", "aux:pass") >= 0 {
			continue
		}
		return x
	}
	return -1
}

// baseForm reports whether verb x is in its base form, whatever tag the
// tagger gave it ("know" tagged as a participle).
func (s *state) baseForm(x int) bool {
	switch s.tok(x).XPOS {
	case "VB":
		return true
	case "VBZ", "VBG", "VBD":
		return false
	}
	return strings.EqualFold(s.words[x], s.lower[x]) && s.lower[x] != "be"
}

// withAt returns the first "with" after verb v in its clause, before
// any punctuation, or -1.
func (s *state) withAt(v int) int {
	sent := s.d.Sentences[s.d.SentenceOf(v)]
	for i := v + 1; i < sent.End && i <= v+10; i++ {
		if s.tok(i).UPOS == "PUNCT" {
			return -1
		}
		if s.lower[i] == "with" {
			return i
		}
	}
	return -1
}

// linearPhrase finds, when the parse lost the oblique, the actors named
// in the noun phrase right after one of the prepositions following verb
// v in its clause (before any punctuation or other verb): "through the
// Russian and Iraqi governments".
func (s *state) linearPhrase(v int, preps ...string) []ref {
	sent := s.d.Sentences[s.d.SentenceOf(v)]
	for i := v + 1; i < sent.End && i <= v+10; i++ {
		if s.tok(i).UPOS == "PUNCT" || s.isVerb(i) {
			return nil
		}
		if !slices.Contains(preps, s.lower[i]) {
			continue
		}
		if slices.Contains(s.phrase(v), i) {
			return nil // the parse placed it in the verb's own phrase
		}
		var out []ref
		last := -1
		for j := i + 1; j < sent.End && j <= i+8; j++ {
			switch s.tok(j).UPOS {
			case "DET", "ADJ", "PROPN", "NOUN", "CCONJ", "NUM":
			default:
				return out
			}
			if m := s.tokMent[j]; m >= 0 && m != last {
				last = m
				out = append(out, s.refOf(m))
			}
		}
		return out
	}
	return nil
}

// proposer returns who made the appeal or offer a pronoun (it, this,
// that) at token o stands for: the nearest appeal or offer noun before it
// in its sentence or the one before ("put a request to Zarif, who turned
// it down"), its doer named in its phrase or the subject of the verb
// governing it.
func (s *state) proposer(o int) []ref {
	si := s.d.SentenceOf(o)
	lo := s.d.Sentences[si].Start
	if si > 0 {
		lo = s.d.Sentences[si-1].Start
	}
	for j := o - 1; j >= lo; j-- {
		if !s.isNoun(j) {
			continue
		}
		es := s.nounEntries(j)
		if len(es) == 0 || !(strings.HasPrefix(es[0].Code, "02") || strings.HasPrefix(es[0].Code, "03")) {
			continue
		}
		if src, _, _ := s.nounArgs(j); len(src) > 0 {
			return src
		}
		if h := s.tok(j).Head; h >= 0 && s.rel(j) == "obj" && s.isVerb(h) {
			return s.subjects(h, 0)
		}
		return nil
	}
	return nil
}

// helpedAct returns the token right after a verb of help (code 070) that
// names a more specific kind of aid ("helped arm", "helped train",
// "helped fund"), whatever part of speech the tagger gave it, or -1.
func (s *state) helpedAct(v int, code string) int {
	if code != "070" || !slices.Contains(s.alts[v], "help") {
		return -1
	}
	x := v + 1
	if x < len(s.lower) && s.lower[x] == "to" {
		x++
	}
	if x >= len(s.lower) || s.d.SentenceOf(x) != s.d.SentenceOf(v) || s.tok(x).UPOS == "PROPN" {
		return -1
	}
	es, _ := s.verbEntries(x)
	if len(es) == 0 || !strings.HasPrefix(es[0].Code, "07") || len(es[0].Code) < 3 || es[0].Code == "070" {
		return -1
	}
	return x
}

// namedBefore returns the actor named right before finite verb v, with
// only its auxiliaries and adverbs between ("the United States is
// secretly cooperating"), when the parse gave v no nominal subject.
func (s *state) namedBefore(v int) []ref {
	finite := false
	for _, c := range s.childrenRel(v, "aux") {
		switch s.lower[c] {
		case "be", "have", "will", "do":
			finite = finite || c < v
		}
		switch strings.ToLower(s.words[c]) {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "did", "does":
			finite = finite || c < v
		}
	}
	if !finite {
		// "says Syrian jets struck ...", "as Secretary of State John Kerry
		// sat down with ...", with the name made the object of "says" or
		// a phrase of "as": a verb in the past or present tense heading a
		// clause of its own
		switch x := s.tok(v).XPOS; {
		case (x == "VBD" || x == "VBZ" || x == "VBP") && (s.rel(v) == "ccomp" || s.rel(v) == "advcl"):
		case (x == "VBD" || x == "VBZ" || x == "VBP") && s.rel(v) == "conj" && s.leadOblique(v):
			// "came as Secretary of State John Kerry sat down", the
			// clause of "as" made a conjunct and its subject an oblique
		default:
			return nil
		}
	}
	m := s.mentionBefore(v, false)
	if m < 0 {
		return nil
	}
	if h := s.mentions[m].head; s.rel(h) == "nmod" && (s.caseOf(h) == "in" || s.caseOf(h) == "at" || s.caseOf(h) == "of") {
		// "the US ambassador in Iraq had asked": the place qualifies
		// the one named before it, who is the subject
		if g := s.tok(h).Head; g >= 0 && g < s.mentions[m].start && s.tokMent[g] >= 0 {
			m = s.tokMent[g]
		}
	}
	if h := s.mentions[m].head; s.rel(h) == "nsubj" && s.tok(h).Head != v {
		return nil // the subject of another verb
	}
	if mm := s.mentions[m]; mm.m.Kind == actor.Agent && mm.country == "" {
		return nil
	}
	return []ref{s.refOf(m)}
}

// withdrawal reports whether verb v pulls people out of somewhere
// ("withdraw", "pull out", "evacuate": code 087).
func (s *state) withdrawal(v int) bool {
	es, _ := s.verbEntries(v)
	return len(es) > 0 && strings.HasPrefix(es[0].Code, "087")
}

// fromPlace returns the party a withdrawal leaves: the actor or place of
// a "from X" phrase on verb v or on its object o.
func (s *state) fromPlace(v, o int) []ref {
	for _, x := range append(s.childrenRel(v, "obl"), s.childrenRel(o, "nmod")...) {
		if s.caseOf(x) != "from" {
			continue
		}
		if a := s.actorsOf(x); len(a) > 0 {
			return a
		}
		if p := s.placeRefs(x); len(p) > 0 {
			return p
		}
	}
	return s.linearAfter(v, "from")
}

// housed returns the actors a place or thing struck is named for: "a
// camp for Congolese refugees", "the homes of Palestinian families".
func (s *state) housed(c int) []ref {
	for _, x := range s.childrenRel(c, "nmod") {
		if p := s.caseOf(x); p == "for" || p == "of" {
			if a := s.actorsOf(x); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

// commissive verbs: what one promises or assures others of is one's own act.
var commissive = map[string]bool{"promise": true, "assure": true, "pledge": true, "guarantee": true, "vow": true, "swear": true}

// promiser returns the subjects of the commissive verb whose "that" clause
// v heads ("promised that the forces ... would not be hit", "assured
// Tehran that its forces would not be targeted"): the verb among v's
// nearest heads, or, where the parse hung the clause elsewhere, the verb
// right before its "that" (one object between them allowed).
func (s *state) promiser(v int) []ref {
	m := -1
	for _, c := range s.children[v] {
		if s.tok(c).Rel == "mark" && s.lower[c] == "that" {
			m = c
			break
		}
	}
	if m < 0 {
		return nil
	}
	isCommissive := func(i int) bool {
		if i < 0 || !s.isVerb(i) {
			return false
		}
		return slices.ContainsFunc(s.alts[i], func(k string) bool { return commissive[k] })
	}
	for h, n := s.tok(v).Head, 0; h >= 0 && n < 3; h, n = s.tok(h).Head, n+1 {
		if h < m && isCommissive(h) {
			return s.subjects(h, 0)
		}
	}
	for _, i := range []int{m - 1, m - 2} {
		if isCommissive(i) && (i == m-1 || s.tok(m-1).Head == i && (s.rel(m-1) == "obj" || s.rel(m-1) == "iobj")) {
			return s.subjects(i, 0)
		}
	}
	return nil
}

// comingWords are the predicates that tell of an act as coming.
var comingWords = map[string]bool{"imminent": true, "come": true, "begin": true, "start": true, "commence": true}

// announceVerbs tell others of what one is about to do.
var announceVerbs = map[string]bool{"tell": true, "say": true, "signal": true, "announce": true, "warn": true, "inform": true, "notify": true, "indicate": true, "confirm": true}

// announcer returns who announced event noun n as coming: n is the subject
// of a predicate of imminence that is yet to come ("flights ... were
// imminent", "strikes were coming", "raids would begin"), the content of
// an announcing verb whose subjects are returned. What has begun is
// reported, not announced ("said the attacks began at dawn").
func (s *state) announcer(n int) []ref {
	p := s.tok(n).Head
	if p < 0 || s.rel(n) != "nsubj" || s.rel(p) != "ccomp" {
		return nil
	}
	if !slices.ContainsFunc(s.alts[p], func(k string) bool { return comingWords[k] }) {
		return nil
	}
	coming := s.lower[p] == "imminent" || s.tok(p).XPOS == "VBG"
	for _, c := range s.childrenRel(p, "aux") {
		switch s.lower[c] {
		case "will", "would", "'ll", "shall":
			coming = true
		}
	}
	g := s.tok(p).Head
	if !coming || !slices.ContainsFunc(s.alts[g], func(k string) bool { return announceVerbs[k] }) {
		return nil
	}
	return s.subjects(g, 0)
}
