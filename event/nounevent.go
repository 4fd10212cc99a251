package event

import (
	"slices"
	"strings"

	"hearsay"
	"hearsay/event/actor"
)

// Noun events: acts named by nouns ("air strikes against IS", "talks
// with Iran") and their arguments, joint acts and exercises, transfers.

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
			if demandLike(comb) && s.firstChild(x, "nsubj") >= 0 && s.allWithin(f.targets, x) {
				// "its demand that Israel ease restrictions on the
				// movement of Palestinian workers": a demand is made of
				// whoever it asks to act, not of those the act would reach
				if t := s.subjects(x, 0); len(t) > 0 {
					targets, f.targets = t, nil
				}
			}
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
		if q := s.plannedOf(n); len(targets) == 0 && q != n {
			// "a degree of contact with Tehran", "no plans for any
			// coordination with Assad's government"
			targets = s.targetsOf(q)
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
				if s.tok(n).Rel == "nsubj" && s.givenNoun(n) {
					// "Intelligence is reaching the Syrian government from
					// the United States": what is given comes from its giver
					sources = s.givenFrom(g)
				}
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
		// ("said there were no plans for any coordination with X")
		sources = s.existentialSpeaker(s.plannedOf(n))
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
			if r == "obj" && stopVerbs[s.lower[h]] {
				// "Israel failed to stop the attacks on Syria", "tried to
				// prevent raids": who stops an act is not who does it (its
				// own acts are named so: "agreed to end its attacks")
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

// stopVerbs are verbs of stopping or averting an act: their subject does
// not do the act that is their object.
var stopVerbs = map[string]bool{"stop": true, "prevent": true, "halt": true, "thwart": true, "foil": true, "avert": true,
	"block": true, "curb": true, "deter": true, "repel": true, "repulse": true, "forestall": true, "preempt": true, "pre-empt": true}

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

// givenFrom returns the actors named "from X" on verb g that something
// given is the subject of, also where the parse hung the phrase on g's
// object ("reaching the Syrian government from the United States").
func (s *state) givenFrom(g int) []ref {
	places := s.childrenRel(g, "obl")
	for _, o := range s.childrenRel(g, "obj") {
		places = append(places, s.childrenRel(o, "nmod")...)
	}
	for _, c := range places {
		if s.caseOf(c) == "from" {
			if a := s.actorsOf(c); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

// allWithin reports whether every one of refs (none counts) was named
// inside the phrase of token x.
func (s *state) allWithin(refs []ref, x int) bool {
	p := s.phrase(x)
	for _, r := range refs {
		if r.start < 0 || !slices.Contains(p, r.start) {
			return false
		}
	}
	return true
}
