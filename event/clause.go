package event

import (
	"slices"
	"strings"

	"hearsay"
	"hearsay/event/verbs"
)

// found is one event before it becomes hearsay.Events (one per actor pair).
type found struct {
	trig, extra  int // trigger token and particle (or -1)
	code         string
	reverse      string // code of the act seen from the target, if any
	rule         string
	sources      []ref
	targets      []ref
	polarity     hearsay.Polarity
	anchor       int   // token whose clause dates and places the event
	inner        []int // tokens consumed by this event (combined triggers)
	swap         bool  // PETRARCH pattern with reversed roles
	sourceWasObj bool
	joined       bool   // the sources join another's act ("took part"): not its principal doer
	threatened   string // the hostile act an announced one was recoded from ("its plan to bomb militants", 195 coded 138)
}

// sentence codes sentence si.
func (s *state) sentence(si int) []hearsay.Event {
	sent := s.d.Sentences[si]
	var fs []*found
	for v := sent.Start; v < sent.End; v++ {
		if s.isVerb(v) || s.isPredicate(v) {
			if f := s.verbEvent(v); f != nil {
				fs = append(fs, f)
			} else if f := s.mustEvent(v); f != nil {
				fs = append(fs, f)
			} else if f := s.partEvent(v); f != nil {
				fs = append(fs, f)
			}
		}
	}
	for n := sent.Start; n < sent.End; n++ {
		if s.consumed[n] || !s.isNoun(n) {
			continue
		}
		if f := s.nounEvent(n); f != nil {
			fs = append(fs, f)
		}
	}
	s.protestAims(fs)
	s.pairsEachOther(fs)
	s.selfDenied(fs)
	var out []hearsay.Event
	seen := map[string]bool{}
	for _, f := range fs {
		if s.consumed[f.trig] {
			continue
		}
		out = append(out, s.emit(si, f, seen)...)
	}
	slices.SortStableFunc(out, func(a, b hearsay.Event) int { return a.Trigger.Start - b.Trigger.Start })
	return out
}

// protestAims gives a protest (root 14) with no target named the target
// of the demand or protest it is made for: "continued their hunger strike
// to demand the resignation of Algerian President Ahmed Ben Bella", "a
// hunger strike in protest of the Russian government's refusal".
func (s *state) protestAims(fs []*found) {
	for _, f := range fs {
		if !strings.HasPrefix(f.code, "14") || len(f.targets) > 0 || len(f.sources) == 0 {
			continue
		}
		aims := s.childrenRel(f.trig, "nmod", "acl")
		if g := s.governor(f.trig); g >= 0 && g != f.trig {
			for _, x := range s.childrenRel(g, "advcl", "xcomp", "obl") {
				if s.hasMarkTo(x) || s.caseOf(x) == "in" {
					aims = append(aims, x)
				}
			}
		}
		for _, o := range fs {
			if o == f || !slices.Contains(aims, o.trig) || len(o.targets) == 0 {
				continue
			}
			if r := root(o.code); r != "10" && r != "11" && r != "14" {
				continue
			}
			if t := s.notSubject(o.targets, f.sources); len(t) > 0 && !sameActors(t, f.sources) {
				f.targets = slices.Clone(t)
				f.rule += "; target of the " + s.lower[o.trig] + " it is made for"
				break
			}
		}
	}
}

// isPredicate reports whether token i is an adjective heading a clause of
// its own ("Syria is willing to withdraw").
func (s *state) isPredicate(i int) bool {
	if s.tok(i).UPOS != "ADJ" {
		return s.mistaggedVerb(i)
	}
	return s.firstChild(i, "nsubj") >= 0 || s.firstChild(i, "cop") >= 0
}

// mistaggedVerb reports whether token i, tagged as no verb, heads a clause
// as a verb does, with a subject and an auxiliary and no copula: "Romendacil
// will not ever clash over ...", with "clash" tagged an adverb. Only with a
// PETRARCH dictionary, whose verb lists name the triggers.
func (s *state) mistaggedVerb(i int) bool {
	if s.c.dict.HasNouns() || s.isVerb(i) {
		return false
	}
	switch s.tok(i).UPOS {
	case "ADV", "NOUN", "ADJ", "PROPN":
	default:
		return false
	}
	return s.firstChild(i, "nsubj") >= 0 && s.firstChild(i, "aux") >= 0 && s.firstChild(i, "cop") < 0
}

