package event

import (
	"slices"
	"strings"

	"hearsay/event/actor"
)

// Subjects: who does a verb, through control, coordination, relative
// clauses, counted and stray subjects.

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

// subjects returns the actors doing verb v, following control, coordination
// and relative clauses when v has no subject of its own.
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
	if a := s.aimHolder(v, depth); len(a) > 0 {
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
		if o := s.controller(h); o >= 0 && o < v {
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
	case "parataxis":
		if !s.isVerb(h) {
			// the same with "urged" parataxis of a word of the
			// apposition ("foreign" made the root)
			if a := s.apposedLead(v); len(a) > 0 {
				return append(a, s.partners(v)...)
			}
		}
	case "conj", "advcl":
		if s.reportAfter(v, h) {
			return nil
		}
		if !s.isVerb(h) {
			// "Russia, Assad's most important foreign ally, separately
			// urged ...", parsed with "urged" a conjunct inside the
			// apposition: the name the apposition follows
			if a := s.apposedLead(v); len(a) > 0 {
				return append(a, s.partners(v)...)
			}
		}
		if o := s.controller(h); o >= 0 && o < v && s.tok(v).Rel == "advcl" && s.toInfinitive(v) && objectControl[s.lower[h]] {
			// "warn Damascus not to threaten American aircraft", the
			// infinitive hung as an adverbial clause: the one warned
			if a := s.actorsOf(o); len(a) > 0 {
				return a
			}
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
			if len(a) == 0 && s.tok(v).Rel == "conj" && (s.rel(h) == "ccomp" || s.rel(h) == "acl") && s.doSupport(v) {
				// "told the Syrian government that air strikes were
				// coming, but did not coordinate the operation with
				// Damascus": a finite conjunct of its own the parse hung
				// on the reported clause, whose subject names no one,
				// goes with the teller; also where the parse made the
				// reported clause a relative one on a noun of the
				// teller's phrase ("told Syria ahead of time that ...", "that" read
				// as a relative pronoun)
				g := s.tok(h).Head
				for steps := 0; steps < 3 && s.rel(h) == "acl" && g >= 0 && !s.isVerb(g); steps++ {
					if r := s.rel(g); r != "obl" && r != "nmod" && r != "obj" && r != "advmod" {
						break
					}
					g = s.tok(g).Head
				}
				if g >= 0 && s.isVerb(g) {
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

// apposedLead returns the name that opens v's sentence when a comma-closed
// apposition follows it and then v, a finite verb with no subject of its
// own, with nothing but adverbs between the closing comma and v ("Russia,
// Assad's most important foreign ally, separately urged"). The apposition
// holds no verb and no comma.
func (s *state) apposedLead(v int) []ref {
	if x := s.tok(v).XPOS; (x != "VBD" && x != "VBZ") || s.firstChild(v, "nsubj", "nsubj:pass") >= 0 {
		return nil
	}
	sent := s.d.Sentences[s.d.SentenceOf(v)]
	m := s.tokMent[sent.Start]
	if m < 0 || s.mentions[m].start != sent.Start {
		return nil
	}
	open := s.mentions[m].end
	if open >= v || s.words[open] != "," {
		return nil
	}
	k := v - 1
	for k > open && s.tok(k).UPOS == "ADV" && s.words[k] != "," {
		k--
	}
	if k <= open+1 || s.words[k] != "," {
		return nil
	}
	for j := open + 1; j < k; j++ {
		if u := s.tok(j).UPOS; u == "VERB" || u == "AUX" || u == "PUNCT" || u == "SCONJ" {
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

// aimHolder returns whose aim a to-infinitive predicate v states ("the
// aim was to warn Damascus", "its goal is to isolate Tehran"): its
// subject's possessor, else the one who says so, when v is the
// complement of a verb of saying ("the aim, he said, was to warn
// Damascus", which the parse may hang on "said" with no subject) or has
// the verb of saying as parataxis, of itself or of its subject noun. The
// subject noun is no doer.
func (s *state) aimHolder(v, depth int) []ref {
	if !s.toInfinitive(v) || s.firstChild(v, "cop") < 0 {
		return nil
	}
	for _, c := range s.childrenRel(v, "nsubj", "nsubj:outer") {
		if s.tokMent[c] >= 0 {
			return nil // the subject names an actor itself
		}
		for _, p := range s.childrenRel(c, "nmod:poss", "det:poss") {
			if a := s.actorsOf(p); len(a) > 0 {
				return a
			}
		}
	}
	if h := s.tok(v).Head; h >= 0 && s.rel(v) == "ccomp" && speechVerbs[s.lower[h]] {
		return s.subjects(h, depth+1)
	}
	// "The aim, he said, was to warn Damascus" with the infinitive the
	// head and "said" parataxis of it or of its subject noun
	for _, c := range append([]int{v}, s.childrenRel(v, "nsubj")...) {
		for _, p := range s.childrenRel(c, "parataxis") {
			if speechVerbs[s.lower[p]] {
				return s.subjects(p, depth+1)
			}
		}
	}
	return nil
}

// objectControl are the verbs of warning whose object does the
// to-infinitive hung as an adverbial clause ("warned Damascus not to
// threaten"). Appeals ("urged Bree on Monday to help") are left to the
// xcomp reading: what is asked for is no event of its own.
var objectControl = map[string]bool{"warn": true, "caution": true}

// controller returns the object of verb h that does its infinitive: the
// direct object, else an indirect one when the parse gave h no direct
// object ("warn Damascus not to threaten", Damascus taken for an
// indirect object; not "gave Iran word of its plan to bomb").
func (s *state) controller(h int) int {
	if o := s.firstChild(h, "obj"); o >= 0 {
		return o
	}
	return s.firstChild(h, "iobj")
}
