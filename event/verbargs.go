package event

import (
	"slices"
	"strings"
)

// The arguments of a verb event: its sources and targets from the parse,
// with the fallbacks for passives, pressures, invitations and stranded
// prepositions.

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