// particle returns the particle child of verb v ("out" of "rule out"), or -1.
func (s *state) particle(v int) int {
	for _, c := range s.children[v] {
		if s.tok(c).Rel == "compound:prt" {
			return c
		}
	}
	// a particle the parse took for a preposition or adverb: "cordoned off
	// the roads", "ruled out talks"
	if c := v + 1; c < len(s.lower) && s.tok(c).Head == v && particles[s.lower[c]] {
		return c
	}
	// or for the case of the noun that follows: "cordoned off the
	// roads", "off" hung on "roads" (the dictionary must know the
	// particle verb)
	if c := v + 1; c < len(s.lower) && particles[s.lower[c]] && s.tok(c).Rel == "case" {
		if h := s.tok(c).Head; h > c && s.tok(h).Head == v {
			return c
		}
	}
	return -1
}

var particles = map[string]bool{"off": true, "out": true, "up": true, "down": true, "in": false, "back": true, "away": true, "over": true}

// isEventNoun reports whether noun n names an event, by the coder's
// dictionary or, when that one has no nouns (PETRARCH verb files), by the
// built-in one: it decides arguments ("condemned an attack by X"), not codes.
func (s *state) isEventNoun(n int) bool {
	if s.nounEntries(n) != nil {
		return true
	}
	if s.c.dict.HasNouns() {
		return false
	}
	b := verbs.Builtin()
	for _, k := range s.alts[n] {
		if len(b.Noun(k)) > 0 {
			return true
		}
	}
	return false
}

// verbEntries returns the dictionary entries for verb v (particle verb
// first) and the particle token used.
func (s *state) verbEntries(v int) ([]*verbs.Entry, int) {
	if p := s.particle(v); p >= 0 {
		for _, k := range s.alts[v] {
			if es := s.c.dict.Verb(k + " " + s.lower[p]); len(es) > 0 {
				return es, p
			}
		}
	}
	if !s.c.dict.HasNouns() {
		// a PETRARCH verb file may give a form a block of its own: "---
		// LEFT [032:033] ---" beside "--- LEAVE [012] ---"
		if es := s.c.dict.Verb(strings.ToLower(s.words[v])); len(es) > 0 && es[0].Lemma == strings.ToLower(s.words[v]) && ownBlock(es, s.c.dict.Verb(s.lower[v])) {
			return es, -1
		}
	}
	for _, k := range s.alts[v] {
		if stativeForms[k] && s.c.dict.HasNouns() && !s.toComplement(v) {
			// "crimes committed by Croat forces", "the court determined
			// that": a disposition needs what one is disposed to
			continue
		}
		if es := s.c.dict.Verb(k); len(es) > 0 {
			return es, -1
		}
	}
	return nil, -1
}

// ownBlock reports whether entries form, found under a verb form, come
// from another block than those of its lemma (PETRARCH rules name their
// block's file and line or "block").
func ownBlock(form, lemma []*verbs.Entry) bool {
	if len(lemma) == 0 {
		return true
	}
	for _, e := range form {
		if slices.Contains(lemma, e) {
			return false
		}
	}
	return true
}

func (s *state) isLight(v int) bool {
	p := s.particle(v)
	for _, k := range s.alts[v] {
		if p >= 0 && s.c.dict.Light(k+" "+s.lower[p]) || s.c.dict.Light(k) {
			return true
		}
	}
	return false
}

// nounEntries returns the entries for noun n, trying "compound head" first.
func (s *state) nounEntries(n int) []*verbs.Entry {
	for _, c := range s.children[n] {
		if s.tok(c).Rel == "compound" && c == n-1 {
			for _, k := range s.alts[n] {
				if es := s.c.dict.Noun(s.lower[c] + " " + k); len(es) > 0 {
					return es
				}
			}
		}
	}
	for _, k := range s.alts[n] {
		if es := s.c.dict.Noun(k); len(es) > 0 {
			return es
		}
	}
	// "a mediation effort", "peace talks": the event is in the compound
	for _, c := range s.children[n] {
		if s.tok(c).Rel == "compound" && c < n && s.tok(c).UPOS == "NOUN" && (s.lower[n] == "effort" || s.lower[n] == "mission" || s.lower[n] == "process" || s.lower[n] == "operation" || s.lower[n] == "campaign") {
			for _, k := range s.alts[c] {
				if es := s.c.dict.Noun(k); len(es) > 0 {
					return es
				}
			}
		}
	}
	return nil
}

// choose returns the first entry whose conditions hold at token t, and the
// tokens its conditions matched.
func (s *state) choose(t int, es []*verbs.Entry) (*verbs.Entry, []int) {
	for _, e := range es {
		if used, ok := s.conds(t, e); ok {
			return e, used
		}
	}
	return nil, nil
}

