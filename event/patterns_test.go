package event

import (
	"slices"
	"strings"
	"testing"

	"hearsay"
	"hearsay/event/actor"
	"hearsay/event/petrarch"
	"hearsay/event/verbs"
)

// patternVerbs is a small PETRARCH-2 verb file, written for these tests
// in the format of the PETRARCH validation dictionaries.
const patternVerbs = `
&TIETYPES
+ECONOMIC
+CULTURAL

--- RECEIVE [033] ---
RECEIVE
- + * MONEY $ [071]

--- BREAK [120] ---
BREAK
- + * (IN) $ [075]

--- WELCOME [050] ---
WELCOME
- * {&TIETYPES MEMOS} (FROM) [911]

--- SEE [010] ---
SEE {SAW SEEN}

--- ALLOW [080] ---
ALLOW
- * {THE NEATEST PLACE} [027]

--- ACT [100] ---
ACT
- INDICATED SHOULD * [1011]

--- SAY [023] ---
SAY

--- SIGN [085] ---
SIGN

--- DELAY [120] ---
DELAY
- % HAVE * [191]

--- CLASH [223] ---
CLASH
- DID N'T * OVER [904]

--- ARREST [212] ---
ARREST

--- WARN [160] ---
WARN
- * THEIR ^ ABOUT + [162]
- * AT ^ + [162]

--- EXCLUDE [1721] ---
EXCLUDE
+CORDON_OFF

--- LEAVE [012] ---
LEAVE

--- LEFT [032:033] ---
LEFT

--- CRITICIZE [121] ---
CRITICIZE
- HEAVILY * [122]

--- ABANDON [345] ---
ABANDON
- * EFFORT [080]
`

// petrarchCoder returns a coder with patternVerbs and the fictional
// countries of the PETRARCH validation records.
func petrarchCoder(t *testing.T) *Coder {
	t.Helper()
	d := verbs.New()
	d.AddCombinations(verbs.Builtin())
	st, err := petrarch.ReadVerbs(d, strings.NewReader(patternVerbs), "test.verbs.txt")
	if err != nil || len(st.Problems) > 0 {
		t.Fatalf("reading the test verbs: %v %v", err, st.Problems)
	}
	names := map[string]actor.Match{}
	for _, c := range []string{"Bree", "Calenardhon", "Eriador", "Osgiliath", "Gondor", "Mordor", "Gollum", "Ethiopia", "Libya", "Fornost", "Rohan"} {
		names[strings.ToLower(c)] = country(strings.ToUpper(c[:3]))
	}
	names["police"] = actor.Match{Kind: actor.Agent, Code: "COP", Sector: "COP"}
	names["soldiers"] = actor.Match{Kind: actor.Agent, Code: "MIL", Sector: "MIL"}
	// an actor of a PETRARCH actors file that is no country of ours
	names["dagolath"] = actor.Match{Kind: actor.Institution, Code: "DAG", Sector: "DAG", Name: "Dagolath"}
	names["students"] = actor.Match{Kind: actor.Agent, Code: "EDU", Sector: "EDU"}
	// PETRARCH compound actors: one name for several actors
	names["shire"] = actor.Match{Kind: actor.Institution, Code: "FRO/BIL/SAM", Name: "the Shire"}
	names["prince of dol amroth"] = actor.Match{Kind: actor.Institution, Code: "DOL", Name: "Dol Amroth"}
	names["minister"] = actor.Match{Kind: actor.Agent, Code: "GOV", Sector: "GOV"}
	names["romendacil"] = actor.Match{Kind: actor.Person, Code: "BRE", Country: "BRE", Name: "Romendacil"}
	names["lorien"] = actor.Match{Kind: actor.Institution, Code: "ELR/GAL", Name: "Lorien"}
	places := map[string]actor.Place{"edoras": {Name: "Edoras", Country: "ROH", Kind: "city"}}
	return NewWith(fakeActors{names: names, places: places}, d)
}

