package event

import (
	"strings"

	"hearsay/nlp"
)

// This file holds the parse repairs of rule 23 that read a clause by its
// words and tags where the parse made a function word a clause's head, or
// a content word a function word.

// bareInfinitiveOnObject returns the verb's object when token v is a bare
// infinitive (VB, or a VBN spelt like its lemma, which the tagger gives a
// bare infinitive after an object; with no "to" and no auxiliary) that the parse hung on
// that object as a clause of the noun (acl): an infinitive with no "to"
// cannot modify a noun, so the noun and v are a small clause under the
// verb ("letting the Syrian government know that ...", "made Iran
// reconsider"), the noun v's subject. It returns -1 otherwise.
func bareInfinitiveOnObject(toks []nlp.Token, sent nlp.Sentence, v int) int {
	t := &toks[v]
	if t.XPOS != "VB" && (t.XPOS != "VBN" || !strings.EqualFold(t.Form, t.Lemma)) || t.UPOS != "VERB" || baseRel(t.Rel) != "acl" {
		return -1
	}
	n := t.Head
	if n < sent.Start || n >= v || toks[n].Rel != "obj" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" && toks[n].UPOS != "PRON" {
		return -1
	}
	if g := toks[n].Head; g < sent.Start || g >= n || toks[g].UPOS != "VERB" {
		return -1
	}
	if hasChild(toks, sent, v, "mark") || hasChild(toks, sent, v, "aux") || hasSubject(toks, sent, v) {
		return -1
	}
	return n
}

// repairBareInfinitive mends the small clause at v (see
// bareInfinitiveOnObject) the way the coder reads it: the noun v's
// subject, v the verb's clausal complement.
func repairBareInfinitive(toks []nlp.Token, sent nlp.Sentence, v int) {
	n := bareInfinitiveOnObject(toks, sent, v)
	if n < 0 {
		return
	}
	g := toks[n].Head
	toks[v].Head, toks[v].Rel = g, "ccomp"
	toks[n].Head, toks[n].Rel = v, "nsubj"
}

// thatAsHead returns the predicate of the clause that token v opens when v
// is a "that" tagged as a subordinator that the parse made the head of the
// clause (ccomp, advcl, dep), with the clause's subject hung on it as an
// object ("signalled that surveillance flights over Syria were imminent",
// with "flights" the object of "that"): the predicate is the first word
// after the subject that has a copula or an auxiliary, or a finite verb,
// among the words hung under v. It returns -1 otherwise.
func thatAsHead(toks []nlp.Token, sent nlp.Sentence, v int) int {
	t := &toks[v]
	if t.UPOS != "SCONJ" || !strings.EqualFold(t.Form, "that") {
		return -1
	}
	switch baseRel(t.Rel) {
	case "ccomp", "advcl", "dep", "parataxis":
	default:
		return -1
	}
	n := thatSubject(toks, sent, v)
	if n < 0 {
		return -1
	}
	for p := n + 1; p < sent.End; p++ {
		if !under(toks, sent, p, v) {
			continue
		}
		if finiteTag(toks[p].XPOS) && toks[p].UPOS == "VERB" || hasChild(toks, sent, p, "cop") || hasChild(toks, sent, p, "aux") {
			return p
		}
	}
	return -1
}

// thatSubject returns the noun hung on the "that" at v as its object or
// subject, the first word after v, or -1.
func thatSubject(toks []nlp.Token, sent nlp.Sentence, v int) int {
	for i := v + 1; i < sent.End; i++ {
		if toks[i].Head != v {
			continue
		}
		if r := baseRel(toks[i].Rel); (r == "obj" || r == "nsubj") && (toks[i].UPOS == "NOUN" || toks[i].UPOS == "PROPN" || toks[i].UPOS == "PRON") {
			return i
		}
		return -1
	}
	return -1
}

// under reports whether token i is v or hangs, through any number of
// heads, on v.
func under(toks []nlp.Token, sent nlp.Sentence, i, v int) bool {
	for n := 0; i >= sent.Start && i < sent.End && n < sent.End-sent.Start; n++ {
		if i == v {
			return true
		}
		i = toks[i].Head
	}
	return false
}