func (s *state) wordIs(i int, words []string) bool {
	for _, w := range words {
		for _, k := range s.alts[i] {
			if w == k {
				return true
			}
		}
	}
	return false
}

func (s *state) conds(t int, e *verbs.Entry) ([]int, bool) {
	var used []int
	for _, c := range e.Conds {
		ok := false
		switch c.Kind {
		case verbs.Obj:
			for _, o := range s.objects(t) {
				if s.wordIs(o, c.Words) {
					used, ok = append(used, o), true
					break
				}
				// "mediation efforts", "aid deliveries", "peace talks"
				for _, cp := range s.childrenRel(o, "compound") {
					if cp < o && s.wordIs(cp, c.Words) {
						used, ok = append(used, o), true
						break
					}
				}
				if ok {
					break
				}
				// "a series of raids", "lists of targets"
				for _, of := range s.childrenRel(o, "nmod") {
					if s.caseOf(of) == "of" && s.wordIs(of, c.Words) {
						used, ok = append(used, of), true
						break
					}
				}
				if ok {
					break
				}
			}
		case verbs.Prep:
			deps := s.children[t]
			if c.Prep == "as" {
				// "described Washington's coalition-building as empty",
				// with "as empty" hung on the object it describes
				for _, o := range s.childrenRel(t, "obj") {
					deps = append(slices.Clip(deps), s.childrenRel(o, "obl", "nmod", "acl")...)
				}
			}
			for _, d := range deps {
				r := s.rel(d)
				if r != "obl" && r != "nmod" && r != "advcl" && r != "xcomp" && r != "acl" && r != "ccomp" {
					continue
				}
				if s.caseOf(d) == c.Prep && (len(c.Words) == 0 || s.wordIs(d, c.Words)) {
					ok = true
					break
				}
			}
		case verbs.Mod:
			for _, d := range s.children[t] {
				r := s.rel(d)
				if (r == "amod" || r == "compound" || r == "advmod" || r == "nmod" || r == "obl") && s.wordIs(d, c.Words) {
					ok = true
					break
				}
			}
			if h := s.tok(t).Head; !ok && h == t-1 && s.rel(t) == "obj" && s.isNoun(t) && s.wordIs(h, c.Words) {
				// "reconnaissance flights" with "reconnaissance" tagged a
				// verb and the noun its object: the word right before
				// still modifies it
				ok = true
			}
		case verbs.Comp:
			comps := s.childrenRel(t, "xcomp")
			if x := s.smallClause(t); x >= 0 {
				comps = append(comps, x)
			}
			if o := s.firstChild(t, "obj"); o >= 0 {
				// "to press Ankara to take a bigger part", the
				// infinitive after the object hung as an adverbial
				// clause: the parse's xcomp or advcl alike
				for _, x := range s.childrenRel(t, "advcl") {
					if x > o && s.hasMarkTo(x) && s.firstChild(x, "nsubj", "nsubj:pass") < 0 {
						comps = append(comps, x)
					}
				}
			}
			for _, x := range comps {
				if slices.Contains(c.Words, "*") || s.wordIs(x, c.Words) {
					used, ok = append(used, x), true
					break
				}
			}
		case verbs.Passive:
			ok = s.passive(t)
		case verbs.Pred:
			ok = s.tok(t).UPOS == "ADJ" || s.firstChild(t, "cop") >= 0
		case verbs.After, verbs.Before:
			ok = s.sequence(t, c)
		}
		if !ok {
			return nil, false
		}
	}
	return used, true
}

