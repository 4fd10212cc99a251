package event

import (
	"slices"
	"strings"

	"hearsay"
	"hearsay/event/actor"
)

// pairNouns head a phrase that can stand for two parties named before:
// "both governments", "the two capitals", "the two countries".
var pairNouns = map[string]bool{"government": true, "country": true, "capital": true, "nation": true}

// pairPhrase reports whether token i heads a plural phrase that stands for
// two parties named before it: "both governments", "the two capitals"
// (not "two governments", which are any two, nor "both Syrian
// governments").
func (s *state) pairPhrase(i int) bool {
	if !pairNouns[s.lower[i]] || !strings.HasSuffix(strings.ToLower(s.words[i]), "s") {
		return false
	}
	if m := s.tokMent[i]; m >= 0 && (s.mentions[m].m.Kind != actor.Agent || s.mentions[m].country != "" || s.mentions[m].start != i) {
		return false // "both Gulf governments": named
	}
	both, two, the := false, false, false
	for _, c := range s.children[i] {
		switch r := s.tok(c).Rel; {
		case s.lower[c] == "both" && (strings.HasPrefix(r, "det") || r == "advmod" || r == "cc:preconj"):
			both = true
		case s.lower[c] == "two" && r == "nummod":
			two = true
		case s.lower[c] == "the" && r == "det":
			the = true
		case r == "amod" || r == "compound" || r == "nmod:poss":
			return false // "both Arab governments", "the two Koreas' capitals"
		}
	}
	return both || two && the
}

// pairRefs resolves a phrase that stands for two parties named before
// ("both governments now face the same enemy", "the two capitals have had
// little choice but to coordinate") to those two, and a plural pronoun
// whose nearest antecedent in its sentence is such a phrase ("both
// governments ... insisting that they are not working together") to the
// same two. It returns nil when token i is neither.
func (s *state) pairRefs(i int) []ref {
	p := -1
	switch {
	case s.pairPhrase(i):
		p = i
	case s.lower[i] == "they" || s.lower[i] == "them" || s.lower[i] == "their":
		si := s.d.SentenceOf(i)
		for j := i - 1; j >= s.d.Sentences[si].Start; j-- {
			if s.pairPhrase(j) {
				p = j
				break
			}
			if m := s.tokMent[j]; m >= 0 && s.mentions[m].m.Kind != actor.Person && s.isSubject(s.mentions[m].head) {
				return nil // a subject named between: the pronoun's own antecedent
			}
		}
	}
	if p < 0 {
		return nil
	}
	a, b, ok := s.lastPair(p)
	if !ok {
		return nil
	}
	mk := func(c string) ref {
		return ref{code: c + "GOV", country: c, sector: "GOV", start: i, end: i + 1, via: "pair", kind: actor.Country}
	}
	return []ref{mk(a), mk(b)}
}

// lastPair finds the two countries a pair phrase at token p stands for:
// the last two different countries named as a pair before it ("cooperation
// between Washington and Tehran", "the United States and Iran"), else the
// last two different countries named before it in its sentence and the
// two before, places ("in Iraq") aside.
func (s *state) lastPair(p int) (string, string, bool) {
	for m := len(s.mentions) - 1; m >= 0; m-- {
		mm := s.mentions[m]
		if mm.end > p || mm.country == "" || s.region(mm.country) || s.rel(mm.head) != "conj" {
			continue
		}
		h := s.tok(mm.head).Head
		if h < 0 || s.tokMent[h] < 0 {
			continue
		}
		if o := s.mentions[s.tokMent[h]]; o.country != "" && !s.region(o.country) && o.country != mm.country && o.m.Kind != actor.Agent && mm.m.Kind != actor.Agent {
			return o.country, mm.country, true
		}
	}
	si := s.d.SentenceOf(p)
	lo := s.d.Sentences[max(si-2, 0)].Start
	var got []string
	for m := len(s.mentions) - 1; m >= 0 && len(got) < 2; m-- {
		mm := s.mentions[m]
		if mm.end > p || mm.country == "" || s.region(mm.country) {
			continue // "Sunni Arab governments": many parties
		}
		if mm.start < lo {
			break
		}
		if s.placeMention(m) {
			continue // a place, not a party
		}
		if len(got) == 0 || got[0] != mm.country {
			got = append(got, mm.country)
		}
	}
	if len(got) < 2 {
		return "", "", false
	}
	return got[1], got[0], true
}

