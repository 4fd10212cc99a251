package claim

import (
	"strings"

	"hearsay"
	"hearsay/nlp"
)

// Predicates that do not present what they embed as having happened.
var (
	intentPreds = set("want", "hope", "plan", "try", "intend", "expect", "ask", "need", "wish", "seek", "aim",
		"attempt", "propose", "prepare", "urge", "order", "threaten", "promise", "pledge", "vow", "agree",
		"offer", "require", "demand", "request", "allow", "let", "encourage", "recommend", "suggest", "decide",
		"choose", "mean", "would", "hesitate", "consider", "going", "ready", "willing", "eager", "likely", "unlikely", "supposed")
	negPreds   = set("deny", "refuse", "fail", "reject", "avoid", "prevent", "stop", "forget", "decline", "neglect", "rule", "doubt")
	hedgePreds = set("risk", "think", "believe", "suspect", "guess", "seem", "appear", "allege", "claim", "speculate", "assume", "imagine", "suppose", "possible", "whether", "wonder")
	modals     = map[string]hearsay.Stance{
		"may": hearsay.Hedges, "might": hearsay.Hedges, "could": hearsay.Hedges, "can": hearsay.Hedges,
		"should": hearsay.Intends, "must": hearsay.Intends, "shall": hearsay.Intends, "will": hearsay.Intends,
		"would": hearsay.Conditional, "'ll": hearsay.Intends, "’ll": hearsay.Intends, "wo": hearsay.Intends,
		"ca": hearsay.Hedges, "'d": hearsay.Conditional, "’d": hearsay.Conditional,
	}
)

// Factive verbs: their finite complement is taken as given.
var factivePreds = set("know", "realize", "realise", "regret", "notice", "discover", "understand", "remember",
	"forget", "learn", "aware", "resent", "appreciate", "acknowledge")

// Verbs whose "to"-infinitive names what someone was told or invited to do,
// and "risk", whose complement is a danger, not an event.
var directivePreds = set("instruct", "invite", "tell", "advise", "remind", "direct", "authorize", "authorise",
	"permit", "instruct", "assign", "commission", "summon", "appoint", "nominate", "elect", "train", "teach")

// Verbs of going whose present progressive is mostly an arrangement for
// later: "I am going to Fiji", "we are flying out Sunday".
var motionVerbs = set("go", "travel", "fly", "leave", "come", "head", "return", "move", "visit", "stay", "drive")

// Adjectives that present the infinitive they take as having happened: the
// emotive factives ("glad to hear", "lucky to have used"). "Able" is
// implicative and is left to what embeds it ("was able to find", "will be
// able to help").
var factiveAdjs = set("glad", "happy", "sad", "sorry", "lucky", "fortunate", "unfortunate", "proud", "pleased",
	"delighted", "thrilled", "surprised", "shocked", "amazed", "relieved", "disappointed", "great", "nice",
	"good", "honored", "loathe", "grateful", "thankful")

// PredicateStance says how the sentence holding token i presents the
// eventuality that the predicate i names, from the dependency parse:
// Asserts (it happened or is happening), Denies (negated or under "deny",
// "fail", "refuse"), Hedges (under a modal of possibility or a belief verb),
// Intends (future, wanted, planned, ordered), Conditional ("if", "would")
// or Questions. A Doc without a parse gets what its tokens show: negation
// and modals next to the predicate.
func PredicateStance(d *nlp.Doc, i int) hearsay.Stance {
	st, _ := predicateStance(d, i)
	return st
}