// objects returns the direct objects of t and the heads of "with" and
// "of" obliques ("provide Damascus with information").
func (s *state) objects(t int) []int {
	var out []int
	if s.passedParticiple(t) {
		// "information passed to Damascus", "weapons supplied to Y": the
		// noun the participle modifies is what is passed
		out = append(out, s.tok(t).Head)
	}
	if h := s.tok(t).Head; h >= 0 && s.rel(t) == "amod" && s.isVerb(t) && s.isNoun(h) && h > t && s.firstChild(t, "nsubj") >= 0 {
		// "Egyptian police opened fire", with "opened" made a modifier
		// of "fire" and given its own subject: a clause the parse folded
		// into a noun phrase, whose noun is the verb's object
		out = append(out, h)
	}
	for _, c := range s.children[t] {
		r := s.tok(c).Rel
		switch {
		case r == "obj" || r == "iobj" || r == "nsubj:pass" && s.isVerb(t) && !s.stative(t) || r == "xcomp" && !s.isVerb(c):
			out = append(out, c)
			if r == "obj" && (s.lower[c] == "it" || s.lower[c] == "them") {
				out = append(out, s.coordObject(t)...)
			}
		case (r == "obl" || strings.HasPrefix(r, "nmod")) && (s.caseOf(c) == "with" || s.caseOf(c) == "of" && !s.isVerb(t)):
			out = append(out, c)
		case r == "advcl" && s.caseOf(c) == "with" && strings.HasSuffix(strings.ToLower(s.words[c]), "ing"):
			// "supplying the Assad government with targeting
			// intelligence", parsed as a clause "with targeting": its
			// object is what is supplied
			out = append(out, s.childrenRel(c, "obj")...)
		}
	}
	return out
}

// passedParticiple reports whether transfer verb v is a past participle
// modifying the noun that is passed ("information passed to Damascus").
func (s *state) passedParticiple(v int) bool {
	if !transferVerbs[s.lower[v]] || s.tok(v).Rel != "acl" || s.tok(v).Head < 0 || !s.isNoun(s.tok(v).Head) {
		return false
	}
	return s.tok(v).XPOS == "VBN" || s.passive(v) || !strings.HasSuffix(strings.ToLower(s.words[v]), "ing")
}

// topicPreps introduce the topic of what is passed ("intelligence on IS").
var topicPreps = []string{"on", "about", "regarding", "concerning"}

// topicOnly reports whether the actors in object o's phrase are all named
// in a topic ("intelligence on IS fighters", "information about IS").
func (s *state) topicOnly(o int) bool {
	found := false
	for _, x := range s.children[o] {
		if r := s.rel(x); r == "nmod" || r == "obl" {
			switch s.caseOf(x) {
			case "on", "about", "regarding", "concerning":
				found = true
				continue
			}
		}
		if len(s.actorsOf(x)) > 0 {
			return false // "gave Iran advance word of its plan"
		}
	}
	return found
}

// hasCase reports whether t has an oblique or nominal dependent introduced
// by preposition p.
func (s *state) hasCase(t int, p string) bool {
	for _, c := range s.childrenRel(t, "obl", "nmod") {
		if s.caseOf(c) == p {
			return true
		}
	}
	return false
}

// coordObject returns the noun objects of the nearest verb before t in
// its coordination: what "it" stands for in "collected information and
// conveyed it to Damascus".
func (s *state) coordObject(t int) []int {
	var verbs []int
	if h := s.tok(t).Head; s.rel(t) == "conj" && h >= 0 {
		verbs = append(verbs, h)
		for _, c := range s.children[h] {
			if s.rel(c) == "conj" && c < t {
				verbs = append(verbs, c)
			}
		}
	}
	best := -1
	for _, v := range verbs {
		if v < t && v > best && slices.ContainsFunc(s.childrenRel(v, "obj"), s.isNoun) {
			best = v
		}
	}
	if best < 0 {
		return nil
	}
	var out []int
	for _, o := range s.childrenRel(best, "obj") {
		if s.isNoun(o) {
			out = append(out, o)
		}
	}
	return out
}

// toldAgency reports whether "tell" v has for its only object a news
// agency the story is told to ("an Iranian official has told Reuters"):
// telling the press is how a claim is sourced, not an event between
// parties.
func (s *state) toldAgency(v int) bool {
	if s.lower[v] != "tell" {
		return false
	}
	objs := s.childrenRel(v, "obj", "iobj")
	if len(objs) != 1 || s.tokMent[objs[0]] >= 0 || len(s.childrenRel(v, "ccomp")) > 0 {
		return false
	}
	o := objs[0]
	sent := s.d.Sentences[s.d.SentenceOf(o)]
	m, ok := s.c.actors.Match(s.words[sent.Start:sent.End], o-sent.Start, s.published)
	return ok && m.Len > 0 && s.reportingAgency(m, o, o+m.Len, sent.Start, sent.End)
}

// obtainingVerbs take something from someone, who then owns what a
// coordinated transfer passes on.
var obtainingVerbs = map[string]bool{"obtain": true, "receive": true, "get": true, "collect": true, "gather": true, "acquire": true, "take": true}

