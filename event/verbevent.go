package event

import (
	"slices"
	"strings"

	"hearsay"
	"hearsay/event/actor"
	"hearsay/event/verbs"
)

// Verb events: the act a verb codes, with its modifiers (governed acts,
// taking part, bargains, conditional threats, announcements).

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
	if outer == "130" {
		f.threatened = f.code
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

// plannedOf returns the plan noun event noun n is planned by ("no plans
// for any coordination with Assad's government": plans), else
// quantityOf(n).
func (s *state) plannedOf(n int) int {
	if h := s.tok(n).Head; h >= 0 && s.lower[h] == "plan" && s.rel(n) == "nmod" && s.caseOf(n) == "for" {
		return h
	}
	return s.quantityOf(n)
}
