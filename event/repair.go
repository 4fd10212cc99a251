package event

import (
	"slices"
	"strings"

	"hearsay/nlp"
)

// repairParse returns d, or a copy of d whose tree is mended where a
// parser's attachment is known to be unreliable and the words and tags
// alone say how the clause reads (rule 23 of the README). The copy shares
// the text and sentences with d and holds its own tokens; d itself is
// never changed, since later stages read the parse as it came.
//
// Each repair rebuilds the shape that the coder's rules read, so that one
// sentence codes the same events whichever way a parser model attached it.
func repairParse(d *nlp.Doc) *nlp.Doc {
	c := *d
	c.Tokens = slices.Clone(d.Tokens)
	for _, sent := range d.Sentences {
		for v := sent.Start; v < sent.End && v < len(c.Tokens); v++ {
			for _, r := range repairs {
				r(c.Tokens, sent, v)
			}
		}
	}
	return &c
}

// repairs are the parse repairs, each mending toks at token v when its
// shape is there and doing nothing otherwise, in the order they are tried
// at each token.
var repairs = []func(toks []nlp.Token, sent nlp.Sentence, v int){
	repairPossessorOnModifier,
	repairAuxiliaryAsVerb,
	repairAdjectiveAsClause,
	repairApposOnVerb,
	repairPrepositionAsMark,
	repairVerbAsMark,
	repairNounAsCase,
	repairThatHead,
	repairBareInfinitive,
	repairPluralAsVerb,
	repairThatClauseOnNoun,
	repairInfinitiveOnNoun,
	repairBareParticiple,
	repairInvertedReport,
	repairOpeningAppos,
	repairFrontedReport,
	repairSubjectOverColon,
	repairConjunctionSubject,
	repairObjectAsSubject,
	repairPurposeOnPhrase,
}

// repairConjunctionSubject makes the noun after a conjunction read as a
// preposition the subject of v, and the "preposition" v's mark (see
// conjunctionSubject).
func repairConjunctionSubject(toks []nlp.Token, sent nlp.Sentence, v int) {
	n := conjunctionSubject(toks, sent, v)
	if n < 0 {
		return
	}
	for i := sent.Start; i < n; i++ {
		if toks[i].Head == n && toks[i].Rel == "case" {
			toks[i].Head, toks[i].Rel = v, "mark"
		}
	}
	toks[n].Head, toks[n].Rel = v, "nsubj"
}

// repairObjectAsSubject makes the noun the parse took as the subject of a
// bare clause under v the object of v, and the clause an adverbial one
// (see objectAsSubject).
func repairObjectAsSubject(toks []nlp.Token, sent nlp.Sentence, v int) {
	x := objectAsSubject(toks, sent, v)
	if x < 0 {
		return
	}
	n := subjectOf(toks, sent, x)
	toks[n].Head, toks[n].Rel = v, "obj"
	toks[x].Rel = "advcl"
}

// repairPurposeOnPhrase hangs a purpose infinitive on the verb whose
// phrase the parse hung it in (see purposeOnPhrase).
func repairPurposeOnPhrase(toks []nlp.Token, sent nlp.Sentence, v int) {
	if g := purposeOnPhrase(toks, sent, v); g >= 0 {
		toks[v].Head, toks[v].Rel = g, "advcl"
	}
}

// bareParticipleClause reports whether token v is a past participle with
// no auxiliary of its own that the parse gave a subject and made a clause
// (ccomp, dep, parataxis or root): a participle with no "have" or "be" is
// no finite verb, so such a clause is a reduced relative read the wrong
// way ("The air strikes, carried out by the United States, began ...").
func bareParticipleClause(toks []nlp.Token, v int) bool {
	t := &toks[v]
	if t.XPOS != "VBN" || strings.EqualFold(t.Form, t.Lemma) {
		// a participle spelt like its lemma is as likely a bare
		// infinitive the tagger read wrong ("letting the government
		// know")
		return false
	}
	switch baseRel(t.Rel) {
	case "ccomp", "dep", "parataxis", "root":
	default:
		return false
	}
	subj := -1
	for i := range toks {
		if toks[i].Head != v {
			continue
		}
		switch baseRel(toks[i].Rel) {
		case "aux", "cop", "expl":
			return false
		case "nsubj":
			if i > v || subj >= 0 {
				return false
			}
			if u := toks[i].UPOS; u != "NOUN" && u != "PROPN" {
				return false
			}
			subj = i
		}
	}
	return subj >= 0
}

