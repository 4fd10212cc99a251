package event

import (
	"slices"
	"strings"

	"hearsay"
	"hearsay/event/actor"
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
	joined       bool // the sources join another's act ("took part"): not its principal doer
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
		case verbs.Comp:
			comps := s.childrenRel(t, "xcomp")
			if x := s.smallClause(t); x >= 0 {
				comps = append(comps, x)
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

// verbEvent codes verb v, combining it with an event it governs.
func (s *state) verbEvent(v int) *found {
	es, prt := s.verbEntries(v)
	e, used := s.choose(v, es)
	if e == nil || e.Code == "" {
		return nil
	}
	if s.equipped(v) {
		return nil
	}
	if s.toldAgency(v) {
		return nil // "the official told Reuters": whom a story is told to is no party
	}
	f := &found{trig: v, extra: prt, code: e.Code, reverse: e.Reverse, rule: s.ruleText(e), anchor: v, swap: e.SourceAfter || e.TargetBefore}
	if (f.code == "042" || root(f.code) == "15") && s.c.dict.HasNouns() && s.peacekeepersMoved(v) {
		f.code = "074"
		f.rule += "; peacekeepers sent: peacekeeping"
	}
	f.sources, f.targets = s.verbArgs(v)
	if subj := s.agentlessPassive(v); len(subj) > 0 && len(f.sources) == 0 {
		// PETRARCH reads a passive only by its "by" phrase: with none,
		// the subject is the source and the target the first actor
		// after the verb ("The Philippines was criticized over its
		// territorial dispute with Eriador" → PHL ERI)
		f.sources, f.targets = subj, s.actorAfter(v, subj)
	}
	if e.Compound && len(f.sources) > 1 {
		// "- % HAVE * [191]": "Gondor and Osgiliath have delayed their
		// meeting", the coordinated subjects act on each other
		f.targets = nil
	}
	// A reaction to an appeal ("vetoed an American request for
	// cooperation", "rebuffed Washington's request") leaves the appeal an
	// event of its own, made to the one reacting.
	reacted := func(o int) bool {
		if s.cooperative(v) || len(f.sources) == 0 || s.rel(o) != "obj" || s.tok(o).Head != v {
			return false
		}
		if ne := s.nounEntries(o); len(ne) == 0 || !strings.HasPrefix(ne[0].Code, "02") {
			return false
		}
		s.askedBy[o] = slices.Clone(f.sources)
		return true
	}
	for _, u := range used {
		if s.nounEntries(u) != nil && !reacted(u) {
			f.inner = append(f.inner, u)
		}
		if h := s.tok(u).Head; h >= 0 && s.tok(h).Head == v && s.rel(h) == "advcl" && s.caseOf(h) == "with" {
			f.inner = append(f.inner, h) // "with targeting intelligence": a modifier, not an attack
		}
	}
	// An event noun as the object of an event verb is part of its event
	// ("coordinating military action with Iran").
	for _, o := range s.childrenRel(v, "obj") {
		if s.nounEntries(o) != nil && !reacted(o) && !slices.Contains(f.inner, o) {
			f.inner = append(f.inner, o)
		}
	}
	// An event governing an event: "ruled out cooperating", "vowed to
	// prosecute", "warned the US against carrying out airstrikes".
	for _, x := range s.complements(v) {
		code, targets, trig, ok := s.innerEvent(x)
		if !ok {
			continue
		}
		if strings.HasPrefix(f.code, "03") && violent(code) && s.ownPolarity(trig) == hearsay.Negated {
			// "promised that Assad's forces would not be hit": the
			// force is told of as not to be used, no threat; it is
			// coded on its own, negated
			continue
		}
		comb, ok := s.c.dict.Combine(f.code, code)
		if !ok {
			continue
		}
		f.rule += " + " + s.lower[trig] + " " + code + " combined → " + comb
		f.code = comb
		if len(f.targets) == 0 || len(targets) > 0 && s.coordinatedEvent(v, x) && rolesOnly(f.targets) {
			// the object's role words ("military, intelligence
			// cooperation") are kinds of the act, not its target
			f.targets = targets
		}
		f.inner = append(f.inner, trig, x)
		break
	}
	if s.lower[v] == "fail" && !strings.Contains(f.rule, " combined → ") {
		// "failed to reach agreement" is a rejection (12 over 05), but
		// "failed to stop the attacks" rejects no one
		return nil
	}
	if x := s.helpedAct(v, f.code); x >= 0 {
		// "has helped arm Kurdish forces", "helped train the army": the
		// help is the act helped with, whatever the parse made of its verb
		es, _ := s.verbEntries(x)
		f.rule += " + " + s.lower[x] + " " + es[0].Code + " helped with"
		f.code = es[0].Code
		f.inner = append(f.inner, x)
		if len(f.targets) == 0 {
			if h := s.tok(x).Head; h >= 0 && h != v && (s.tok(h).Head == v || h == v+2) {
				f.targets = s.notSubject(s.actorsOf(h), f.sources)
			}
		}
		if len(f.targets) == 0 && s.tok(x).Head == v {
			// "helped arm Kurdish forces" with "arm" read as a noun
			// complement and the forces hung on it: those armed are
			// whatever it governs
			for _, c := range s.childrenRel(x, "obj", "nmod", "obl", "iobj") {
				if t := s.notSubject(s.actorsOf(c), f.sources); len(t) > 0 {
					f.targets = t
					break
				}
			}
		}
	}
	if len(f.targets) == 0 {
		// "offered to hand over to Great Britain ...", "signed an accord
		// to supply Gondor": the complement's target
		for _, x := range s.childrenRel(v, "xcomp", "advcl") {
			if s.rel(x) == "advcl" && !s.hasMarkTo(x) {
				continue
			}
			if _, t := s.verbArgs(x); len(t) > 0 {
				f.targets = t
				break
			}
			if transferVerbs[s.lower[x]] {
				// the same when the parse lost the transfer's "to" (or
				// read "hand" as a noun): the one named right after it
				if t := s.notSubject(s.linearAfter(x, "to"), f.sources); len(t) > 0 && !ownSide(t, f.sources) {
					f.targets = t
					break
				}
			}
		}
	}
	if len(f.targets) == 0 && violent(f.code) {
		// "opened fire to disperse Moslem fundamentalist demonstrators",
		// the purpose hung on the object: whom the force is used on
		for _, o := range s.objects(v) {
			for _, x := range s.childrenRel(o, "acl") {
				if !s.hasMarkTo(x) {
					continue
				}
				if _, t := s.verbArgs(x); len(t) > 0 {
					if t = s.notSubject(t, f.sources); len(t) > 0 && !ownSide(t, f.sources) {
						f.targets = t
						break
					}
				}
			}
		}
	}
	if len(f.targets) == 0 && verbalCode(f.code) && s.rel(v) == "advcl" && s.hasMarkTo(v) {
		// "approached Iran through its ambassador to ask whether ...",
		// "called Lavrov to discuss ...": a verbal act done for a
		// purpose is addressed to the one the controlling verb reached
		if h := s.tok(v).Head; h >= 0 {
			for _, o := range s.childrenRel(h, "obj") {
				if t := s.notSubject(s.actorsOf(o), f.sources); len(t) > 0 && !ownSide(t, f.sources) && !bareAgents(t) {
					f.targets = t
					f.rule += " + addressee of the controlling verb"
					break
				}
			}
		}
	}
	if len(f.targets) == 0 && strings.HasPrefix(f.code, "02") {
		// "put a request directly to Zarif", with "to" lost by the parse:
		// an appeal is made to the one named right after it
		if t := s.notSubject(s.linearAfter(v, "to"), f.sources); len(t) > 0 && !ownSide(t, f.sources) {
			f.targets = t
			f.rule += " + addressee after 'to'"
		}
	}
	if len(f.targets) == 0 && (strings.HasPrefix(f.code, "12") || strings.HasPrefix(f.code, "08")) {
		// "put a request to Zarif, who likewise turned it down": a
		// rejection (or acceptance) of "it" standing for an appeal or
		// offer just told of targets who made it
		for _, o := range s.childrenRel(v, "obj") {
			if l := s.lower[o]; (l == "it" || l == "this" || l == "that") && s.tokMent[o] < 0 {
				if t := s.notSubject(s.proposer(o), f.sources); len(t) > 0 && !ownSide(t, f.sources) {
					f.targets = t
					f.rule += " + 'it' is the appeal or offer before"
				}
			}
		}
	}
	if len(f.targets) == 0 && demandLike(f.code) {
		// "demanded an immediate admission by Moscow", "called for a
		// withdrawal by Israel": who is to do what is asked
		if !s.passive(v) {
			for _, c := range s.childrenRel(v, "obl") {
				if s.caseOf(c) == "by" {
					if t := s.notSubject(s.actorsOf(c), f.sources); len(t) > 0 && !ownSide(t, f.sources) {
						f.targets = t // "to demand political reforms by the government"
					}
				}
			}
		}
		for _, o := range s.childrenRel(v, "obj", "obl") {
			if s.rel(o) == "obl" && s.caseOf(o) != "for" {
				continue
			}
			for _, c := range s.childrenRel(o, "nmod") {
				if s.caseOf(c) == "by" {
					if t := s.notSubject(s.actorsOf(c), f.sources); len(t) > 0 && !ownSide(t, f.sources) {
						f.targets = t
					}
				}
			}
		}
	}
	if len(f.targets) == 0 && demandLike(f.code) {
		// "demanded that Sudan return the helicopter": who is asked
		for _, x := range s.childrenRel(v, "ccomp") {
			if t := s.subjects(x, 0); len(t) > 0 {
				f.targets = t
				break
			}
		}
		// the same when the parse lost the clause: the first name after
		// "that"
		if len(f.targets) == 0 && v+1 < len(s.lower) && s.lower[v+1] == "that" {
			for j := v + 2; j < len(s.lower) && j <= v+7 && s.d.SentenceOf(j) == s.d.SentenceOf(v); j++ {
				if m := s.tokMent[j]; m >= 0 {
					f.targets = []ref{s.refOf(m)}
					break
				}
			}
		}
	}
	if transferVerbs[s.lower[v]] && len(f.targets) > 0 && !slices.ContainsFunc(f.sources, func(r ref) bool { return r.via == "owner" }) {
		// "passed intelligence to Damascus through Baghdad and Moscow":
		// the intermediaries pass it on too, unless the source is the
		// owner of what a passive passes ("American information was
		// passed to Damascus through Baghdad and Moscow": the Americans')
		f.sources = append(f.sources, s.intermediaries(v, f.sources, f.targets)...)
	}
	if len(f.sources) == 0 && len(f.targets) > 0 && strings.HasPrefix(e.Code, "04") && s.passive(v) {
		// "Syria was notified before the bombing began", "Iranian
		// officials were told that ...": the teller is who last told
		// or consulted them in the article
		if r, ok := s.teller(v, f.targets[0]); ok {
			f.sources = []ref{r}
		}
	}
	threat := s.conditionalThreat(v, f)
	for _, i := range f.inner {
		s.consumed[i] = true
	}
	f.polarity = s.polarity(v)
	if f.polarity == hearsay.Negated && codesNegation(e) {
		// "- &NEGATVAUXVRB * OVER EFFORTS [904]": a pattern that spells
		// the negation out codes the negated act itself
		f.polarity = hearsay.Asserted
	}
	if threat {
		f.polarity = hearsay.Asserted // the threat is made now, whatever it announces
	}
	s.announced(f)
	s.bargain(v, f)
	if !f.swap && !e.Compound && len(f.sources) > 0 && !s.c.dict.HasNouns() && selfOnly(f.targets, f.sources) {
		// PETRARCH takes the first actor of the verb's phrase after it
		// as the target, whatever its preposition: "renewing his
		// license in Michel Delving", "acted oddly with respect to
		// Libya", "welcomed memos about Bree"; a doer's own possessive
		// ("rescheduled his trip in the White Downs") is no target to
		// stop at; a comma closes the
		// phrase ("ties with Gxndor, years after Calenardhon crowds
		// burned ...")
		if t := s.actorAfter(v, f.sources); len(t) > 0 && !s.commaBetween(v, t[0].start) {
			f.targets = t
			f.rule += "; target the first actor after the verb"
		}
	}
	if e.TargetAfter && !f.swap {
		if t := s.targetAfterWords(v, e, f.sources); len(t) > 0 {
			f.targets = t
			f.rule += "; target after the pattern's words"
		}
	}
	if f.swap {
		f.sources, f.targets = f.targets, f.sources
		if e.SourceAfter && len(f.sources) == 0 {
			// "+ * MONEY $": "received by courier money from Osgiliath",
			// "+ * (IN) $": "break in an anti-Gondor parade": the source
			// is the first actor named after the verb in its clause
			f.sources = s.actorAfter(v, f.targets)
		}
	}
	return f
}

// agentlessPassive returns, with a PETRARCH dictionary, the subjects of
// passive verb v when it has no "by" phrase.
func (s *state) agentlessPassive(v int) []ref {
	if s.c.dict.HasNouns() || !s.passive(v) || s.firstChild(v, "xcomp") >= 0 {
		return nil // "Gollum was seen to break in": the subject does the complement
	}
	for _, c := range s.children[v] {
		if s.tok(c).Rel == "obl:agent" || s.caseOf(c) == "by" {
			return nil
		}
	}
	return s.actorsOf(s.firstChild(v, "nsubj:pass"))
}

// codesNegation reports whether a pattern of entry e names a negation
// ("did n't", "will not", "never") among its words.
func codesNegation(e *verbs.Entry) bool {
	for _, c := range e.Conds {
		for _, alts := range c.Seq {
			for _, a := range alts {
				for _, w := range strings.Fields(a) {
					switch w {
					case "not", "n't", "never":
						return true
					}
				}
			}
		}
	}
	return false
}

// actorAfter returns the first actor named after verb v in its own
// clause that is none of others: where a PETRARCH pattern's "$" after
// its "*" puts the source.
func (s *state) actorAfter(v int, others []ref) []ref {
	for _, i := range s.phrase(v) {
		m := s.tokMent[i]
		if i <= v || m < 0 {
			continue
		}
		r := s.refOf(m)
		if !slices.ContainsFunc(others, func(o ref) bool { return o.code == r.code }) {
			return []ref{r}
		}
	}
	return nil
}

// selfOnly reports whether targets are none or only sources over again
// (the possessive of "rescheduled his trip").
func selfOnly(targets, sources []ref) bool {
	for _, t := range targets {
		if !slices.ContainsFunc(sources, func(r ref) bool { return r.code == t.code }) {
			return false
		}
	}
	return true
}

// commaBetween reports whether a comma stands between tokens a and b.
func (s *state) commaBetween(a, b int) bool {
	for i := min(a, b) + 1; i < max(a, b) && i < len(s.lower); i++ {
		if s.lower[i] == "," {
			return true
		}
	}
	return false
}

// roleCoord returns the event nouns coordinated with object o when o is
// not an event itself: "rules out military, intelligence cooperation with
// Iran", which the parse gives as object "military" with "cooperation" its
// conjunct or, when it scattered the clause, only next to it.
func (s *state) roleCoord(o int) []int {
	if s.nounEntries(o) != nil {
		return nil
	}
	out := s.childrenRel(o, "conj")
	if a := s.actorsOf(o); !rolesOnly(a) || len(out) > 0 {
		return out
	}
	si := s.d.SentenceOf(o)
	for j := o + 1; j < len(s.lower) && j <= o+4 && s.d.SentenceOf(j) == si; j++ {
		if s.nounEntries(j) != nil && s.isNoun(j) && !(s.rel(j) == "compound" && s.tok(j).Head > j) {
			return append(out, j)
		}
		if l := s.lower[j]; l != "," && l != "and" && l != "or" && !s.isNoun(j) && s.tok(j).UPOS != "ADJ" {
			break
		}
	}
	return out
}

// coordinatedEvent reports whether x is an event noun coordinated with a
// role-word object of verb v (see roleCoord).
func (s *state) coordinatedEvent(v, x int) bool {
	for _, o := range s.childrenRel(v, "obj") {
		if slices.Contains(s.roleCoord(o), x) {
			return true
		}
	}
	return false
}

// rolesOnly reports whether every ref is a role word with no country
// ("military", "intelligence"); so it is for none.
func rolesOnly(rs []ref) bool {
	for _, r := range rs {
		if r.kind != actor.Agent || r.country != "" {
			return false
		}
	}
	return true
}

// complements lists the tokens below v that may name a governed event.
func (s *state) complements(v int) []int {
	var out []int
	for _, c := range s.children[v] {
		r := s.rel(c)
		switch r {
		case "xcomp", "ccomp", "obj":
			out = append(out, c)
			for _, cc := range s.children[c] {
				if rr := s.rel(cc); rr == "acl" || rr == "xcomp" {
					out = append(out, cc)
				}
			}
			if r == "obj" {
				out = append(out, s.roleCoord(c)...)
			}
		case "advcl", "acl", "obl", "nmod":
			switch s.caseOf(c) {
			case "against", "from", "of", "for", "to", "on":
				out = append(out, c)
			default:
				if r == "advcl" && s.hasMarkTo(c) {
					out = append(out, c) // an xcomp parsed as advcl: "vowed to prosecute"
				}
			}
		}
	}
	return out
}

func (s *state) hasMarkTo(c int) bool {
	for _, m := range s.children[c] {
		if s.tok(m).Rel == "mark" && s.lower[m] == "to" {
			return true
		}
	}
	return false
}

// innerEvent codes token x as a governed event: its code, targets and
// trigger.
func (s *state) innerEvent(x int) (string, []ref, int, bool) {
	if s.isVerb(x) {
		es, _ := s.verbEntries(x)
		if e, _ := s.choose(x, es); e != nil && e.Code != "" {
			_, targets := s.verbArgs(x)
			return e.Code, targets, x, true
		}
		if s.isLight(x) {
			for _, o := range s.objects(x) {
				if code, targets, ok := s.nounCode(o); ok {
					if len(targets) == 0 {
						_, targets = s.verbArgs(x)
					}
					s.consumed[o] = true
					return code, targets, x, true
				}
			}
		}
		return "", nil, -1, false
	}
	if s.isNoun(x) {
		if code, targets, ok := s.nounCode(x); ok {
			return code, targets, x, true
		}
	}
	return "", nil, -1, false
}

// nounCode codes an event noun with its targets.
func (s *state) nounCode(n int) (string, []ref, bool) {
	for _, of := range s.childrenRel(n, "nmod") {
		if s.caseOf(of) == "of" && quantity[s.lower[n]] {
			n = of
		}
	}
	e, _ := s.choose(n, s.nounEntries(n))
	if e == nil || e.Code == "" {
		return "", nil, false
	}
	_, targets, _ := s.nounArgs(n)
	return e.Code, targets, true
}

// mustEvent codes "X said (that) Y must/should Z" as X demanding of Y
// (100, or 10x with the demanded act: "Sudan must return the helicopter"
// is 105 over 084).
func (s *state) mustEvent(v int) *found {
	if !speechVerbs[s.lower[v]] {
		return nil
	}
	for _, x := range s.childrenRel(v, "ccomp") {
		must := false
		for _, c := range s.children[x] {
			if w := strings.ToLower(s.words[c]); strings.HasPrefix(s.tok(c).Rel, "aux") && (w == "must" || w == "should") {
				must = true
			}
		}
		if !must {
			continue
		}
		sources, targets := s.subjects(v, 0), s.subjects(x, 0)
		if len(sources) == 0 || len(targets) == 0 {
			return nil
		}
		f := &found{trig: v, extra: -1, code: "100", rule: "construction: said + must/should → demand (100)", anchor: v, sources: sources, targets: targets}
		if code, _, trig, ok := s.innerEvent(x); ok {
			if comb, ok := s.c.dict.Combine("100", code); ok {
				f.code = comb
				f.rule += " + " + s.lower[trig] + " " + code + " combined → " + comb
				f.inner = append(f.inner, trig)
				s.consumed[trig] = true
			}
		}
		f.polarity = s.polarity(v)
		return f
	}
	return nil
}

// teller returns the party that last told, consulted or dealt with
// (roots 01–06) the country of tgt in an earlier event of the article, the
// implicit agent of an agentless contact verb ("Syria was notified",
// "Iran was assured that ...").
func (s *state) teller(v int, tgt ref) (ref, bool) {
	if tgt.country == "" {
		return ref{}, false
	}
	// "was notified before the bombing began": warned by who bombs
	var acts []int
	for _, c := range s.childrenRel(v, "obl", "advcl") {
		x := c
		if s.rel(c) == "advcl" {
			x = s.firstChild(c, "nsubj")
		}
		if x < 0 || s.caseOf(c) != "before" && !slices.ContainsFunc(s.childrenRel(c, "mark"), func(k int) bool { return s.lower[k] == "before" }) {
			continue
		}
		acts = append(acts, x)
	}
	if len(acts) == 0 {
		// the same, with the clause of "before" hung elsewhere: the noun
		// right after a "before" that follows the verb
		sent := s.d.Sentences[s.d.SentenceOf(v)]
		if b := v + 1; b < sent.End && s.lower[b] == "before" {
			for j := b + 1; j < sent.End && j <= b+3; j++ {
				if s.isNoun(j) {
					acts = append(acts, j)
					break
				}
			}
		}
	}
	for _, x := range acts {
		e, _ := s.choose(x, s.nounEntries(x))
		if e == nil || len(e.Code) < 2 || !materialConflict(e.Code) {
			continue
		}
		if r, ok := s.lastDoer[e.Code[:2]]; ok && r.start >= 0 && r.country != "" && r.country != tgt.country {
			r.via = "the doer of the act the notice came before"
			return r, true
		}
	}
	for k := len(s.history) - 1; k >= 0; k-- {
		h := s.history[k]
		if h.tgt.country != tgt.country || h.src.country == "" || h.src.country == tgt.country || h.code[:2] < "01" || h.code[:2] > "06" {
			continue
		}
		r := h.src
		r.via = "the article's last contact with " + tgt.country
		return r, true
	}
	return ref{}, false
}

// partEvent codes taking part in an act of force: "Bahrain, Jordan and
// Qatar took part [in the strikes]" is each one's act, with the act's code
// and target; with no "in X" named, the article's last such act.
func (s *state) partEvent(v int) *found {
	switch {
	case s.lower[v] == "participate":
	case s.lower[v] == "take":
		o := s.firstChild(v, "obj")
		if o < 0 || s.lower[o] != "part" || len(s.childrenRel(o, "amod", "det", "nmod:poss")) > 0 {
			return nil // "took a bigger part in the campaign" is no act yet
		}
	default:
		return nil
	}
	sources := s.subjects(v, 0)
	if len(sources) == 0 {
		return nil
	}
	f := &found{trig: v, extra: -1, anchor: v, sources: sources, joined: true}
	var in []int
	for _, c := range s.children[v] {
		if s.caseOf(c) == "in" && (s.rel(c) == "obl" || s.rel(c) == "nmod") {
			in = append(in, c)
		}
	}
	if o := s.firstChild(v, "obj"); o >= 0 {
		for _, c := range s.childrenRel(o, "nmod") {
			if s.caseOf(c) == "in" {
				in = append(in, c)
			}
		}
	}
	switch {
	case len(in) > 0:
		n := in[0]
		e, _ := s.choose(n, s.nounEntries(n))
		if e == nil || e.Code == "" || !materialConflict(e.Code) {
			return nil
		}
		f.code = e.Code
		f.rule = s.ruleText(e) + "; taken part in"
		_, f.targets, _ = s.nounArgs(n)
		if len(f.targets) == 0 && hasDefinite(s, n) && s.lastAct.code != "" {
			f.targets = []ref{s.lastAct.target}
		}
		s.consumed[n] = true
	case s.lastAct.code != "":
		f.code = s.lastAct.code
		f.targets = []ref{s.lastAct.target}
		f.rule = "construction: took part → the last act of force told of (" + f.code + ")"
	default:
		return nil
	}
	if len(f.targets) > 0 {
		f.targets[0].via = "earlier event"
	}
	f.polarity = s.polarity(v)
	s.announced(f)
	return f
}

// bargain reads an offer made "in exchange for" or "in return for"
// something ("Iran would be willing to take a step against the jihadist
// group in exchange for progress in its nuclear negotiations with world
// powers"): the act is conditional, so a reported "would" stays
// hypothetical, and the partner is the other side of the bargain, named
// in what is asked in return, not the common enemy acted against.
func (s *state) bargain(v int, f *found) {
	if !s.c.dict.HasNouns() || !strings.HasPrefix(f.code, "03") {
		return
	}
	price := s.exchangeFor(v)
	if price < 0 {
		return
	}
	if f.polarity == hearsay.Future {
		f.polarity = hearsay.Hypothetical
	}
	if len(f.targets) > 0 && !slices.ContainsFunc(f.targets, func(r ref) bool { return s.underAgainst(r.start, v) }) {
		return
	}
	var others []ref
	for _, x := range s.phrase(price) {
		m := s.tokMent[x]
		if m < 0 || s.isPronoun(x) || s.mentions[m].head != x {
			continue
		}
		r := s.refOf(m)
		if r.country == "" && r.kind == actor.Agent || ownSide([]ref{r}, f.sources) {
			continue
		}
		others = append(others, r)
	}
	if len(others) > 0 {
		f.targets = others
		f.rule += "; partner: the other side of the bargain"
	}
}

// exchangeFor returns the head of what is asked "in exchange for" or "in
// return for" on verb v or a clause it controls, or -1.
func (s *state) exchangeFor(v int) int {
	clauses := append([]int{v}, s.childrenRel(v, "xcomp")...)
	for _, x := range clauses {
		for _, c := range s.children[x] {
			if l := s.lower[c]; (l != "exchange" && l != "return") || s.caseOf(c) != "in" {
				continue
			}
			for _, k := range s.children[c] {
				if s.caseOf(k) == "for" {
					return k
				}
			}
			// "in exchange for progress", the parse hanging both on the verb
			for _, k := range s.children[x] {
				if k > c && k <= c+3 && s.caseOf(k) == "for" {
					return k
				}
			}
		}
	}
	return -1
}

// underAgainst reports whether token t stands in an "against" phrase
// between it and verb v (the common enemy of a cooperative act).
func (s *state) underAgainst(t, v int) bool {
	for steps := 0; t >= 0 && t != v && steps < 8; steps++ {
		if s.caseOf(t) == "against" {
			return true
		}
		t = s.tok(t).Head
	}
	return false
}

// demandLike reports codes whose target is the one asked to act: appeals
// (02), demands (10), threats (13).
func demandLike(code string) bool {
	return strings.HasPrefix(code, "02") || strings.HasPrefix(code, "10") || strings.HasPrefix(code, "13")
}

// verbalCode reports codes of verbal acts, cooperative or not: roots
// 01–05 (statements, appeals, intents, consultations, diplomatic
// cooperation) and 09–13 (inquiries, demands, disapproval, rejections,
// threats).
func verbalCode(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "01", "02", "03", "04", "05", "09", "10", "11", "12", "13":
		return true
	}
	return false
}

// conditionalThreat recodes "X will withdraw its force unless Y ..." as
// a threat: an act announced on a condition the target must meet.
func (s *state) conditionalThreat(v int, f *found) bool {
	if strings.HasPrefix(f.code, "13") {
		return false
	}
	advcls := s.childrenRel(v, "advcl")
	if h := s.tok(v).Head; h >= 0 && s.rel(v) == "ccomp" {
		// "announced that it will withdraw ... unless": the parse may hang
		// the condition on the announcing verb
		advcls = append(advcls, s.childrenRel(h, "advcl")...)
	}
	for _, c := range advcls {
		for _, m := range s.children[c] {
			if s.tok(m).Rel == "mark" && s.lower[m] == "unless" {
				if comb, ok := s.c.dict.Combine("130", f.code); ok {
					f.code = comb
				} else {
					f.code = "130"
				}
				f.rule += " + 'unless' condition → threat " + f.code
				f.reverse = ""
				return true
			}
		}
	}
	return false
}

// announced recodes a future act as CAMEO does: an announced cooperative
// act (roots 04–08, "will provide aid") is an intent to cooperate (03x), an
// announced hostile act (14, 17–20, "would boycott", "will attack") a threat
// (13x); announced sanctions (16) are sanctions. The event stays marked
// future.
func (s *state) announced(f *found) {
	if len(f.code) < 2 || !s.c.dict.HasNouns() {
		// a PETRARCH verb dictionary codes an announced act as the act
		// (its patterns name intents where it wants them: "- WILL *")
		return
	}
	if f.polarity == hearsay.Hypothetical && strings.Contains("04 05 06 07 08", f.code[:2]) && s.ownOffer(f) {
		// "Iranian officials signalled that Tehran could help": what a
		// party says it could do for another is an offer (03x); the event
		// stays marked hypothetical
		comb, ok := s.c.dict.Combine("030", f.code)
		if !ok {
			comb = "030"
		}
		f.rule += " + offered → " + comb
		f.code, f.reverse = comb, ""
		return
	}
	if f.polarity != hearsay.Future {
		return
	}
	if strings.HasPrefix(f.code, "04") && (slices.Contains(s.alts[f.trig], "keep") || slices.Contains(s.alts[f.trig], "maintain")) {
		return // "would keep diplomatic channels to Tehran open": contacts that go on, not an intent to meet
	}
	outer := ""
	switch f.code[:2] {
	case "04", "05", "06", "07", "08":
		outer = "030"
	case "14", "17", "18", "19", "20":
		outer = "130"
	default:
		return
	}
	comb, ok := s.c.dict.Combine(outer, f.code)
	if !ok {
		comb = outer
	}
	f.rule += " + announced → " + comb
	f.code, f.reverse = comb, ""
}

// quantity nouns pass through to their "of" noun: "a series of raids".
var quantity = map[string]bool{"series": true, "wave": true, "round": true, "number": true, "string": true, "spate": true, "barrage": true, "volley": true, "list": false,
	"degree": true, "measure": true, "level": true, "amount": true, "form": true}

// quantityOf returns the quantity noun event noun n counts ("a degree of
// contact", "a series of raids"), or n itself.
func (s *state) quantityOf(n int) int {
	if h := s.tok(n).Head; h >= 0 && quantity[s.lower[h]] && s.rel(n) == "nmod" && s.caseOf(n) == "of" {
		return h
	}
	return n
}

// verbArgs returns the sources and targets of verb v.
func (s *state) verbArgs(v int) (sources, targets []ref) {
	if s.guard > 8 {
		return nil, nil // a cycle through events about events
	}
	s.guard++
	defer func() { s.guard-- }()
	if s.passive(v) && transferVerbs[s.lower[v]] {
		// "American information was being passed to Damascus", "US
		// intelligence passed to Damascus": what is passed is no target,
		// and its owner passes it unless a "by" phrase names the doer
		thing := s.firstChild(v, "nsubj:pass")
		if thing < 0 && s.passedParticiple(v) {
			thing = s.tok(v).Head
		}
		if thing >= 0 && s.tokMent[thing] < 0 && !s.isEventNoun(thing) {
			for _, c := range s.childrenRel(v, "obl") {
				if s.caseOf(c) == "by" || s.tok(c).Rel == "obl:agent" {
					sources = s.actorsOf(c)
					break
				}
			}
			if len(sources) == 0 {
				for _, r := range s.actorsOf(thing) {
					r.via = "owner"
					sources = append(sources, r)
				}
			}
			return sources, s.notSubject(s.targetsOf(v), sources)
		}
	}
	if s.passive(v) {
		if c := s.firstChild(v, "nsubj:pass"); c >= 0 {
			targets = s.actorsOf(c)
			if len(targets) == 0 && s.violentVerb(v) {
				targets = s.housed(c) // "a camp for Congolese refugees was attacked"
			}
		}
		for _, c := range s.childrenRel(v, "obl") {
			if s.caseOf(c) == "by" || s.tok(c).Rel == "obl:agent" {
				sources = s.actorsOf(c)
				break
			}
		}
		if len(sources) == 0 && len(targets) > 0 && s.violentVerb(v) {
			// "promised that the forces of Assad would not be hit": force
			// one promises about, with no doer named, is the promiser's
			sources = s.notSubject(s.promiser(v), targets)
		}
		if len(targets) == 0 {
			targets = s.targetsOf(v)
		}
		return sources, targets
	}
	if h := s.tok(v).Head; h >= 0 && s.rel(v) == "acl" && s.tok(v).XPOS == "VBN" && !s.isEventNoun(h) {
		// "rebels armed by Iran", "forces trained by the United States":
		// a participle with its doer acts on the noun it modifies
		for _, c := range s.childrenRel(v, "obl", "obl:agent") {
			if s.caseOf(c) == "by" {
				if src := s.actorsOf(c); len(src) > 0 {
					if t := s.actorsOf(h); len(t) > 0 {
						return src, t
					}
				}
				break
			}
		}
	}
	sources = s.subjects(v, 0)
	if o := s.obtainedFrom(v); len(o) > 0 {
		// "a go-between meets American officials, obtains information
		// from them and hands it on to Damascus": what is passed is the
		// officials', and they pass it (the go-between is no source),
		// whoever the parse made the subject
		sources = o
	}
	if s.cooperative(v) {
		// "discussed the coalition with Lavrov", "shared evidence with the
		// U.S.": the partner, not the topic or the thing shared
		withs := s.childrenRel(v, "obl")
		for _, o := range s.childrenRel(v, "obj") {
			withs = append(withs, s.childrenRel(o, "nmod")...)
		}
		for _, c := range withs {
			if s.caseOf(c) == "with" && !s.comitative(c) {
				if t := s.actorsOf(c); len(t) > 0 && !bareAgents(t) {
					return sources, t
				}
			}
		}
		if len(s.childrenRel(v, "obj")) > 0 {
			// the same, with "with" hung elsewhere by the parse
			if t := s.notSubject(s.linearAfter(v, "with"), sources); len(t) > 0 && !bareAgents(t) && !ownSide(t, sources) {
				if w := s.withAt(v); w > 0 && s.lower[w-1] != "together" && s.lower[w-1] != "along" {
					return sources, t
				}
			}
		}
	}
	if transferVerbs[s.lower[v]] || s.tellingVerb(v) && !s.namesObject(v, sources) {
		// "passing intelligence on IS fighters to the Syrian government",
		// "communicated our intentions, but not specific timing or
		// targets, to the Iranians", with "to" misattached inside the
		// object: the recipient
		if t := s.targetsOf(v); len(t) == 0 {
			objs := s.childrenRel(v, "obj")
			for _, c := range s.childrenRel(v, "conj") {
				if len(objs) > 0 && !s.isVerb(c) {
					objs = append(objs, c) // "our intentions, but not specific timing, to the Iranians", the parse coordinating "timing" with the verb
				}
			}
			for _, o := range objs {
				for _, x := range s.phrase(o) {
					if x != o && (s.rel(x) == "nmod" || s.rel(x) == "obl") && s.caseOf(x) == "to" {
						if a := s.notSubject(s.actorsOf(x), sources); len(a) > 0 {
							return sources, a
						}
					}
				}
			}
		}
	}
	for _, c := range s.children[v] {
		if r := s.tok(c).Rel; r == "obj" || r == "iobj" || s.countedObject(v, c) || s.bareOblique(v, c) {
			if s.isEventNoun(c) {
				continue // an event noun is the event, not its target
			}
			if transferVerbs[s.lower[v]] && r == "obj" && s.tokMent[c] < 0 && s.topicOnly(c) {
				continue // "passing intelligence on IS fighters": the topic is no target
			}
			if transferVerbs[s.lower[v]] && r == "obj" && (s.lower[c] == "it" || s.lower[c] == "them") && (s.hasCase(v, "to") || len(s.coordObject(v)) > 0) {
				continue // "collected information and conveyed it to Damascus": "it" is what is passed
			}
			if t := s.notSubject(s.actorsOf(c), sources); len(t) > 0 {
				if (transferVerbs[s.lower[v]] || s.posture(v)) && bareAgents(t) {
					continue // "providing military intelligence to Macedonia", "mobilized army reservists": what is passed or moved
				}
				if s.withdrawal(v) && bareAgents(t) {
					// "will withdraw weapons inspectors and humanitarian
					// workers from Iraq": who is pulled out is moved, the
					// place left is the other party
					if o := s.fromPlace(v, c); len(o) > 0 && !ownSide(o, sources) {
						return sources, o
					}
					continue
				}
				if ownSide(t, sources) {
					// "willing to withdraw its troops from Lebanon", "hand over
					// two of its nationals to Great Britain": one's own people
					// are moved, the other party is in an oblique
					if o := s.targetsOf(v); len(o) > 0 && !ownSide(o, sources) {
						return sources, o
					}
					if o := s.linearAfter(v, "from", "to"); len(o) > 0 && !ownSide(o, sources) {
						return sources, o
					}
				}
				return sources, t
			}
			// "strike IS positions", "target the forces of Assad"
		}
	}
	if !s.cooperative(v) {
		// "vetoed an American request", "denounced the raids": who did
		// the act reacted to, before any oblique ("against IS militants")
		for _, o := range s.childrenRel(v, "obj") {
			if t := s.eventDoer(o, 0); len(t) > 0 && !sameActors(t, sources) {
				return sources, t
			}
		}
	}
	// "welcomed memos from Bree on its role": a possessive pronoun that
	// is the doer itself is read again for another antecedent
	if t := s.notSubject(s.targetsOf(v), sources); len(t) > 0 {
		return sources, t
	}
	if x := s.smallClause(v); x >= 0 && len(s.childrenRel(v, "obj")) == 0 {
		// "letting the Syrian government know", parsed as a clause of
		// its own: its subject is the one let
		for _, c := range s.childrenRel(x, "nsubj") {
			if t := s.notSubject(s.actorsOf(c), sources); len(t) > 0 {
				return sources, t
			}
		}
	}
	if s.posture(v) {
		// "mobilized army reservists for a possible war against Iraq":
		// the target of the act the force is shown for
		for _, c := range s.childrenRel(v, "obl", "advcl") {
			if s.isEventNoun(c) {
				if t := s.targetsOf(c); len(t) > 0 {
					return sources, t
				}
			}
		}
	}
	// The target of an event noun object ("coordinating military action
	// with Iran"), or the doer of an event it comments on ("raised
	// questions about the legality of the airstrikes by the United States").
	for _, o := range s.childrenRel(v, "obj") {
		if t := s.eventDoer(o, 0); len(t) > 0 && !sameActors(t, sources) {
			// not the doer of the verb's own act ("has promised to
			// continue military aid": the aid is the subject's)
			return sources, t
		}
		// "continue military aid to war-torn Mozambique": the recipient
		// of what is given
		if t := s.notSubject(s.givenTo(o), sources); len(t) > 0 && !sameActors(t, sources) {
			return sources, t
		}
		// "rejected recent calls by Belarus's rulers", "violated a ban by
		// General Michel Aoun": who made what is reacted to
		for _, c := range s.childrenRel(o, "nmod") {
			if s.caseOf(c) == "by" {
				if t := s.notSubject(s.actorsOf(c), sources); len(t) > 0 && !sameActors(t, sources) {
					return sources, t
				}
			}
		}
		// "welcomed memos sent by Bree": who sent what is welcomed
		for _, a := range s.childrenRel(o, "acl") {
			for _, c := range s.childrenRel(a, "obl", "obl:agent") {
				if s.caseOf(c) == "by" {
					if t := s.notSubject(s.actorsOf(c), sources); len(t) > 0 {
						return sources, t
					}
				}
			}
		}
		// "restore ties with Gondor", "welcomed a resumption of ties with
		// Osgiliath"
		for x, depth := o, 0; x >= 0 && depth < 3; depth++ {
			// ranked by the verb's own prepositions: what one joins or
			// supports "against" someone is the common enemy, not the
			// partner ("offered to join the fight against Islamic State")
			t := s.targetsAt(v, x)
			if len(t) > 0 && t[0].start >= 0 && (s.tok(t[0].start).XPOS == "PRP$" || s.tok(t[0].start).Rel == "nmod:poss") {
				// "welcomed economic memos from Bree on its role", with
				// the role hung on the memos: a possessive pronoun that is
				// the doer itself is read again, as on the verb
				t = s.notSubject(t, sources)
			}
			if len(t) > 0 {
				return sources, t
			}
			next := -1
			for _, c := range s.childrenRel(x, "nmod") {
				if s.caseOf(c) == "of" {
					next = c
					break
				}
			}
			x = next
		}
	}
	if t := s.threatCondition(v, sources); len(t) > 0 {
		return sources, t
	}
	if t := s.despitePressure(v, sources); len(t) > 0 {
		return sources, t
	}
	if t := s.strandedPrep(v, sources); len(t) > 0 {
		return sources, t
	}
	if t := s.invitedTo(v, sources); len(t) > 0 {
		return sources, t
	}
	// "Gollum allowed that Mordor isn't a pleasant place": with nothing
	// else named after the verb, the subject of its clausal complement
	// (not what a report reports: "said Iran would ...")
	clauses := s.childrenRel(v, "ccomp")
	for _, o := range s.childrenRel(v, "obj") {
		// "allowed that Mordor isn't a real easy place", with the clause
		// made the object and "easy" its head: a word in the object
		// with a mark "that" and a subject heads a clause
		for _, x := range s.phrase(o) {
			if k := s.firstChild(x, "mark"); k >= 0 && k > v && s.lower[k] == "that" && s.firstChild(x, "nsubj") >= 0 {
				clauses = append(clauses, x)
			}
		}
	}
	for _, x := range clauses {
		if speechVerbs[s.lower[v]] {
			break
		}
		// a name, not a role named by its possessor ("promised that the
		// killers of journalist James Foley would be brought to justice")
		if c := s.firstChild(x, "nsubj"); c >= 0 && s.tokMent[c] >= 0 {
			if t := s.notSubject(s.actorsOf(c), sources); len(t) > 0 {
				return sources, t
			}
		}
	}
	return sources, nil
}

// threatCondition returns, for a threat (root 13) with no target named,
// the party its condition is put to: "threatened to stop negotiations if
// the United States goes ahead", "threatened an offensive unless Baghdad
// accepted its conditions". The condition may hang on the threat or on
// the act threatened.
func (s *state) threatCondition(v int, sources []ref) []ref {
	es, _ := s.verbEntries(v)
	if len(es) == 0 || !strings.HasPrefix(es[0].Code, "13") {
		return nil
	}
	si := s.d.SentenceOf(v)
	for c := v + 1; c < s.d.Sentences[si].End; c++ {
		if s.rel(c) != "advcl" {
			continue
		}
		if m := s.caseOf(c); m != "if" && m != "unless" {
			continue
		}
		// below the threat, through the act threatened and its phrase
		below := false
		for h, steps := s.tok(c).Head, 0; h >= 0 && steps < 4; h, steps = s.tok(h).Head, steps+1 {
			if h == v {
				below = true
				break
			}
		}
		if !below {
			continue
		}
		if t := s.notSubject(s.subjects(c, 0), sources); len(t) > 0 && !ownSide(t, sources) {
			return t
		}
	}
	return nil
}

// pressureNouns are the pressing a refusal can be made in spite of.
var pressureNouns = map[string]bool{
	"pressure": true, "call": true, "demand": true, "appeal": true, "request": true,
	"plea": true, "urging": true, "protest": true, "criticism": true, "ultimatum": true,
}

// despitePressure returns, for a refusal or rejection (root 12) with no
// target named, who pressed for what was refused, named in a "despite"
// phrase on the refusal or on the act refused: "declined to resign
// despite growing pressure by the Anti-Corruption Commission", "rejected
// the plan despite calls from Washington".
func (s *state) despitePressure(v int, sources []ref) []ref {
	es, _ := s.verbEntries(v)
	if len(es) == 0 || !strings.HasPrefix(es[0].Code, "12") {
		return nil
	}
	acts := append([]int{v}, s.childrenRel(v, "xcomp")...)
	for _, a := range acts {
		for _, c := range s.children[a] {
			if s.caseOf(c) != "despite" || c < v {
				continue
			}
			// the pressure is the phrase itself ("despite pressure by
			// X") or its object ("despite growing pressure by X")
			for _, n := range append([]int{c}, s.childrenRel(c, "obj")...) {
				if !pressureNouns[s.tok(n).Lemma] {
					continue
				}
				for _, x := range s.childrenRel(n, "nmod") {
					if k := s.caseOf(x); k != "by" && k != "from" {
						continue
					}
					// one's own compatriots may press too ("the Kenya
					// Anti-Corruption Commission" on a Kenyan)
					if t := s.notSubject(s.actorsOf(x), sources); len(t) > 0 {
						return t
					}
				}
			}
		}
	}
	return nil
}

// inviteNouns are what one is asked to come with.
var inviteNouns = map[string]bool{"invitation": true, "invite": true}

// invitedTo returns, for a verb with no target whose object is an
// invitation from no one named, the parties of the gathering it invites
// to: "rejected an invitation to attend a meeting next week of Palestinian
// factions" is turned down to the factions. What the gathering is for (its
// own clause: "to debate plans for independence from Israel") is left out.
func (s *state) invitedTo(v int, sources []ref) []ref {
	for _, o := range s.childrenRel(v, "obj") {
		if !inviteNouns[s.tok(o).Lemma] {
			continue
		}
		var gatherings []int
		for _, a := range s.childrenRel(o, "acl") {
			gatherings = append(gatherings, s.childrenRel(a, "obj")...)
		}
		for _, c := range s.childrenRel(o, "nmod") {
			if s.caseOf(c) == "to" {
				gatherings = append(gatherings, c)
			}
		}
		for _, g := range gatherings {
			skip := map[int]bool{}
			for _, a := range s.childrenRel(g, "acl") {
				for _, k := range s.phrase(a) {
					skip[k] = true
				}
			}
			for _, k := range s.phrase(g) {
				if m := s.tokMent[k]; m >= 0 && !skip[k] && s.mentions[m].country != "" {
					if t := s.notSubject([]ref{s.refOf(m)}, sources); len(t) > 0 {
						return t
					}
				}
			}
		}
	}
	return nil
}

// strandedPrep returns, for verb v with no target named, the actor of the
// phrase that completes a preposition left stranded by coordination
// ("established diplomatic ties with and opened an embassy in Tehran":
// "with" has its object only after the second conjunct).
func (s *state) strandedPrep(v int, sources []ref) []ref {
	si := s.d.SentenceOf(v)
	end := s.d.Sentences[si].End
	for i := v + 1; i+2 < end && i <= v+6; i++ {
		if s.tok(i).UPOS == "PUNCT" || s.isVerb(i) {
			return nil
		}
		if !slices.Contains([]string{"with", "to", "against", "from"}, s.lower[i]) || s.tok(i+1).UPOS != "CCONJ" {
			continue
		}
		// the second conjunct's phrase: up to the clause's comma
		for j := i + 2; j < end; j++ {
			if s.tok(j).UPOS == "PUNCT" {
				break
			}
			if m := s.tokMent[j]; m >= 0 && s.mentions[m].country != "" && s.caseOf(s.mentions[m].head) != "" {
				if t := s.notSubject([]ref{s.refOf(m)}, sources); len(t) > 0 && !ownSide(t, sources) {
					return t
				}
			}
		}
		return nil
	}
	return nil
}

// eventDoer finds, below token x through nominal modifiers, an event noun
// whose source is named ("the legality of the strikes by the US").
func (s *state) eventDoer(x, depth int) []ref {
	if depth > 3 {
		return nil
	}
	if s.isEventNoun(x) {
		if src, _, direct := s.nounArgs(x); direct {
			return src
		}
		// "denounced the raids", "the legality of strikes carried out
		// without a mandate": the doer of the last such act in the article
		if es := s.nounEntries(x); len(es) > 0 && len(es[0].Code) >= 2 && materialConflict(es[0].Code) {
			if r, ok := s.lastDoer[es[0].Code[:2]]; ok {
				r.via = "earlier event"
				return []ref{r}
			}
		}
	}
	for _, c := range s.childrenRel(x, "nmod") {
		if a := s.eventDoer(c, depth+1); len(a) > 0 {
			return a
		}
	}
	return nil
}

// targetPreps ranks the prepositions that introduce a target.
var targetPreps = []string{"against", "on", "with", "to", "at", "toward", "towards", "into", "upon", "from", "over", "between", "for"}

// transferPreps rank the prepositions of a transfer ("passing
// intelligence on IS fighters to the Syrian government").
var transferPreps = []string{"to", "with", "for", "toward", "towards", "into", "against", "on", "at", "upon", "from", "over", "between"}

var transferVerbs = map[string]bool{"pass": true, "share": true, "provide": true, "give": true, "send": true, "supply": true,
	"hand": true, "relay": true, "convey": true, "deliver": true, "transfer": true, "sell": true, "offer": true, "pledge": true,
	"grant": true, "donate": true, "lend": true, "leak": true, "forward": true}

func (s *state) targetsOf(t int) []ref {
	return s.targetsAt(t, t)
}

// targetsAt returns the actors of token at's obliques, ranked by the
// prepositions of trigger t: a light verb's obliques for the event noun
// it governs ("conducting joint military operations with Iran").
func (s *state) targetsAt(t, at int) []ref {
	preps := targetPreps
	if transferVerbs[s.lower[t]] {
		preps = transferPreps
	} else if s.cooperative(t) {
		preps = coopPreps
	}
	for _, p := range preps {
		for _, c := range s.children[at] {
			r := s.rel(c)
			if r != "obl" && r != "nmod" && r != "iobj" {
				continue
			}
			if s.caseOf(c) == p && !s.comitative(c) && !(c < at && s.counted(c) && s.isVerb(at)) {
				if a := s.actorsOf(c); len(a) > 0 {
					return a
				}
			}
		}
	}
	return nil
}

// subjects returns the actors doing verb v, following control, coordination
// and relative clauses when v has no subject of its own.
// joinedSubjects returns the actors of a second subject the parse gave
// verb v after subject c when "and" joins them ("President Francois
// Hollande and Iraqi President Fuad Masum opened", parsed as two
// subjects): they are coordinated.
func (s *state) joinedSubjects(v, c int) []ref {
	for _, d := range s.childrenRel(v, "nsubj") {
		if d <= c || d > v || s.apposedRole(d) {
			continue
		}
		and := false
		for j := c + 1; j < d; j++ {
			if s.isVerb(j) && s.tok(j).UPOS == "VERB" {
				return nil
			}
			if s.lower[j] == "and" {
				and = true
			}
		}
		if and {
			return s.actorsOf(d)
		}
	}
	return nil
}

func (s *state) subjects(v int, depth int) []ref {
	if depth > 5 || v < 0 {
		return nil
	}
	hasSubj := false
	kids := s.children[v]
	for _, a := range s.childrenRel(v, "aux") {
		// "Kerry had also put a request", with the subject hung on the
		// auxiliary: the auxiliary's subject is the verb's
		if a < v {
			kids = append(slices.Clip(kids), s.childrenRel(a, "nsubj")...)
		}
	}
	for _, c := range kids {
		if r := s.tok(c).Rel; r == "nsubj" || r == "csubj" || r == "nsubj:xsubj" || r == "expl" && s.lower[c] == "it" || r == "nsubj:pass" && s.stative(v) {
			if s.prepPhrase(c, v) {
				// "... through the Russian and Iraqi governments, before
				// the Syrian warplanes today performed ...", with the
				// governments made the subject: a phrase a preposition
				// opens is no subject when a name stands right before
				// the verb
				if a := s.nameRightBefore(v); len(a) > 0 {
					return append(a, s.partners(v)...)
				}
			}
			if l := s.lower[c]; l == "who" || l == "which" || l == "that" {
				if a := s.strayRelative(v, c); len(a) > 0 {
					return a
				}
				break
			}
			if a := s.actorsOf(c); len(a) > 0 {
				a = append(a, s.otherSubjects(v, c, a)...)
				a = append(a, s.listedBefore(c, a)...)
				return append(append(a, s.joinedSubjects(v, c)...), s.partners(v)...)
			}
			// a parse that gave the verb two subjects ("told Reuters that
			// Washington gave"): the next one may name the actor
			hasSubj = true
			if s.toInfinitive(v) && s.tok(c).UPOS == "NOUN" {
				// "opened the bridge after four years to allow ...": a
				// to-infinitive has no subject of its own (no "for X to"),
				// the parse slipped; its controller acts
				hasSubj = false
			}
		}
	}
	if a := s.beAboutTo(v); len(a) > 0 && !hasSubj {
		return append(a, s.partners(v)...)
	}
	if a := s.namedBefore(v); len(a) > 0 && s.firstChild(v, "nsubj", "nsubj:pass") < 0 {
		// "claiming the United States is secretly cooperating with ...",
		// parsed with the United States as the object of "claiming" and
		// "claiming" as the subject: a finite verb's subject is the name
		// right before it
		return append(a, s.partners(v)...)
	}
	if a := s.countedSubject(v); len(a) > 0 && !hasSubj {
		return append(a, s.partners(v)...)
	}
	if hasSubj {
		return nil
	}
	if s.passive(v) {
		for _, c := range s.childrenRel(v, "obl") {
			if s.caseOf(c) == "by" {
				return s.actorsOf(c)
			}
		}
		return nil
	}
	// A gerund's subject is the name right before it: "despite Al-Assad
	// expressing his willingness", "with Syria offering".
	if v > 0 && strings.HasSuffix(strings.ToLower(s.words[v]), "ing") && s.tokMent[v-1] >= 0 && s.mentions[s.tokMent[v-1]].end == v && s.d.SentenceOf(v-1) == s.d.SentenceOf(v) {
		if m := s.mentions[s.tokMent[v-1]]; m.m.Kind != actor.Agent || m.country != "" {
			return []ref{s.refOf(s.tokMent[v-1])}
		}
	}
	// A participle with a "by" agent: "airstrikes launched by Washington"
	// (not an infinitive: "to demand reforms by the government").
	for _, c := range s.childrenRel(v, "obl") {
		if s.toInfinitive(v) {
			break
		}
		if s.caseOf(c) == "by" || s.tok(c).Rel == "obl:agent" {
			if a := s.actorsOf(c); len(a) > 0 {
				return append(a, s.partners(v)...)
			}
		}
	}
	h := s.tok(v).Head
	if h < 0 {
		return s.strayLead(v)
	}
	switch s.tok(v).Rel {
	case "obj":
		if s.tok(h).Lemma == "have" && s.tok(v).XPOS == "VBN" && s.tok(v).UPOS == "VERB" && s.isVerb(h) {
			// "Ethnic Albanians have sworn to fight", parsed with the
			// participle the object of "have": the perfect's subject acts
			return s.subjects(h, depth+1)
		}
	case "xcomp":
		// object control: "urged Iran to join", "warned the US against"
		if o := s.firstChild(h, "obj"); o >= 0 && o < v {
			if a := s.actorsOf(o); len(a) > 0 {
				return a
			}
		}
		if s.passive(h) {
			// "Gollum was seen to break in", "Arnor is said to be about
			// to restore", "Iran was asked to join": the passive subject
			// of the governing verb does the complement
			if c := s.firstChild(h, "nsubj:pass"); c >= 0 {
				if a := s.actorsOf(c); len(a) > 0 {
					return a
				}
			}
		}
		return s.subjects(h, depth+1)
	case "conj", "advcl":
		if s.reportAfter(v, h) {
			return nil
		}
		if s.isVerb(h) {
			a := s.subjects(h, depth+1)
			if len(a) == 0 && s.tok(v).Rel == "conj" && s.passive(h) && !s.passive(v) {
				// "Iran was concerned about ... and brought this issue
				// up": the one the first conjunct's passive is about
				// does the active second
				if c := s.firstChild(h, "nsubj:pass"); c >= 0 && c < h {
					a = s.actorsOf(c)
				}
			}
			if len(a) == 0 && s.tok(v).Rel == "conj" && s.rel(h) == "ccomp" && s.doSupport(v) {
				// "told the Syrian government that air strikes were
				// coming, but did not coordinate the operation with
				// Damascus": a finite conjunct of its own the parse hung
				// on the reported clause, whose subject names no one,
				// goes with the teller
				if g := s.tok(h).Head; g >= 0 && s.isVerb(g) {
					a = s.subjects(g, depth+1)
				}
			}
			return a
		}
	case "acl", "acl:relcl":
		if s.passedParticiple(v) {
			return nil // "American information passed to Damascus": what is passed, not who passes it
		}
		if s.firstChild(h, "cop") >= 0 && s.hasMarkTo(v) {
			// "Kerry, who was in Turkey to press Ankara": a purpose
			// clause on a copular predicate is its subject's doing
			if a := s.subjects(h, depth+1); len(a) > 0 {
				return a
			}
		}
		if a := s.actorsOf(h); len(a) > 0 {
			return a
		}
		// "said there were no plans to work with ...": the speaker
		if a := s.existentialSpeaker(h); len(a) > 0 {
			return a
		}
		// "the United States had no intention of cooperating", "made an
		// offer to help": the subject of the verb the noun is object of
		if s.rel(h) == "obj" && s.tok(v).Rel == "acl" {
			if g := s.tok(h).Head; g >= 0 && s.isVerb(g) {
				return s.subjects(g, depth+1)
			}
		}
	}
	return nil
}

// otherSubjects returns the actors of the verb's other subjects before
// it, when the parse split one list of subjects into several ("Mordor,
// Rohan, Fornost and Bree welcomed", with Mordor and Fornost both made
// subjects of "welcomed"): a comma or "and" and no verb, preposition or
// pronoun stand between them ("Bree Prime Minister Romendacil", two
// subjects with nothing between, is one name). have are the actors found so far.
func (s *state) otherSubjects(v, c int, have []ref) []ref {
	var out []ref
	for _, d := range s.childrenRel(v, "nsubj") {
		if d == c || d > v {
			continue
		}
		lo, hi := min(c, d), max(c, d)
		list, sep := true, false
		for j := lo + 1; j < hi; j++ {
			if u := s.tok(j).UPOS; u == "VERB" || u == "AUX" || u == "ADP" || u == "SCONJ" || u == "PRON" {
				list = false
				break
			}
			sep = sep || s.lower[j] == "," || s.lower[j] == "and"
		}
		if !list || !sep || d > c && s.apposedRole(d) {
			continue
		}
		for _, r := range s.actorsOf(d) {
			if !hasRef(have, r) && !hasRef(out, r) {
				out = append(out, r)
			}
		}
	}
	return out
}

// apposedRole reports whether noun d, hung as a second subject after a
// comma, is a definite common noun naming no actor itself: an apposition
// telling who the subject is ("Iran and Russia, the main foreign backers
// of Damascus, denounced the raids"), not one more doer.
func (s *state) apposedRole(d int) bool {
	if s.tok(d).UPOS != "NOUN" || s.tokMent[d] >= 0 || !hasDefinite(s, d) {
		return false
	}
	first := d
	for _, k := range s.phrase(d) {
		first = min(first, k)
	}
	return first > 0 && s.lower[first-1] == ","
}

// listedBefore returns the actors named in a list right before the
// subject c that the parse hung elsewhere ("Fornost and Gondor welcomed",
// with Gondor the subject and Fornost, read as an adjective, the subject
// of a later verb): names joined to the subject by "and" or commas, none
// of them opened by a preposition or the object of a verb. have are the
// actors found so far.
func (s *state) listedBefore(c int, have []ref) []ref {
	m := s.tokMent[c]
	if m < 0 {
		return nil
	}
	sent := s.d.Sentences[s.d.SentenceOf(c)]
	j := s.mentions[m].start - 1
	for j >= sent.Start && (s.tok(j).UPOS == "DET" || s.tok(j).UPOS == "ADJ" && s.tokMent[j] < 0) {
		j--
	}
	var out []ref
	for {
		sep := false
		for j >= sent.Start && (s.lower[j] == "and" || s.lower[j] == ",") {
			sep = true
			j--
		}
		if !sep || j < sent.Start {
			return out
		}
		k := s.tokMent[j]
		if k < 0 || s.mentions[k].end != j+1 {
			return out
		}
		mm := s.mentions[k]
		// a later conjunct stands where its first one does: "passing
		// information through Baghdad and Moscow, and Obama has ruled
		// out" lists no subject
		x := mm.head
		for steps := 0; steps < 8 && s.rel(x) == "conj" && s.tok(x).Head >= 0 && s.tok(x).Head < x; steps++ {
			x = s.tok(x).Head
		}
		switch s.rel(x) {
		case "obj", "obl", "nmod", "iobj":
			return out
		}
		if s.caseOf(mm.head) != "" || s.caseOf(x) != "" || mm.m.Kind == actor.Agent && mm.country == "" {
			return out
		}
		if r := s.refOf(k); !hasRef(have, r) && !hasRef(out, r) {
			out = append(out, r)
		}
		j = mm.start - 1
		for j >= sent.Start && (s.tok(j).UPOS == "DET" || s.tok(j).UPOS == "ADJ" && s.tokMent[j] < 0) {
			j--
		}
	}
}

// hasRef reports whether rs holds an actor named by the same tokens as r.
func hasRef(rs []ref, r ref) bool {
	for _, x := range rs {
		if x.start == r.start && x.end == r.end {
			return true
		}
	}
	return false
}

// reportAfter reports whether verb v, an adverbial clause or conjunct of
// h after it, is a finite report of its own with no subject found ("...
// after a 12-year rift, the official news agency WFNA said on
// Thursday", with the agency hung on the rift): a finite verb after a
// comma, with no mark, auxiliary or subject, does not share h's subject.
func (s *state) reportAfter(v, h int) bool {
	if v < h || s.tok(v).Rel != "advcl" {
		return false
	}
	if x := s.tok(v).XPOS; x != "VBD" && x != "VBZ" && x != "VBP" {
		return false
	}
	if s.firstChild(v, "mark", "aux", "nsubj", "cc") >= 0 || v == 0 {
		return false
	}
	if !reportVerbs[s.tok(v).Lemma] {
		return false
	}
	for j := v - 1; j > h; j-- {
		if s.lower[j] == "," {
			return true
		}
	}
	return false
}

// reportVerbs are the verbs of saying a report clause is headed by.
var reportVerbs = map[string]bool{"say": true, "report": true, "tell": true, "add": true, "note": true, "announce": true, "state": true, "quote": true}

// prepPhrase reports whether the phrase of subject c of verb v, before
// v, opens with a preposition: the parse made a prepositional phrase the
// subject.
func (s *state) prepPhrase(c, v int) bool {
	first := c
	for _, t := range s.phrase(c) {
		first = min(first, t)
	}
	if first >= v || s.tok(first).UPOS != "ADP" {
		return false
	}
	switch s.lower[first] {
	case "of", "'s":
		return false
	}
	return true
}

// nameRightBefore returns the actor named right before verb v, with only
// adverbs, auxiliaries and words of time between ("the Syrian warplanes
// today performed").
func (s *state) nameRightBefore(v int) []ref {
	m := s.mentionBefore(v, true)
	if m < 0 {
		return nil
	}
	if mm := s.mentions[m]; mm.m.Kind == actor.Agent && mm.country == "" {
		return nil
	}
	return []ref{s.refOf(m)}
}

// mentionBefore returns the actor mention that ends right before verb v,
// past its auxiliaries, adverbs and particles (and time words, with
// timeToo), within v's sentence; -1 when there is none.
func (s *state) mentionBefore(v int, timeToo bool) int {
	sent := s.d.Sentences[s.d.SentenceOf(v)]
	j := v - 1
	for j >= sent.Start {
		u := s.tok(j).UPOS
		if u != "ADV" && u != "AUX" && u != "PART" && !(timeToo && timeWords[s.lower[j]]) {
			break
		}
		j--
	}
	if j < sent.Start {
		return -1
	}
	if m := s.tokMent[j]; m >= 0 && s.mentions[m].end == j+1 {
		return m
	}
	return -1
}

// countedSubject returns, for a finite verb v with no subject, the
// actors of a counted phrase before it the parse hung on it as an
// oblique ("Up to 100 ethnic Albanians demonstrated", with "Up to" read
// as a preposition): a number right after the preposition counts the
// subject, it opens no phrase of place or time.
func (s *state) countedSubject(v int) []ref {
	if x := s.tok(v).XPOS; x != "VBD" && x != "VBZ" && x != "VBP" || s.firstChild(v, "nsubj", "nsubj:pass", "csubj") >= 0 {
		return nil
	}
	for _, c := range s.childrenRel(v, "obl") {
		if c > v {
			break
		}
		if !s.counted(c) {
			continue
		}
		if a := s.actorsOf(c); len(a) > 0 {
			return a
		}
	}
	return nil
}

// counted reports whether the phrase of noun c opens with a preposition
// followed by a number ("up to 100 ethnic Albanians"): a count, not a
// place, time or party reached.
func (s *state) counted(c int) bool {
	k := s.firstChild(c, "case")
	if k < 0 {
		return false
	}
	k = s.caseEnd(k)
	return k+1 < c && s.tok(k+1).UPOS == "NUM"
}

// caseEnd returns the last word of the preposition at k: k itself, or
// its last fixed word ("up to", "more than").
func (s *state) caseEnd(k int) int {
	end := k
	for _, f := range s.childrenRel(k, "fixed") {
		end = max(end, f)
	}
	return end
}

// bareOblique reports whether c is an oblique right after verb v with no
// preposition that names an actor: an object the parse made an oblique
// ("Syrian jets struck an Islamic State training camp", with "struck"
// read as a participle on "jets"). A time ("two days", "Monday") names
// no actor.
func (s *state) bareOblique(v, c int) bool {
	if c < v || s.tok(c).Rel != "obl" || s.firstChild(c, "case", "mark") >= 0 || s.caseOf(c) != "" {
		return false
	}
	for i := v + 1; i < c; i++ {
		h := s.tok(i).Head
		for k := 0; k < 4 && h >= 0 && h != c; k++ {
			h = s.tok(h).Head
		}
		if h != c {
			return false // only the phrase's own words stand between
		}
	}
	return len(s.actorsOf(c)) > 0
}

// quantityPreps open a count, not a party reached ("kidnapped up to 16
// Russian advisers", "killed at least 20 soldiers").
var quantityPreps = map[string]bool{"up to": true, "about": true, "around": true, "nearly": true, "almost": true,
	"approximately": true, "roughly": true, "more than": true, "at least": true, "fewer than": true, "less than": true, "as many as": true}

// countedObject reports whether oblique c after verb v is a counted
// phrase the parse hung as an oblique, the count's words read as a
// preposition: the verb's object ("kidnapped up to 16 Russian civilian
// advisers").
func (s *state) countedObject(v, c int) bool {
	if c < v || s.rel(c) != "obl" || !s.counted(c) {
		return false
	}
	k := s.firstChild(c, "case")
	var ws []string
	for i := k; i <= s.caseEnd(k); i++ {
		ws = append(ws, s.lower[i])
	}
	return quantityPreps[strings.Join(ws, " ")]
}

// timeWords are words of time that may stand between a subject and its
// verb ("the Syrian warplanes today performed").
var timeWords = map[string]bool{"today": true, "yesterday": true, "tonight": true, "tomorrow": true, "now": true, "then": true, "later": true, "earlier": true}

// strayRelative returns, for verb v whose subject c is a relative
// pronoun but which the parse did not make a relative clause ("Kerry,
// who was in Turkey to press Ankara", with "Turkey" made a second
// subject of the main verb), the actor the pronoun follows: named right
// before it, with at most a comma between.
func (s *state) strayRelative(v, c int) []ref {
	if r := s.rel(v); r == "acl:relcl" || r == "acl" || c == 0 {
		return nil
	}
	j := c - 1
	if s.tok(j).UPOS == "PUNCT" && s.words[j] == "," {
		j--
	}
	if j < s.d.Sentences[s.d.SentenceOf(c)].Start {
		return nil
	}
	m := s.tokMent[j]
	if m < 0 || s.mentions[m].end != j+1 {
		return nil
	}
	return []ref{s.refOf(m)}
}

// beAboutTo returns, for verb v in "X is about to V", the actors of X
// whatever the parse made of "about" (a preposition, an adjective, a
// subject, a mark): the noun phrase right before the copula.
func (s *state) beAboutTo(v int) []ref {
	sent := s.d.Sentences[s.d.SentenceOf(v)]
	if v-4 < sent.Start || s.lower[v-1] != "to" || s.lower[v-2] != "about" {
		return nil
	}
	switch strings.ToLower(s.words[v-3]) {
	case "is", "are", "was", "were", "be", "'s", "'re":
	default:
		return nil
	}
	j := v - 4
	for n := 0; n < v-3-sent.Start; n++ { // bounded: a malformed parse may cycle
		h := s.tok(j).Head
		if h < sent.Start || h >= v-3 {
			break
		}
		j = h
	}
	return s.actorsOf(j)
}

// strayLead returns the actor that opens the sentence of root verb v
// when the parse gave v no subject and left that actor hanging on v as a
// modifier ("Beirut again rejected ...", with "Beirut" read as an
// adverb): only adverbs may stand between it and the verb.
func (s *state) strayLead(v int) []ref {
	sent := s.d.Sentences[s.d.SentenceOf(v)]
	m := s.tokMent[sent.Start]
	if m < 0 || s.mentions[m].start != sent.Start || s.mentions[m].end > v {
		return nil
	}
	for j := sent.Start; j < s.mentions[m].end; j++ {
		if h := s.tok(j).Head; h != v && (h < sent.Start || h >= s.mentions[m].end) {
			return nil // part of another phrase
		}
	}
	for j := s.mentions[m].end; j < v; j++ {
		if u := s.tok(j).UPOS; u != "ADV" && u != "AUX" && u != "PART" {
			return nil
		}
	}
	return []ref{s.refOf(m)}
}

// toInfinitive reports whether v is a "to" infinitive with no "for"
// introducing a subject of its own.
func (s *state) toInfinitive(v int) bool {
	to := false
	for _, c := range s.children[v] {
		if s.tok(c).Rel == "mark" {
			switch s.lower[c] {
			case "to":
				to = true
			case "for":
				return false
			}
		}
	}
	return to
}

// nounEvent codes a nominal event n that no verb consumed.
func (s *state) nounEvent(n int) *found {
	e, _ := s.choose(n, s.nounEntries(n))
	if e == nil || e.Code == "" {
		return nil
	}
	f := &found{trig: n, extra: -1, code: e.Code, rule: s.ruleText(e), anchor: n}
	var direct bool
	f.sources, f.targets, direct = s.nounArgs(n)
	s.jointExercise(n, f)
	asked, reacted := s.askedBy[n]
	if reacted {
		// "vetoed an American request for cooperation against IS": the
		// request is made to the one named "to X"/"of X", else to the
		// one reacting; never to the common enemy of what it asks for.
		f.targets = nil
		for _, c := range s.childrenRel(n, "nmod") {
			if cs := s.caseOf(c); cs == "to" || cs == "of" {
				if t := s.actorsOf(c); len(t) > 0 {
					f.targets = t
					break
				}
			}
		}
		if len(f.targets) == 0 {
			f.targets = slices.Clone(asked)
			f.rule += "; asked: who reacted to it"
		}
		if len(f.sources) > 0 {
			f.targets = slices.DeleteFunc(f.targets, func(t ref) bool { return t.code == f.sources[0].code })
		}
		if !direct || len(f.sources) == 0 || len(f.targets) == 0 {
			return nil
		}
	}
	if len(f.sources) == 0 && len(f.targets) > 0 && strings.HasPrefix(f.code, "04") && s.caseOf(n) == "in" {
		// "brought this issue up in meetings with Americans", "raised its
		// worries ... in meetings with the Americans": whoever acts in a
		// meeting takes part in it, however far up the parse hung it
		v := s.tok(n).Head
		for k := 0; k < 6 && v >= 0 && !s.isVerb(v); k++ {
			v = s.tok(v).Head
		}
		if v >= 0 && s.isVerb(v) {
			if a := s.notSubject(s.subjects(v, 0), f.targets); len(a) > 0 && !ownSide(f.targets, a) {
				f.sources, direct = a, true
				f.rule += "; met by who acted in it"
			}
		}
	}
	announcedBy := false
	if len(f.sources) == 0 && len(f.targets) > 0 && (f.code[:2] == "15" || materialConflict(f.code)) {
		// "US officials signalled that surveillance flights over Syria
		// were imminent": the act one announces as coming is one's own
		if a := s.notSubject(s.announcer(n), f.targets); len(a) > 0 {
			f.sources, direct, announcedBy = a, true, true
			f.rule += "; announced as coming by its doer"
		}
	}
	if len(f.sources) == 0 && len(f.targets) > 0 && f.targets[0].start >= 0 && materialConflict(f.code) && slices.Contains(s.phrase(n), f.targets[0].start) {
		// "air strikes on Islamic State targets": what others take part in
		s.lastAct.code, s.lastAct.target = f.code, f.targets[0]
	}
	if len(f.sources) == 0 || !direct && len(f.targets) == 0 {
		return nil // "any such attack": no one named as doing it to anyone
	}
	// An event noun governing another: "willingness to cooperate", "its
	// demand that Israel ease restrictions".
	for _, x := range s.childrenRel(n, "acl", "xcomp", "nmod", "ccomp") {
		code, targets, trig, ok := s.innerEvent(x)
		if !ok {
			continue
		}
		if comb, ok := s.c.dict.Combine(f.code, code); ok {
			f.rule += " + " + s.lower[trig] + " " + code + " combined → " + comb
			f.code = comb
			if len(f.targets) == 0 {
				f.targets = targets
			}
			s.consumed[trig] = true
			break
		}
	}
	if len(f.targets) == 0 && demandLike(f.code) {
		for _, x := range s.childrenRel(n, "ccomp", "acl") {
			if t := s.subjects(x, 0); len(t) > 0 && s.firstChild(x, "nsubj") >= 0 {
				f.targets = t
				break
			}
		}
	}
	if len(f.targets) == 0 && materialConflict(f.code) && (hasDefinite(s, n) || s.sameDoer(f.sources, f.code)) {
		// "The air strikes, carried out by ...": the strikes told of
		// before, on the same target; so are "the first wave of strikes
		// by the United States" after the article told of US strikes
		if r, ok := s.lastTarget[f.code[:2]]; ok {
			r.via = "earlier event"
			f.targets = []ref{r}
		}
	}
	f.polarity = s.nounPolarity(n)
	if announcedBy && f.polarity == hearsay.Asserted {
		f.polarity = hearsay.Future
	}
	s.announced(f)
	if g := s.governor(n); g >= 0 {
		f.anchor = g
	}
	return f
}

// sameDoer reports whether the first of sources is of the country that
// did the last act of the same CAMEO root as code in the article.
func (s *state) sameDoer(sources []ref, code string) bool {
	if len(sources) == 0 || sources[0].country == "" {
		return false
	}
	r, ok := s.lastDoer[code[:2]]
	return ok && r.country == sources[0].country
}

// governor returns the verb whose subject lends itself to event noun n:
// a light verb taking n as object ("launched strikes"), a verb n is the
// subject of ("coordination has begun") or a light participle on n
// ("airstrikes launched by Washington").
func (s *state) governor(n int) int {
	x := n
	if h := s.tok(x).Head; h >= 0 && quantity[s.lower[h]] {
		x = h
	}
	h := s.tok(x).Head
	if h >= 0 && s.isVerb(h) {
		switch s.tok(x).Rel {
		case "obj", "nsubj:pass", "nsubj":
			if s.isLight(h) || s.tok(x).Rel == "nsubj" {
				return h
			}
		}
	}
	for _, c := range s.childrenRel(n, "acl") {
		if s.isLight(c) {
			return c
		}
	}
	// The parse lost the link: the nearest light verb before the noun, with
	// nothing but its object phrase between ("performed a series of focused
	// and intense raids").
	sent := s.d.Sentences[s.d.SentenceOf(n)]
	for i := n - 1; i >= sent.Start && i >= n-10; i-- {
		if s.isVerb(i) {
			if s.isLight(i) {
				return i
			}
			if s.rel(i) != "amod" {
				break
			}
		}
		if s.tok(i).UPOS == "PUNCT" || s.tok(i).UPOS == "AUX" {
			break
		}
	}
	return -1
}

// linearTarget finds, when the parse gave none, the actor named right
// after a target cue following the trigger: "raids targeting IS' sites",
// "strikes ... against Islamic State positions".
func (s *state) linearTarget(t int) []ref {
	sent := s.d.Sentences[s.d.SentenceOf(t)]
	for i := t + 1; i < sent.End && i <= t+12; i++ {
		if s.tok(i).UPOS == "PUNCT" && s.lower[i] != "'" && s.lower[i] != "’" && s.lower[i] != "(" && s.lower[i] != ")" {
			return nil
		}
		if s.lower[i] == "with" && i == t+1 && s.isNoun(t) && s.cooperative(t) {
			// "denies any cooperation with Damascus", with the phrase hung
			// on the verb: right after a cooperative noun, its partner
			for j := i + 1; j < sent.End && j <= i+4; j++ {
				if m := s.tokMent[j]; m >= 0 {
					if mm := s.mentions[m]; mm.m.Kind != actor.Agent || mm.country != "" {
						return []ref{s.refOf(m)}
					}
				}
			}
			return nil
		}
		switch s.lower[i] {
		case "against", "targeting", "target", "on", "at":
			if s.lower[i] == "against" && s.cooperative(t) {
				// the common enemy of a cooperative act is never its
				// partner: "cooperation against Islamic State militants"
				return nil
			}
			for j := i + 1; j < sent.End && j <= i+4; j++ {
				if m := s.tokMent[j]; m >= 0 {
					if mm := s.mentions[m]; mm.m.Kind != actor.Agent || mm.country != "" {
						return []ref{s.refOf(m)}
					}
				}
			}
			return nil
		}
	}
	return nil
}

// nounArgs returns the sources and targets of event noun n; direct says
// the source is named in the noun's own phrase or by a verb governing it,
// not found further up the tree.
// venue reports whether compound c of meeting noun n is a capital naming
// where it is held ("the Paris meeting", "the Vienna talks"), not the
// government taking part.
func (s *state) venue(n, c int) bool {
	m := s.tokMent[c]
	if m < 0 || !s.mentions[m].m.Metonym || s.mentions[m].end != c+1 {
		return false
	}
	es := s.nounEntries(n)
	return len(es) > 0 && strings.HasPrefix(es[0].Code, "04")
}

func (s *state) nounArgs(n int) (sources, targets []ref, direct bool) {
	if s.guard > 8 {
		return nil, nil, false
	}
	s.guard++
	defer func() { s.guard-- }()
	defer func() {
		// An actor is never its own target.
		if len(sources) > 0 {
			targets = slices.DeleteFunc(targets, func(t ref) bool { return t.start >= sources[0].start && t.end <= sources[0].end })
		}
	}()
	for _, c := range s.children[n] {
		r := s.tok(c).Rel
		switch {
		case r == "nmod:poss" || r == "amod" || r == "compound" || r == "det:poss":
			// "US air strikes", "Syria's raids"; a bare role word is the
			// kind of event ("military action"), not who did it
			if r == "compound" && s.venue(n, c) {
				continue // "the Paris meeting", "the Geneva talks": where, not who
			}
			if a := s.actorsOf(c); len(a) > 0 && len(sources) == 0 && (a[0].country != "" || a[0].kind != actor.Agent || r == "nmod:poss") {
				sources = a
			}
		case s.rel(c) == "nmod" || s.rel(c) == "obl":
			switch p := s.caseOf(c); p {
			case "by":
				if len(sources) == 0 {
					sources = s.actorsOf(c)
				}
			case "between":
				a := s.actorsOf(c)
				if len(a) >= 2 && len(sources) == 0 {
					sources, targets = a[:1], a[1:]
				}
			}
		}
	}
	if len(sources) == 0 {
		// "coordination has begun between X and Y": the pair hangs on the
		// verb the event noun is subject of
		if g := s.tok(n).Head; g >= 0 && (s.rel(n) == "nsubj") {
			for _, c := range s.childrenRel(g, "obl", "nmod") {
				if s.caseOf(c) == "between" {
					if a := s.actorsOf(c); len(a) >= 2 {
						sources, targets = a[:1], a[1:]
						break
					}
				}
			}
		}
	}
	if len(sources) > 0 && sources[0].via == "" {
		// "US and Syrian air strikes": a coordinated modifier the parse
		// did not hang on the noun
		sources = append(sources, s.leftConjuncts(sources[0].start)...)
	}
	var topic []ref
	if len(targets) == 0 {
		targets = s.targetsOf(n)
		if q := s.quantityOf(n); len(targets) == 0 && q != n {
			targets = s.targetsOf(q) // "a degree of contact with Tehran"
		}
		if len(targets) > 0 && s.transferNoun(n) && s.topicTarget(n, targets) {
			// "American intelligence on Islamic State was reaching
			// Damascus": the topic is the target only when no recipient is
			// named
			topic, targets = targets, nil
		}
	}
	defer func() {
		if len(targets) == 0 {
			targets = topic
		}
	}()
	if len(targets) == 0 {
		// "the invasion of South Lebanon", "a suspension of air links with
		// Serbia": an act of force's "of" phrase, or the partner of what
		// is suspended
		if es := s.nounEntries(n); len(es) > 0 && len(es[0].Code) >= 2 && (materialConflict(es[0].Code) || es[0].Code[:2] == "16") {
			for _, c := range s.childrenRel(n, "nmod") {
				if s.caseOf(c) != "of" {
					continue
				}
				if materialConflict(es[0].Code) {
					targets = s.actorsOf(c)
					if len(targets) == 0 {
						targets = s.placeRefs(c)
					}
				}
				if len(targets) == 0 {
					targets = s.targetsOf(c)
				}
				break
			}
		}
	}
	if len(targets) == 0 && s.rel(n) == "nsubj" && s.tok(n).Head >= 0 && s.modalPredicate(s.tok(n).Head) {
		// "cooperation was possible even with Saudi Arabia": the
		// predicate's obliques are the act's
		targets = s.targetsAt(n, s.tok(n).Head)
	}
	if len(targets) == 0 {
		// "raids targeting IS sites"
		for _, c := range s.childrenRel(n, "acl") {
			if _, t := s.verbArgs(c); len(t) > 0 {
				targets = t
				break
			}
		}
	}
	if len(targets) == 0 {
		targets = s.givenTo(n)
	}
	if len(targets) == 0 {
		if g := s.governor(n); g >= 0 {
			if s.rel(n) == "obj" && s.tok(n).Head == g && s.isLight(g) {
				// "would not be conducting joint military operations
				// with Iran": the light verb's obliques are the noun's,
				// ranked as the noun ranks them
				targets = s.targetsAt(n, g)
			}
			if len(targets) == 0 {
				_, targets = s.verbArgs(g)
			}
		}
	}
	if len(targets) == 0 {
		targets = s.linearTarget(n)
	}
	if len(sources) == 0 {
		// "the air strikes, carried out by the United States": a light
		// participle's agent
		for _, c := range s.childrenRel(n, "acl") {
			if s.isLight(c) {
				if a := s.subjects(c, 0); len(a) > 0 {
					sources = a
					break
				}
			}
		}
	}
	if len(sources) == 0 {
		if g := s.governor(n); g >= 0 {
			if (s.tok(n).Rel == "nsubj" || s.tok(n).Rel == "nsubj:pass") && s.tok(n).Head == g {
				// "coordination has begun between X and Y": no source from the verb
				if s.tok(n).Rel == "nsubj:pass" {
					for _, c := range s.childrenRel(g, "obl") {
						if s.caseOf(c) == "by" {
							sources = s.actorsOf(c)
						}
					}
				}
			} else {
				sources, _ = s.verbArgs(g)
				if len(targets) == 0 {
					_, targets = s.verbArgs(g)
				}
				if len(targets) == 0 && len(sources) > 1 && s.cooperative(n) {
					// "Hollande and Iraqi President Fuad Masum opened the
					// Paris meeting": the parties meet each other
					targets = sources[1:]
				}
			}
		}
	}
	if len(sources) > 0 {
		return sources, targets, true
	}
	if len(sources) == 0 {
		// "Washington says there is no cooperation with Iran": the speaker
		sources = s.existentialSpeaker(s.quantityOf(n))
	}
	if len(sources) == 0 {
		// Up through obliques and objects to a verb with a subject:
		// "in preparation for possible strikes against IS".
		x := n
		for steps := 0; steps < 3 && len(sources) == 0; steps++ {
			r := s.rel(x)
			h := s.tok(x).Head
			if h < 0 || (r != "obl" && r != "nmod" && r != "obj" && r != "xcomp") {
				break
			}
			if s.isVerb(h) {
				sources = s.subjects(h, 0)
				if len(targets) == 0 && s.joint(n) {
					if p := s.jointParties(h, sources); len(p) > 1 {
						// "the US and Syrian air campaigns amounted to a
						// common effort": the parties act with each other
						return p[:1], p[1:], false
					}
				}
				break
			}
			x = h
		}
	}
	return sources, targets, false
}

// sameActors reports whether targets t are the sources themselves: the
// same spans.
func sameActors(t, sources []ref) bool {
	if len(t) == 0 || len(sources) == 0 {
		return false
	}
	for _, r := range t {
		if !slices.ContainsFunc(sources, func(q ref) bool { return q.start == r.start && q.end == r.end }) {
			return false
		}
	}
	return true
}

// doSupport reports whether verb v carries a "do" auxiliary of its own
// ("but did not coordinate"): a finite verb phrase, not a bare conjunct.
func (s *state) doSupport(v int) bool {
	for _, c := range s.childrenRel(v, "aux") {
		if s.lower[c] == "do" || s.lower[c] == "did" || s.lower[c] == "does" {
			return true
		}
	}
	return false
}

// modalWords are predicates that say an act may happen ("cooperation
// was possible").
var modalWords = map[string]bool{"possible": true, "feasible": true, "conceivable": true}

// modalPredicate reports whether token h is a copular predicate saying
// its subject may happen ("cooperation was possible with Saudi Arabia").
func (s *state) modalPredicate(h int) bool {
	return modalWords[s.lower[h]] && s.firstChild(h, "cop") >= 0
}

// jointWords make an act one shared by its parties ("a common effort").
var jointWords = map[string]bool{"joint": true, "common": true, "concerted": true, "coordinated": true, "combined": true, "shared": true}

// joint reports whether event noun n is one its parties share: "a joint
// effort", "a common effort".
func (s *state) joint(n int) bool {
	for _, c := range s.childrenRel(n, "amod") {
		if jointWords[s.lower[c]] {
			return true
		}
	}
	return false
}

// peacekeepersMoved reports whether the ones verb v has arrive or deploys
// are peacekeepers: "NATO peacekeeping troops have arrived in Bosnia",
// "the first deployment of NATO peacekeeping troops has arrived",
// "deployed UN peacekeepers" (a visit or show of force by peacekeepers is
// peacekeeping, 074).
func (s *state) peacekeepersMoved(v int) bool {
	var within func(i, depth int) bool
	within = func(i, depth int) bool {
		if s.peacekeepers(i) {
			return true
		}
		if depth == 0 {
			return false
		}
		for _, c := range s.children[i] {
			switch s.rel(c) {
			case "nmod", "acl", "obj", "amod", "compound":
				// "a first batch of peacekeepers", "a patch of
				// Bangladeshi peacekeeping troops" with "peacekeeping"
				// parsed as a participle taking "troops"; never a
				// relative clause ("troops who fought peacekeepers")
				if within(c, depth-1) {
					return true
				}
			}
		}
		return false
	}
	for _, c := range s.childrenRel(v, "nsubj", "nsubj:pass", "obj") {
		if within(c, 2) {
			return true
		}
	}
	return false
}

// peacekeepers reports whether noun n names peacekeepers: "peacekeepers",
// "peacekeeping troops", "a peace-keeping force".
func (s *state) peacekeepers(n int) bool {
	is := func(i int) bool {
		return peacekeeperWords[s.lower[i]] || peacekeeperWords[strings.ToLower(s.words[i])]
	}
	if is(n) {
		return true
	}
	for _, c := range s.childrenRel(n, "amod", "compound") {
		if is(c) {
			return true
		}
	}
	return false
}

var peacekeeperWords = map[string]bool{"peacekeeper": true, "peacekeepers": true, "peace-keeper": true, "peace-keepers": true, "peacekeeping": true, "peace-keeping": true}

// exerciseNouns name military exercises: one country's show of force
// (15), but military cooperation (062) when held jointly.
var exerciseNouns = map[string]bool{"exercise": true, "drill": true, "manoeuvre": true, "maneuver": true, "game": true, "wargame": true}

// jointExercise recodes a military exercise held by the forces of two or
// more countries, or called joint, or held with a named party, as military
// cooperation (PLOVER: joint operations are COOPERATE, one country's
// exercises MOBILIZE): "French and Egyptian warships launched war games",
// "joint naval drills", "exercises with Russia". With no other party
// named, the countries hold it with each other.
func (s *state) jointExercise(n int, f *found) {
	if root(f.code) != "15" || !exerciseNouns[s.tok(n).Lemma] && !exerciseNouns[s.lower[n]] {
		return
	}
	var partners []ref
	for _, c := range s.childrenRel(n, "nmod") {
		if s.caseOf(c) == "with" {
			partners = append(partners, s.actorsOf(c)...)
		}
	}
	var countries []ref
	seen := map[string]bool{}
	for _, r := range f.sources {
		if r.country != "" && !seen[r.country] {
			seen[r.country] = true
			countries = append(countries, r)
		}
	}
	switch {
	case len(partners) > 0:
		if len(f.targets) == 0 {
			f.targets = partners
		}
	case len(countries) > 1:
		if len(f.targets) == 0 {
			f.sources, f.targets = countries[:1], countries[1:]
		}
	case s.joint(n):
	default:
		return
	}
	f.code = "062"
	f.rule += "; held jointly: military cooperation"
}

// jointParties returns, for verb h whose subject does a shared act, the
// parties of different countries: its subjects, or the doers of the acts
// its subject names ("the US and Syrian air campaigns amounted to a
// common effort"). With fewer than two countries it returns nil.
func (s *state) jointParties(h int, subjects []ref) []ref {
	parties := slices.Clone(subjects)
	if c := s.firstChild(h, "nsubj"); c >= 0 {
		for _, x := range append([]int{c}, s.childrenRel(c, "conj")...) {
			if !s.isEventNoun(x) {
				continue
			}
			if src, _, direct := s.nounArgs(x); direct {
				parties = append(parties, src...)
			}
		}
	}
	var out []ref
	seen := map[string]bool{}
	for _, r := range parties {
		if r.country != "" && !seen[r.country] {
			seen[r.country] = true
			out = append(out, r)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// transferNoun reports whether event noun n is something passed
// (intelligence sharing, 064).
func (s *state) transferNoun(n int) bool {
	es := s.nounEntries(n)
	return len(es) > 0 && strings.HasPrefix(es[0].Code, "064")
}

// givenNoun reports whether event noun n names something given: aid
// (root 07) or intelligence (064).
func (s *state) givenNoun(n int) bool {
	es := s.nounEntries(n)
	return len(es) > 0 && (strings.HasPrefix(es[0].Code, "07") || strings.HasPrefix(es[0].Code, "064"))
}

// givenTo returns, for a noun naming something given, the one named
// right after the "to" that follows it, however the parse hung the phrase
// ("military aid to war-torn Mozambique", with Mozambique made an
// apposition of the aid).
func (s *state) givenTo(n int) []ref {
	sent := s.d.Sentences[s.d.SentenceOf(n)]
	if !s.isNoun(n) || n+1 >= sent.End || s.lower[n+1] != "to" || !s.givenNoun(n) {
		return nil
	}
	for j := n + 2; j < sent.End && j <= n+5; j++ {
		if s.lower[j] == "," || s.isVerb(j) {
			return nil
		}
		if m := s.tokMent[j]; m >= 0 {
			if mm := s.mentions[m]; mm.m.Kind != actor.Agent || mm.country != "" {
				return []ref{s.refOf(m)}
			}
		}
	}
	return nil
}

// topicTarget reports whether targets were all found in a topic phrase of
// n ("intelligence on IS").
func (s *state) topicTarget(n int, targets []ref) bool {
	for _, c := range s.childrenRel(n, "nmod", "obl") {
		if !slices.Contains(topicPreps, s.caseOf(c)) {
			continue
		}
		for _, a := range s.actorsOf(c) {
			if a.start == targets[0].start && a.end == targets[0].end {
				return true
			}
		}
	}
	return false
}

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
	for steps := 0; steps < 3 && x >= 0; steps++ {
		if a := s.postposedSpeaker(x, n); len(a) > 0 {
			return a
		}
		g := s.tok(x).Head
		if g < 0 {
			break
		}
		if r := s.rel(x); (r == "ccomp" || r == "advcl" || r == "parataxis") && (speechVerbs[s.lower[g]] || s.lower[g] == "acknowledge" || s.lower[g] == "admit" || s.lower[g] == "suggest") {
			return s.subjects(g, 0)
		}
		if r := s.rel(x); r != "conj" {
			break
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
