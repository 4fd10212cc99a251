package event

import (
	"slices"
	"testing"

	"hearsay"
	"hearsay/event/actor"
)

// TestParseVariants codes sentences over the parses another parser model
// gives them (the candidate models of issue 4): the same events must come
// out whichever reading the parse took.
func TestParseVariants(t *testing.T) {
	tests := []struct {
		name  string
		sents [][]string
		want  []want
	}{
		{"a subject hung on the auxiliary is the verb's", [][]string{{
			"Kerry Kerry PROPN 2 nsubj",
			"had have VERB 4 aux",
			"also also ADV 4 advmod",
			"put put VERB 0 root",
			"a a DET 6 det",
			"request request NOUN 4 obj",
			"to to ADP 8 case",
			"Iran Iran PROPN 4 obl",
		}}, []want{{"USAGOV", "IRN", "020", hearsay.Asserted}}},
		{"a relative pronoun outside a relative clause stands for the name before it", [][]string{{
			"Kerry Kerry PROPN 13 nsubj",
			", , PUNCT 6 punct",
			"who who PRON 6 nsubj",
			"was be AUX 6 cop",
			"in in ADP 6 case",
			"Turkey Turkey PROPN 13 nsubj",
			"to to PART 8 mark",
			"press press VERB 6 acl",
			"Ankara Ankara PROPN 8 obj",
			"to to PART 11 mark",
			"join join VERB 8 xcomp",
			", , PUNCT 6 punct",
			"told tell VERB 0 root",
			"reporters reporter NOUN 13 obj",
		}}, []want{{"USAGOV", "TURGOV", "020", hearsay.Asserted}}},
		{"those armed hang on the act helped with, read as a noun", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"helped help VERB 0 root",
			"arm arm NOUN 2 xcomp",
			"Kurdish Kurdish ADJ 5 amod",
			"forces force NOUN 3 nmod",
		}}, []want{{"IRN", "KURMIL", "072", hearsay.Asserted}}},
		{"a place qualifies the name before a verb with no subject", [][]string{{
			"the the DET 3 det",
			"US US PROPN 3 compound",
			"ambassador ambassador NOUN 0 root",
			"in in ADP 5 case",
			"Iraq Iraq PROPN 3 nmod",
			"had have AUX 7 aux",
			"asked ask VERB 3 acl:relcl",
			"Iran Iran PROPN 7 obj",
			"for for ADP 10 case",
			"talks talk NOUN 7 obl",
		}}, []want{{"USAGOV", "IRN", "026", hearsay.Asserted}}},
		{"intermediaries after the verb, hung on another clause", [][]string{{
			"planes plane NOUN 2 nsubj",
			"conveyed convey VERB 0 root",
			"information information NOUN 2 obj",
			"to to ADP 5 case",
			"Damascus Damascus PROPN 2 obl",
			"through through ADP 8 case",
			"the the DET 8 det",
			"Russian Russian ADJ 11 amod",
			"and and CCONJ 10 cc",
			"Iraqi Iraqi ADJ 8 conj",
			"governments government NOUN 17 nsubj",
			", , PUNCT 16 punct",
			"before before ADP 16 case",
			"the the DET 16 det",
			"Syrian Syrian ADJ 16 amod",
			"warplanes warplane NOUN 11 nmod",
			"performed perform VERB 2 conj",
			"raids raid NOUN 17 obj",
			"on on ADP 20 case",
			"Turkey Turkey PROPN 18 nmod",
		}}, []want{{"RUSGOV", "SYRGOV", "064", hearsay.Asserted}, {"IRQGOV", "SYRGOV", "064", hearsay.Asserted}, {"SYRMIL", "TUR", "190", hearsay.Asserted}}},
		{"a partner after 'with' the parse hung elsewhere", [][]string{{
			"Kerry Kerry PROPN 2 nsubj",
			"discussed discuss VERB 0 root",
			"the the DET 4 det",
			"coalition coalition NOUN 2 obj",
			"with with ADP 11 case",
			"Russian Russian ADJ 5 amod",
			"Foreign foreign ADJ 8 amod",
			"Minister Minister PROPN 6 obl",
			"Sergei Sergei PROPN 8 flat",
			"on on ADP 11 case",
			"Sunday Sunday PROPN 2 obl",
		}}, []want{{"USAGOV", "RUS", "040", hearsay.Asserted}}},
		{"a clause of 'as' made a conjunct keeps its subject", [][]string{{
			"comments comment NOUN 2 nsubj",
			"came come VERB 0 root",
			"as as ADP 4 case",
			"Kerry Kerry PROPN 2 obl",
			"sat sit VERB 2 conj VBD",
			"down down ADP 5 compound:prt",
			"with with ADP 9 case",
			"Iranian Iranian ADJ 9 amod",
			"officials official NOUN 5 obl",
		}}, []want{{"USAGOV", "IRNGOV", "040", hearsay.Asserted}}},
		{"'let X know' parsed as a clause of its own, the verb mistagged", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"let let VERB 0 root",
			"the the DET 5 det",
			"Syrian Syrian ADJ 5 amod",
			"government government NOUN 6 nsubj",
			"know know VERB 2 ccomp VBN",
		}}, []want{{"USAGOV", "SYRGOV", "040", hearsay.Asserted}}},
		{"a chance an existential clause says may come is hypothetical, and no offer", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"said say VERB 0 root",
			"there there PRON 5 expl",
			"might might AUX 5 aux",
			"be be VERB 2 ccomp",
			"another another DET 7 det",
			"opportunity opportunity NOUN 5 nsubj",
			"to to PART 9 mark",
			"discuss discuss VERB 7 acl",
			"Iraq Iraq PROPN 9 obj",
			"with with ADP 12 case",
			"Tehran Tehran PROPN 9 obl",
		}}, []want{{"USAGOV", "IRNGOV", "040", hearsay.Hypothetical}}},
		{"what a go-between obtained from its owners and hands on is theirs (the candidate's reading)", [][]string{{
			"Al-Watan Al-Watan PROPN 2 nsubj",
			"reported report VERB 0 root",
		}, {
			"an a DET 2 det",
			"intermediary intermediary NOUN 3 compound",
			"meets meet NOUN 7 obl NNS",
			"American American ADJ 5 amod",
			"officials official NOUN 3 conj NNS",
			", , PUNCT 7 punct",
			"obtains obtain VERB 0 root VBZ",
			"information information NOUN 7 obj",
			"from from ADP 10 case",
			"them they PRON 7 obl PRP",
			"and and CCONJ 12 cc",
			"hands hand VERB 7 conj VBZ",
			"it it PRON 12 obj PRP",
			"on on ADP 16 case",
			"to to ADP 16 case",
			"Damascus Damascus PROPN 12 obl",
		}}, []want{{"USAGOV", "SYRGOV", "064", hearsay.Asserted}}},
		{"what a go-between obtained from its owners and hands on is theirs (the shipped reading)", [][]string{{
			"an a DET 2 det",
			"intermediary intermediary NOUN 3 compound",
			"meets meet NOUN 7 nsubj NNS",
			"American American ADJ 5 amod",
			"officials official NOUN 3 conj NNS",
			", , PUNCT 7 punct",
			"obtains obtain VERB 0 root VBZ",
			"information information NOUN 7 obj",
			"from from ADP 10 case",
			"them they PRON 8 nmod PRP",
			"and and CCONJ 12 cc",
			"hands hand VERB 7 conj VBZ",
			"it it PRON 12 obj PRP",
			"on on ADP 16 case",
			"to to ADP 16 case",
			"Damascus Damascus PROPN 12 obl",
		}}, []want{{"USAGOV", "SYRGOV", "064", hearsay.Asserted}}},
		{"a cooperative noun's partner right after it, 'with' hung on the verb", [][]string{{
			"Washington Washington PROPN 10 nsubj",
			", , PUNCT 4 punct",
			"which which PRON 4 nsubj",
			"denies deny VERB 1 acl:relcl VBZ",
			"any any DET 6 det",
			"cooperation cooperation NOUN 4 obj",
			"with with ADP 8 case",
			"Damascus Damascus PROPN 4 obl",
			"would would AUX 10 aux",
			"acknowledge acknowledge VERB 0 root",
			"it it PRON 10 obj",
		}}, []want{{"USAGOV", "SYRGOV", "060", hearsay.Asserted}}},
		{"a verb made a modifier of its object, with a subject of its own", [][]string{{
			"Egyptian egyptian ADJ 2 amod",
			"police police NOUN 3 nsubj",
			"opened open VERB 4 amod VBN",
			"fire fire NOUN 0 root",
			"to to PART 6 mark",
			"disperse disperse VERB 4 acl",
			"demonstrators demonstrator NOUN 6 obj",
		}}, []want{{"EGYCOP", "EGYOPP", "193", hearsay.Asserted}}},
		{"a counted subject the parse made an oblique", [][]string{{
			"Up up ADP 6 mark",
			"to to ADP 5 case",
			"100 100 NUM 5 nummod",
			"ethnic ethnic ADJ 5 amod",
			"Albanians Albanian PROPN 6 obl NNPS",
			"demonstrated demonstrate VERB 10 advcl VBD",
			"in in ADP 8 case",
			"Serbia Serbia PROPN 6 obl",
			"Belgrade Belgrade PROPN 10 nsubj",
			"said say VERB 0 root VBD",
		}}, []want{{"SRB", "SRBGOV", "141", hearsay.Asserted}}}, // ethnic Albanians in Serbia are Serbia's people, protesting to their government
		{"a bare participle the parse made a clause is the noun's reduced relative", [][]string{{
			"The the DET 3 det",
			"air air NOUN 3 compound",
			"strikes strike NOUN 5 nsubj NNS",
			", , PUNCT 3 punct",
			"carried carry VERB 24 ccomp VBN",
			"out out ADP 5 compound:prt",
			"by by ADP 9 case",
			"the the DET 9 det",
			"US US PROPN 5 obl",
			"together together ADV 5 advmod",
			"with with ADP 12 case",
			"Jordan Jordan PROPN 5 obl",
			"against against ADP 15 case",
			"Islamic Islamic ADJ 15 amod",
			"State State PROPN 3 nmod",
			", , PUNCT 17 punct",
			"began begin VERB 5 dep VBD",
			"at at ADP 20 case",
			"around around ADV 20 advmod",
			"0030 0030 NUM 17 obl",
			", , PUNCT 17 punct",
			"US US PROPN 23 compound",
			"officials official NOUN 24 nsubj",
			"said say VERB 0 root VBD",
		}}, []want{{"USA", "IMGMUSISI", "195", hearsay.Asserted}, {"JOR", "IMGMUSISI", "195", hearsay.Asserted}}},
		{"a report clause hung under what it reports", [][]string{{
			"The the DET 3 det",
			"United United PROPN 3 compound",
			"States States PROPN 5 nsubj",
			"has have AUX 5 aux",
			"started start VERB 0 root VBN",
			"passing pass VERB 15 advcl VBG",
			"intelligence intelligence NOUN 6 obj",
			"to to ADP 10 case",
			"the the DET 10 det",
			"Syrians Syrian PROPN 6 obl NNPS",
			"through through ADP 12 case",
			"intermediaries intermediary NOUN 10 nmod",
			", , PUNCT 6 punct",
			"AFP AFP PROPN 15 nsubj",
			"reported report VERB 5 ccomp VBD",
			"on on ADP 17 case",
			"Tuesday Tuesday PROPN 15 obl",
		}}, []want{{"USA", "SYR", "064", hearsay.Asserted}}},
		{"the opening name, not a noun of its apposition, is the subject", [][]string{{
			"Pakistan Pakistan PROPN 9 nsubj",
			", , PUNCT 5 punct",
			"a a DET 5 det",
			"key key ADJ 5 amod",
			"U.S. U.S. PROPN 1 appos",
			"ally ally ADV 9 advmod",
			"in in ADP 9 case",
			"the the DET 9 det",
			"war war NOUN 14 nsubj",
			"against against ADP 11 case",
			"terrorism terrorism NOUN 9 nmod",
			", , PUNCT 9 punct",
			"has have AUX 14 aux",
			"refused refuse VERB 0 root VBN",
			"to to PART 16 mark",
			"deploy deploy VERB 14 xcomp",
			"peacekeepers peacekeeper NOUN 16 obj",
			"in in ADP 19 case",
			"Iraq Iraq PROPN 17 nmod",
		}}, []want{{"PAK", "IRQMIL", "120", hearsay.Asserted}}},
		{"what a report clause after it tells is no act of the report's", [][]string{{
			"Iran Iran PROPN 4 nsubj",
			"on on ADP 3 case",
			"Thursday Thursday PROPN 1 nmod",
			"signed sign VERB 11 ccomp VBD",
			"a a DET 7 det",
			"trade trade NOUN 7 compound",
			"agreement agreement NOUN 4 obj",
			"with with ADP 9 case",
			"Iraq Iraq PROPN 4 obl",
			", , PUNCT 4 punct",
			"officials official NOUN 11 nsubj",
			"said say VERB 0 root VBD",
		}}, []want{{"IRN", "IRQ", "057", hearsay.Asserted}}},
		{"a purpose infinitive hung on a noun of the verb's phrase is the verb's subject's act", [][]string{{
			"Washington Washington PROPN 3 nsubj",
			"had have AUX 3 aux",
			"approached approach VERB 0 root VBN",
			"Iran Iran PROPN 3 obj",
			"in in ADP 7 case",
			"the the DET 7 det",
			"days day NOUN 3 obl",
			"of of ADP 10 case",
			"the the DET 10 det",
			"crisis crisis NOUN 7 nmod",
			"to to PART 12 mark",
			"ask ask VERB 10 acl VB",
			"whether whether SCONJ 17 mark",
			"the the DET 16 det",
			"two two NUM 16 nummod",
			"countries country NOUN 17 nsubj",
			"could could AUX 17 aux",
			"work work VERB 12 advcl VB",
			"together together ADV 17 advmod",
		}}, []want{{"USAGOV", "IRN", "020", hearsay.Asserted}}},
		{"an aim stated as the head infinitive, 'said' parataxis of the aim, with a plan conjoined low", [][]string{{
			"The the DET 2 det",
			"aim aim NOUN 9 nsubj:outer",
			", , PUNCT 5 punct",
			"Kerry Kerry PROPN 5 nsubj",
			"said say VERB 2 parataxis VBD",
			", , PUNCT 5 punct",
			"was be AUX 9 cop",
			"to to PART 9 mark",
			"warn warn VERB 0 root VB",
			"Damascus Damascus PROPN 9 obj",
			"not not PART 13 advmod",
			"to to PART 13 mark",
			"threaten threaten VERB 9 xcomp VB",
			"American American ADJ 15 amod",
			"aircraft aircraft NOUN 13 obj",
			", , PUNCT 19 punct",
			"and and CCONJ 19 cc",
			"there there PRON 19 expl",
			"were be VERB 13 conj VBD",
			"no no DET 21 det",
			"plans plan NOUN 19 nsubj",
			"for for ADP 24 case",
			"any any DET 24 det",
			"coordination coordination NOUN 21 nmod",
			"with with ADP 28 case",
			"Assad Assad PROPN 28 nmod:poss",
			"'s 's PART 26 case",
			"government government NOUN 24 nmod",
		}}, []want{{"USAGOV", "SYRGOV", "130", hearsay.Asserted}, {"USAGOV", "SYRGOV", "062", hearsay.Negated}}},
		{"a conjunct with 'did' hung on a told clause the parse made relative", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"told tell VERB 0 root VBD",
			"Syria Syria PROPN 2 iobj",
			"ahead ahead ADV 2 advmod",
			"of of ADP 6 case",
			"time time NOUN 4 obl",
			"that that PRON 10 obj",
			"strikes strike NOUN 10 nsubj",
			"were be AUX 10 aux",
			"coming come VERB 6 acl:relcl VBG",
			", , PUNCT 15 punct",
			"but but CCONJ 15 cc",
			"did do AUX 15 aux",
			"not not PART 15 advmod",
			"coordinate coordinate VERB 10 conj VB",
			"them they PRON 15 obj",
			"with with ADP 18 case",
			"Damascus Damascus PROPN 15 obl",
		}}, []want{{"USAGOV", "SYRGOV", "062", hearsay.Negated}}},
		{"no subject across a colon: the phrase right before the verb is its subject", [][]string{{
			"the the DET 2 det",
			"snub snub NOUN 3 nsubj",
			"ran run VERB 0 root VBD",
			"the the DET 6 det",
			"other other ADJ 6 amod",
			"way way NOUN 18 nsubj",
			": : PUNCT 10 punct",
			"in in ADP 10 case",
			"his his PRON 10 nmod:poss",
			"telling telling NOUN 6 nmod",
			", , PUNCT 14 punct",
			"the the DET 14 det",
			"US US PROPN 14 compound",
			"ambassador ambassador NOUN 10 appos",
			"in in ADP 16 case",
			"Iraq Iraq PROPN 14 nmod",
			"had have AUX 18 aux",
			"asked ask VERB 3 ccomp VBN",
			"his his PRON 21 nmod:poss",
			"Iranian Iranian ADJ 21 amod",
			"counterpart counterpart NOUN 18 obj",
			"for for ADP 23 case",
			"talks talk NOUN 18 obl",
		}}, []want{{"USAGOV", "IRNGOV", "026", hearsay.Asserted}}},
		{"the infinitive after the object fills a verb's complement whether xcomp or advcl", [][]string{{
			"Kerry Kerry PROPN 19 nsubj NNP",
			", , PUNCT 6 punct ,",
			"who who PRON 6 nsubj WP",
			"was be AUX 6 cop VBD",
			"in in ADP 6 case IN",
			"Turkey Turkey PROPN 1 acl:relcl NNP",
			"to to PART 8 mark TO",
			"press press VERB 6 acl VB",
			"Ankara Ankara PROPN 8 obj NNP",
			"to to PART 11 mark TO",
			"take take VERB 8 advcl VB",
			"a a DET 14 det DT",
			"bigger big ADJ 14 amod JJR",
			"part part NOUN 11 obj NN",
			"in in ADP 17 case IN",
			"the the DET 17 det DT",
			"campaign campaign NOUN 14 nmod NN",
			", , PUNCT 1 punct ,",
			"told tell VERB 0 root VBD",
			"reporters reporter NOUN 19 obj NNS",
		}}, []want{{"USAGOV", "TURGOV", "020", hearsay.Asserted}}},
		{"a verb made parataxis of a word of the opening name's apposition is the name's", [][]string{{
			"Russia Russia PROPN 7 vocative",
			", , PUNCT 1 punct",
			"Assad Assad PROPN 7 nmod:poss",
			"'s 's PART 3 case",
			"most most ADV 6 advmod",
			"important important ADJ 7 amod",
			"foreign foreign ADJ 0 root",
			"ally ally ADV 7 advmod",
			", , PUNCT 11 punct",
			"separately separately ADV 11 advmod",
			"urged urge VERB 7 parataxis VBD",
			"Arab Arab ADJ 13 amod",
			"governments government NOUN 11 obj",
		}}, []want{{"RUS", "ARBGOV", "020", hearsay.Asserted}}},
		{"a conjunction read as a preposition: the noun after it is the next verb's subject", [][]string{{
			"planes plane NOUN 2 nsubj",
			"conveyed convey VERB 0 root VBD",
			"it it PRON 2 obj",
			"through through ADP 5 case",
			"intermediaries intermediary NOUN 2 obl",
			", , PUNCT 9 punct",
			"before before ADP 9 case",
			"Syrian Syrian ADJ 9 amod",
			"warplanes warplane NOUN 5 nmod",
			"today today NOUN 2 obl:unmarked",
			"raided raid VERB 2 parataxis VBD",
			"IS IS PROPN 13 compound",
			"sites site NOUN 11 obj",
		}}, []want{{"SYRMIL", "IMGMUSISI", "190", hearsay.Asserted}}},
	}
	c := New(actor.Builtin(), nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(c.Code(conll(t, tt.sents...), published))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %v; got %v", w, got)
				}
			}
		})
	}
}