// repairBareParticiple mends the bare participle clause at v (see
// bareParticipleClause), when it is one, in toks:
//
//   - "N, carried out by X, began ...", with the finite verb hung on the
//     participle (dep, parataxis or conj) and no subject of its own: N is
//     the finite verb's subject, the participle N's clause (acl), and the
//     finite verb takes the participle's place in the tree.
func repairBareParticiple(toks []nlp.Token, sent nlp.Sentence, v int) {
	if !bareParticipleClause(toks, v) {
		return
	}
	subj := -1
	fin := -1
	for i := sent.Start; i < sent.End; i++ {
		if toks[i].Head != v {
			continue
		}
		switch r := baseRel(toks[i].Rel); {
		case r == "nsubj":
			subj = i
		case i > v && fin < 0 && (r == "dep" || r == "parataxis" || r == "conj") && finiteTag(toks[i].XPOS) && !hasSubject(toks, sent, i):
			fin = i
		}
	}
	if fin < 0 {
		return
	}
	toks[fin].Head, toks[fin].Rel = toks[v].Head, toks[v].Rel
	toks[subj].Head, toks[subj].Rel = fin, "nsubj"
	toks[v].Head, toks[v].Rel = subj, "acl"
	for i := sent.Start; i < sent.End; i++ {
		// what hung on the participle after the finite verb is the
		// finite verb's ("began at 0030 GMT, US officials said")
		if toks[i].Head == v && i > fin {
			toks[i].Head = fin
		}
		if toks[i].Head == v && baseRel(toks[i].Rel) == "obl" && caseWord(toks, sent, i) == "by" {
			toks[i].Rel = "obl:agent"
		}
	}
}