// predicateStance is PredicateStance with the name of the rule that decided,
// for the confusion breakdown of the evaluation.
func predicateStance(d *nlp.Doc, i int) (hearsay.Stance, string) {
	if i < 0 || i >= len(d.Tokens) {
		return hearsay.Asserts, "none"
	}
	si := d.SentenceOf(i)
	if si < 0 {
		return hearsay.Asserts, "nosent"
	}
	sent := d.Sentences[si]
	parsed := false
	for k := sent.Start; k < sent.End; k++ {
		if d.Tokens[k].Rel != "" && d.Tokens[k].Rel != "_" {
			parsed = true
			break
		}
	}
	lemmaAt := func(k int) string {
		t := d.Tokens[k]
		if t.Lemma != "" && t.Lemma != "_" {
			return strings.ToLower(t.Lemma)
		}
		return lemma(strings.ToLower(t.Form))
	}
	if !parsed {
		for k := max(sent.Start, i-3); k < i; k++ {
			w := strings.ToLower(d.Tokens[k].Form)
			if negWords[w] {
				return hearsay.Denies, "flat-neg"
			}
			if st, ok := modals[w]; ok {
				return st, "flat-modal"
			}
		}
		return hearsay.Asserts, "flat"
	}
	if infinitive(d, i) && (hasWhWord(d, i) || d.Tokens[i].Head < 0) {
		// "knows how to make you feel beautiful", "How to pledge:": a way
		// of doing, not a doing
		return hearsay.Hedges, "wh-infinitive"
	}
	if futurate(d, i) {
		return hearsay.Intends, "futurate" // "we are going to the symphony"
	}
	if goingTo(d, i) {
		return hearsay.Intends, "going-to" // the "going" of "is going to prove" is no going
	}
	// walk up from the predicate through the clauses that embed it
	cur := i
	own := true    // whether cur is the predicate or one of its conjuncts
	free := false  // whether cur's own negation and modals leave the predicate alone
	noNeg := false // whether cur's own negation leaves the predicate alone
	for depth := 0; cur >= 0 && depth < 8; depth++ {
		t := d.Tokens[cur]
		// the predicate's own dependents: negation, modals, conditional marks
		kids := d.Children(cur)
		for _, k := range kids {
			kt := d.Tokens[k]
			kl := lemmaAt(k)
			rel := baseRel(kt.Rel)
			switch {
			case rel == "neg" || rel == "advmod" && (kl == "not" || kl == "never" || kl == "n't") || strings.Contains(kt.Feats, "Polarity=Neg") && (rel == "advmod" || rel == "det"):
				if !free && !noNeg && (depth == 0 || rel == "neg" || rel == "advmod") {
					return hearsay.Denies, "neg"
				}
			case rel == "aux" || rel == "auxpass" || rel == "aux:pass":
				if st, ok := modals[strings.ToLower(kt.Form)]; ok && !free {
					return st, "modal"
				}
			case rel == "mark" && (kl == "if" || kl == "unless" || kl == "whether"):
				if kl == "whether" {
					return hearsay.Questions, "whether"
				}
				return hearsay.Conditional, "if"
			}
		}
		if t.Head < 0 {
			// the root: a question or an imperative
			last := d.Tokens[sent.End-1].Form
			if last == "?" && cur == i {
				// a wh-question presupposes its event ("who fought the wars?"
				// asks who, not whether); a yes/no question, with the
				// auxiliary before the subject, asserts nothing
				if !hasWhWord(d, cur) && inverted(d, cur) {
					return hearsay.Questions, "question"
				}
			}
			if t.XPOS == "VB" && !hasSubjectOrAux(d, cur) {
				return hearsay.Intends, "imperative" // an imperative
			}
			return hearsay.Asserts, "root"
		}
		rel := baseRel(t.Rel)
		head := t.Head
		hl := lemmaAt(head)
		switch rel {
		case "xcomp", "ccomp", "advcl", "csubj", "acl", "obj", "dobj", "nmod", "obl", "conj", "parataxis", "amod", "nsubj", "nsubjpass", "dep":
		default:
			return hearsay.Asserts, "rel-stop"
		}
		free, noNeg = false, false
		if rel == "parataxis" {
			// a clause set beside another is its own sentence: "I 'm not
			// kidding , I once lost a hamster"; "..., please contact Joan"
			if t.XPOS == "VB" && !hasSubjectOrAux(d, cur) {
				return hearsay.Intends, "imperative-parataxis"
			}
			return hearsay.Asserts, "parataxis"
		}
		if rel == "conj" {
			if t.XPOS == "VB" && !hasSubjectOrAux(d, cur) && d.Tokens[head].XPOS == "VB" && !hasSubjectOrAux(d, head) && d.Tokens[head].Head < 0 {
				return hearsay.Intends, "imperative-conj" // "please notify the sender and delete the original"
			}
			// a conjunct with its own subject is outside the first
			// conjunct's negation and modals ("I do n't hear from you in
			// months and then you level me"), not outside what embeds both
			free = hasSubject(d, cur)
			cur = head
			continue
		}
		if infinitive(d, cur) && (rel == "xcomp" || rel == "advcl") && (directivePreds[hl] || hl == "look" && hasChildLemma(d, head, "forward")) {
			// "instructed me to call", "invited them to do their best",
			// "looking forward to hearing from you"
			return hearsay.Intends, "directive"
		}
		if rel == "xcomp" && infinitive(d, cur) && obligation(d, head) {
			// "you have to sign up", "you got ta get an iPhone": what must
			// be done now is not done yet ("had to die" is left alone)
			return hearsay.Intends, "have-to"
		}
		if rel == "xcomp" && infinitive(d, cur) && goingTo(d, head) {
			return hearsay.Intends, "going-to" // "2005 is going to rock"
		}
		if rel == "advcl" && presupposed(d, cur) {
			// "because", "since", "although" clauses are taken as given,
			// whatever the main clause does: "I could not estimate the rate
			// as the slope has the wrong sign"
			return hearsay.Asserts, "presupposed-advcl"
		}
		if rel == "ccomp" && factivePreds[hl] && !infinitive(d, cur) {
			// what one knows, realizes or regrets is taken as given, known or
			// not: "I did n't know what I was missing"
			return hearsay.Asserts, "factive"
		}
		if rel == "advcl" && temporal(d, cur) {
			// a "when" or "after" clause is outside the main clause's
			// negation ("calls were n't returned when promised"), not its
			// future ("I will call when I arrive")
			noNeg = true
		}
		if t.Rel == "acl:relcl" && !infinitive(d, cur) {
			// a finite relative clause is an assertion of its own: "the works
			// that were never found after the Nazis stole them"
			return hearsay.Asserts, "relative"
		}
		if rel == "xcomp" || rel == "ccomp" || rel == "advcl" || rel == "acl" || rel == "csubj" {
			if negPreds[hl] {
				return hearsay.Denies, "neg-pred"
			}
			if intentPreds[hl] {
				return hearsay.Intends, "intent-pred"
			}
			if hedgePreds[hl] {
				return hearsay.Hedges, "hedge-pred"
			}
			if infinitive(d, cur) {
				hx := d.Tokens[head].XPOS
				if strings.HasPrefix(hx, "JJ") && own && !factiveAdjs[hl] && hl != "able" {
					// "easy to make", "too good to pass up", "free to jump in":
					// the adjective says what could be done, not that it was
					return hearsay.Hedges, "inf-adjective"
				}
				if rel == "acl" && strings.HasPrefix(hx, "NN") && hx != "NNP" && hx != "NNPS" && own && !tookTheChance(d, head) {
					// an infinitival relative names what could or should be
					// done: "a place to stay", "a way to reinvigorate the
					// peace process", "time to kick some ass"
					return hearsay.Intends, "inf-relative"
				}
			}
			// a "to"-infinitive of purpose ("... to protect the troops") is left to
			// what embeds it: UDS annotators mostly judge such events as happened
			cur = head
			own = false
			continue
		}
		return hearsay.Asserts, "nominal-stop"
	}
	return hearsay.Asserts, "depth"
}