// repairThatHead mends the clause at v (see thatAsHead): the predicate
// takes v's place, v is its mark and the noun its subject; a preposition
// between the noun and the predicate that the parse made a mark, with the
// noun after it a second subject, is that noun's case and the noun
// qualifies the subject ("flights over Syria").
func repairThatHead(toks []nlp.Token, sent nlp.Sentence, v int) {
	p := thatAsHead(toks, sent, v)
	if p < 0 {
		return
	}
	n := thatSubject(toks, sent, v)
	toks[p].Head, toks[p].Rel = toks[v].Head, toks[v].Rel
	for i := sent.Start; i < sent.End; i++ {
		if toks[i].Head == v && i != p {
			toks[i].Head = p
		}
	}
	toks[v].Head, toks[v].Rel = p, "mark"
	toks[n].Head, toks[n].Rel = p, "nsubj"
	for k := n + 1; k < p; k++ {
		if toks[k].Head != p || toks[k].UPOS != "ADP" || baseRel(toks[k].Rel) != "mark" {
			continue
		}
		for j := k + 1; j < p; j++ {
			if toks[j].Head == p && baseRel(toks[j].Rel) == "nsubj" {
				toks[k].Head, toks[k].Rel = j, "case"
				toks[j].Head, toks[j].Rel = n, "nmod"
				break
			}
		}
	}
}

// subordinators holds the words English uses as prepositions and
// subordinating conjunctions: a word tagged as one that is not among them
// is a content word the tagger read wrong.
var subordinators = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`aboard about above according across after against ahead albeit along alongside amid amidst
		among amongst around as aside astride at atop because before behind below beneath beside besides between beyond but by
		concerning considering despite down due during except excluding following for from given if in including inside instead
		into lest like minus near nearer nearest next notwithstanding now of off on once onto opposite out outside over past per
		plus prior pursuant regarding regardless round save since so than that though through throughout thru till to toward
		towards under underneath unless unlike until unto up upon versus via vs whereas whether while whilst with within without
		worth when where whenever wherever why how what which who whom whose although because cos rather whereby thus hence yet
		'til ago apart away back forth together`) {
		subordinators[w] = true
	}
}