// TestToldAnAgency: telling a news agency ("the official told Reuters") is
// how a claim is sourced, not an event; what was conveyed to whom is.
func TestToldAnAgency(t *testing.T) {
	tests := []struct {
		name      string
		sents     [][]string
		want, not []want
	}{
		{"the candidate's reading: 'told' a verb with the agency its object", [][]string{{
			"Washington Washington PROPN 3 nsubj",
			"had have AUX 3 aux",
			"conveyed convey VERB 0 root",
			"its its PRON 5 nmod:poss",
			"intentions intention NOUN 3 obj",
			"to to ADP 8 case",
			"the the DET 8 det",
			"Iranians Iranian PROPN 5 nmod NNPS",
			", , PUNCT 12 punct",
			"the the DET 11 det",
			"official official NOUN 12 nsubj",
			"told tell VERB 3 parataxis VBD",
			"Reuters Reuters PROPN 12 obj",
		}}, []want{{"USAGOV", "IRN", "040", hearsay.Asserted}}, []want{{"GOV", "", "040", hearsay.Asserted}}},
		{"an official told another party is an event", [][]string{{
			"the the DET 2 det",
			"official official NOUN 3 nsubj",
			"told tell VERB 0 root",
			"Iran Iran PROPN 3 obj",
			"that that SCONJ 7 mark",
			"strikes strike NOUN 7 nsubj",
			"were be AUX 7 aux",
			"coming come VERB 3 ccomp",
		}}, []want{{"GOV", "IRN", "040", hearsay.Asserted}}, nil},
	}
	c := New(actor.Builtin(), nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(c.Code(conll(t, tt.sents...), published))
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

// TestRepairParse checks the mended trees themselves: which heads change,
// which stay, and that the Doc passed in is left as it came.
func TestRepairParse(t *testing.T) {
	tests := []struct {
		name  string
		sent  []string
		heads []int          // wanted heads, 1-based, 0 for the root
		rels  map[int]string // wanted relations of some tokens, 1-based
	}{
		{"a bare participle clause with a finite verb hung on it", []string{
			"strikes strike NOUN 2 nsubj NNS",
			"carried carry VERB 0 root VBN",
			"by by ADP 4 case",
			"Jordan Jordan PROPN 2 obl",
			"began begin VERB 2 dep VBD",
			"yesterday yesterday NOUN 5 obl:tmod",
		}, []int{5, 1, 4, 2, 0, 5}, map[int]string{1: "nsubj", 2: "acl", 4: "obl:agent"}},
		{"a participle spelt like its lemma is left alone", []string{
			"letting let VERB 0 root VBG",
			"government government NOUN 3 nsubj",
			"know know VERB 1 ccomp VBN",
			"more more ADJ 3 obj",
		}, []int{0, 3, 1, 3}, nil},
		{"a report clause under what it tells, with the told verb's object its second subject", []string{
			"army army NOUN 2 nsubj",
			"forced force VERB 0 root VBD",
			"out out ADP 2 compound:prt",
			"refugees refugee NOUN 9 nsubj NNS",
			"from from ADP 6 case",
			"homes home NOUN 4 nmod",
			", , PUNCT 8 punct",
			"residents resident NOUN 9 nsubj",
			"said say VERB 2 ccomp VBD",
		}, []int{2, 0, 2, 2, 6, 4, 8, 9, 2}, map[int]string{4: "obj", 9: "parataxis"}},
		{"the noun after a verb with no object, made a subject of a bare clause, is the object", []string{
			"officers officer NOUN 2 nsubj NNS",
			"ended end VERB 0 root VBD",
			"mediation mediation NOUN 4 compound",
			"efforts effort NOUN 7 nsubj NNS",
			"as as ADP 6 case",
			"shells shell NOUN 4 nmod NNS",
			"continued continue VERB 2 ccomp VBD",
			"crashing crash VERB 7 xcomp VBG",
		}, []int{2, 0, 4, 2, 6, 4, 2, 7}, map[int]string{4: "obj", 7: "advcl"}},
		{"not after a verb that takes a bare clause", []string{
			"officials official NOUN 2 nsubj NNS",
			"hoped hope VERB 0 root VBD",
			"talks talk NOUN 4 nsubj NNS",
			"resumed resume VERB 2 ccomp VBD",
		}, []int{2, 0, 4, 2}, map[int]string{3: "nsubj", 4: "ccomp"}},
		{"a participle with an auxiliary is a clause", []string{
			"officials official NOUN 2 nsubj",
			"said say VERB 0 root VBD",
			"strikes strike NOUN 5 nsubj NNS",
			"had have AUX 5 aux",
			"begun begin VERB 2 ccomp VBN",
		}, []int{2, 0, 5, 5, 2}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := conll(t, tt.sent)
			before := slices.Clone(d.Tokens)
			r := repairParse(d)
			if !slices.Equal(d.Tokens, before) {
				t.Fatalf("repairParse changed the Doc it was given")
			}
			for i, w := range tt.heads {
				if got := r.Tokens[i].Head + 1; got != w {
					t.Errorf("token %d %q: head %d, want %d", i+1, r.Tokens[i].Form, got, w)
				}
			}
			for i, w := range tt.rels {
				if got := r.Tokens[i-1].Rel; got != w {
					t.Errorf("token %d %q: relation %s, want %s", i, r.Tokens[i-1].Form, got, w)
				}
			}
		})
	}
}