// pairsEachOther makes the two parties of a pair phrase the doers of
// their act on each other when no one else is named its target ("the two
// capitals ... coordinate their steps", "both governments ... insisting
// that they are not working together"): a cooperative act's only target
// then is the pair itself, whatever fallback found a non-state actor.
func (s *state) pairsEachOther(fs []*found) {
	for _, f := range fs {
		if len(f.sources) != 2 || f.sources[0].via != "pair" || f.sources[1].via != "pair" {
			continue
		}
		if r := root(f.code); r < "03" || r > "08" {
			continue // "both governments ... insisting": each speaks for itself
		}
		if slices.ContainsFunc(f.targets, func(t ref) bool { return t.via == "" && (t.kind == actor.Country || stateSector(t.sector)) }) {
			continue // "the two countries agreed to cooperate with France"
		}
		f.targets = []ref{f.sources[1], f.sources[0]}
		f.rule += "; the pair act on each other"
	}
}

// placeMention reports whether mention m names a place where something
// happens ("the same enemy in Iraq", "flights over Syria"), not a party.
func (s *state) placeMention(m int) bool {
	c := s.caseOf(s.mentions[m].head)
	return homePreps[c] || c == "over"
}

// region reports whether code names a region or people ("ARB", "WST"),
// no one country.
func (s *state) region(code string) bool {
	rt, ok := s.c.actors.(interface{ Region(string) bool })
	return ok && rt.Region(code)
}

// reportNouns name what someone reported or alleged, which a denial
// answers.
var reportNouns = map[string]bool{"report": true, "claim": true, "allegation": true, "rumour": true, "rumor": true,
	"story": true, "account": true, "accusation": true, "charge": true, "suggestion": true, "speculation": true}

// selfDenied marks negated an act told in a report credited to no one
// that its own doer denies: "Iran's foreign ministry has rejected reports
// that Tehran offered to help the United States". The denier speaks for
// the act; a report denied by someone else ("Syria denied reports that
// Israel struck") or credited to someone ("denied an AFP report that
// Washington was passing information") keeps its claimant's word, which
// the claims stage sets against the denial.
func (s *state) selfDenied(fs []*found) {
	for _, f := range fs {
		if f.polarity != hearsay.Asserted || len(f.sources) == 0 {
			continue
		}
		x := f.trig
		for steps := 0; steps < 4; steps++ {
			h := s.tok(x).Head
			if h < 0 {
				break
			}
			r := s.tok(x).Rel
			if r == "acl" && reportNouns[s.lower[h]] && s.rel(h) == "obj" && !s.credited(h) {
				if d := s.tok(h).Head; d >= 0 && s.denial(d) && ownSide(s.subjects(d, 0), f.sources) {
					f.polarity = hearsay.Negated
					f.rule += "; its doer denies the report"
				}
				break
			}
			if r != "xcomp" && r != "conj" && r != "ccomp" {
				break
			}
			x = h
		}
	}
}

// denial reports whether verb v denies what its object says.
func (s *state) denial(v int) bool {
	if denialVerbs[s.lower[v]] {
		return true
	}
	p := s.particle(v)
	return p >= 0 && denialVerbs[s.lower[v]+"_"+s.lower[p]]
}

// credited reports whether report noun n names who made it ("an AFP
// report", "Reuters' report", "reports by Iranian media").
func (s *state) credited(n int) bool {
	for _, c := range s.children[n] {
		if r := s.tok(c).Rel; r == "nmod:poss" || r == "compound" || s.rel(c) == "nmod" && (s.caseOf(c) == "by" || s.caseOf(c) == "from" || s.caseOf(c) == "in") {
			return true
		}
	}
	return false
}

// sameRoleBefore finds, for agent mention m with no country, the last
// mention of the same role noun with a country in its sentence or the two
// before ("Senior Iranian officials ... one senior official said ... A
// second official said" are Iranian). Only a common noun repeated counts:
// "officials" after "Iranian officials", not after "Iranian troops".
func (s *state) sameRoleBefore(m int) (mention, bool) {
	mm := s.mentions[m]
	head := s.lower[mm.head]
	lo := s.d.Sentences[max(s.d.SentenceOf(mm.start)-2, 0)].Start
	if mm.start > 0 && s.lower[mm.start-1] == "the" && s.tok(mm.head).XPOS == "NN" {
		// "Syria's foreign minister said ... But the minister made
		// coordination with his government a precondition": a definite
		// singular role points back to the one named with it, however
		// far back in the article
		lo = 0
	}
	for k := m - 1; k >= 0; k-- {
		o := s.mentions[k]
		if o.start < lo {
			break
		}
		if o.end <= mm.start && o.country != "" && o.sector != "" && s.lower[o.head] == head && !s.region(o.country) {
			return o, true
		}
	}
	return mention{}, false
}