// verbAsMark reports whether token v is a present-tense verb ending in -s
// that the tagger took for a subordinator and the parse made the mark of
// the -ing form right after it ("as Washington weighs extending its air
// campaign", "weighs" an SCONJ): the word is no subordinator of English.
func verbAsMark(toks []nlp.Token, sent nlp.Sentence, v int) bool {
	t := &toks[v]
	f := strings.ToLower(t.Form)
	if t.UPOS != "SCONJ" && t.UPOS != "ADP" || subordinators[f] || len(f) < 4 || !strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ss") || strings.HasSuffix(f, "us") {
		return false
	}
	if t.Rel != "mark" || t.Head != v+1 || v+1 >= sent.End || toks[v+1].XPOS != "VBG" {
		return false
	}
	for _, r := range f {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// repairVerbAsMark mends the verb at v (see verbAsMark): it is a verb
// taking the -ing form as its complement (xcomp) in that verb's place,
// and a noun right before it that the parse hung under a conjunction read
// as a preposition ("as Washington") is its subject, the conjunction its
// mark.
func repairVerbAsMark(toks []nlp.Token, sent nlp.Sentence, v int) {
	if !verbAsMark(toks, sent, v) {
		return
	}
	g := v + 1
	t := &toks[v]
	t.UPOS, t.XPOS, t.Lemma = "VERB", "VBZ", verbLemmaOfS(strings.ToLower(t.Form))
	t.Head, t.Rel = toks[g].Head, toks[g].Rel
	toks[g].Head, toks[g].Rel = v, "xcomp"
	for i := sent.Start; i < sent.End; i++ {
		if toks[i].Head == g && i < v {
			toks[i].Head = v
		}
	}
	if n := v - 1; n > sent.Start && (toks[n].UPOS == "NOUN" || toks[n].UPOS == "PROPN") && toks[n].Head != v && !hasSubject(toks, sent, v) {
		for i := sent.Start; i < n; i++ {
			if toks[i].Head == n && toks[i].Rel == "case" && clauseOpeners[strings.ToLower(toks[i].Form)] {
				toks[i].Head, toks[i].Rel = v, "mark"
				toks[n].Head, toks[n].Rel = v, "nsubj"
				break
			}
		}
	}
}

// verbLemmaOfS returns the lemma of a verb's -s form.
func verbLemmaOfS(f string) string {
	switch {
	case strings.HasSuffix(f, "ies") && len(f) > 4:
		return f[:len(f)-3] + "y"
	case strings.HasSuffix(f, "ches"), strings.HasSuffix(f, "shes"), strings.HasSuffix(f, "sses"), strings.HasSuffix(f, "xes"), strings.HasSuffix(f, "zes"):
		return f[:len(f)-2]
	}
	return f[:len(f)-1]
}

// nounAsCase returns the noun right after token v when v is a word the
// tagger took for a preposition that is none ("Human rights watchdog
// Amnesty International accused", "watchdog" an ADP), which the parse made
// the case of that noun and hung the noun on the noun right before v: the
// three are one name, headed by the last. It returns -1 otherwise.
func nounAsCase(toks []nlp.Token, sent nlp.Sentence, v int) int {
	t := &toks[v]
	f := strings.ToLower(t.Form)
	if t.UPOS != "ADP" || t.Rel != "case" || subordinators[f] || len(f) < 4 {
		return -1
	}
	for _, r := range f {
		if r < 'a' || r > 'z' {
			return -1
		}
	}
	n, m := t.Head, v-1
	if n != v+1 || m <= sent.Start-1 || toks[n].UPOS != "PROPN" || toks[m].UPOS != "NOUN" || toks[n].Head != m || baseRel(toks[n].Rel) != "nmod" {
		return -1
	}
	return n
}

// repairNounAsCase mends the name at v (see nounAsCase): the noun after v
// takes the place of the noun before it, which with v is its compound.
func repairNounAsCase(toks []nlp.Token, sent nlp.Sentence, v int) {
	n := nounAsCase(toks, sent, v)
	if n < 0 {
		return
	}
	m := v - 1
	toks[n].Head, toks[n].Rel = toks[m].Head, toks[m].Rel
	for i := sent.Start; i < sent.End; i++ {
		if toks[i].Head == m && i > n {
			toks[i].Head = n
		}
	}
	toks[m].Head, toks[m].Rel = n, "compound"
	toks[v].Head, toks[v].Rel, toks[v].UPOS, toks[v].XPOS = n, "compound", "NOUN", "NN"
}

// repairThatClauseOnNoun hangs a "that" clause on the noun before it that
// takes one (see thatClauseOnNoun).
func repairThatClauseOnNoun(toks []nlp.Token, sent nlp.Sentence, v int) {
	if n := thatClauseOnNoun(toks, sent, v); n >= 0 {
		toks[v].Head, toks[v].Rel = n, "acl"
	}
}

// repairInfinitiveOnNoun hangs a to-infinitive on the noun before it that
// takes one (see infinitiveOnNoun).
func repairInfinitiveOnNoun(toks []nlp.Token, sent nlp.Sentence, v int) {
	if n := infinitiveOnNoun(toks, sent, v); n >= 0 {
		toks[v].Head, toks[v].Rel = n, "acl"
	}
}

// infinitiveNouns holds nouns that take a to-infinitive of their own ("an
// invitation to attend", "a plan to strike").
var infinitiveNouns = map[string]bool{"request": true, "call": true, "proposal": true, "attempt": true, "bid": true,
	"order": true, "demand": true, "appeal": true, "agreement": true, "refusal": true, "permission": true}

// infinitiveOnNoun returns the verb's object when token v is a
// to-infinitive with no subject that the parse hung on the verb as an
// adverbial clause right after that object, a noun that takes an
// infinitive of its own ("rejected an invitation to attend a meeting",
// "attend" an advcl of "rejected"): the infinitive says what was offered
// or asked, and is the noun's (acl). It returns -1 otherwise.
func infinitiveOnNoun(toks []nlp.Token, sent nlp.Sentence, v int) int {
	t := &toks[v]
	if t.XPOS != "VB" || baseRel(t.Rel) != "advcl" || hasSubject(toks, sent, v) || v-1 <= sent.Start {
		return -1
	}
	to := v - 1
	if !strings.EqualFold(toks[to].Form, "to") || toks[to].Head != v {
		return -1
	}
	g := t.Head
	if g < sent.Start || g >= v {
		return -1
	}
	for n := to - 1; n > g; n-- {
		if toks[n].Head == g && baseRel(toks[n].Rel) == "obj" {
			l := strings.ToLower(toks[n].Lemma)
			if toks[n].UPOS != "NOUN" || !infinitiveNouns[l] && !intentNouns[l] && !inviteNouns[l] {
				return -1
			}
			for i := n + 1; i < to; i++ {
				if !under(toks, sent, i, n) || toks[i].UPOS == "PUNCT" {
					return -1
				}
			}
			return n
		}
	}
	return -1
}

// contentNouns holds nouns that take a "that" clause of their own, saying
// what was suggested, reported or asked ("any suggestion that the
// campaigns amounted to a common effort", "its demand that Israel ease
// restrictions").
var contentNouns = map[string]bool{"suggestion": true, "report": true, "claim": true, "demand": true, "call": true,
	"request": true, "proposal": true, "assurance": true, "warning": true, "allegation": true, "accusation": true,
	"charge": true, "idea": true, "notion": true, "rumour": true, "rumor": true, "statement": true, "promise": true,
	"pledge": true, "threat": true, "insistence": true, "assertion": true, "speculation": true, "message": true}

// thatClauseOnNoun returns the verb's object when token v is a finite
// clause marked "that" that the parse hung on the verb as an adverbial
// clause right after that object, a noun that takes a "that" clause of
// its own (a time word of the verb may come between: "reiterated its
// demand today that Israel ease restrictions"): "that" opens no adverbial
// clause, so the clause is the noun's (acl). It returns -1 otherwise.
func thatClauseOnNoun(toks []nlp.Token, sent nlp.Sentence, v int) int {
	t := &toks[v]
	if baseRel(t.Rel) != "advcl" || !hasSubject(toks, sent, v) {
		return -1
	}
	mark := -1
	for i := sent.Start; i < v; i++ {
		if toks[i].Head == v && toks[i].Rel == "mark" {
			mark = i
			break
		}
	}
	if mark < 0 || !strings.EqualFold(toks[mark].Form, "that") {
		return -1
	}
	g := t.Head
	if g < sent.Start || g >= mark || toks[g].UPOS != "VERB" {
		return -1
	}
	for n := mark - 1; n > g; n-- {
		if toks[n].Head == g && (toks[n].Rel == "obl:unmarked" || toks[n].Rel == "obl:tmod") {
			continue
		}
		if toks[n].Head == g && baseRel(toks[n].Rel) == "obj" {
			if toks[n].UPOS != "NOUN" || !contentNouns[strings.ToLower(toks[n].Lemma)] {
				return -1
			}
			return n
		}
		if !under(toks, sent, n, g) || toks[n].UPOS == "PUNCT" {
			return -1
		}
	}
	return -1
}

// pluralAsVerb returns the "that" clause when token v is the plural of a
// noun that takes one (reports, claims, demands ...), right after a verb
// with no object and right before a "that" clause the parse made that
// verb's complement, that the tagger read as a verb and the parse hung on
// the verb as an adverb ("has rejected reports that Tehran offered to
// help", "reports" a VERB advmod): the noun is the verb's object and the
// clause the noun's. It returns -1 otherwise.
func pluralAsVerb(toks []nlp.Token, sent nlp.Sentence, v int) int {
	t := &toks[v]
	f := strings.ToLower(t.Form)
	if t.UPOS != "VERB" || t.Rel != "advmod" || !strings.HasSuffix(f, "s") || !contentNouns[f[:len(f)-1]] {
		return -1
	}
	g := t.Head
	if g != v-1 || toks[g].UPOS != "VERB" || hasChild(toks, sent, g, "obj") || v+1 >= sent.End || !strings.EqualFold(toks[v+1].Form, "that") {
		return -1
	}
	c := toks[v+1].Head
	if c <= v+1 || c >= sent.End || toks[c].Head != g || baseRel(toks[c].Rel) != "ccomp" || toks[v+1].Rel != "mark" {
		return -1
	}
	return c
}

// repairPluralAsVerb mends the noun at v (see pluralAsVerb).
func repairPluralAsVerb(toks []nlp.Token, sent nlp.Sentence, v int) {
	c := pluralAsVerb(toks, sent, v)
	if c < 0 {
		return
	}
	t := &toks[v]
	t.UPOS, t.XPOS, t.Lemma, t.Rel = "NOUN", "NNS", strings.ToLower(t.Form[:len(t.Form)-1]), "obj"
	toks[c].Head, toks[c].Rel = v, "acl"
}
