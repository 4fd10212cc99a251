package event

import (
	"strings"

	"hearsay/nlp"
)

// This file holds parse repairs that read a relation against the kind of
// word it joins (rule 23 of the README): a relation the parse gave a word
// that cannot bear it says how the clause reads, whichever model parsed it.

// possessorOnModifier returns the head of the phrase when token v is a
// possessor that the parse hung on a compound modifier of a noun after it
// ("Washington's coalition-building", "Washington" on "coalition"): a
// possessor belongs to the whole phrase, so to its head. It returns -1
// otherwise.
func possessorOnModifier(toks []nlp.Token, sent nlp.Sentence, v int) int {
	if toks[v].Rel != "nmod:poss" || toks[v].UPOS == "PRON" {
		// a pronoun is left where the parse hung it: "its arms depots"
		// names the depots whoever "its" stands for
		return -1
	}
	h := toks[v].Head
	if h <= v || h >= sent.End || toks[h].Rel != "compound" {
		return -1
	}
	for h >= sent.Start && h < sent.End && toks[h].Rel == "compound" && toks[h].Head > h {
		h = toks[h].Head
	}
	if h < sent.Start || h >= sent.End || h == toks[v].Head {
		return -1
	}
	return h
}

// auxiliaryAsVerb returns the participle when token v is a form of "have"
// that the parse made a main verb with no object, and the past participle
// right after it (adverbs may come between) a clause of it (parataxis,
// ccomp, dep, conj or xcomp) with no subject or auxiliary of its own
// ("Bangladesh has once again outright rejected an Indian proposal", with
// "has" the root): "have" before a participle is its perfect auxiliary.
// It returns -1 otherwise.
func auxiliaryAsVerb(toks []nlp.Token, sent nlp.Sentence, v int) int {
	t := &toks[v]
	if t.UPOS != "VERB" || t.Lemma != "have" || !finiteTag(t.XPOS) || hasChild(toks, sent, v, "obj") {
		return -1
	}
	p := v + 1
	for p < sent.End && toks[p].UPOS == "ADV" {
		p++
	}
	if p >= sent.End || toks[p].XPOS != "VBN" || toks[p].Head != v {
		return -1
	}
	switch baseRel(toks[p].Rel) {
	case "parataxis", "ccomp", "dep", "conj", "xcomp":
	default:
		return -1
	}
	if hasSubject(toks, sent, p) || hasChild(toks, sent, p, "aux") {
		return -1
	}
	return p
}

// repairAuxiliaryAsVerb mends the "have" at v (see auxiliaryAsVerb): the
// participle takes its place in the tree and what hung on it, and it is
// the participle's auxiliary.
func repairAuxiliaryAsVerb(toks []nlp.Token, sent nlp.Sentence, v int) {
	p := auxiliaryAsVerb(toks, sent, v)
	if p < 0 {
		return
	}
	toks[p].Head, toks[p].Rel = toks[v].Head, toks[v].Rel
	for i := sent.Start; i < sent.End; i++ {
		if toks[i].Head == v && i != p {
			toks[i].Head = p
		}
	}
	toks[v].Head, toks[v].Rel, toks[v].UPOS = p, "aux", "AUX"
}

// adjectiveAsClause reports whether token v is an adjective with no
// subject or copula of its own that the parse hung on a noun before it as
// a clause (acl): "militants loyal to Iraq's Al-Qaeda frontman" is the
// adjective modifying the noun (amod), as UD has it.
func adjectiveAsClause(toks []nlp.Token, sent nlp.Sentence, v int) bool {
	t := &toks[v]
	if t.UPOS != "ADJ" || t.Rel != "acl" || t.Head < sent.Start || t.Head >= v {
		return false
	}
	if u := toks[t.Head].UPOS; u != "NOUN" && u != "PROPN" {
		return false
	}
	return !hasSubject(toks, sent, v) && !hasChild(toks, sent, v, "cop") && !hasChild(toks, sent, v, "mark")
}