// obtainedFrom returns, for transfer verb v whose object "it" or "them"
// stands for what a coordinated verb before it obtained "from X"
// ("obtains information from them and hands it on to Damascus"), the
// actors of X: the owners of what is passed. The "from" phrase counts
// whether the parse hung it on the obtaining verb or on its object.
func (s *state) obtainedFrom(v int) []ref {
	if !transferVerbs[s.lower[v]] || s.passive(v) {
		return nil
	}
	o := s.firstChild(v, "obj")
	if o < 0 || (s.lower[o] != "it" && s.lower[o] != "them") {
		return nil
	}
	things := s.coordObject(v)
	if len(things) == 0 {
		return nil
	}
	g := s.tok(things[0]).Head
	if g < 0 || !obtainingVerbs[s.lower[g]] {
		return nil
	}
	var froms []int
	for _, c := range s.childrenRel(g, "obl") {
		froms = append(froms, c)
	}
	for _, t := range things {
		froms = append(froms, s.childrenRel(t, "nmod")...)
	}
	for _, c := range froms {
		if s.caseOf(c) != "from" {
			continue
		}
		var out []ref
		for _, r := range s.actorsOf(c) {
			r.via = "owner"
			out = append(out, r)
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// equipped reports whether v is "armed" or "equipped" telling what someone
// carries, with no one named who armed them: "militiamen armed with
// machetes", "the men were armed with rifles" (but "rebels armed by Iran"
// is an act of Iran's).
func (s *state) equipped(v int) bool {
	if l := s.lower[v]; l != "arm" && l != "equip" && s.words[v] != "armed" && s.words[v] != "equipped" {
		return false
	}
	if t := s.tok(v); t.XPOS != "VBN" && !strings.HasSuffix(strings.ToLower(t.Form), "ed") {
		return false
	}
	if r := s.rel(v); r != "acl" && r != "amod" && !s.passive(v) {
		return false
	}
	for _, c := range s.childrenRel(v, "obl", "obl:agent") {
		if s.caseOf(c) == "by" {
			return false
		}
	}
	return true
}

func (s *state) passive(v int) bool {
	if s.stative(v) {
		return false
	}
	subjPass, subj := false, false
	for _, c := range s.children[v] {
		switch s.tok(c).Rel {
		case "aux:pass":
			return true
		case "nsubj:pass":
			subjPass = true
		case "nsubj":
			subj = true
		}
	}
	// a passive subject beside an active one, with no passive auxiliary,
	// is a parse slip ("British Defence Secretary Tom King has promised",
	// "British" taken for a passive subject)
	return subjPass && !subj
}

// posture reports whether verb v shows force (root 15: "mobilized army
// reservists for a war against Iraq"): troops it moves are no target.
func (s *state) posture(v int) bool {
	es, _ := s.verbEntries(v)
	return len(es) > 0 && strings.HasPrefix(es[0].Code, "15")
}

// stativeForms are participles that, before a "to" infinitive, state
// a disposition, not a passive: "he is prepared to lift the ban".
var stativeForms = map[string]bool{"prepared": true, "committed": true, "determined": true, "poised": true, "inclined": true, "disposed": true}

// toComplement reports whether v has a "to" complement: an infinitive
// ("prepared to lift", also when the parse hangs it as an adverbial
// clause: "committed to opening up the economy") or a "to" phrase
// ("committed to the peace process").
func (s *state) toComplement(v int) bool {
	if s.firstChild(v, "xcomp") >= 0 {
		return true
	}
	for _, c := range s.childrenRel(v, "advcl", "obl") {
		for _, m := range s.childrenRel(c, "mark", "case") {
			if s.lower[m] == "to" {
				return true
			}
		}
	}
	return false
}

// stative reports whether v is such a participle with its infinitive, or
// a perfect the parse took for a passive: a passive needs a "be", and "it
// should have acted against Libya", with "it" read as a passive subject,
// is active.
func (s *state) stative(v int) bool {
	if stativeForms[strings.ToLower(s.words[v])] && s.toComplement(v) && s.firstChild(v, "obl:agent") < 0 {
		return true
	}
	subjPass, perfect := false, false
	for _, c := range s.children[v] {
		switch s.tok(c).Rel {
		case "aux:pass", "nsubj":
			return false // a true passive; a stray passive subject beside an active one
		case "nsubj:pass":
			subjPass = true
		case "aux":
			perfect = perfect || s.lower[c] == "have" || s.lower[c] == "has" || s.lower[c] == "had"
		}
	}
	return subjPass && perfect
}

// phrase returns v's tokens in its own clause: its subtree without
// clauses of their own, in text order.
func (s *state) phrase(v int) []int {
	if ph, ok := s.phrases[v]; ok {
		return slices.Clip(ph) // callers may append: never into the cache
	}
	var out []int
	seen := map[int]bool{}
	var walk func(i int)
	walk = func(i int) {
		if seen[i] {
			return // a cycle in a malformed parse
		}
		seen[i] = true
		out = append(out, i)
		for _, c := range s.children[i] {
			switch s.rel(c) {
			case "ccomp", "parataxis", "advcl", "punct":
				continue
			case "conj":
				if s.isVerb(c) {
					continue
				}
			case "acl":
				if i == v {
					continue
				}
			}
			walk(c)
		}
	}
	walk(v)
	slices.Sort(out)
	if s.phrases == nil {
		s.phrases = map[int][]int{}
	}
	s.phrases[v] = out
	return slices.Clip(out)
}

// sequence matches a PETRARCH word sequence before or after t in its phrase.
func (s *state) sequence(t int, c verbs.Cond) bool {
	_, ok := s.sequenceEnd(t, c)
	return ok
}

// sequenceToks returns the tokens a PETRARCH word sequence of kind c.Kind
// is looked for in: those of t's phrase before or after t.
func (s *state) sequenceToks(t int, c verbs.Cond) []int {
	ph := s.phrase(t)
	if c.Kind == verbs.After {
		// the words after the verb run on into its clausal complement, as
		// in PETRARCH's verb phrase: "allowed that Mordor isn't the
		// neatest place"
		for _, x := range s.childrenRel(t, "ccomp") {
			ph = append(ph, s.phrase(x)...)
		}
		slices.Sort(ph)
	}
	if c.Kind == verbs.Before && s.rel(t) == "ccomp" {
		// and the words before it run back into the clause it
		// complements: "indicated it would act now" is "- INDICATED
		// WOULD * NOW"
		if h := s.tok(t).Head; h >= 0 && h < t {
			ph = append(ph, s.phrase(h)...)
			slices.Sort(ph)
			ph = slices.Compact(ph)
		}
	}
	var toks []int
	for _, i := range ph {
		if (c.Kind == verbs.After && i > t) || (c.Kind == verbs.Before && i < t) {
			toks = append(toks, i)
		}
	}
	return toks
}

// sequenceEnd matches a PETRARCH word sequence before or after t in its
// phrase and returns the token that ends the match.
func (s *state) sequenceEnd(t int, c verbs.Cond) (int, bool) {
	toks := s.sequenceToks(t, c)
	k, end := 0, -1
	for _, alts := range c.Seq {
		matched := false
		for k < len(toks) && !matched {
			for _, a := range alts {
				if n := s.phraseAt(toks, k, a); n > 0 {
					k += n
					end = toks[k-1]
					matched = true
					break
				}
			}
			if !matched {
				k++
			}
		}
		if !matched {
			return -1, false
		}
	}
	return end, true
}

// targetAfterWords returns the target a PETRARCH pattern whose "+" follows
// its words after the verb names ("- * THEIR ^ ABOUT +": "warned their
// populations about the Prince of Dol Amroth"): the actor after the last
// word matched, past e.TargetSkip others ("- * AT ^ +": "warned at
// Gondor of the Prince"), none of sources.
func (s *state) targetAfterWords(t int, e *verbs.Entry, sources []ref) []ref {
	var c *verbs.Cond
	for k := range e.Conds {
		if e.Conds[k].Kind == verbs.After {
			c = &e.Conds[k]
		}
	}
	if c == nil {
		return nil
	}
	end, ok := s.sequenceEnd(t, *c)
	if !ok {
		return nil
	}
	skip, last := e.TargetSkip, -1
	for _, i := range s.sequenceToks(t, *c) {
		m := s.tokMent[i]
		if i <= end || m < 0 || m == last {
			continue
		}
		last = m
		if skip > 0 {
			skip--
			continue
		}
		r := s.refOf(m)
		if slices.ContainsFunc(sources, func(o ref) bool { return o.code == r.code }) {
			return nil
		}
		return []ref{r}
	}
	return nil
}

// phraseAt reports how many tokens of toks from k spell the words of a
// ("diplomatic ties"), or 0.
func (s *state) phraseAt(toks []int, k int, a string) int {
	ws := strings.Fields(a)
	if k+len(ws) > len(toks) {
		return 0
	}
	for j, w := range ws {
		i := toks[k+j]
		if w != strings.ToLower(s.words[i]) && (w != s.lower[i] || !s.c.dict.HasNouns()) {
			return 0
		}
	}
	return len(ws)
}