// baseRel returns a relation without its subtype ("obl" for "obl:agent").
func baseRel(r string) string {
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

// finiteTag reports whether a Penn tag is a finite verb's.
func finiteTag(x string) bool {
	return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"
}

// hasSubject reports whether token v has a subject child in sent.
func hasSubject(toks []nlp.Token, sent nlp.Sentence, v int) bool {
	return hasChild(toks, sent, v, "nsubj") || hasChild(toks, sent, v, "csubj")
}

// hasChild reports whether token v has a child in sent whose base
// relation is rel.
func hasChild(toks []nlp.Token, sent nlp.Sentence, v int, rel string) bool {
	for i := sent.Start; i < sent.End; i++ {
		if toks[i].Head == v && baseRel(toks[i].Rel) == rel {
			return true
		}
	}
	return false
}

// caseWord returns the lower-cased case marker of token i, or "".
func caseWord(toks []nlp.Token, sent nlp.Sentence, i int) string {
	for k := sent.Start; k < i; k++ {
		if toks[k].Head == i && toks[k].Rel == "case" {
			return strings.ToLower(toks[k].Form)
		}
	}
	return ""
}

// invertedReport reports whether token v is a report clause after what it
// reports that the parse hung the wrong way round: a verb of saying with a
// subject of its own after a comma and no "that" or "as", made the
// complement or adverbial clause of the finite clause before it ("The
// United States has started passing intelligence ..., AFP reported on
// Tuesday", with "reported" under "started"). UD hangs such a clause on
// what it reports as parataxis, which is left alone.
func invertedReport(toks []nlp.Token, sent nlp.Sentence, v int) bool {
	t := &toks[v]
	h := t.Head
	if r := baseRel(t.Rel); r != "ccomp" && r != "advcl" || h < sent.Start || h >= v || !reportVerbs[t.Lemma] || t.UPOS != "VERB" {
		return false
	}
	if toks[h].UPOS != "VERB" || !hasSubject(toks, sent, h) || hasChild(toks, sent, v, "mark") {
		return false
	}
	subj := -1
	for i := sent.Start; i < v; i++ {
		if toks[i].Head == v && baseRel(toks[i].Rel) == "nsubj" {
			subj = i
		}
	}
	if subj <= h {
		return false
	}
	first := spanStart(toks, sent, subj)
	return first > sent.Start && toks[first-1].Form == ","
}

// repairInvertedReport mends the inverted report clause at v (see
// invertedReport), when it is one, in toks: the clause is parataxis, as UD
// has it, and what the parse hung on the verb of saying before the comma
// belongs to the reported clause (a subject there is the reported verb's
// object).
func repairInvertedReport(toks []nlp.Token, sent nlp.Sentence, v int) {
	if !invertedReport(toks, sent, v) {
		return
	}
	h := toks[v].Head
	comma := -1
	for i := sent.Start; i < v; i++ {
		if toks[i].Head == v && baseRel(toks[i].Rel) == "nsubj" {
			comma = spanStart(toks, sent, i) - 1
		}
	}
	for i := h + 1; i < comma; i++ {
		if toks[i].Head != v {
			continue
		}
		toks[i].Head = h
		if baseRel(toks[i].Rel) == "nsubj" {
			// a second subject of the report, after the reported
			// verb: the parse took the reported verb's object ("forced
			// out more than 1,000 refugees ..., residents said")
			toks[i].Rel = "dep"
			if !hasChild(toks, sent, h, "obj") {
				toks[i].Rel = "obj"
			}
		}
	}
	toks[v].Rel = "parataxis"
}

// spanStart returns the first token of i's subtree in sent, punctuation
// left out (UD hangs an apposition's opening comma on the apposition).
func spanStart(toks []nlp.Token, sent nlp.Sentence, i int) int {
	start := i
	for k := sent.Start; k < i; k++ {
		if toks[k].Rel == "punct" {
			continue
		}
		a := k
		for n := 0; a >= sent.Start && a < sent.End && a != i && n < sent.End-sent.Start; n++ {
			a = toks[a].Head
		}
		if a == i {
			return k
		}
	}
	return start
}

// openingApposSubject returns, for verb v, the head of the sentence's
// opening name when the parse took v's subject from inside the apposition
// set off by commas after it ("Pakistan, a key U.S. ally in the war
// against terrorism, has refused", with "war" the subject and "Pakistan"
// hung elsewhere), and -1 otherwise. The opening phrase and the
// apposition hold no verb, and only auxiliaries and adverbs lie between
// the second comma and v.
func openingApposSubject(toks []nlp.Token, sent nlp.Sentence, v int) int {
	if toks[v].UPOS != "VERB" {
		return -1
	}
	c1, c2 := -1, -1
	for i := sent.Start; i < v; i++ {
		if toks[i].Form == "," {
			if c1 < 0 {
				c1 = i
			} else if c2 < 0 {
				c2 = i
			} else {
				return -1
			}
		}
	}
	if c1 <= sent.Start || c2 < 0 || c2 == c1+1 {
		return -1
	}
	for i := sent.Start; i < c2; i++ {
		if u := toks[i].UPOS; u == "VERB" || u == "AUX" || u == "PRON" && i < c1 {
			return -1
		}
	}
	for i := c2 + 1; i < v; i++ {
		if u := toks[i].UPOS; u != "AUX" && u != "ADV" && u != "PART" {
			return -1
		}
	}
	// the opening phrase's head: its one token hung outside it
	n := -1
	for i := sent.Start; i < c1; i++ {
		if h := toks[i].Head; h < sent.Start || h >= c1 {
			if n >= 0 {
				return -1
			}
			n = i
		}
	}
	if n < 0 || toks[n].UPOS != "PROPN" || toks[n].Head == v && baseRel(toks[n].Rel) == "nsubj" {
		return -1
	}
	for a, k := toks[v].Head, 0; a >= sent.Start && a < sent.End && k < sent.End-sent.Start; a, k = toks[a].Head, k+1 {
		if a == n {
			return -1 // v is the name's own clause
		}
	}
	for i := c1 + 1; i < c2; i++ {
		if toks[i].Head == v && baseRel(toks[i].Rel) == "nsubj" {
			return n
		}
	}
	return -1
}

// repairOpeningAppos makes the opening name v's subject and the
// apposition's would-be subject the name's apposition (see
// openingApposSubject).
func repairOpeningAppos(toks []nlp.Token, sent nlp.Sentence, v int) {
	n := openingApposSubject(toks, sent, v)
	if n < 0 {
		return
	}
	for i := sent.Start; i < v; i++ {
		if toks[i].Head == v && baseRel(toks[i].Rel) == "nsubj" && i > n {
			toks[i].Head, toks[i].Rel = n, "appos"
		}
	}
	toks[n].Head, toks[n].Rel = v, "nsubj"
}

// frontedReport returns, for a verb of saying v after what it reports,
// the reported clause x when the parse made it v's complement ("Arnor
// signed a trade protocol with Dagolath, officials said", with "signed"
// under "said"), and -1 otherwise: v has a subject of its own after a
// comma and the complement, with no "that", lies before the comma. UD
// makes such a report clause parataxis of what it reports, and the
// coder's rules read it so: a report told after the fact is no event
// governing it ("said" and "signed" are not one act). speaker is the
// report's subject: v's own, or the apposition the parse hung on a noun
// of the reported clause it made v's subject ("... burned down its
// embassy, a senior official said", with "embassy" the subject), and
// from is that wrong subject, or -1.
func frontedReport(toks []nlp.Token, sent nlp.Sentence, v int) (x, speaker, from int) {
	if !reportVerbs[toks[v].Lemma] || toks[v].UPOS != "VERB" {
		return -1, -1, -1
	}
	subj := -1
	x = -1
	for i := sent.Start; i < v; i++ {
		if toks[i].Head != v {
			continue
		}
		switch baseRel(toks[i].Rel) {
		case "nsubj":
			subj = i
		case "ccomp":
			if x >= 0 {
				return -1, -1, -1
			}
			x = i
		}
	}
	if x < 0 || subj < x || hasChild(toks, sent, x, "mark") || !hasSubject(toks, sent, x) {
		return -1, -1, -1
	}
	speaker, from = subj, -1
	for a := subj + 1; a < v; a++ {
		if toks[a].Head == subj && toks[a].Rel == "appos" && toks[a-1].Form != "," && spanStart(toks, sent, a) > subj+1 && toks[spanStart(toks, sent, a)-1].Form == "," {
			speaker, from = a, subj
		}
	}
	comma := spanStart(toks, sent, speaker) - 1
	if comma <= x || toks[comma].Form != "," {
		return -1, -1, -1
	}
	return x, speaker, from
}

// repairFrontedReport mends the fronted report at v (see frontedReport):
// the reported clause takes v's place in the tree and v is its
// parataxis; an apposition that is the report's subject is v's subject,
// and the noun it hung on goes back to the reported clause, as the object
// of the verb before it when that verb has none. What else hung on v
// stays there: a phrase the parse took out of the reported clause is not
// put back by guess ("... against ethnic Albanian guerrillas, the
// Washington Post said").
func repairFrontedReport(toks []nlp.Token, sent nlp.Sentence, v int) {
	x, speaker, from := frontedReport(toks, sent, v)
	if x < 0 {
		return
	}
	toks[x].Head, toks[x].Rel = toks[v].Head, toks[v].Rel
	toks[v].Head, toks[v].Rel = x, "parataxis"
	if from < 0 {
		return
	}
	toks[speaker].Head, toks[speaker].Rel = v, "nsubj"
	toks[from].Head, toks[from].Rel = x, "dep"
	for k := spanStart(toks, sent, from) - 1; k > x; k-- {
		if toks[k].UPOS == "VERB" {
			if !hasChild(toks, sent, k, "obj") {
				toks[from].Head, toks[from].Rel = k, "obj"
			}
			break
		}
	}
}

// purposeOnPhrase returns, for a to-infinitive v with no subject that the
// parse hung on a noun inside a prepositional phrase (acl), the verb whose
// phrase that is, and -1 otherwise: "had approached Iran through its
// ambassador ... in the early days of the crisis to ask whether ...", with
// "ask" on "crisis". Hung on the verb (advcl), the infinitive is the
// verb's subject's act, as the coder reads a purpose clause; whether the
// parse hung it high or low, its doer is the same.
func purposeOnPhrase(toks []nlp.Token, sent nlp.Sentence, v int) int {
	if toks[v].Rel != "acl" || toks[v].UPOS != "VERB" || hasSubject(toks, sent, v) {
		return -1
	}
	to := false
	for i := sent.Start; i < v; i++ {
		if toks[i].Head == v && toks[i].Rel == "mark" && strings.EqualFold(toks[i].Form, "to") {
			to = true
		}
	}
	n := toks[v].Head
	if !to || n < sent.Start || !hasChild(toks, sent, n, "case") {
		return -1
	}
	for k := 0; n >= sent.Start && k < 4; k++ {
		switch baseRel(toks[n].Rel) {
		case "nmod":
			n = toks[n].Head
			continue
		case "obl":
			g := toks[n].Head
			if g >= sent.Start && toks[g].UPOS == "VERB" && hasSubject(toks, sent, g) {
				return g
			}
		}
		return -1
	}
	return -1
}

// subjectOverColon returns, for verb v whose parse took its subject from
// before a colon or semicolon that lies between them ("the snub ran the
// other way: in his telling, the US ambassador in Iraq had asked ...",
// with "way" the subject of "asked"), the head of the noun phrase right
// before v (its auxiliaries and adverbs aside), and -1 otherwise. A colon
// ends the clause of what is before it; the phrase right before the verb,
// with no preposition of its own, is its subject.
func subjectOverColon(toks []nlp.Token, sent nlp.Sentence, v int) int {
	if toks[v].UPOS != "VERB" {
		return -1
	}
	subj := -1
	for i := sent.Start; i < v; i++ {
		if toks[i].Head == v && baseRel(toks[i].Rel) == "nsubj" {
			subj = i
		}
	}
	if subj < 0 {
		return -1
	}
	colon := -1
	for i := subj + 1; i < v; i++ {
		if f := toks[i].Form; f == ":" || f == ";" {
			colon = i
		}
	}
	if colon < 0 {
		return -1
	}
	k := v - 1
	for k > colon && (toks[k].UPOS == "AUX" || toks[k].UPOS == "ADV" || toks[k].UPOS == "PART") {
		k--
	}
	if k <= colon {
		return -1
	}
	// the phrase ending at k: climb from k to the last ancestor after
	// the colon
	n := k
	for steps := 0; steps < sent.End-sent.Start; steps++ {
		h := toks[n].Head
		if h <= colon || h >= v || h < sent.Start || toks[n].Rel == "appos" {
			break // an apposition is a phrase of its own
		}
		n = h
	}
	if u := toks[n].UPOS; u != "NOUN" && u != "PROPN" || hasChild(toks, sent, n, "case") || n == subj {
		return -1
	}
	return n
}

// repairSubjectOverColon makes the phrase right before v its subject
// (see subjectOverColon); the subject the parse took from before the
// colon goes back to its clause, as the object of the verb before it
// when that verb has none.
func repairSubjectOverColon(toks []nlp.Token, sent nlp.Sentence, v int) {
	n := subjectOverColon(toks, sent, v)
	if n < 0 {
		return
	}
	for i := sent.Start; i < v; i++ {
		if toks[i].Head != v || baseRel(toks[i].Rel) != "nsubj" {
			continue
		}
		toks[i].Head, toks[i].Rel = v, "dep"
		for k := i - 1; k >= sent.Start; k-- {
			if toks[k].UPOS == "VERB" {
				if !hasChild(toks, sent, k, "obj") {
					toks[i].Head, toks[i].Rel = k, "obj"
				}
				break
			}
		}
	}
	toks[n].Head, toks[n].Rel = v, "nsubj"
}

// clauseVerbs take a clause with no "that" for their object ("said the
// talks had failed", "hoped Iran would join", "demanded Israel ease
// restrictions", "let the government know"): after them, a noun and a
// verb may well be a clause.
var clauseVerbs = map[string]bool{
	"say": true, "tell": true, "think": true, "believe": true, "know": true, "hope": true, "expect": true,
	"fear": true, "suggest": true, "claim": true, "insist": true, "argue": true, "deny": true, "announce": true,
	"report": true, "warn": true, "add": true, "note": true, "agree": true, "feel": true, "guess": true,
	"assume": true, "realize": true, "understand": true, "acknowledge": true, "admit": true, "confirm": true,
	"reckon": true, "predict": true, "estimate": true, "indicate": true, "show": true, "mean": true,
	"ensure": true, "suppose": true, "recall": true, "stress": true, "reiterate": true, "emphasize": true,
	"explain": true, "promise": true, "vow": true, "pledge": true, "assert": true, "allege": true,
	"maintain": true, "declare": true, "state": true, "signal": true, "wish": true, "doubt": true,
	"see": true, "find": true, "decide": true, "hear": true, "learn": true, "notice": true, "worry": true,
	"complain": true, "concede": true, "conclude": true, "imply": true, "demand": true, "propose": true,
	"recommend": true, "request": true, "require": true, "insist_on": true, "urge": true, "order": true,
	"ask": true, "prefer": true, "guarantee": true, "predict_that": true, "charge": true, "accuse": true,
	"contend": true, "testify": true, "write": true, "quote": true, "reply": true, "respond": true,
	"let": true, "make": true, "have": true, "help": true, "watch": true,
}

// objectAsSubject returns, for verb v with no object and no liking for a
// bare clause (clauseVerbs), its clausal complement x when the parse made
// the noun right after v x's subject ("questioned the legality of
// strikes carried out with ...", "ended mediation efforts between rival
// militias ... as shells continued crashing", with "legality" and
// "efforts" the subjects), and -1 otherwise. The noun is v's object.
func objectAsSubject(toks []nlp.Token, sent nlp.Sentence, v int) int {
	if toks[v].UPOS != "VERB" || clauseVerbs[toks[v].Lemma] || hasChild(toks, sent, v, "obj") {
		return -1
	}
	for x := v + 1; x < sent.End; x++ {
		if toks[x].Head != v || toks[x].Rel != "ccomp" || hasChild(toks, sent, x, "mark") {
			continue
		}
		if t := &toks[x]; !finiteTag(t.XPOS) && (t.XPOS != "VBN" || strings.EqualFold(t.Form, t.Lemma)) {
			return -1 // a bare infinitive: "letting the government know"
		}
		n := subjectOf(toks, sent, x)
		if n < 0 || n > x || toks[n].UPOS != "NOUN" {
			return -1
		}
		first := spanStart(toks, sent, n)
		for first > v+1 && toks[first-1].UPOS == "ADV" {
			first--
		}
		if first != v+1 {
			return -1
		}
		return x
	}
	return -1
}

// subjectOf returns the nominal subject of x in sent, or -1.
func subjectOf(toks []nlp.Token, sent nlp.Sentence, x int) int {
	for i := sent.Start; i < sent.End; i++ {
		if toks[i].Head == x && baseRel(toks[i].Rel) == "nsubj" {
			return i
		}
	}
	return -1
}

// clauseOpeners are conjunctions a parse may read as prepositions
// ("before the Syrian warplanes today performed ...").
var clauseOpeners = map[string]bool{"before": true, "after": true, "as": true, "while": true, "until": true, "since": true, "once": true}

// conjunctionSubject returns, for a finite verb v with no subject, the
// noun right before it (adverbs and time words aside) when the parse hung
// that noun elsewhere under a conjunction it read as a preposition
// ("conveyed it to Damascus through the Russian and Iraqi governments,
// before the Syrian warplanes today performed a series of raids", with
// "warplanes" a modifier of "governments"), and -1 otherwise.
func conjunctionSubject(toks []nlp.Token, sent nlp.Sentence, v int) int {
	if toks[v].UPOS != "VERB" || !finiteTag(toks[v].XPOS) || hasSubject(toks, sent, v) || hasChild(toks, sent, v, "expl") {
		return -1
	}
	switch baseRel(toks[v].Rel) {
	case "parataxis", "conj", "dep":
	default:
		return -1
	}
	k := v - 1
	for k > sent.Start && (toks[k].UPOS == "ADV" || toks[k].UPOS == "AUX" || toks[k].Rel == "obl:unmarked" || toks[k].Rel == "obl:tmod") {
		k--
	}
	if k <= sent.Start || toks[k].UPOS != "NOUN" && toks[k].UPOS != "PROPN" || toks[k].Head == v {
		return -1
	}
	for i := sent.Start; i < k; i++ {
		if toks[i].Head == k && toks[i].Rel == "case" && clauseOpeners[strings.ToLower(toks[i].Form)] {
			return k
		}
	}
	return -1
}