// apposOnVerb reports whether token v is a noun that the parse made an
// apposition of a verb before it with no object ("attempted to
// assassinate outgoing Prime Minister Iyad Allawi", "Iyad" an appos of
// "outgoing"): an apposition renames a noun, and a name right after a
// verb with no object is that verb's object.
func apposOnVerb(toks []nlp.Token, sent nlp.Sentence, v int) bool {
	t := &toks[v]
	if t.Rel != "appos" || t.UPOS != "PROPN" && t.UPOS != "NOUN" {
		return false
	}
	h := t.Head
	if h < sent.Start || h >= v || toks[h].UPOS != "VERB" || hasChild(toks, sent, h, "obj") || hasChild(toks, sent, h, "ccomp") {
		return false
	}
	for i := h + 1; i < v; i++ {
		if toks[i].UPOS == "PUNCT" || toks[i].UPOS == "ADP" {
			return false
		}
	}
	return true
}

// clauselessPrepositions holds prepositions that never open a finite
// clause.
var clauselessPrepositions = map[string]bool{"with": true, "of": true, "from": true, "by": true, "at": true, "into": true,
	"against": true, "toward": true, "towards": true, "among": true, "between": true}

// prepositionAsMark returns the preposition when token v heads a finite
// clause (a modal or a finite auxiliary, copula or verb) that the parse
// marked with a preposition that never opens one, the noun right after it
// made v's subject, with v the complement of the verb right before the
// preposition, itself the clause of the object of a verb before it ("said
// the six powers negotiating with Tehran should be more flexible", with
// "powers" the object of "said", "with" the mark and "Tehran" the subject
// of "flexible"): the noun is the preposition's object on the verb before
// it, and the clause, with the object for its subject, is the outer
// verb's complement. It returns -1 otherwise.
func prepositionAsMark(toks []nlp.Token, sent nlp.Sentence, v int) int {
	m := -1
	finite := finiteTag(toks[v].XPOS)
	for i := sent.Start; i < v; i++ {
		if toks[i].Head != v {
			continue
		}
		switch baseRel(toks[i].Rel) {
		case "mark":
			m = i
		case "aux", "cop":
			finite = finite || finiteTag(toks[i].XPOS)
		}
	}
	if m < 0 || !finite || !clauselessPrepositions[strings.ToLower(toks[m].Form)] || m+1 >= v || m-1 < sent.Start {
		return -1
	}
	n, p := m+1, m-1
	if toks[n].Head != v || baseRel(toks[n].Rel) != "nsubj" || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
		return -1
	}
	if toks[v].Head != p || toks[p].UPOS != "VERB" || toks[p].XPOS != "VBG" && toks[p].XPOS != "VBN" || baseRel(toks[p].Rel) != "acl" {
		return -1
	}
	o := toks[p].Head
	if o < sent.Start || o >= p || toks[o].Rel != "obj" || toks[o].Head < sent.Start || toks[o].Head >= o || toks[toks[o].Head].UPOS != "VERB" {
		return -1
	}
	return m
}

// repairPrepositionAsMark mends the clause at v (see prepositionAsMark).
func repairPrepositionAsMark(toks []nlp.Token, sent nlp.Sentence, v int) {
	m := prepositionAsMark(toks, sent, v)
	if m < 0 {
		return
	}
	n, p := m+1, m-1
	o := toks[p].Head
	toks[m].Head, toks[m].Rel = n, "case"
	toks[n].Head, toks[n].Rel = p, "obl"
	toks[v].Head, toks[v].Rel = toks[o].Head, "ccomp"
	toks[o].Head, toks[o].Rel = v, "nsubj"
}

// repairPossessorOnModifier hangs a possessor the parse hung on a
// compound modifier on the head of the phrase (see possessorOnModifier).
func repairPossessorOnModifier(toks []nlp.Token, sent nlp.Sentence, v int) {
	if h := possessorOnModifier(toks, sent, v); h >= 0 {
		toks[v].Head = h
	}
}

// repairAdjectiveAsClause makes an adjective the parse read as a clause
// the noun's modifier (see adjectiveAsClause).
func repairAdjectiveAsClause(toks []nlp.Token, sent nlp.Sentence, v int) {
	if adjectiveAsClause(toks, sent, v) {
		toks[v].Rel = "amod"
	}
}

// repairApposOnVerb makes a name the parse read as an apposition of a
// verb with no object that verb's object (see apposOnVerb).
func repairApposOnVerb(toks []nlp.Token, sent nlp.Sentence, v int) {
	if apposOnVerb(toks, sent, v) {
		toks[v].Rel = "obj"
	}
}