func baseRel(r string) string {
	if i := strings.IndexByte(r, ':'); i > 0 && r != "aux:pass" {
		return r[:i]
	}
	return r
}

func hasSubjectOrAux(d *nlp.Doc, i int) bool {
	for _, k := range d.Children(i) {
		switch baseRel(d.Tokens[k].Rel) {
		case "nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass", "aux:pass", "mark", "cop":
			return true
		}
	}
	return false
}

// hasWhWord reports whether a wh-word (who, what, which, where, when, why,
// how) depends on the predicate i, directly or as the determiner of one of its
// arguments ("what foods do you eat").
func hasWhWord(d *nlp.Doc, i int) bool {
	for _, k := range d.Children(i) {
		if isWh(d.Tokens[k]) {
			return true
		}
		for _, g := range d.Children(k) {
			if r := baseRel(d.Tokens[g].Rel); (r == "det" || r == "advmod") && isWh(d.Tokens[g]) {
				return true
			}
		}
	}
	return false
}

func isWh(t nlp.Token) bool {
	switch t.XPOS {
	case "WP", "WP$", "WRB", "WDT":
		w := strings.ToLower(t.Form)
		return w != "whether" && w != "if" && w != "that"
	}
	return false
}

// inverted reports whether an auxiliary or copula of the predicate i comes
// before its subject, the order of a yes/no question ("did Iran attack").
func inverted(d *nlp.Doc, i int) bool {
	aux, subj := -1, -1
	for _, k := range d.Children(i) {
		switch baseRel(d.Tokens[k].Rel) {
		case "aux", "auxpass", "aux:pass", "cop":
			if aux < 0 {
				aux = k
			}
		case "nsubj", "nsubjpass", "expl":
			if subj < 0 {
				subj = k
			}
		}
	}
	return aux >= 0 && subj >= 0 && aux < subj
}