// TestPetrarchPatterns covers how the coder applies PETRARCH patterns and
// finds their actors over hand-built parses.
func TestPetrarchPatterns(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
		not  []want
	}{
		{"a report clause after the act it tells, with the act its complement, is no combined act", []string{
			"Gondor Gondor PROPN 2 nsubj",
			"signed sign VERB 10 ccomp VBD",
			"a a DET 4 det",
			"protocol protocol NOUN 2 obj",
			"with with ADP 6 case",
			"Osgiliath Osgiliath PROPN 2 obl",
			", , PUNCT 2 punct",
			"the the DET 9 det",
			"minister minister NOUN 10 nsubj",
			"said say VERB 0 root VBD",
			". . PUNCT 10 punct",
		}, []want{{"GON", "OSG", "085", hearsay.Asserted}}, nil},
		{"the report clause's subject hung as an apposition on a noun of what it tells", []string{
			"Bree Bree PROPN 2 nsubj",
			"signed sign VERB 17 ccomp VBD",
			"a a DET 4 det",
			"protocol protocol NOUN 2 obj",
			"with with ADP 6 case",
			"Gondor Gondor PROPN 2 obl",
			", , PUNCT 8 punct",
			"years year NOUN 2 obl:tmod",
			"after after ADP 10 case",
			"crowds crowd NOUN 8 nmod",
			"burned burn VERB 2 advcl VBD",
			"its its PRON 13 nmod:poss",
			"embassy embassy NOUN 17 nsubj",
			", , PUNCT 16 punct",
			"a a DET 16 det",
			"minister minister NOUN 13 appos",
			"said say VERB 0 root VBD",
			". . PUNCT 17 punct",
		}, []want{{"BRE", "GON", "085", hearsay.Asserted}}, nil},
		{"'$' after '*': the source is the first actor after the verb", []string{
			"Eriador Eriador PROPN 3 nsubj",
			"has have AUX 3 aux",
			"received receive VERB 0 root",
			"by by ADP 6 case",
			"courier courier NOUN 6 compound",
			"money money NOUN 3 obl:agent",
			"from from ADP 8 case",
			"Osgiliath Osgiliath PROPN 6 nmod",
			". . PUNCT 3 punct",
		}, []want{{"OSG", "ERI", "071", hearsay.Asserted}}, nil},
		{"the passive subject of a raising verb does its complement", []string{
			"Gollum Gollum PROPN 3 nsubj:pass",
			"was be AUX 3 aux:pass",
			"seen see VERB 0 root",
			"to to PART 5 mark",
			"break break VERB 3 xcomp",
			"in in ADP 9 case",
			"an a DET 9 det",
			"Gondor Gondor PROPN 9 compound",
			"parade parade NOUN 5 obl",
			". . PUNCT 3 punct",
		}, []want{{"GON", "GOL", "075", hearsay.Asserted}}, nil},
		{"a possessive pronoun that is the doer is not the target", []string{
			"Calenardhon Calenardhon PROPN 2 nsubj",
			"welcomed welcome VERB 0 root",
			"economic economic ADJ 4 amod",
			"memos memo NOUN 2 obj",
			"from from ADP 6 case",
			"Bree Bree PROPN 4 nmod",
			"on on ADP 9 case",
			"its its PRON 9 nmod:poss",
			"role role NOUN 2 obl",
			". . PUNCT 2 punct",
		}, []want{{"CAL", "BRE", "911", hearsay.Asserted}}, nil},
		{"a possessive pronoun that is the doer is not the target, the role hung on the object", []string{
			"Calenardhon Calenardhon PROPN 2 nsubj",
			"welcomed welcome VERB 0 root",
			"economic economic ADJ 4 amod",
			"memos memo NOUN 2 obj",
			"from from ADP 6 case",
			"Bree Bree PROPN 4 nmod",
			"on on ADP 9 case",
			"its its PRON 9 nmod:poss",
			"role role NOUN 4 nmod",
			". . PUNCT 2 punct",
		}, []want{{"CAL", "BRE", "911", hearsay.Asserted}}, nil},
		{"the subject of a clause the parse made the object is the target", []string{
			"Gollum Gollum PROPN 2 nsubj",
			"allowed allow VERB 0 root",
			"that that SCONJ 9 mark",
			"Mordor Mordor PROPN 9 nsubj",
			"is be AUX 9 cop",
			"n't not PART 9 advmod",
			"a a DET 9 det",
			"real real ADJ 9 amod",
			"pleasant pleasant ADJ 10 amod",
			"place place NOUN 2 obj",
			"to to PART 12 mark",
			"visit visit VERB 10 acl",
			". . PUNCT 2 punct",
		}, []want{{"GOL", "MOR", "080", hearsay.Asserted}}, nil},
		{"'X are about to V', with 'about' parsed as the copula's subject", []string{
			"Gondor Gondor PROPN 2 compound",
			"officials official NOUN 0 root",
			"are be AUX 2 cop",
			"about about ADP 3 nsubj",
			"to to PART 6 mark",
			"receive receive VERB 4 xcomp",
			"money money NOUN 6 obj",
			"from from ADP 9 case",
			"Mordor Mordor PROPN 7 nmod",
			". . PUNCT 2 punct",
		}, []want{{"MOR", "GON", "071", hearsay.Asserted}}, nil},
		{"pattern words run on into the clausal complement", allowed("the", "neatest", "neat", "ADJ"),
			[]want{{"GOL", "MOR", "027", hearsay.Asserted}}, nil},
		{"the subject of a clausal complement is the target", allowed("a", "pleasant", "pleasant", "ADJ"),
			[]want{{"GOL", "MOR", "080", hearsay.Asserted}}, nil},
		{"an announced act keeps the dictionary's code, marked future", []string{
			"Eriador Eriador PROPN 3 nsubj",
			"will will AUX 3 aux",
			"receive receive VERB 0 root",
			"money money NOUN 3 obj",
			"from from ADP 6 case",
			"Osgiliath Osgiliath PROPN 4 nmod",
			". . PUNCT 3 punct",
		}, []want{{"OSG", "ERI", "071", hearsay.Future}}, nil},
		{"who sent the object is the target", []string{
			"Calenardhon Calenardhon PROPN 2 nsubj",
			"welcomed welcome VERB 0 root",
			"cultural cultural ADJ 4 amod",
			"memos memo NOUN 2 obj",
			"sent send VERB 4 acl VBN",
			"by by ADP 7 case",
			"Bree Bree PROPN 5 obl",
			". . PUNCT 2 punct",
		}, []want{{"CAL", "BRE", "050", hearsay.Asserted}}, nil},
		{"a list of subjects the parse split in two", []string{
			"Mordor Mordor PROPN 8 nsubj",
			", , PUNCT 3 punct",
			"Rohan Rohan PROPN 1 conj",
			", , PUNCT 5 punct",
			"Fornost Fornost PROPN 8 nsubj",
			"and and CCONJ 7 cc",
			"Bree Bree PROPN 5 conj",
			"welcomed welcome VERB 0 root VBD",
			"Osgiliath Osgiliath PROPN 8 obj",
			". . PUNCT 8 punct",
		}, []want{{"MOR", "OSG", "050", hearsay.Asserted}, {"ROH", "OSG", "050", hearsay.Asserted}, {"FOR", "OSG", "050", hearsay.Asserted}, {"BRE", "OSG", "050", hearsay.Asserted}}, nil},
		{"a name listed before the subject, hung on a later verb", []string{
			"Fornost Fornost ADJ 8 nsubj",
			"and and CCONJ 4 cc",
			"Gondor Gondor PROPN 4 nsubj",
			"welcomed welcome VERB 1 conj VBD",
			"Osgiliath Osgiliath PROPN 4 obj",
			", , PUNCT 8 punct",
			"WFNA WFNA PROPN 8 nsubj",
			"said say VERB 0 root VBD",
			". . PUNCT 8 punct",
		}, []want{{"FOR", "OSG", "050", hearsay.Asserted}, {"GON", "OSG", "050", hearsay.Asserted}}, nil},
		{"a report clause after a comma does not share the subject", []string{
			"Gondor Gondor PROPN 2 nsubj",
			"welcomed welcome VERB 0 root VBD",
			"Osgiliath Osgiliath PROPN 2 obj",
			", , PUNCT 8 punct",
			"the the DET 7 det",
			"news news NOUN 7 compound",
			"agency agency NOUN 3 appos",
			"said say VERB 2 advcl VBD",
			". . PUNCT 2 punct",
		}, []want{{"GON", "OSG", "050", hearsay.Asserted}}, []want{{"GON", "", "023", hearsay.Asserted}}},
		{"two subjects with nothing between are one name", []string{
			"Bree Bree PROPN 3 nsubj",
			"Romendacil Romendacil PROPN 3 nsubj",
			"welcomed welcome VERB 0 root VBD",
			"Osgiliath Osgiliath PROPN 3 obj",
			". . PUNCT 3 punct",
		}, []want{{"BRE", "OSG", "050", hearsay.Asserted}}, nil},
		{"'%' before '*': coordinated subjects act on each other", []string{
			"Gondor Gondor PROPN 5 nsubj",
			"and and CCONJ 3 cc",
			"Osgiliath Osgiliath PROPN 1 conj",
			"have have AUX 5 aux",
			"delayed delay VERB 0 root VBD",
			"the the DET 7 det",
			"meeting meeting NOUN 5 obj",
			"with with ADP 9 case",
			"Mordor Mordor PROPN 7 nmod",
			". . PUNCT 5 punct",
		}, []want{{"GON", "OSG", "191", hearsay.Asserted}, {"OSG", "GON", "191", hearsay.Asserted}}, []want{{"GON", "MOR", "191", hearsay.Asserted}}},
		{"'their' of coordinated subjects is no target", []string{
			"Fornost Fornost PROPN 4 nsubj",
			"and and CCONJ 3 cc",
			"Bree Bree PROPN 1 conj",
			"welcomed welcome VERB 0 root VBD",
			"their their PRON 6 nmod:poss",
			"resumption resumption NOUN 4 obj",
			"of of ADP 8 case",
			"ties tie NOUN 6 nmod",
			"with with ADP 10 case",
			"Osgiliath Osgiliath PROPN 8 nmod",
			". . PUNCT 4 punct",
		}, []want{{"FOR", "OSG", "050", hearsay.Asserted}, {"BRE", "OSG", "050", hearsay.Asserted}}, []want{{"FOR", "BRE", "050", hearsay.Asserted}}},
		{"a pattern that spells the negation out codes the negated act", []string{
			"Bree Bree PROPN 4 nsubj",
			"did do AUX 4 aux",
			"n't not PART 4 advmod",
			"clash clash VERB 0 root VB",
			"over over ADP 6 case",
			"Eriador Eriador PROPN 4 obl",
			". . PUNCT 4 punct",
		}, []want{{"BRE", "ERI", "904", hearsay.Asserted}}, []want{{"BRE", "ERI", "904", hearsay.Negated}}},
		{"with no target found, the first actor after the verb in its phrase", []string{
			"Ethiopia Ethiopia PROPN 2 nsubj",
			"acted act VERB 0 root VBD",
			"oddly oddly ADV 2 advmod",
			"with with ADP 5 case",
			"respect respect NOUN 2 obl",
			"to to ADP 7 case",
			"Libya Libya PROPN 5 nmod",
			". . PUNCT 2 punct",
		}, []want{{"ETH", "LIB", "100", hearsay.Asserted}}, nil},
		{"the doer's own possessive is no target, the first actor after the verb is", []string{
			"Gondor Gondor PROPN 4 nsubj",
			"has have AUX 4 aux",
			"n't not PART 4 advmod",
			"acted act VERB 0 root VBN",
			"on on ADP 7 case",
			"its its PRON 7 nmod:poss",
			"plan plan NOUN 4 obl",
			"in in ADP 11 case",
			"the the DET 11 det",
			"White White ADJ 11 amod",
			"Mordor Mordor PROPN 7 nmod",
			". . PUNCT 4 punct",
		}, []want{{"GON", "MOR", "100", hearsay.Negated}}, nil},
		{"a pattern word matches the word as written: EFFORT is not 'efforts'", []string{
			"Gollum Gollum PROPN 2 nsubj",
			"abandoned abandon VERB 0 root VBD",
			"efforts effort NOUN 2 obj",
			"to to PART 5 mark",
			"stop stop VERB 3 acl",
			"a a DET 8 det",
			"Gondor Gondor PROPN 8 compound",
			"parade parade NOUN 5 obj",
			". . PUNCT 2 punct",
		}, []want{{"GOL", "GON", "345", hearsay.Asserted}}, []want{{"GOL", "GON", "080", hearsay.Asserted}}},
		{"a role from an actor that is no country is that actor's role", []string{
			"Soldiers soldier NOUN 4 nsubj",
			"from from ADP 3 case",
			"Dagolath Dagolath PROPN 1 nmod",
			"acted act VERB 0 root VBD",
			"against against ADP 6 case",
			"Gondor Gondor PROPN 4 obl",
			". . PUNCT 4 punct",
		}, []want{{"DAGMIL", "GON", "100", hearsay.Asserted}}, nil},
		{"a role stays as named: no country from the doer", []string{
			"Gondor Gondor PROPN 2 amod",
			"police police NOUN 3 nsubj",
			"arrested arrest VERB 0 root VBD",
			"students student NOUN 3 obj",
			". . PUNCT 3 punct",
		}, []want{{"GONCOP", "EDU", "212", hearsay.Asserted}}, nil},
		{"a role stays as named: no country from a place in its phrase", []string{
			"Gondor Gondor PROPN 2 amod",
			"police police NOUN 3 nsubj",
			"arrested arrest VERB 0 root VBD",
			"students student NOUN 3 obj",
			"in in ADP 6 case",
			"Edoras Edoras PROPN 4 nmod",
			". . PUNCT 3 punct",
		}, []want{{"GONCOP", "EDU", "212", hearsay.Asserted}}, nil},
		{"a role stays as named: no country from the event's place", []string{
			"Gondor Gondor PROPN 2 amod",
			"police police NOUN 3 nsubj",
			"arrested arrest VERB 0 root VBD",
			"students student NOUN 3 obj",
			"yesterday yesterday NOUN 3 obl:tmod",
			"in in ADP 7 case",
			"Edoras Edoras PROPN 3 obl",
			". . PUNCT 3 punct",
		}, []want{{"GONCOP", "EDU", "212", hearsay.Asserted}}, nil},
		{"the first actor after the verb, not past a comma", []string{
			"Ethiopia Ethiopia PROPN 2 nsubj",
			"acted act VERB 0 root VBD",
			"now now ADV 2 advmod",
			", , PUNCT 5 punct",
			"years year NOUN 2 obl:tmod",
			"after after ADP 8 case",
			"Mordor Mordor PROPN 8 compound",
			"crowds crowd NOUN 5 nmod",
			". . PUNCT 2 punct",
		}, nil, []want{{"ETH", "MOR", "100", hearsay.Asserted}}},
		{"a compound actor code is one party per code", []string{
			"The the DET 2 det",
			"Shire Shire PROPN 3 nsubj",
			"welcomed welcome VERB 0 root VBD",
			"Lorien Lorien PROPN 3 obj",
			". . PUNCT 3 punct",
		}, []want{{"FRO", "ELR", "050", hearsay.Asserted}, {"SAM", "GAL", "050", hearsay.Asserted}},
			[]want{{"FRO/BIL/SAM", "ELR/GAL", "050", hearsay.Asserted}}},
		{"a verb the tagger read as an adverb, with its subject and auxiliary", []string{
			"Bree Bree PROPN 4 nsubj",
			"did do AUX 4 aux",
			"n't not PART 4 advmod",
			"clash clash ADV 0 root RB",
			"over over ADP 6 case",
			"Gondor Gondor PROPN 4 obl",
			". . PUNCT 4 punct",
		}, []want{{"BRE", "GON", "904", hearsay.Asserted}}, nil},
		{"pattern words before the verb run back into the clause it complements", []string{
			"Ethiopia Ethiopia PROPN 2 nsubj",
			"indicated indicate VERB 0 root VBD",
			"it it PRON 5 nsubj",
			"should should AUX 5 aux",
			"act act VERB 2 ccomp VB",
			"against against ADP 7 case",
			"Libya Libya PROPN 5 obl",
			". . PUNCT 2 punct",
		}, []want{{"ETH", "LIB", "1011", hearsay.Hypothetical}}, nil},
		{"a perfect with no 'be' is no passive, whatever the parse says", []string{
			"Ethiopia Ethiopia PROPN 2 nsubj",
			"indicated indicate VERB 0 root VBD",
			"it it PRON 6 nsubj:pass",
			"should should AUX 6 aux",
			"have have AUX 6 aux",
			"acted act VERB 2 ccomp VBN",
			"against against ADP 8 case",
			"Libya Libya PROPN 6 obl",
			". . PUNCT 2 punct",
		}, []want{{"ETH", "LIB", "1011", hearsay.Hypothetical}}, nil},
		{"'+' after the pattern's words, past one actor per '^'", []string{
			"Gondor Gondor PROPN 2 nsubj",
			"warned warn VERB 0 root VBD",
			"at at ADP 4 case",
			"Eriador Eriador PROPN 2 obl",
			"of of ADP 6 case",
			"Mordor Mordor PROPN 4 nmod",
			". . PUNCT 2 punct",
		}, []want{{"GON", "MOR", "162", hearsay.Asserted}}, []want{{"GON", "ERI", "162", hearsay.Asserted}}},
		{"a name joined by an underscore the tokenizer split off", []string{
			"Gondor Gondor PROPN 2 nsubj",
			"warned warn VERB 0 root VBD",
			"their their PRON 4 nmod:poss",
			"populations population NOUN 2 obj",
			"about about ADP 7 case",
			"the the DET 7 det",
			"Prince Prince PROPN 4 nmod",
			"of of ADP 9 case",
			"Dol Dol PROPN 7 nmod",
			"_ _ PROPN 9 flat",
			"Amroth Amroth PROPN 9 flat",
			". . PUNCT 2 punct",
		}, []want{{"GON", "DOL", "162", hearsay.Asserted}}, nil},
		{"a particle the parse made the case of the noun after it", []string{
			"Gondor Gondor PROPN 2 nsubj",
			"cordoned cordon VERB 0 root VBD",
			"off off ADP 5 case",
			"the the DET 5 det",
			"roads road NOUN 2 obl",
			"into into ADP 7 case",
			"Mordor Mordor PROPN 5 nmod",
			". . PUNCT 2 punct",
		}, []want{{"GON", "MOR", "1721", hearsay.Asserted}}, nil},
		{"a role of coordinated actors is each one's", []string{
			"Soldiers soldier NOUN 6 nsubj",
			"from from ADP 3 case",
			"Gondor Gondor PROPN 1 nmod",
			"and and CCONJ 5 cc",
			"Mordor Mordor PROPN 3 conj",
			"welcomed welcome VERB 0 root VBD",
			"Eriador Eriador PROPN 6 obj",
			". . PUNCT 6 punct",
		}, []want{{"GONMIL", "ERI", "050", hearsay.Asserted}, {"MORMIL", "ERI", "050", hearsay.Asserted}}, nil},
		{"a bare role coordinated with an owned one shares its owner", []string{
			"Gondor Gondor PROPN 2 compound",
			"soldiers soldier NOUN 5 nsubj",
			"and and CCONJ 4 cc",
			"police police NOUN 2 conj",
			"welcomed welcome VERB 0 root VBD",
			"Eriador Eriador PROPN 5 obj",
			". . PUNCT 5 punct",
		}, []want{{"GONMIL", "ERI", "050", hearsay.Asserted}, {"GONCOP", "ERI", "050", hearsay.Asserted}},
			[]want{{"COP", "ERI", "050", hearsay.Asserted}}},
		{"a verb form with a block of its own goes before its lemma's", []string{
			"Gondor Gondor PROPN 2 nsubj",
			"left leave VERB 0 root VBD",
			"for for ADP 4 case",
			"Mordor Mordor PROPN 2 obl",
			". . PUNCT 2 punct",
		}, []want{{"GON", "MOR", "032", hearsay.Asserted}, {"MOR", "GON", "033", hearsay.Asserted}},
			[]want{{"GON", "MOR", "012", hearsay.Asserted}}},
		{"a name after its holder's title is the titled actor", []string{
			"Bree Bree PROPN 3 compound",
			"Minister Minister PROPN 3 compound",
			"Romendacil Romendacil PROPN 4 nsubj",
			"welcomed welcome VERB 0 root VBD",
			"Eriador Eriador PROPN 4 obj",
			". . PUNCT 4 punct",
		}, []want{{"BREGOV", "ERI", "050", hearsay.Asserted}}, []want{{"BRE", "ERI", "050", hearsay.Asserted}}},
		{"a passive with no 'by' phrase: the subject is the source", []string{
			"Gondor Gondor PROPN 4 nsubj:pass",
			"was be AUX 4 aux:pass",
			"heavily heavily ADV 4 advmod",
			"criticized criticize VERB 0 root VBN",
			"over over ADP 7 case",
			"its its PRON 7 nmod:poss",
			"dispute dispute NOUN 4 obl",
			"with with ADP 9 case",
			"Eriador Eriador PROPN 7 nmod",
			". . PUNCT 4 punct",
		}, []want{{"GON", "ERI", "122", hearsay.Asserted}}, nil},
		{"a passive with a 'by' phrase keeps its roles", []string{
			"Gondor Gondor PROPN 3 nsubj:pass",
			"was be AUX 3 aux:pass",
			"criticized criticize VERB 0 root VBN",
			"by by ADP 5 case",
			"Eriador Eriador PROPN 3 obl:agent",
			". . PUNCT 3 punct",
		}, []want{{"ERI", "GON", "121", hearsay.Asserted}}, []want{{"GON", "ERI", "121", hearsay.Asserted}}},
	}
	c := petrarchCoder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(c.Code(conll(t, tt.sent), published))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %v; got %v", w, got)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, w) {
					t.Errorf("coded %v; got %v", w, got)
				}
			}
		})
	}
}

// allowed is "Gollum allowed that Mordor isn't DET ADJ place to visit."
func allowed(det, adj, adjLemma, adjPOS string) []string {
	return []string{
		"Gollum Gollum PROPN 2 nsubj",
		"allowed allow VERB 0 root",
		"that that SCONJ 9 mark",
		"Mordor Mordor PROPN 9 nsubj",
		"is be AUX 9 cop",
		"n't not PART 9 advmod",
		det + " " + det + " DET 9 det",
		adj + " " + adjLemma + " " + adjPOS + " 9 amod",
		"place place NOUN 2 ccomp",
		"to to PART 11 mark",
		"visit visit VERB 9 acl",
		". . PUNCT 2 punct",
	}
}