// infinitive reports whether the clause headed by i is a "to"-infinitive
// ("wan na meet" and "got ta go" spell the "to" with the verb).
func infinitive(d *nlp.Doc, i int) bool {
	for _, k := range d.Children(i) {
		if t := d.Tokens[k]; baseRel(t.Rel) == "mark" && (strings.EqualFold(t.Form, "to") || t.XPOS == "TO") {
			return true
		}
	}
	return false
}

// tookTheChance reports whether the noun n is the object of "take" or "use",
// whose infinitival relative then happened: "took the time to explain",
// "used the opportunity to visit".
func tookTheChance(d *nlp.Doc, n int) bool {
	h := d.Tokens[n].Head
	if h < 0 || !strings.Contains(d.Tokens[n].Rel, "obj") {
		return false
	}
	l := strings.ToLower(d.Tokens[h].Lemma)
	return l == "take" || l == "use" || l == "seize"
}

func hasSubject(d *nlp.Doc, i int) bool {
	for _, k := range d.Children(i) {
		switch baseRel(d.Tokens[k].Rel) {
		case "nsubj", "nsubjpass", "expl", "csubj":
			return true
		}
	}
	return false
}

// presupposed reports whether the adverbial clause i opens with a
// subordinator whose clause is taken as given: cause and concession.
func presupposed(d *nlp.Doc, i int) bool {
	for _, k := range d.Children(i) {
		if baseRel(d.Tokens[k].Rel) != "mark" {
			continue
		}
		switch strings.ToLower(d.Tokens[k].Form) {
		case "because", "since", "although", "though", "as", "whereas", "cos", "cause":
			return true
		}
	}
	return false
}

// goingTo reports whether i is the "going" (or "gon") of the "be going to"
// future: "to" follows it and heads the infinitive it takes.
func goingTo(d *nlp.Doc, i int) bool {
	w := strings.ToLower(d.Tokens[i].Form)
	if w != "going" && w != "gon" {
		return false
	}
	if i+1 >= len(d.Tokens) || d.Tokens[i+1].XPOS != "TO" && !strings.EqualFold(d.Tokens[i+1].Form, "to") {
		return false // "going out tonight to get wasted" is a going
	}
	for _, k := range d.Children(i) {
		if baseRel(d.Tokens[k].Rel) == "xcomp" && infinitive(d, k) {
			return true
		}
	}
	return false
}

func hasChildLemma(d *nlp.Doc, i int, l string) bool {
	for _, k := range d.Children(i) {
		if strings.EqualFold(d.Tokens[k].Lemma, l) || strings.EqualFold(d.Tokens[k].Form, l) {
			return true
		}
	}
	return false
}

// futurate reports whether i is a verb of going in the present progressive
// ("I am going on a cruise"), which English uses for a plan, with no
// wh-word asking about what goes on now ("how are things going?").
func futurate(d *nlp.Doc, i int) bool {
	t := d.Tokens[i]
	if t.XPOS != "VBG" || !motionVerbs[strings.ToLower(t.Lemma)] || hasWhWord(d, i) {
		return false
	}
	for _, k := range d.Children(i) {
		if baseRel(d.Tokens[k].Rel) != "aux" {
			continue
		}
		switch strings.ToLower(d.Tokens[k].Form) {
		case "am", "is", "are", "'m", "'re", "’m", "’re", "m", "r":
			return true
		}
	}
	return false
}

// temporal reports whether the adverbial clause i opens with a subordinator
// of time.
func temporal(d *nlp.Doc, i int) bool {
	for _, k := range d.Children(i) {
		if r := baseRel(d.Tokens[k].Rel); r != "mark" && r != "advmod" {
			continue
		}
		switch strings.ToLower(d.Tokens[k].Form) {
		case "when", "after", "once", "before", "until", "till", "while", "whenever":
			return true
		}
	}
	return false
}

// obligation reports whether i is the present-tense "have" (or the "got" of
// "got ta") of an obligation.
func obligation(d *nlp.Doc, i int) bool {
	t := d.Tokens[i]
	w := strings.ToLower(t.Form)
	if w == "got" || w == "gotta" {
		return i+1 < len(d.Tokens) && strings.EqualFold(d.Tokens[i+1].Form, "ta")
	}
	if !strings.EqualFold(t.Lemma, "have") {
		return false
	}
	switch t.XPOS {
	case "VBP", "VBZ", "VB":
		return true
	}
	return false
}
