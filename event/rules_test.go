package event

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"hearsay"
	"hearsay/event/actor"
)

// TestArgumentRules covers the argument rules over hand-built parses:
// each case is one or more sentences and the events they must yield.
func TestArgumentRules(t *testing.T) {
	tests := []struct {
		name  string
		sents [][]string
		want  []want
	}{
		{"between X and Y on the verb an event noun is subject of", [][]string{{
			"Coordination coordination NOUN 3 nsubj",
			"has have AUX 3 aux",
			"begun begin VERB 0 root",
			"between between ADP 6 case",
			"the the DET 6 det",
			"US US PROPN 3 obl",
			"and and CCONJ 8 cc",
			"Damascus Damascus PROPN 6 conj",
			". . PUNCT 3 punct",
		}}, []want{{"USA", "SYRGOV", "062", hearsay.Asserted}}},
		{"what one joins against someone names the enemy, not the partner", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"joined join VERB 0 root",
			"the the DET 4 det",
			"fight fight NOUN 2 obj",
			"against against ADP 6 case",
			"IS IS PROPN 4 nmod",
			". . PUNCT 2 punct",
		}}, []want{{"IRN", "", "062", hearsay.Asserted}}},
		{"a negation above a report stays out of it", [][]string{{
			"Officials official NOUN 2 nsubj",
			"asked ask VERB 0 root",
			"not not PART 5 advmod",
			"to to PART 5 mark",
			"say say VERB 2 xcomp",
			"that that SCONJ 8 mark",
			"Iraq Iraq PROPN 8 nsubj",
			"attacked attack VERB 5 ccomp",
			"Jordan Jordan PROPN 8 obj",
		}}, []want{{"IRQ", "JOR", "190", hearsay.Asserted}}},
		{"intermediaries of a transfer pass it on too", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"passed pass VERB 0 root",
			"intelligence intelligence NOUN 2 obj",
			"to to ADP 5 case",
			"Damascus Damascus PROPN 2 obl",
			"through through ADP 7 case",
			"Iraq Iraq PROPN 2 obl",
		}}, []want{{"USAGOV", "SYRGOV", "064", hearsay.Asserted}, {"IRQ", "SYRGOV", "064", hearsay.Asserted}}},
		{"coordinated modifiers of an event noun", [][]string{{
			"the the DET 5 det",
			"US US PROPN 5 nsubj",
			"and and CCONJ 5 cc",
			"Syrian Syrian ADJ 5 amod",
			"strikes strike NOUN 2 conj",
			"on on ADP 7 case",
			"IS IS PROPN 5 nmod",
		}}, []want{{"SYR", "IMGMUSISI", "190", hearsay.Asserted}, {"USA", "IMGMUSISI", "190", hearsay.Asserted}}},
		{"cooperation takes the partner, not the common enemy", [][]string{{
			"Syria Syria PROPN 2 nsubj",
			"cooperated cooperate VERB 0 root",
			"against against ADP 4 case",
			"IS IS PROPN 2 obl",
			"with with ADP 6 case",
			"Jordan Jordan PROPN 2 obl",
		}}, []want{{"SYR", "JOR", "060", hearsay.Asserted}}},
		{"an existential report names its speaker as the party", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"says say VERB 0 root",
			"there there PRON 4 expl",
			"is be VERB 2 ccomp",
			"no no DET 7 det",
			"military military ADJ 7 amod",
			"cooperation cooperation NOUN 4 nsubj",
			"with with ADP 9 case",
			"Iran Iran PROPN 7 nmod",
		}}, []want{{"USAGOV", "IRN", "062", hearsay.Negated}}},
		{"a quote's postposed speaker is the party to 'no X and no Y'", [][]string{{
			"\" \" PUNCT 4 punct",
			"There there PRON 4 expl",
			"will will AUX 4 aux",
			"be be VERB 0 root",
			"no no DET 7 det",
			"military military ADJ 7 amod",
			"cooperation cooperation NOUN 4 nsubj",
			"with with ADP 9 case",
			"Iran Iran PROPN 7 nmod",
			"and and CCONJ 14 cc",
			"no no DET 14 det",
			"intelligence intelligence NOUN 14 compound",
			"- - PUNCT 12 punct",
			"sharing sharing NOUN 7 conj",
			"with with ADP 16 case",
			"them they PRON 14 nmod",
			", , PUNCT 4 punct",
			"\" \" PUNCT 20 punct",
			"Washington Washington PROPN 20 nsubj",
			"said say VERB 4 ccomp",
			". . PUNCT 20 punct",
		}}, []want{{"USAGOV", "IRN", "062", hearsay.Negated}, {"USAGOV", "IRN", "064", hearsay.Negated}}},
		{"ruling out role-word and cooperation objects targets the partner", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"rules rule VERB 0 root",
			"out out ADP 2 compound:prt",
			"military military NOUN 2 obj",
			", , PUNCT 7 punct",
			"intelligence intelligence NOUN 7 compound",
			"cooperation cooperation NOUN 4 conj",
			"with with ADP 9 case",
			"Iran Iran PROPN 7 nmod",
		}}, []want{{"USAGOV", "IRN", "1214", hearsay.Asserted}}},
		{"'with them' in a second conjunct is the first conjunct's partner", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"attacked attack VERB 0 root",
			"IS IS PROPN 2 obj",
			". . PUNCT 2 punct",
		}, {
			"Washington Washington PROPN 2 nsubj",
			"said say VERB 0 root",
			"there there PRON 4 expl",
			"is be VERB 2 ccomp",
			"no no DET 6 det",
			"cooperation cooperation NOUN 4 nsubj",
			"with with ADP 8 case",
			"Iran Iran PROPN 6 nmod",
			"and and CCONJ 12 cc",
			"no no DET 12 det",
			"intelligence intelligence NOUN 12 compound",
			"sharing sharing NOUN 6 conj",
			"with with ADP 14 case",
			"them they PRON 12 nmod",
		}}, []want{{"USAGOV", "IRN", "060", hearsay.Negated}, {"USAGOV", "IRN", "064", hearsay.Negated}}},
		{"a rejected cooperation next to a role-word object in a scattered parse", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"rules rule VERB 0 root",
			"out out ADP 2 compound:prt",
			"military military NOUN 2 obj",
			", , PUNCT 7 punct",
			"intelligence intelligence NOUN 7 compound",
			"cooperation cooperation NOUN 11 nsubj",
			"with with ADP 9 case",
			"Iran Iran PROPN 7 nmod",
			"allies ally NOUN 11 nsubj",
			"form form VERB 2 parataxis",
		}}, []want{{"USAGOV", "IRN", "1214", hearsay.Asserted}}},
		{"definite strikes recall the earlier target; together-with partners", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"attacked attack VERB 0 root",
			"IS IS PROPN 2 obj",
			". . PUNCT 2 punct",
		}, {
			"The the DET 2 det",
			"strikes strike NOUN 10 nsubj",
			", , PUNCT 4 punct",
			"carried carry VERB 2 acl",
			"out out ADP 4 compound:prt",
			"by by ADP 7 case",
			"Iraq Iraq PROPN 4 obl:agent",
			"together together ADV 4 advmod",
			"with with ADP 10 case",
			"Israel Israel PROPN 4 obl",
			"began begin VERB 0 root",
		}}, []want{
			{"JOR", "IMGMUSISI", "190", hearsay.Asserted},
			{"IRQ", "IMGMUSISI", "190", hearsay.Asserted}, {"ISR", "IMGMUSISI", "190", hearsay.Asserted},
		}},
		{"a reaction targets the doer of the act reacted to", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"denounced denounce VERB 0 root",
			"the the DET 5 det",
			"Syrian Syrian ADJ 5 amod",
			"strikes strike NOUN 2 obj",
			"against against ADP 7 case",
			"Jordan Jordan PROPN 5 nmod",
		}}, []want{{"IRN", "SYR", "1123", hearsay.Asserted}}},
		{"a party's own 'could help' is an offer", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"said say VERB 0 root",
			"it it PRON 5 nsubj",
			"could could AUX 5 aux",
			"help help VERB 2 ccomp",
			"Iraq Iraq PROPN 5 obj",
		}}, []want{{"IRN", "IRQ", "033", hearsay.Hypothetical}}},
		{"one's own troops are not the target", [][]string{{
			"Syria Syria PROPN 2 nsubj",
			"withdrew withdraw VERB 0 root",
			"its its PRON 4 nmod:poss",
			"warplanes warplane NOUN 2 obj",
			"from from ADP 6 case",
			"Jordan Jordan PROPN 2 obl",
		}}, []want{{"SYR", "JOR", "087", hearsay.Asserted}}},
		{"a protest with no target is against the protesters' government", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"protested protest VERB 0 root",
		}}, []want{{"JOR", "JORGOV", "141", hearsay.Asserted}}},
		{"a role with no country takes the place's", [][]string{{
			"Warplanes warplane NOUN 2 nsubj",
			"attacked attack VERB 0 root",
			"IS IS PROPN 2 obj",
			"in in ADP 5 case",
			"Syria Syria PROPN 2 obl",
		}}, []want{{"SYRMIL", "IMGMUSISI", "190", hearsay.Asserted}}},
		{"a place named after 'the town of' gives its country as target", [][]string{{
			"Officials official NOUN 2 nsubj",
			"imposed impose VERB 0 root",
			"a a DET 4 det",
			"curfew curfew NOUN 2 obj",
			"in in ADP 7 case",
			"the the DET 7 det",
			"town town NOUN 2 obl",
			"of of ADP 9 case",
			"Irbid Irbid PROPN 7 nmod",
		}}, []want{{"JORGOV", "JOR", "1723", hearsay.Asserted}}},
		{"a concession on a place is on its country; words of direction are skipped", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"lifted lift VERB 0 root",
			"the the DET 4 det",
			"curfew curfew NOUN 2 obj",
			"in in ADP 7 case",
			"northern northern ADJ 7 amod",
			"Syria Syria PROPN 2 obl",
		}}, []want{{"JOR", "SYR", "0813", hearsay.Asserted}}},
		{"a country's act in its own land has no target from the place", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"lifted lift VERB 0 root",
			"the the DET 4 det",
			"curfew curfew NOUN 2 obj",
			"in in ADP 6 case",
			"Irbid Irbid PROPN 2 obl",
		}}, []want{{"JOR", "", "0813", hearsay.Asserted}}},
		{"an agency told the story is no actor, even as a misparsed subject", [][]string{{
			"An a DET 2 det",
			"official official NOUN 6 nsubj:outer",
			"told tell VERB 4 amod",
			"Reuters Reuters PROPN 6 nsubj",
			"Washington Washington PROPN 6 nsubj",
			"gave give VERB 0 root",
			"Tehran Tehran PROPN 8 compound",
			"notice notice NOUN 6 obj",
		}}, []want{{"USAGOV", "IRN", "040", hearsay.Asserted}}},
		{"feeding information to a partner shares intelligence", [][]string{{
			"Washington Washington PROPN 4 nsubj",
			"is be AUX 4 aux",
			"already already ADV 4 advmod",
			"feeding feed VERB 0 root",
			"information information NOUN 4 obj",
			"to to ADP 7 case",
			"Damascus Damascus PROPN 4 obl",
			". . PUNCT 4 punct",
		}}, []want{{"USAGOV", "SYRGOV", "064", hearsay.Asserted}}},
		{"joint operations with a partner are military cooperation", [][]string{{
			"Washington Washington PROPN 5 nsubj",
			"would would AUX 5 aux",
			"not not PART 5 advmod",
			"be be AUX 5 aux",
			"conducting conduct VERB 0 root",
			"joint joint ADJ 8 amod",
			"military military ADJ 8 amod",
			"operations operation NOUN 5 obj",
			"with with ADP 10 case",
			"Iran Iran PROPN 8 nmod",
			". . PUNCT 5 punct",
		}}, []want{{"USAGOV", "IRN", "062", hearsay.Negated}}},
		{"a topic is no target of a transfer whose recipient is named", [][]string{{
			"American American ADJ 2 amod",
			"intelligence intelligence NOUN 6 nsubj",
			"on on ADP 4 case",
			"IS IS PROPN 2 nmod",
			"was be AUX 6 aux",
			"reaching reach VERB 0 root",
			"Damascus Damascus PROPN 6 obj",
			". . PUNCT 6 punct",
		}}, []want{{"USA", "SYRGOV", "064", hearsay.Asserted}}},
		{"a participle modifying what is passed is the transfer", [][]string{{
			"Officials official NOUN 2 nsubj",
			"said say VERB 0 root",
			"information information NOUN 9 nsubj",
			"passed pass VERB 3 acl",
			"to to ADP 6 case",
			"Damascus Damascus PROPN 4 obl",
			"by by ADP 8 case",
			"Washington Washington PROPN 4 obl",
			"helped help VERB 2 ccomp",
		}}, []want{{"USAGOV", "SYRGOV", "064", hearsay.Asserted}}},
		{"a person's government is the nearest person's, not the speaker's", [][]string{{
			"Obama Obama PROPN 2 nsubj",
			"said say VERB 0 root",
			"Washington Washington PROPN 4 nsubj",
			"snubbed snub VERB 2 ccomp",
			"Assad Assad PROPN 4 obj",
			"and and CCONJ 7 cc",
			"had have VERB 4 conj",
			"no no DET 9 det",
			"intention intention NOUN 7 obj",
			"of of ADP 11 mark",
			"coordinating coordinate VERB 9 acl",
			"with with ADP 14 case",
			"his his PRON 14 nmod:poss",
			"government government NOUN 11 obl",
		}}, []want{{"USAGOV", "SYRGOV", "062", hearsay.Negated}}},
		{"a role with no country is of the other party's country", [][]string{{
			"Rebels rebel NOUN 2 nsubj",
			"demanded demand VERB 0 root",
			"the the DET 4 det",
			"resignation resignation NOUN 2 obj",
			"of of ADP 6 case",
			"Obama Obama PROPN 4 nmod",
		}}, []want{{"USAREB", "USAGOV", "1041", hearsay.Asserted}}},
		{"but not in an act of force", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"attacked attack VERB 0 root",
			"rebels rebel NOUN 2 obj",
		}}, []want{{"USAGOV", "REB", "190", hearsay.Asserted}}},
		{"the owner of what a passive passes passes it; the go-between does not", [][]string{{
			"American American ADJ 2 amod",
			"information information NOUN 5 nsubj:pass",
			"was be AUX 5 aux",
			"being be AUX 5 aux:pass",
			"passed pass VERB 0 root",
			"to to ADP 7 case",
			"Damascus Damascus PROPN 5 obl",
			"through through ADP 9 case",
			"Iraq Iraq PROPN 5 obl",
		}}, []want{{"USA", "SYRGOV", "064", hearsay.Asserted}}},
		{"a 'with' clause the parse made of what is supplied", [][]string{{
			"US US PROPN 2 nsubj",
			"supplying supply VERB 0 root",
			"Syria Syria PROPN 2 obj",
			"with with SCONJ 5 mark",
			"targeting target VERB 2 advcl",
			"intelligence intelligence NOUN 5 obj",
		}}, []want{{"USA", "SYR", "064", hearsay.Asserted}}},
		{"a decision taken is the act, not an intent", [][]string{{
			"Syria Syria PROPN 2 nsubj",
			"decided decide VERB 0 root",
			"to to PART 4 mark",
			"release release VERB 2 xcomp",
			"Jordan Jordan PROPN 4 obj",
		}}, []want{{"SYR", "JOR", "084", hearsay.Asserted}}},
		{"opening a bridge is no offer; a to-infinitive's stray subject is the parse's slip", [][]string{{
			"Syria Syria PROPN 2 nsubj",
			"opened open VERB 0 root",
			"the the DET 4 det",
			"bridge bridge NOUN 2 obj",
			"after after ADP 8 mark",
			"years year NOUN 8 nsubj",
			"to to PART 8 mark",
			"allow allow VERB 2 advcl",
			"Jordan Jordan PROPN 8 obj",
		}}, []want{{"SYR", "JOR", "080", hearsay.Asserted}}},
		{"being open to an act is an offer", [][]string{{
			"Syria Syria PROPN 3 nsubj",
			"is be AUX 3 cop",
			"open open ADJ 0 root",
			"to to ADP 5 case",
			"Jordan Jordan PROPN 3 obl",
		}}, []want{{"SYR", "JOR", "030", hearsay.Asserted}}},
		{"a sentence-initial actor the parse left as a modifier is the subject", [][]string{{
			"Damascus damascus ADV 3 advmod",
			"again again ADV 3 advmod",
			"rejected reject VERB 0 root",
			"Jordan Jordan PROPN 3 obj",
		}}, []want{{"SYRGOV", "JOR", "120", hearsay.Asserted}}},
		{"a name in a phrase goes before its possessive pronoun", [][]string{{
			"Iraq Iraq PROPN 2 nsubj",
			"demanded demand VERB 0 root",
			"that that SCONJ 7 mark",
			"its its PRON 6 nmod:poss",
			"Syrian Syrian ADJ 6 amod",
			"partners partner NOUN 7 nsubj",
			"withdraw withdraw VERB 2 ccomp",
		}}, []want{{"IRQ", "SYR", "1056", hearsay.Asserted}}},
		{"'is prepared to' states a disposition, not a passive", [][]string{{
			"Syria Syria PROPN 3 nsubj:pass",
			"is be AUX 3 aux:pass",
			"prepared prepare VERB 0 root",
			"to to PART 5 mark",
			"attack attack VERB 3 xcomp",
			"Jordan Jordan PROPN 5 obj",
		}}, []want{{"SYR", "JOR", "138", hearsay.Asserted}}},
		{"troops a show of force moves are no target; the act it is for names one", [][]string{{
			"Syria Syria PROPN 2 nsubj",
			"mobilized mobilize VERB 0 root",
			"warplanes warplane NOUN 2 obj",
			"for for ADP 5 case",
			"war war NOUN 2 obl",
			"against against ADP 7 case",
			"Jordan Jordan PROPN 5 nmod",
		}}, []want{{"SYR", "JOR", "150", hearsay.Asserted}}},
		{"a demand for an act by someone targets that one", [][]string{{
			"Syria Syria PROPN 2 nsubj",
			"demanded demand VERB 0 root",
			"an a DET 4 det",
			"admission admission NOUN 2 obj",
			"by by ADP 6 case",
			"Jordan Jordan PROPN 4 nmod",
		}}, []want{{"SYR", "JOR", "100", hearsay.Asserted}}},
		{"those who strike are not the civilians telling of it", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"attacked attack VERB 0 root",
			"IS IS PROPN 2 obj",
		}, {
			"Activists activist NOUN 2 nsubj",
			"said say VERB 0 root",
			"they they PRON 4 nsubj",
			"hit hit VERB 2 ccomp",
			"Iraq Iraq PROPN 4 obj",
		}}, []want{{"JOR", "IRQ", "190", hearsay.Asserted}}},
		{"but officials who tell of a strike may be its doers", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"attacked attack VERB 0 root",
			"IS IS PROPN 2 obj",
		}, {
			"Syrian Syrian ADJ 2 amod",
			"officials official NOUN 3 nsubj",
			"said say VERB 0 root",
			"they they PRON 5 nsubj",
			"hit hit VERB 3 ccomp",
			"Iraq Iraq PROPN 5 obj",
		}}, []want{{"SYRGOV", "IRQ", "190", hearsay.Asserted}}},
		{"a count with a place: thousands of activists throughout Syria", [][]string{{
			"Tens ten NOUN 8 nsubj",
			"of of ADP 3 case",
			"thousands thousand NOUN 1 nmod",
			"of of ADP 5 case",
			"activists activist NOUN 3 nmod",
			"throughout throughout ADP 7 case",
			"Syria Syria PROPN 3 nmod",
			"protested protest VERB 0 root",
		}}, []want{{"SYROPP", "SYRGOV", "141", hearsay.Asserted}}},
		{"an infinitive's 'by' phrase is no agent", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"rallied rally VERB 0 root",
			"to to PART 4 mark",
			"demand demand VERB 2 advcl",
			"reforms reform NOUN 4 obj",
			"by by ADP 7 case",
			"Syria Syria PROPN 4 obl",
		}}, []want{{"JOR", "SYR", "100", hearsay.Asserted}}},
		{"a role loyal to someone is on their side, and 'they' recalls the whole phrase", [][]string{{
			"Rebels rebel NOUN 6 nsubj",
			"loyal loyal ADJ 1 amod",
			"to to ADP 5 case",
			"Iraq Iraq PROPN 5 nmod:poss",
			"leader leader NOUN 2 obl",
			"said say VERB 0 root",
			"they they PRON 8 nsubj",
			"attacked attack VERB 6 ccomp",
			"Jordan Jordan PROPN 8 obj",
		}}, []want{{"IRQREB", "JOR", "190", hearsay.Asserted}}},
		{"a rank between a country and a title, however parsed", [][]string{{
			"On on ADP 2 case",
			"Tuesday Tuesday PROPN 5 obl",
			"Syrian Syrian PROPN 4 compound",
			"junior junior NOUN 2 appos",
			"officials official NOUN 6 nsubj",
			"attacked attack VERB 0 root",
			"Jordan Jordan PROPN 6 obj",
		}}, []want{{"SYRGOV", "JOR", "190", hearsay.Asserted}}},
		{"a name the tables lack after its title", [][]string{{
			"Syrian Syrian ADJ 5 obl",
			"officials official NOUN 1 flat",
			"Ali Ali PROPN 5 nsubj",
			"has have AUX 5 aux",
			"attacked attack VERB 0 root",
			"Jordan Jordan PROPN 5 obj",
		}}, []want{{"SYRGOV", "JOR", "190", hearsay.Asserted}}},
		{"a threat's condition names its target", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"threatened threaten VERB 0 root",
			"to to PART 4 mark",
			"launch launch VERB 2 xcomp",
			"war war NOUN 4 obj",
			"unless unless SCONJ 8 mark",
			"Jordan Jordan PROPN 8 nsubj",
			"accepted accept VERB 4 advcl",
			"terms term NOUN 8 obj",
		}}, []want{{"IRN", "JOR", "130", hearsay.Asserted}}},
		{"taking part joins the last act of force, each member of a list", [][]string{{
			"Air air NOUN 2 compound",
			"strikes strike NOUN 4 nsubj",
			"on on ADP 4 case",
			"IS IS PROPN 2 nmod",
			"began begin VERB 0 root",
		}, {
			"Officials official NOUN 2 nsubj",
			"said say VERB 0 root",
			"Jordan Jordan PROPN 8 nsubj",
			", , PUNCT 5 punct",
			"Iraq Iraq PROPN 3 nmod:unmarked",
			"and and CCONJ 7 cc",
			"Israel Israel PROPN 3 conj",
			"took take VERB 2 ccomp",
			"part part NOUN 8 obj",
		}}, []want{{"JOR", "IMGMUSISI", "195", hearsay.Asserted}, {"IRQ", "IMGMUSISI", "195", hearsay.Asserted}, {"ISR", "IMGMUSISI", "195", hearsay.Asserted}}},
		{"taking part in a named act", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"took take VERB 0 root",
			"part part NOUN 2 obj",
			"in in ADP 5 case",
			"raids raid NOUN 2 obl",
			"on on ADP 7 case",
			"IS IS PROPN 5 nmod",
		}}, []want{{"JOR", "IMGMUSISI", "190", hearsay.Asserted}}},
		{"an agentless contact passive: the last one to deal with the told", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"told tell VERB 0 root",
			"Iran Iran PROPN 2 obj",
		}, {
			"Iran Iran PROPN 3 nsubj:pass",
			"was be AUX 3 aux:pass",
			"notified notify VERB 0 root",
			"again again ADV 3 advmod",
		}}, []want{{"USAGOV", "IRN", "040", hearsay.Asserted}}},
		{"notified before an act of force: by its doer; its UN envoy is the country's", [][]string{{
			"Israel Israel PROPN 2 nsubj",
			"bombed bomb VERB 0 root",
			"IS IS PROPN 2 obj",
		}, {
			"Syria Syria PROPN 2 nsubj",
			"said say VERB 0 root",
			"its its PRON 5 nmod:poss",
			"UN UN PROPN 5 compound",
			"envoy envoy NOUN 7 nsubj:pass",
			"was be AUX 7 aux:pass",
			"informed inform VERB 2 ccomp",
			"before before ADP 10 case",
			"the the DET 10 det",
			"raids raid NOUN 7 obl",
		}}, []want{{"ISR", "SYRGOV", "040", hearsay.Asserted}}},
		{"an organisation's officials are not the place's", [][]string{{
			"Red Red PROPN 2 compound",
			"Cross Cross PROPN 3 compound",
			"officials official NOUN 4 nsubj",
			"suspended suspend VERB 0 root",
			"aid aid NOUN 4 obj",
			"in in ADP 7 case",
			"Irbid Irbid PROPN 4 obl",
		}}, []want{{"NGOHLHIRCGOV", "JOR", "162", hearsay.Asserted}}},
		{"a verbal act done for a purpose is addressed to the one the controlling verb reached", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"approached approach VERB 0 root",
			"Iran Iran PROPN 2 obj",
			"to to PART 5 mark",
			"ask ask VERB 2 advcl",
			"whether whether SCONJ 9 mark",
			"they they PRON 9 nsubj",
			"could could AUX 9 aux",
			"cooperate cooperate VERB 5 ccomp",
		}}, []want{{"USAGOV", "IRN", "040", hearsay.Asserted}, {"USAGOV", "IRN", "021", hearsay.Asserted}}},
		{"an appeal is made to the one named right after 'to' when the parse lost it", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"put put VERB 0 root",
			"a a DET 4 det",
			"request request NOUN 2 obj",
			"directly directly ADV 2 advmod",
			"to to ADP 5 xcomp",
			"Iran Iran PROPN 6 xcomp",
		}}, []want{{"USAGOV", "IRN", "020", hearsay.Asserted}}},
		{"rejecting 'it', an appeal just told of, targets who made it", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"put put VERB 0 root",
			"a a DET 4 det",
			"request request NOUN 2 obj",
			"to to ADP 6 case",
			"Iran Iran PROPN 2 obl",
			", , PUNCT 9 punct",
			"which which PRON 9 nsubj",
			"turned turn VERB 6 acl:relcl",
			"it it PRON 9 obj",
			"down down ADP 9 compound:prt",
		}}, []want{{"USAGOV", "IRN", "020", hearsay.Asserted}, {"IRN", "USAGOV", "120", hearsay.Asserted}}},
		{"the help is the act helped with, whatever the tagger made of its verb", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"helped help VERB 0 root",
			"arm arm NOUN 4 amod",
			"Iraq Iraq PROPN 2 obj",
		}}, []want{{"IRN", "IRQ", "072", hearsay.Asserted}}},
		{"the help is the act helped with, parsed as a complement", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"helped help VERB 0 root",
			"train train VERB 2 xcomp",
			"Iraq Iraq PROPN 3 obj",
		}}, []want{{"IRN", "IRQ", "072", hearsay.Asserted}}},
		{"a relative clause does not take the negation of the noun it modifies", [][]string{{
			"there there PRON 2 expl",
			"is be VERB 0 root",
			"no no DET 4 det",
			"cooperation cooperation NOUN 2 nsubj",
			"with with ADP 6 case",
			"Jordan Jordan PROPN 4 nmod",
			", , PUNCT 10 punct",
			"where where ADV 10 advmod",
			"Iran Iran PROPN 10 nsubj",
			"attacked attack VERB 4 acl:relcl",
			"Iraq Iraq PROPN 10 obj",
		}}, []want{{"IRN", "IRQ", "190", hearsay.Asserted}}},
		{"a government a people leads is the government of the place it is in", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"backs back VERB 0 root",
			"the the DET 7 det",
			"Shiite Shiite PROPN 6 compound",
			"- - PUNCT 4 punct",
			"led lead VERB 7 amod",
			"government government NOUN 2 obj",
			"in in ADP 9 case",
			"Baghdad Baghdad PROPN 7 nmod",
		}}, []want{{"IRN", "IRQGOV", "051", hearsay.Asserted}}},
		{"'the group' is the one the article called so, not the last group named", [][]string{{
			"Syria Syria PROPN 2 nsubj",
			"fights fight VERB 0 root",
			"the the DET 5 det",
			"IS IS PROPN 5 compound",
			"group group NOUN 2 obj",
			"and and CCONJ 9 cc",
			"the the DET 9 det",
			"Nusra Nusra PROPN 9 compound",
			"Front Front PROPN 5 conj",
		}, {
			"Washington Washington PROPN 3 nsubj",
			"weighs weigh AUX 3 aux",
			"extending extend VERB 0 root",
			"its its PRON 6 nmod:poss",
			"air air NOUN 6 compound",
			"campaign campaign NOUN 3 obj",
			"against against ADP 9 case",
			"the the DET 9 det",
			"group group NOUN 6 nmod",
		}}, []want{{"USAGOV", "IMGMUSISI", "195", hearsay.Hypothetical}}},
		{"contacts that go on are consultation, not an intent to meet", [][]string{{
			"Washington Washington PROPN 3 nsubj",
			"will will AUX 3 aux",
			"keep keep VERB 0 root",
			"diplomatic diplomatic ADJ 5 amod",
			"channels channel NOUN 3 obj",
			"to to ADP 7 case",
			"Iran Iran PROPN 5 nmod",
			"open open ADJ 3 xcomp",
		}}, []want{{"USAGOV", "IRN", "040", hearsay.Future}}},
		{"a degree of contact takes the partner and the speaker of the quantity", [][]string{{
			"Washington Washington PROPN 2 nsubj",
			"acknowledged acknowledge VERB 0 root",
			"that that SCONJ 5 mark",
			"there there PRON 5 expl",
			"was be VERB 2 ccomp",
			"a a DET 7 det",
			"degree degree NOUN 5 nsubj",
			"of of ADP 9 case",
			"contact contact NOUN 7 nmod",
			"with with ADP 11 case",
			"Iran Iran PROPN 7 nmod",
		}}, []want{{"USAGOV", "IRN", "040", hearsay.Asserted}}},
		{"a finite verb's subject is the name right before it when the parse gave it none", [][]string{{
			"reports report NOUN 2 nsubj",
			"emerged emerge VERB 0 root",
			"claiming claim VERB 7 csubj",
			"the the DET 5 det",
			"US US PROPN 3 obj",
			"is be AUX 7 aux",
			"cooperating cooperate VERB 2 ccomp",
			"with with ADP 9 case",
			"Syria Syria PROPN 7 obl",
		}}, []want{{"USA", "SYR", "060", hearsay.Asserted}}},
		{"a withdrawal of roles targets the place they leave", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"withdrew withdraw VERB 0 root",
			"humanitarian humanitarian ADJ 4 amod",
			"workers worker NOUN 2 obj",
			"from from ADP 6 case",
			"Iraq Iraq PROPN 2 obl",
		}}, []want{{"JOR", "IRQ", "087", hearsay.Asserted}}},
		{"a place struck is its people's", [][]string{{
			"a a DET 2 det",
			"camp camp NOUN 6 nsubj:pass",
			"for for ADP 4 case",
			"refugees refugee NOUN 2 nmod",
			"was be AUX 6 aux:pass",
			"attacked attack VERB 0 root",
			"by by ADP 8 case",
			"Iraq Iraq PROPN 6 obl:agent",
		}}, []want{{"IRQ", "REF", "190", hearsay.Asserted}}},
		{"a past-tense clause takes the name right before it when the parse made it a phrase of another word", [][]string{{
			"comments comment NOUN 2 nsubj",
			"came come VERB 0 root",
			"as as ADP 4 case",
			"Obama Obama PROPN 2 obl",
			"met meet VERB 2 advcl VBD",
			"with with ADP 7 case",
			"Iran Iran PROPN 5 obl",
		}}, []want{{"USAGOV", "IRN", "040", hearsay.Asserted}}},
		{"the subject of another verb is not taken", [][]string{{
			"Obama Obama PROPN 2 nsubj",
			"said say VERB 0 root",
			"Iran Iran PROPN 4 nsubj",
			"attacked attack VERB 2 ccomp",
			"Iraq Iraq PROPN 4 obj",
			"and and CCONJ 7 cc",
			"met meet VERB 4 conj VBD",
			"with with ADP 9 case",
			"Jordan Jordan PROPN 7 obl",
		}}, []want{{"IRN", "IRQ", "190", hearsay.Asserted}, {"IRN", "JOR", "040", hearsay.Asserted}}},
		{"'the militants' far from any group named are the group the article is about", [][]string{{
			"Syria Syria PROPN 2 nsubj",
			"fights fight VERB 0 root",
			"the the DET 5 det",
			"IS IS PROPN 5 compound",
			"group group NOUN 2 obj",
		}, {"Jordan Jordan PROPN 2 nsubj", "met meet VERB 0 root", "Iraq Iraq PROPN 2 obj"},
			{"Jordan Jordan PROPN 2 nsubj", "met meet VERB 0 root", "Iraq Iraq PROPN 2 obj"},
			{"Jordan Jordan PROPN 2 nsubj", "met meet VERB 0 root", "Iraq Iraq PROPN 2 obj"},
			{"Jordan Jordan PROPN 2 nsubj", "met meet VERB 0 root", "Iraq Iraq PROPN 2 obj"},
			{
				"US US PROPN 2 nsubj",
				"hit hit VERB 0 root",
				"the the DET 4 det",
				"militants militant NOUN 5 nmod:poss",
				"positions position NOUN 2 obj",
			}}, []want{{"USA", "IMGMUSISI", "190", hearsay.Asserted}}},
		{"'its envoy' in what a party did is not that party's own envoy", [][]string{{
			"Syria Syria PROPN 2 nsubj",
			"said say VERB 0 root",
			"Washington Washington PROPN 4 nsubj",
			"informed inform VERB 2 ccomp",
			"its its PRON 6 nmod:poss",
			"envoy envoy NOUN 4 obj",
		}}, []want{{"USAGOV", "SYRGOV", "040", hearsay.Asserted}}},
		{"'the two capitals' are the last pair named, acting on each other", [][]string{{
			"US US PROPN 4 nsubj",
			"and and CCONJ 3 cc",
			"Iran Iran PROPN 1 conj",
			"met meet VERB 0 root",
			"in in ADP 6 case",
			"Iraq Iraq PROPN 4 obl",
		}, {
			"The the DET 3 det",
			"two two NUM 3 nummod",
			"capitals capital NOUN 4 nsubj",
			"coordinated coordinate VERB 0 root",
			"their they PRON 6 nmod:poss",
			"steps step NOUN 4 obj",
		}}, []want{{"USAGOV", "IRNGOV", "062", hearsay.Asserted}, {"IRNGOV", "USAGOV", "062", hearsay.Asserted}}},
		{"'they' after 'both governments' are the pair; 'in Iraq' is a place, no party", [][]string{{
			"Obama Obama PROPN 2 nsubj",
			"met meet VERB 0 root",
			"Iran Iran PROPN 2 obj",
		}, {
			"Both both DET 2 det",
			"governments government NOUN 3 nsubj",
			"face face VERB 0 root",
			"the the DET 5 det",
			"enemy enemy NOUN 3 obj",
			"in in ADP 7 case",
			"Iraq Iraq PROPN 5 nmod",
			"while while SCONJ 9 mark",
			"insisting insist VERB 5 acl",
			"that that SCONJ 14 mark",
			"they they PRON 14 nsubj",
			"are be AUX 14 aux",
			"not not PART 14 advmod",
			"working work VERB 3 advcl",
			"together together ADV 14 advmod",
		}}, []want{{"USAGOV", "IRNGOV", "060", hearsay.Negated}, {"IRNGOV", "USAGOV", "060", hearsay.Negated}}},
		{"an act in uncredited reports its own doer denies is negated", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"rejected reject VERB 0 root",
			"reports report NOUN 2 obj",
			"that that SCONJ 6 mark",
			"Tehran Tehran PROPN 6 nsubj",
			"offered offer VERB 3 acl",
			"to to PART 8 mark",
			"help help VERB 6 xcomp",
			"Iraq Iraq PROPN 8 obj",
		}}, []want{{"IRN", "IRQ", "033", hearsay.Negated}}},
		{"an act in reports someone else denies keeps its claimant's word", [][]string{{
			"Jordan Jordan PROPN 2 nsubj",
			"rejected reject VERB 0 root",
			"reports report NOUN 2 obj",
			"that that SCONJ 6 mark",
			"Tehran Tehran PROPN 6 nsubj",
			"offered offer VERB 3 acl",
			"to to PART 8 mark",
			"help help VERB 6 xcomp",
			"Iraq Iraq PROPN 8 obj",
		}}, []want{{"IRN", "IRQ", "033", hearsay.Asserted}}},
		{"a bare role is of the country of the same role named just before", [][]string{{
			"Syrian Syrian ADJ 2 amod",
			"officials official NOUN 3 nsubj",
			"met meet VERB 0 root",
			"Iraq Iraq PROPN 3 obj",
		}, {
			"Other other ADJ 2 amod",
			"officials official NOUN 3 nsubj",
			"met meet VERB 0 root",
			"Jordan Jordan PROPN 3 obj",
		}}, []want{{"SYRGOV", "JOR", "040", hearsay.Asserted}}},
		{"describing an act as bad is criticism, with 'as' hung on the object", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"described describe VERB 0 root",
			"Washington Washington PROPN 5 nmod:poss",
			"'s 's PART 3 case",
			"plan plan NOUN 2 obj",
			"as as ADP 7 case",
			"empty empty ADJ 5 obl",
		}}, []want{{"IRN", "USAGOV", "111", hearsay.Asserted}}},
		{"a dateline agency is no actor", [][]string{{
			"( ( PUNCT 2 punct",
			"Reuters Reuters PROPN 5 nsubj",
			") ) PUNCT 2 punct",
			"- - PUNCT 2 punct",
			"attacked attack VERB 0 root",
			"Jordan Jordan PROPN 5 obj",
		}}, nil},
	}
	places := fakeActors{names: map[string]actor.Match{}, places: map[string]actor.Place{}}
	for k, v := range fake.names {
		places.names[k] = v
	}
	places.names["rebels"] = actor.Match{Kind: actor.Agent, Code: "REB", Sector: "REB"}
	places.names["activists"] = actor.Match{Kind: actor.Agent, Code: "OPP", Sector: "OPP"}
	places.names["reuters"] = actor.Match{Kind: actor.Organization, Code: "GBRMED", Country: "GBR", Sector: "MED", Name: "Reuters"}
	places.names["tehran"] = country("IRN")
	places.names["american"] = country("USA")
	places.names["red cross"] = actor.Match{Kind: actor.Organization, Code: "NGOHLHIRC", Name: "International Committee of the Red Cross"}
	places.names["un"] = actor.Match{Kind: actor.Organization, Code: "IGOUNO", Name: "United Nations"}
	places.names["envoy"] = actor.Match{Kind: actor.Agent, Code: "GOV", Sector: "GOV"}
	places.names["workers"] = actor.Match{Kind: actor.Agent, Code: "LAB", Sector: "LAB"}
	places.names["militants"] = actor.Match{Kind: actor.Agent, Code: "REB", Sector: "REB"}
	places.names["refugees"] = actor.Match{Kind: actor.Agent, Code: "REF", Sector: "REF"}
	places.names["assad"] = actor.Match{Kind: actor.Person, Code: "SYRGOV", Country: "SYR", Sector: "GOV", Name: "Bashar al-Assad"}
	for k, v := range fake.places {
		places.places[k] = v
	}
	places.places["irbid"] = actor.Place{Name: "Irbid", Country: "JOR", Kind: "city"}
	places.places["baghdad"] = actor.Place{Name: "Baghdad", Country: "IRQ", Kind: "capital"}
	places.names["shiite"] = actor.Match{Kind: actor.Country, Code: "SHI", Country: "SHI", Name: "Shia"}
	places.names["government"] = actor.Match{Kind: actor.Agent, Code: "GOV", Sector: "GOV"}
	places.regions = map[string]bool{"SHI": true}
	places.names["nusra front"] = actor.Match{Kind: actor.Group, Code: "SYRREBNUS", Name: "Nusra Front"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := NewWith(places, nil)
			got := summarize(c.Code(conll(t, tt.sents...), published))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %v; got %v", w, got)
				}
			}
			for _, g := range got {
				if g.src == "GBRMED" || g.tgt == "GBRMED" {
					t.Errorf("the agency is an actor: %v", got)
				}
			}
		})
	}
}

func TestStemsIrregular(t *testing.T) {
	for form, base := range map[string]string{"struck": "strike", "fought": "fight", "withdrew": "withdraw"} {
		if got := stems(form, form); !slices.Contains(got, base) {
			t.Errorf("stems(%q) = %v, want %q among them", form, got, base)
		}
	}
}

// TestPronounThingPassed checks that "it" standing for what a coordinated
// verb collected is what is passed, not the target, and that the
// intermediary passes it on.
func TestPronounThingPassed(t *testing.T) {
	d := conll(t, []string{
		"Airplanes airplane NOUN 2 nsubj",
		"collected collect VERB 0 root",
		"information information NOUN 2 obj",
		"about about ADP 5 case",
		"IS IS PROPN 3 nmod",
		"and and CCONJ 7 cc",
		"conveyed convey VERB 2 conj",
		"it it PRON 7 obj",
		"to to ADP 10 case",
		"Damascus Damascus PROPN 7 obl",
		"through through ADP 12 case",
		"Iraq Iraq PROPN 7 obl",
	})
	got := summarize(NewWith(fake, nil).Code(d, published))
	if !slices.Contains(got, want{"IRQ", "SYRGOV", "064", hearsay.Asserted}) {
		t.Errorf("missing IRQ→SYRGOV 064; got %v", got)
	}
	for _, g := range got {
		if g.code == "064" && g.tgt != "SYRGOV" {
			t.Errorf("the thing passed or its topic is a target: %v", got)
		}
	}
}

// TestTransferTopic checks that the topic of what is passed ("intelligence
// on IS fighters") is no target, and that a recipient the parse hung inside
// the object is.
func TestTransferTopic(t *testing.T) {
	d := conll(t, []string{
		"Washington Washington PROPN 3 nsubj",
		"is be AUX 3 aux",
		"passing pass VERB 0 root",
		"intelligence intelligence NOUN 3 obj",
		"on on ADP 7 case",
		"IS IS PROPN 7 compound",
		"fighters fighter NOUN 4 nmod",
		"to to ADP 10 case",
		"Syrian Syrian ADJ 10 amod",
		"officials official NOUN 7 nmod",
	})
	got := summarize(NewWith(fake, nil).Code(d, published))
	if !slices.Contains(got, want{"USAGOV", "SYRGOV", "064", hearsay.Asserted}) {
		t.Errorf("missing USAGOV→SYRGOV 064; got %v", got)
	}
	for _, g := range got {
		if g.tgt == "IMGMUSISI" {
			t.Errorf("the topic is a target: %v", got)
		}
	}
}

// TestRejectedCooperationNotRole checks that the role words coordinated
// with a rejected cooperation ("rules out military, intelligence
// cooperation with Iran") are not its targets.
func TestRejectedCooperationNotRole(t *testing.T) {
	d := conll(t, []string{
		"Washington Washington PROPN 2 nsubj",
		"rules rule VERB 0 root",
		"out out ADP 2 compound:prt",
		"military military NOUN 2 obj",
		", , PUNCT 7 punct",
		"intelligence intelligence NOUN 7 compound",
		"cooperation cooperation NOUN 4 conj",
		"with with ADP 9 case",
		"Iran Iran PROPN 7 nmod",
	})
	got := summarize(NewWith(fake, nil).Code(d, published))
	if len(got) == 0 {
		t.Fatal("no event coded")
	}
	for _, g := range got {
		if g.tgt != "IRN" || g.code[:2] != "12" {
			t.Errorf("got %v, want only USAGOV→IRN rejections", got)
		}
	}
}

// TestAppealsAndPartners covers a reaction to an appeal, which leaves the
// appeal an event of its own, and the international community as the
// partner of an offer; the common enemy of a cooperative act is never its
// partner.
func TestAppealsAndPartners(t *testing.T) {
	tests := []struct {
		name      string
		sents     [][]string
		want, not []want
	}{
		{"a vetoed request is made to the one who vetoed it", [][]string{{
			"Khamenei Khamenei PROPN 3 nsubj",
			"personally personally ADV 3 advmod",
			"vetoed veto VERB 0 root",
			"an a DET 6 det",
			"American American ADJ 6 amod",
			"request request NOUN 3 obj",
			"for for ADP 8 case",
			"cooperation cooperation NOUN 6 nmod",
			"against against ADP 12 case",
			"Islamic Islamic ADJ 11 amod",
			"State State PROPN 12 compound",
			"militants militant NOUN 8 nmod",
			". . PUNCT 3 punct",
		}}, []want{{"IRNGOV", "USA", "129", hearsay.Asserted}, {"USA", "IRNGOV", "021", hearsay.Asserted}},
			[]want{{"IRNGOV", "IMGMUSISI", "060", hearsay.Asserted}, {"USA", "IMGMUSISI", "021", hearsay.Asserted}}},
		{"a possessive requester and a 'to X' asked party", [][]string{{
			"Iran Iran PROPN 2 nsubj",
			"rejected reject VERB 0 root",
			"Washington Washington PROPN 5 nmod:poss",
			"'s 's PART 3 case",
			"request request NOUN 2 obj",
			"to to ADP 7 case",
			"Syria Syria PROPN 5 nmod",
			"for for ADP 9 case",
			"cooperation cooperation NOUN 5 nmod",
			". . PUNCT 2 punct",
		}}, []want{{"USAGOV", "SYR", "021", hearsay.Asserted}}, []want{{"USAGOV", "IRN", "021", hearsay.Asserted}}},
		{"joining international efforts is an offer to the international community", [][]string{{
			"Damascus Damascus PROPN 2 nsubj",
			"stood stand VERB 0 root",
			"ready ready ADJ 2 xcomp",
			"to to PART 5 mark",
			"join join VERB 3 xcomp",
			"international international ADJ 7 amod",
			"efforts effort NOUN 5 obj",
			"against against ADP 10 case",
			"Islamic Islamic ADJ 10 amod",
			"State State PROPN 7 nmod",
			". . PUNCT 2 punct",
		}}, []want{{"SYRGOV", "IGOINC", "0312", hearsay.Asserted}}, []want{{"SYRGOV", "IMGMUSISI", "0312", hearsay.Asserted}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeBuiltin(t, tt.sents...)
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

// TestViolenceWithNoDoer: violence done to a named actor is coded with no
// source when it is the news itself, not when it is what someone was told.
func TestViolenceWithNoDoer(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"main clause", []string{
			"Iraqi Iraqi ADJ 2 amod",
			"officials official NOUN 4 nsubj:pass",
			"were be AUX 4 aux:pass",
			"killed kill VERB 0 root",
		}, []want{{"", "IRQGOV", "1823", hearsay.Asserted}}},
		{"where it happened names the unnamed doer's country", []string{
			"Iraqi Iraqi ADJ 2 amod",
			"officials official NOUN 4 nsubj:pass",
			"were be AUX 4 aux:pass",
			"killed kill VERB 0 root",
			"in in ADP 6 case",
			"Syria Syria PROPN 4 obl",
		}, []want{{"SYR", "IRQGOV", "1823", hearsay.Asserted}}},
		{"but a country is not its own unnamed attacker", []string{
			"Iraq Iraq PROPN 3 nsubj:pass",
			"was be AUX 3 aux:pass",
			"bombed bomb VERB 0 root",
			"in in ADP 5 case",
			"Iraq Iraq PROPN 3 obl",
		}, []want{{"", "IRQ", "195", hearsay.Asserted}}},
		{"inside a report", []string{
			"Obama Obama PROPN 2 nsubj",
			"said say VERB 0 root",
			"Iraqi Iraqi ADJ 4 amod",
			"officials official NOUN 6 nsubj:pass",
			"were be AUX 6 aux:pass",
			"killed kill VERB 2 ccomp",
		}, nil},
	}
	actors := fakeActors{names: map[string]actor.Match{}, places: fake.places}
	for k, v := range fake.names {
		actors.names[k] = v
	}
	actors.names["iraqi"] = country("IRQ")
	actors.places = map[string]actor.Place{"iraq": {Name: "Iraq", Country: "IRQ", Kind: "country"}}
	for k, v := range fake.places {
		actors.places[k] = v
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(actors, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPlaceTargetOwnCountry covers the place's country as target: a state's
// own forces using force at home do not attack their country, insurgents
// and a government's other acts at home are on it.
func TestPlaceTargetOwnCountry(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"a state's forces at home", []string{
			"Syrian Syrian ADJ 2 amod",
			"warplanes warplane NOUN 3 nsubj",
			"bombed bomb VERB 0 root",
			"villages village NOUN 3 obj",
			"in in ADP 6 case",
			"Deir Deir PROPN 3 obl",
		}, []want{{"SYRMIL", "", "195", hearsay.Asserted}}},
		{"insurgents at home", []string{
			"Syrian Syrian ADJ 2 amod",
			"rebels rebel NOUN 3 nsubj",
			"bombed bomb VERB 0 root",
			"villages village NOUN 3 obj",
			"in in ADP 6 case",
			"Deir Deir PROPN 3 obl",
		}, []want{{"SYRREB", "SYR", "195", hearsay.Asserted}}},
		{"a government's other acts at home", []string{
			"Syrian Syrian ADJ 2 amod",
			"officials official NOUN 3 nsubj",
			"imposed impose VERB 0 root",
			"a a DET 5 det",
			"curfew curfew NOUN 3 obj",
			"in in ADP 7 case",
			"Deir Deir PROPN 3 obl",
		}, []want{{"SYRGOV", "SYR", "1723", hearsay.Asserted}}},
		{"a foreign state's forces", []string{
			"Iraqi Iraqi ADJ 2 amod",
			"warplanes warplane NOUN 3 nsubj",
			"bombed bomb VERB 0 root",
			"villages village NOUN 3 obj",
			"in in ADP 6 case",
			"Deir Deir PROPN 3 obl",
		}, []want{{"IRQMIL", "SYR", "195", hearsay.Asserted}}},
	}
	actors := fakeActors{names: map[string]actor.Match{}, places: map[string]actor.Place{}}
	for k, v := range fake.names {
		actors.names[k] = v
	}
	actors.names["iraqi"] = country("IRQ")
	actors.names["rebels"] = actor.Match{Kind: actor.Agent, Code: "REB", Sector: "REB"}
	actors.names["warplanes"] = actor.Match{Kind: actor.Agent, Code: "MIL", Sector: "MIL"}
	actors.names["officials"] = actor.Match{Kind: actor.Agent, Code: "GOV", Sector: "GOV"}
	actors.places["deir"] = actor.Place{Name: "Deir ez-Zor", Country: "SYR", Kind: "city"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(actors, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestFaithIsNoCountry covers roles named by a faith: the country is the
// place their people are in, however the parse hung it.
func TestFaithIsNoCountry(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"in X right after the role, hung elsewhere", []string{
			"Serbs Serbs PROPN 2 nsubj",
			"demanded demand VERB 0 root",
			"a a DET 4 det",
			"truce truce NOUN 2 obj",
			"with with ADP 7 case",
			"Moslem Moslem PROPN 7 compound",
			"forces force NOUN 4 nmod",
			"in in ADP 9 case",
			"east east NOUN 7 nmod",
			"Bosnia Bosnia PROPN 2 obl",
		}, []want{{"SRB", "BIHMOSMIL", "1056", hearsay.Asserted}}},
		{"the event's place", []string{
			"Moslem Moslem PROPN 2 compound",
			"demonstrators demonstrator NOUN 3 nsubj",
			"marched march VERB 0 root",
			"in in ADP 5 case",
			"Cairo Cairo PROPN 3 obl",
		}, []want{{"EGYMOSOPP", "EGY", "141", hearsay.Asserted}}},
		{"no place: the faith stays", []string{
			"Moslem Moslem PROPN 2 compound",
			"forces force NOUN 3 nsubj",
			"attacked attack VERB 0 root",
			"Serbs Serbs PROPN 3 obj",
		}, []want{{"MOSMIL", "SRB", "190", hearsay.Asserted}}},
	}
	actors := fakeActors{names: map[string]actor.Match{}, places: map[string]actor.Place{}}
	for k, v := range fake.names {
		actors.names[k] = v
	}
	actors.names["moslem"] = actor.Match{Kind: actor.Country, Code: "MOS", Country: "MOS", Name: "Muslims"}
	actors.names["serbs"] = country("SRB")
	actors.names["forces"] = actor.Match{Kind: actor.Agent, Code: "MIL", Sector: "MIL"}
	actors.names["demonstrators"] = actor.Match{Kind: actor.Agent, Code: "OPP", Sector: "OPP"}
	actors.regions = map[string]bool{"MOS": true}
	actors.places["bosnia"] = actor.Place{Name: "Bosnia", Country: "BIH", Kind: "country"}
	actors.places["cairo"] = actor.Place{Name: "Cairo", Country: "EGY", Kind: "capital"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(actors, nil).Code(conll(t, tt.sent), published))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %v; got %v", w, got)
				}
			}
		})
	}
}

// TestLetKnow covers "let X know" (040 to X) and that a verb coded only
// under a condition that fails is not taken for a cooperative act.
func TestLetKnow(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"let X know", []string{
			"Washington Washington PROPN 2 nsubj",
			"let let VERB 0 root",
			"Damascus Damascus PROPN 2 obj",
			"know know VERB 2 xcomp",
			"that that SCONJ 8 mark",
			"the the DET 7 det",
			"strikes strike NOUN 8 nsubj",
			"were be AUX 9 aux",
			"coming come VERB 4 ccomp",
		}, []want{{"USAGOV", "SYRGOV", "040", hearsay.Asserted}}},
		{"refused to let X do, the parse gone astray", []string{
			"Jordan Jordan PROPN 2 nsubj",
			"refused refuse VERB 0 root",
			"to to PART 4 mark",
			"let let VERB 2 xcomp",
			"the the DET 7 det",
			"US US PROPN 7 compound",
			"launch launch NOUN 8 compound",
			"strikes strike NOUN 4 obj",
			"on on ADP 10 case",
			"Iraq Iraq PROPN 8 nmod",
			"from from ADP 12 case",
			"base base NOUN 4 obl",
			"on on ADP 15 case",
			"Jordan Jordan PROPN 15 compound",
			"soil soil NOUN 12 nmod",
		}, []want{{"JOR", "USA", "120", hearsay.Asserted}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %v; got %v", w, got)
				}
			}
		})
	}
}

// TestCooperativeByCondition: a verb whose only entries carry conditions
// is cooperative only where one holds ("let X know" is 040, "let X launch
// strikes" is no cooperation of its own).
func TestCooperativeByCondition(t *testing.T) {
	for _, tt := range []struct {
		sent []string
		want bool
	}{
		{[]string{"Washington Washington PROPN 2 nsubj", "let let VERB 0 root", "Damascus Damascus PROPN 2 obj", "know know VERB 2 xcomp"}, true},
		{[]string{"Washington Washington PROPN 2 nsubj", "let let VERB 0 root", "Damascus Damascus PROPN 4 nsubj", "strike strike VERB 2 xcomp"}, false},
	} {
		s := &state{c: NewWith(fake, nil), d: conll(t, tt.sent), lastDoer: map[string]ref{}, lastTarget: map[string]ref{}}
		s.prepare()
		if got := s.cooperative(1); got != tt.want {
			t.Errorf("%v: cooperative(let) = %v, want %v", tt.sent, got, tt.want)
		}
	}
}

// TestArmedWith: "armed with X" tells what someone carries; arming by
// someone named is an act.
func TestArmedWith(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"militiamen armed with machetes", []string{
			"militiamen militiaman NOUN 2 nsubj",
			"attacked attack VERB 0 root",
			"Jordan Jordan PROPN 2 obj",
			"armed arm VERB 1 acl VBN",
			"with with ADP 6 case",
			"machetes machete NOUN 4 obl",
		}, []want{{"REB", "JOR", "190", hearsay.Asserted}}},
		{"rebels armed by Iran", []string{
			"Syrian Syrian ADJ 2 amod",
			"rebels rebel NOUN 3 nsubj",
			"attacked attack VERB 0 root",
			"Jordan Jordan PROPN 3 obj",
			"armed arm VERB 2 acl VBN",
			"by by ADP 7 case",
			"Iran Iran PROPN 5 obl:agent",
		}, []want{{"SYRREB", "JOR", "190", hearsay.Asserted}, {"IRN", "SYRREB", "072", hearsay.Asserted}}},
	}
	actors := fakeActors{names: map[string]actor.Match{}, places: fake.places}
	for k, v := range fake.names {
		actors.names[k] = v
	}
	actors.names["militiamen"] = actor.Match{Kind: actor.Agent, Code: "REB", Sector: "REB"}
	actors.names["rebels"] = actor.Match{Kind: actor.Agent, Code: "REB", Sector: "REB"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(actors, nil).Code(conll(t, tt.sent), published))
			slices.SortFunc(got, func(a, b want) int { return strings.Compare(a.code, b.code) })
			slices.SortFunc(tt.want, func(a, b want) int { return strings.Compare(a.code, b.code) })
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMeetingParties covers the parties of a meeting: two subjects the
// parse gave one verb, joined by "and", are coordinated; a capital
// compound of a meeting noun is its venue; coordinated parties meeting in
// a place meet each other, not the place.
func TestMeetingParties(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"two subjects joined by and, a venue", []string{
			"Obama Obama PROPN 6 nsubj",
			"and and CCONJ 3 cc",
			"Iraqi Iraqi PROPN 1 conj",
			"President President PROPN 5 nmod:desc",
			"Masum Masum PROPN 6 nsubj",
			"opened open VERB 0 root",
			"the the DET 9 det",
			"Damascus Damascus PROPN 9 compound",
			"meeting meeting NOUN 6 obj",
		}, []want{{"USAGOV", "IRQGOV", "040", hearsay.Asserted}}},
		{"met in a place", []string{
			"Iran Iran PROPN 4 nsubj",
			"and and CCONJ 3 cc",
			"Iraq Iraq PROPN 1 conj",
			"met meet VERB 0 root",
			"in in ADP 6 case",
			"Damascus Damascus PROPN 4 obl",
		}, []want{{"IRN", "IRQ", "040", hearsay.Asserted}, {"IRQ", "IRN", "040", hearsay.Asserted}}},
	}
	actors := fakeActors{names: map[string]actor.Match{}, places: map[string]actor.Place{}}
	for k, v := range fake.names {
		actors.names[k] = v
	}
	actors.names["iraqi president"] = actor.Match{Kind: actor.Country, Code: "IRQGOV", Country: "IRQ", Sector: "GOV"}
	actors.places["damascus"] = actor.Place{Name: "Damascus", Country: "SYR", Kind: "capital"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(actors, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPressToAct covers pressing someone to act (an appeal, 02x) and a
// purpose clause on a copular predicate, done by that clause's subject.
func TestPressToAct(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"pressed X to join", []string{
			"Washington Washington PROPN 2 nsubj",
			"pressed press VERB 0 root",
			"Iran Iran PROPN 2 obj",
			"to to PART 5 mark",
			"join join VERB 2 xcomp",
			"the the DET 7 det",
			"coalition coalition NOUN 5 obj",
		}, []want{{"USAGOV", "IRN", "0212", hearsay.Asserted}}},
		{"pushed X back: no appeal", []string{
			"Iraq Iraq PROPN 2 nsubj",
			"pushed push VERB 0 root",
			"Iran Iran PROPN 2 obj",
			"back back ADV 2 advmod",
		}, nil},
		{"was in X to press Y", []string{
			"Obama Obama PROPN 0 root",
			", , PUNCT 6 punct",
			"who who PRON 6 nsubj",
			"was be AUX 6 cop",
			"in in ADP 6 case",
			"Jordan Jordan PROPN 1 acl:relcl",
			"to to PART 8 mark",
			"press press VERB 6 acl",
			"Iraq Iraq PROPN 8 obj",
			"to to PART 11 mark",
			"act act VERB 8 xcomp",
		}, []want{{"USAGOV", "IRQ", "020", hearsay.Asserted}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestLightVerbObliques: the obliques of a light verb belong to the event
// noun it governs, ranked as the noun ranks them.
func TestLightVerbObliques(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"conducting joint operations with X", []string{
			"Washington Washington PROPN 5 nsubj",
			"would would AUX 5 aux",
			"not not PART 5 advmod",
			"be be AUX 5 aux",
			"conducting conduct VERB 0 root",
			"joint joint ADJ 7 amod",
			"operations operation NOUN 5 obj",
			"with with ADP 9 case",
			"Iran Iran PROPN 5 obl",
			"against against ADP 11 case",
			"Iraq Iraq PROPN 5 obl",
		}, []want{{"USAGOV", "IRN", "062", hearsay.Negated}}},
		{"launched strikes against X", []string{
			"Washington Washington PROPN 2 nsubj",
			"launched launch VERB 0 root",
			"strikes strike NOUN 2 obj",
			"against against ADP 5 case",
			"Iraq Iraq PROPN 2 obl",
		}, []want{{"USAGOV", "IRQ", "190", hearsay.Asserted}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPossessedRoleAntecedent: "his" recalls a role its possessor gives a
// country ("Iran's leader ... his commanders").
func TestPossessedRoleAntecedent(t *testing.T) {
	sent := []string{
		"Iran Iran PROPN 3 nmod:poss",
		"'s 's PART 1 case",
		"leader leader NOUN 4 nsubj",
		"cleared clear VERB 0 root",
		"his his PRON 6 nmod:poss PRP$",
		"commanders commander NOUN 4 obj",
		"to to PART 8 mark",
		"work work VERB 4 xcomp",
		"with with ADP 10 case",
		"Washington Washington PROPN 8 obl",
	}
	got := summarize(NewWith(fake, nil).Code(conll(t, sent), published))
	want := []want{{"IRNMIL", "USAGOV", "060", hearsay.Asserted}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestRejectedProposal: a proposal rejected is an appeal of its own, made
// by its proposer to the one rejecting it.
func TestRejectedProposal(t *testing.T) {
	sent := []string{
		"Iran Iran PROPN 2 nsubj",
		"rejected reject VERB 0 root",
		"a a DET 5 det",
		"US US PROPN 5 compound",
		"proposal proposal NOUN 2 obj",
		"to to PART 7 mark",
		"cooperate cooperate VERB 5 acl",
		"against against ADP 9 case",
		"IS IS PROPN 7 obl",
	}
	got := summarize(NewWith(fake, nil).Code(conll(t, sent), published))
	want := []want{{"IRN", "USA", "121", hearsay.Asserted}, {"USA", "IRN", "021", hearsay.Asserted}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestJointEffort: acts of two countries amounting to a joint effort are
// cooperation between them; a suggestion denied with no one credited
// for it negates what it says, not what its subject names.
func TestJointEffort(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"X and Y's campaigns amounted to a common effort", []string{
			"the the DET 2 det",
			"US US PROPN 9 nsubj",
			"and and CCONJ 6 cc",
			"Syrian Syrian ADJ 6 amod",
			"air air NOUN 6 compound",
			"campaigns campaign NOUN 2 conj",
			"against against ADP 8 case",
			"IS IS PROPN 6 nmod",
			"amounted amount VERB 0 root",
			"to to ADP 13 case",
			"a a DET 13 det",
			"common common ADJ 13 amod",
			"effort effort NOUN 9 obl",
		}, []want{{"SYR", "IMGMUSISI", "195", hearsay.Asserted}, {"USA", "IMGMUSISI", "195", hearsay.Asserted}, {"USA", "SYR", "060", hearsay.Asserted}}},
		{"denied suggestion", []string{
			"Washington Washington PROPN 2 nsubj",
			"rejected reject VERB 0 root",
			"any any DET 4 det",
			"suggestion suggestion NOUN 2 obj",
			"that that SCONJ 14 mark",
			"the the DET 7 det",
			"US US PROPN 14 nsubj",
			"and and CCONJ 11 cc",
			"Syrian Syrian ADJ 11 amod",
			"air air NOUN 11 compound",
			"campaigns campaign NOUN 7 conj",
			"against against ADP 13 case",
			"IS IS PROPN 11 nmod",
			"amounted amount VERB 4 acl",
			"to to ADP 18 case",
			"a a DET 18 det",
			"common common ADJ 18 amod",
			"effort effort NOUN 14 obl",
		}, []want{{"USAGOV", "", "120", hearsay.Asserted}, {"SYR", "IMGMUSISI", "195", hearsay.Asserted}, {"USA", "IMGMUSISI", "195", hearsay.Asserted}, {"USA", "SYR", "060", hearsay.Negated}}},
		{"one party: no joint act", []string{
			"Syrian Syrian ADJ 3 amod",
			"air air NOUN 3 compound",
			"campaigns campaign NOUN 6 nsubj",
			"against against ADP 5 case",
			"IS IS PROPN 3 nmod",
			"amounted amount VERB 0 root",
			"to to ADP 10 case",
			"a a DET 10 det",
			"common common ADJ 10 amod",
			"effort effort NOUN 6 obl",
		}, []want{{"SYR", "IMGMUSISI", "195", hearsay.Asserted}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestFiniteConjunctOfReport: a conjunct with "do" support the parse hung
// on a reported clause whose subject names no one is the teller's act.
func TestFiniteConjunctOfReport(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"told X that strikes were coming, but did not coordinate", []string{
			"Washington Washington PROPN 2 nsubj",
			"told tell VERB 0 root",
			"Damascus Damascus PROPN 2 iobj",
			"that that SCONJ 7 mark",
			"strikes strike NOUN 7 nsubj",
			"were be AUX 7 aux",
			"coming come VERB 2 ccomp",
			"but but CCONJ 11 cc",
			"did do AUX 11 aux",
			"not not PART 11 advmod",
			"coordinate coordinate VERB 7 conj",
			"with with ADP 13 case",
			"Iran Iran PROPN 11 obl",
		}, []want{{"USAGOV", "SYRGOV", "040", hearsay.Asserted}, {"USAGOV", "IRN", "062", hearsay.Negated}}},
		{"a bare conjunct keeps the reported subject", []string{
			"Washington Washington PROPN 2 nsubj",
			"said say VERB 0 root",
			"that that SCONJ 5 mark",
			"strikes strike NOUN 5 nsubj",
			"began begin VERB 2 ccomp",
			"and and CCONJ 7 cc",
			"coordinated coordinate VERB 5 conj",
			"with with ADP 9 case",
			"Iran Iran PROPN 7 obl",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPossibleAct: an act said to be possible is its speaker's, made with
// the one the predicate names, and hypothetical (an offer when the
// speaker's own side would do it).
func TestPossibleAct(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"said cooperation was possible with X", []string{
			"Damascus Damascus PROPN 2 nsubj",
			"said say VERB 0 root",
			"cooperation cooperation NOUN 5 nsubj",
			"was be AUX 5 cop",
			"possible possible ADJ 2 ccomp",
			"with with ADP 7 case",
			"Jordan Jordan PROPN 5 obl",
		}, []want{{"SYRGOV", "JOR", "031", hearsay.Hypothetical}}},
		{"cooperation was not possible", []string{
			"Damascus Damascus PROPN 2 nsubj",
			"said say VERB 0 root",
			"cooperation cooperation NOUN 6 nsubj",
			"was be AUX 6 cop",
			"not not PART 6 advmod",
			"possible possible ADJ 2 ccomp",
			"with with ADP 8 case",
			"Jordan Jordan PROPN 6 obl",
		}, []want{{"SYRGOV", "JOR", "060", hearsay.Negated}}},
		{"cooperation was welcome: no speaker's act", []string{
			"Damascus Damascus PROPN 2 nsubj",
			"said say VERB 0 root",
			"cooperation cooperation NOUN 5 nsubj",
			"was be AUX 5 cop",
			"welcome welcome ADJ 2 ccomp",
			"with with ADP 7 case",
			"Jordan Jordan PROPN 5 obl",
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOwnActNoTarget: the doer of a verb's own event noun object is no
// target, and a common noun with a name in apposition is that name.
func TestOwnActNoTarget(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"promised to continue aid to war-torn X", []string{
			"Obama Obama PROPN 3 nsubj",
			"has have AUX 3 aux",
			"promised promise VERB 0 root",
			"to to PART 5 mark",
			"continue continue VERB 3 xcomp",
			"military military ADJ 7 amod",
			"aid aid NOUN 5 obj",
			"to to ADP 11 case",
			"war war NOUN 11 compound",
			"- - PUNCT 9 punct",
			"torn torn NOUN 7 nmod",
			"Jordan Jordan PROPN 11 appos",
		}, []want{{"USAGOV", "JOR", "033", hearsay.Asserted}}},
		{"promised to continue aid: no target", []string{
			"Obama Obama PROPN 3 nsubj",
			"has have AUX 3 aux",
			"promised promise VERB 0 root",
			"to to PART 5 mark",
			"continue continue VERB 3 xcomp",
			"military military ADJ 7 amod",
			"aid aid NOUN 5 obj",
		}, []want{{"USAGOV", "", "033", hearsay.Asserted}}},
		{"an active subject beside a stray passive one", []string{
			"Syrian Syrian ADJ 4 nsubj:pass",
			"Obama Obama PROPN 4 nsubj",
			"has have AUX 4 aux",
			"promised promise VERB 0 root",
			"aid aid NOUN 4 obj",
		}, []want{{"USAGOV", "", "033", hearsay.Asserted}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestPronounSameActTarget checks that a plural object pronoun of an act
// is the target of the last act of its kind, not a body named in passing.
func TestPronounSameActTarget(t *testing.T) {
	doc := conll(t, []string{
		"Washington Washington PROPN 2 nsubj",
		"passed pass VERB 0 root",
		"the the DET 4 det",
		"message message NOUN 2 obj",
		"to to ADP 6 case",
		"Damascus Damascus PROPN 2 obl",
		"as as SCONJ 9 mark",
		"Obama Obama PROPN 9 nsubj",
		"flew fly VERB 2 advcl",
		"to to ADP 11 case",
		"Israel Israel PROPN 9 obl",
		". . PUNCT 2 punct",
	}, []string{
		"We we PRON 2 nsubj PRP",
		"told tell VERB 0 root",
		"them they PRON 2 iobj PRP",
		". . PUNCT 2 punct",
	})
	got := summarize(NewWith(fake, nil).Code(doc, published))
	// the message passed, then those told: both Damascus
	w := want{"USAGOV", "SYRGOV", "040", hearsay.Asserted}
	if !slices.Equal(got, []want{w, w}) {
		t.Errorf("got %v, want %v twice", got, w)
	}
}

// TestTellingRecipient checks that what is told goes to the one named
// after "to", wherever the parse hung it, and that "our" is never the
// other party of "we".
func TestTellingRecipient(t *testing.T) {
	doc := conll(t, []string{
		"Obama Obama PROPN 2 nsubj",
		"spoke speak VERB 0 root",
		". . PUNCT 2 punct",
	}, []string{
		"We we PRON 2 nsubj PRP",
		"communicated communicate VERB 0 root",
		"our our PRON 4 nmod:poss PRP$",
		"intentions intention NOUN 2 obj",
		", , PUNCT 8 punct",
		"but but CCONJ 8 cc",
		"not not PART 8 advmod",
		"timing timing NOUN 2 conj",
		", , PUNCT 11 punct",
		"to to ADP 11 case",
		"Iran Iran PROPN 8 nmod",
		". . PUNCT 2 punct",
	})
	got := summarize(NewWith(fake, nil).Code(doc, published))
	w := []want{{"USAGOV", "IRN", "040", hearsay.Asserted}}
	if !slices.Equal(got, w) {
		t.Errorf("got %v, want %v", got, w)
	}
}

// TestBargain checks that an offer made in exchange for something is
// made to the other side of the bargain, not to the common enemy.
func TestBargain(t *testing.T) {
	doc := conll(t, []string{
		"Iran Iran PROPN 4 nsubj",
		"would would AUX 4 aux MD",
		"be be AUX 4 cop",
		"willing willing ADJ 0 root",
		"to to PART 6 mark",
		"take take VERB 4 xcomp",
		"action action NOUN 6 obj",
		"against against ADP 9 case",
		"IS IS PROPN 7 nmod",
		"in in ADP 11 case",
		"exchange exchange NOUN 6 obl",
		"for for ADP 13 case",
		"concessions concession NOUN 6 obl",
		"from from ADP 15 case",
		"Israel Israel PROPN 13 nmod",
		". . PUNCT 4 punct",
	})
	got := summarize(NewWith(fake, nil).Code(doc, published))
	w := []want{{"IRN", "ISR", "030", hearsay.Hypothetical}}
	if !slices.Equal(got, w) {
		t.Errorf("got %v, want %v", got, w)
	}
}

// TestCountsMakersAndBases covers a count read as a preposition, a
// preposition hung on a number, the maker of what is reacted to ("calls
// by X") and a body "based in" a place.
func TestCountsMakersAndBases(t *testing.T) {
	f := fakeActors{names: maps.Clone(fake.names), places: maps.Clone(fake.places)}
	f.names["rebels"] = actor.Match{Kind: actor.Agent, Code: "REB", Sector: "REB"}
	f.names["newspaper"] = actor.Match{Kind: actor.Agent, Code: "MED", Sector: "MED"}
	f.names["russian"] = country("RUS")
	f.names["rwandan"] = country("RWA")
	f.names["uganda"] = country("UGA")
	f.names["aoun"] = actor.Match{Kind: actor.Person, Code: "LBNGOV", Country: "LBN", Sector: "GOV", Name: "Michel Aoun"}
	f.places["beirut"] = actor.Place{Name: "Beirut", Country: "LBN", Kind: "capital"}
	f.names["mozambique"] = country("MOZ")
	f.names["libya"] = country("LBY")
	f.names["great britain"] = country("GBR")
	f.names["egyptian"] = country("EGY")
	f.names["algerian"] = country("DZA")
	f.names["moslem"] = actor.Match{Kind: actor.Country, Code: "MOS", Country: "MOS", Name: "Muslims"}
	f.names["police"] = actor.Match{Kind: actor.Agent, Code: "COP", Sector: "COP"}
	f.names["demonstrators"] = actor.Match{Kind: actor.Agent, Code: "OPP", Sector: "OPP"}
	f.names["fundamentalists"] = actor.Match{Kind: actor.Agent, Code: "RAD", Sector: "RAD"}
	f.names["refugees"] = actor.Match{Kind: actor.Agent, Code: "REF", Sector: "REF"}
	f.names["government"] = actor.Match{Kind: actor.Agent, Code: "GOV", Sector: "GOV"}
	f.names["president"] = actor.Match{Kind: actor.Agent, Code: "GOV", Sector: "GOV"}
	f.regions = map[string]bool{"MOS": true}
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"a count read as a preposition opens the object", []string{
			"Syrian Syrian ADJ 2 amod",
			"rebels rebel NOUN 4 nsubj",
			"have have AUX 4 aux",
			"kidnapped kidnap VERB 0 root",
			"up up ADP 9 case",
			"to to ADP 5 fixed",
			"16 16 NUM 9 nummod",
			"Russian Russian ADJ 9 amod",
			"advisers adviser NOUN 4 obl",
		}, []want{{"SYRREB", "RUS", "181", hearsay.Asserted}}},
		{"a place reached is no count", []string{
			"Syrian Syrian ADJ 2 amod",
			"rebels rebel NOUN 3 nsubj",
			"attacked attack VERB 0 root",
			"in in ADP 7 case",
			"two two NUM 7 nummod",
			"Russian Russian ADJ 7 amod",
			"towns town NOUN 3 obl",
		}, []want{{"SYRREB", "", "190", hearsay.Asserted}}},
		{"a preposition hung on the number", []string{
			"Uganda Uganda PROPN 3 nsubj",
			"has have AUX 3 aux",
			"granted grant VERB 0 root",
			"asylum asylum NOUN 3 obj",
			"to to ADP 6 case",
			"18 18 NUM 8 nummod",
			"Rwandan Rwandan PROPN 8 compound",
			"rebels rebel NOUN 3 obl",
		}, []want{{"UGA", "RWAREB", "075", hearsay.Asserted}}},
		{"the maker of what is reacted to", []string{
			"Iran Iran PROPN 2 nsubj",
			"rejected reject VERB 0 root",
			"recent recent ADJ 4 amod",
			"calls call NOUN 2 obj",
			"by by ADP 6 case",
			"Israel Israel PROPN 4 nmod",
			"for for ADP 8 case",
			"talks talk NOUN 6 nmod",
		}, []want{{"IRN", "ISR", "120", hearsay.Asserted}}},
		{"a body based in a place, however the parse hung it", []string{
			"A a DET 2 det",
			"newspaper newspaper NOUN 9 nsubj",
			"based base VERB 2 acl",
			"in in ADP 6 case",
			"Christian Christian ADJ 6 amod",
			"east east NOUN 7 compound",
			"Beirut Beirut PROPN 9 nsubj",
			"has have AUX 9 aux",
			"violated violate VERB 0 root",
			"a a DET 11 det",
			"ban ban NOUN 9 obj",
			"by by ADP 13 case",
			"Aoun Aoun PROPN 11 nmod",
		}, []want{{"LBNMED", "LBNGOV", "128", hearsay.Asserted}}},
		{"the recipient right after what is given, the name hung elsewhere", []string{
			"Obama Obama PROPN 3 nsubj",
			"has have AUX 3 aux",
			"promised promise VERB 0 root",
			"to to PART 5 mark",
			"continue continue VERB 3 xcomp",
			"military military ADJ 7 amod",
			"aid aid NOUN 5 obj",
			"to to ADP 9 case",
			"war war NOUN 7 nmod",
			"- - PUNCT 9 punct",
			"torn torn ADJ 12 amod",
			"Mozambique Mozambique PROPN 7 appos",
		}, []want{{"USAGOV", "MOZ", "033", hearsay.Asserted}}},
		{"an offer to hand over, the recipient hung elsewhere", []string{
			"Libya Libya PROPN 3 nsubj",
			"has have AUX 3 aux",
			"offered offer VERB 0 root",
			"to to PART 5 mark",
			"hand hand NOUN 3 xcomp",
			"over over ADV 14 advmod",
			"to to ADP 9 case",
			"Great Great ADJ 9 amod",
			"Britain Britain PROPN 6 obl",
			"two two NUM 9 flat",
			"of of ADP 13 case",
			"its its PRON 13 nmod:poss",
			"nationals national NOUN 10 nmod",
			"suspected suspect VERB 3 ccomp",
		}, []want{{"LBY", "GBR", "030", hearsay.Asserted}}},
		{"an object made an oblique, named through a compound of a compound", []string{
			"Syrian Syrian ADJ 2 amod",
			"warplanes warplane NOUN 0 root",
			"struck strike VERB 2 acl",
			"an a DET 7 det",
			"IS IS PROPN 6 compound",
			"training training NOUN 7 compound",
			"camp camp NOUN 3 obl",
			"two two NUM 9 nummod",
			"days day NOUN 3 obl",
		}, []want{{"SYRMIL", "IMGMUSISI", "190", hearsay.Asserted}}},
		{"force used to disperse: whom it disperses, of the police's country", []string{
			"Egyptian Egyptian ADJ 2 amod",
			"police police NOUN 3 nsubj",
			"opened open VERB 4 amod",
			"fire fire NOUN 0 root",
			"to to PART 6 mark",
			"disperse disperse VERB 4 acl",
			"Moslem Moslem PROPN 8 compound",
			"demonstrators demonstrator NOUN 6 obj",
		}, []want{{"EGYCOP", "EGYMOSOPP", "193", hearsay.Asserted}}},
		{"a protest made to demand: the demand's target", []string{
			"Many many ADJ 2 amod",
			"fundamentalists fundamentalist NOUN 3 nsubj",
			"continued continue VERB 0 root",
			"their their PRON 6 nmod:poss",
			"hunger hunger NOUN 6 compound",
			"strike strike NOUN 3 obj",
			"to to PART 8 mark",
			"demand demand VERB 3 advcl",
			"the the DET 10 det",
			"resignation resignation NOUN 8 obj",
			"of of ADP 13 case",
			"Algerian Algerian ADJ 13 amod",
			"president president NOUN 10 nmod",
		}, []want{{"DZARAD", "DZAGOV", "142", hearsay.Asserted}, {"DZARAD", "DZAGOV", "1041", hearsay.Asserted}}},
		{"a protest made in protest of an act: its doer", []string{
			"Egyptian Egyptian ADJ 2 amod",
			"refugees refugee NOUN 4 nsubj",
			"are be AUX 4 aux",
			"continuing continue VERB 0 root",
			"a a DET 7 det",
			"hunger hunger NOUN 7 compound",
			"strike strike NOUN 4 obj",
			"in in ADP 9 case",
			"protest protest NOUN 7 nmod",
			"of of ADP 15 case",
			"the the DET 13 det",
			"Russian Russian ADJ 13 amod",
			"government government NOUN 15 nmod:poss",
			"'s 's PART 13 case",
			"refusal refusal NOUN 9 nmod",
		}, []want{{"EGYREF", "RUSGOV", "142", hearsay.Asserted}, {"EGYREF", "RUSGOV", "141", hearsay.Asserted}, {"RUSGOV", "", "120", hearsay.Asserted}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(f, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAuthorisedCooperation: authorising cooperation is the intent to
// cooperate (03x over the act), not the cooperation itself.
func TestAuthorisedCooperation(t *testing.T) {
	sent := []string{
		"Iran Iran PROPN 2 nsubj",
		"authorised authorise VERB 0 root",
		"military military ADJ 4 amod",
		"cooperation cooperation NOUN 2 obj",
		"with with ADP 6 case",
		"Washington Washington PROPN 4 nmod",
	}
	got := summarize(NewWith(fake, nil).Code(conll(t, sent), published))
	want := []want{{"IRN", "USAGOV", "0312", hearsay.Asserted}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestPromisedForce: force one promises about with no doer named ("the
// forces ... would not be hit") is the promiser's, wherever the parse hung
// the clause.
func TestPromisedForce(t *testing.T) {
	clause := []string{
		"Washington Washington PROPN 2 nsubj",
		"promised promise VERB 0 root",
		"that that SCONJ 10 mark",
		"Syria Syria PROPN 6 nmod:poss",
		"'s 's PART 4 case",
		"forces force NOUN 10 nsubj:pass",
		"would would AUX 10 aux",
		"not not PART 10 advmod",
		"be be AUX 10 aux:pass",
	}
	tests := []struct {
		name string
		sent []string
	}{
		{"clause of the promise", append(slices.Clone(clause), "hit hit VERB 2 ccomp")},
		{"clause hung on a later report", append(slices.Clone(clause),
			"hit hit VERB 15 advcl",
			", , PUNCT 10 punct",
			"an a DET 13 det",
			"official official NOUN 15 nsubj",
			"has have AUX 15 aux",
			"told tell VERB 2 ccomp",
			"Reuters Reuters PROPN 15 obj",
		)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			w := want{"USAGOV", "SYRMIL", "190", hearsay.Negated}
			if !slices.Contains(got, w) {
				t.Errorf("missing %v; got %v", w, got)
			}
		})
	}
}

// TestAnnouncedAsComing: an act with no doer named that one announces as
// coming is one's own, future; one reported as begun is not.
func TestAnnouncedAsComing(t *testing.T) {
	flights := func(pred []string) []string {
		return append([]string{
			"Washington Washington PROPN 2 nsubj",
			"signalled signal VERB 0 root",
			"that that SCONJ 9 mark",
			"surveillance surveillance NOUN 5 compound",
			"flights flight NOUN 9 nsubj",
			"over over ADP 7 case",
			"Syria Syria PROPN 5 nmod",
		}, pred...)
	}
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"imminent", flights([]string{"were be AUX 9 cop", "imminent imminent ADJ 2 ccomp"}), []want{{"USAGOV", "SYR", "150", hearsay.Future}}},
		{"would begin", flights([]string{"would would AUX 9 aux", "begin begin VERB 2 ccomp"}), []want{{"USAGOV", "SYR", "150", hearsay.Future}}},
		{"began: reported, not announced", flights([]string{"had have AUX 9 aux", "begun begin VERB 2 ccomp"}), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestActedInMeetings: whoever acts in a meeting with someone meets them,
// however high the parse hung the meeting; the one a passive first
// conjunct is about does the active second.
func TestActedInMeetings(t *testing.T) {
	tests := []struct {
		name string
		sent []string
	}{
		{"meeting hung under a modifier", []string{
			"Iran Iran PROPN 2 nsubj",
			"raised raise VERB 0 root",
			"worries worry NOUN 2 obj",
			"about about ADP 5 case",
			"Assad Assad PROPN 3 nmod",
			"close close ADJ 5 amod",
			"in in ADP 8 case",
			"meetings meeting NOUN 6 obl",
			"with with ADP 10 case",
			"Washington Washington PROPN 8 nmod",
		}},
		{"active conjunct of a passive", []string{
			"Iran Iran PROPN 3 nsubj:pass",
			"was be AUX 3 aux:pass",
			"concerned concern VERB 0 root",
			"and and CCONJ 5 cc",
			"brought bring VERB 3 conj",
			"issue issue NOUN 5 obj",
			"up up ADP 5 compound:prt",
			"in in ADP 9 case",
			"meetings meeting NOUN 5 obl",
			"with with ADP 11 case",
			"Washington Washington PROPN 9 nmod",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			w := want{"IRN", "USAGOV", "040", hearsay.Asserted}
			if !slices.Contains(got, w) {
				t.Errorf("missing %v; got %v", w, got)
			}
		})
	}
}

// TestDispositionNeedsComplement: a participle stating a disposition
// ("committed", "determined") is one only with what one is disposed to,
// also when the parse hangs the infinitive as an adverbial clause.
func TestDispositionNeedsComplement(t *testing.T) {
	tests := []struct {
		name   string
		sent   []string
		want   []want
		banned string // a code that must not be coded
	}{
		{"infinitive as an adverbial clause", []string{
			"Iran Iran PROPN 3 nsubj:pass",
			"is be AUX 3 aux:pass",
			"committed commit VERB 0 root",
			"to to SCONJ 5 mark",
			"cooperating cooperate VERB 3 advcl",
			"with with ADP 7 case",
			"Iraq Iraq PROPN 5 obl",
			". . PUNCT 3 punct",
		}, []want{{"IRN", "IRQ", "031", hearsay.Asserted}}, ""},
		{"a crime committed by someone", []string{
			"Jordan Jordan PROPN 2 nsubj",
			"condemned condemn VERB 0 root",
			"crimes crime NOUN 2 obj",
			"committed commit VERB 3 acl",
			"by by ADP 5 case",
			"Israel Israel PROPN 4 obl",
			". . PUNCT 2 punct",
		}, nil, "030"},
		{"determined that", []string{
			"Israel Israel PROPN 2 nsubj",
			"determined determine VERB 0 root",
			"that that SCONJ 5 mark",
			"Jordan Jordan PROPN 5 nsubj",
			"lied lie VERB 2 ccomp",
			". . PUNCT 2 punct",
		}, nil, "030"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(NewWith(fake, nil).Code(conll(t, tt.sent), published))
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %v; got %v", w, got)
				}
			}
			for _, g := range got {
				if tt.banned != "" && g.code == tt.banned {
					t.Errorf("coded %v; got %v", tt.banned, got)
				}
			}
		})
	}
}

// TestEthnicPeople: a nation's name qualified by "ethnic" is a people, of
// the country where they act, not that nation's state.
func TestEthnicPeople(t *testing.T) {
	actors := fakeActors{names: maps.Clone(fake.names), places: maps.Clone(fake.places)}
	actors.names["iranians"] = country("IRN")
	actors.places["iraq"] = actor.Place{Name: "Iraq", Country: "IRQ", Kind: "country"}
	tests := []struct {
		name    string
		ethnic  bool
		wantSrc string
	}{
		{"ethnic Iranians in Iraq are Iraq's", true, "IRQ"},
		{"Iranians in Iraq stay Iranian", false, "IRN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sent := []string{
				"Iranians Iranian PROPN 2 nsubj",
				"demonstrated demonstrate VERB 0 root",
				"in in ADP 4 case",
				"Iraq Iraq PROPN 2 obl",
				". . PUNCT 2 punct",
			}
			if tt.ethnic {
				sent = []string{
					"Ethnic ethnic ADJ 2 amod",
					"Iranians Iranian PROPN 3 nsubj",
					"demonstrated demonstrate VERB 0 root",
					"in in ADP 5 case",
					"Iraq Iraq PROPN 3 obl",
					". . PUNCT 3 punct",
				}
			}
			got := summarize(NewWith(actors, nil).Code(conll(t, sent), published))
			if len(got) == 0 || got[0].src != tt.wantSrc || got[0].code != "141" {
				t.Errorf("got %v, want a 141 from %s", got, tt.wantSrc)
			}
		})
	}
}

// TestLedForces: forces a country leads are that country's, however the
// parse hung "led" ("Vietnamese - led" read as a clause of its own).
func TestLedForces(t *testing.T) {
	d := conll(t, []string{
		"Vietnamese Vietnamese PROPN 3 nsubj",
		"- - PUNCT 1 punct",
		"led lead VERB 0 root",
		"forces force NOUN 6 nsubj",
		"have have AUX 6 aux",
		"attacked attack VERB 3 ccomp",
		"Cambodia Cambodia PROPN 6 obj",
	})
	got := summarize(New(actor.Builtin(), nil).Code(d, published))
	if len(got) != 1 || got[0].src != "VNMMIL" || got[0].tgt != "KHM" {
		t.Errorf("got %v, want VNMMIL→KHM", got)
	}
}

// TestTargetNames covers the sixteenth round's target rules: names that
// are no actor (a structure's name, a possessor of an ally, a capital's
// name for a city elsewhere) and targets named in a "despite" phrase or
// after a preposition stranded by coordination.
func TestTargetNames(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		tgt  string
	}{
		{"a structure named after a region is no actor", []string{
			"French French ADJ 2 amod",
			"workers worker NOUN 3 nsubj",
			"blocked block VERB 0 root",
			"the the DET 6 det",
			"Europe Europe PROPN 6 compound",
			"Bridge Bridge PROPN 3 obj",
			". . PUNCT 3 punct",
		}, "FRAGOV"},
		{"a country's ally is not the country", []string{
			"Hezbollah Hezbollah PROPN 2 compound",
			"guerrillas guerrilla NOUN 3 nsubj",
			"killed kill VERB 0 root",
			"the the DET 5 det",
			"chief chief NOUN 3 obj",
			"of of ADP 9 case",
			"Israel Israel PROPN 9 nmod:poss",
			"'s 's PART 7 case",
			"militia militia NOUN 5 nmod",
			"ally ally ADV 9 advmod",
			"in in ADP 13 case",
			"southern southern ADJ 13 amod",
			"Lebanon Lebanon PROPN 9 nmod",
			". . PUNCT 3 punct",
		}, "LBNUAF"},
		{"a capital's name is a city of the country the sentence names", []string{
			"Syrian Syrian ADJ 2 amod",
			"officers officer NOUN 3 nsubj",
			"ended end VERB 0 root",
			"mediation mediation NOUN 5 compound",
			"efforts effort NOUN 3 obj",
			"between between ADP 7 case",
			"militias militia NOUN 5 nmod",
			"in in ADP 9 case",
			"Tripoli Tripoli PROPN 7 nmod",
			"near near ADP 13 case",
			"the the DET 13 det",
			"Lebanese Lebanese ADJ 13 amod",
			"coast coast NOUN 3 obl",
			". . PUNCT 3 punct",
		}, "LBNUAF"},
		{"a refusal despite pressure by X targets X", []string{
			"Ministers minister NOUN 2 nsubj",
			"declined decline VERB 0 root",
			"to to PART 4 mark",
			"resign resign VERB 2 xcomp",
			"despite despite SCONJ 6 mark",
			"growing grow VERB 4 advcl",
			"pressure pressure NOUN 6 obj",
			"by by ADP 10 case",
			"the the DET 10 det",
			"opposition opposition NOUN 7 nmod",
			". . PUNCT 2 punct",
		}, "OPP"},
		{"a preposition stranded by coordination takes the next conjunct's place", []string{
			"Sri Sri PROPN 3 nsubj",
			"Lanka Lanka PROPN 1 flat",
			"established establish VERB 0 root",
			"diplomatic diplomatic ADJ 5 amod",
			"ties tie NOUN 3 obj",
			"with with ADP 8 mark",
			"and and CCONJ 8 cc",
			"opened open VERB 16 advcl",
			"an a DET 10 det",
			"embassy embassy NOUN 8 obj",
			"in in ADP 12 case",
			"Tehran Tehran PROPN 8 obl",
			", , PUNCT 8 punct",
			"the the DET 15 det",
			"ministry ministry NOUN 16 nsubj",
			"said say VERB 3 advcl",
			". . PUNCT 3 punct",
		}, "IRNGOV"},
		{"crimes committed by X are X's, not their victims'", []string{
			"Serbian Serbian ADJ 2 amod",
			"police police NOUN 3 nsubj",
			"launched launch VERB 0 root",
			"an a DET 5 det",
			"investigation investigation NOUN 3 obj",
			"into into ADP 7 case",
			"crimes crime NOUN 5 nmod",
			"committed commit VERB 7 acl",
			"by by ADP 11 case",
			"Croat Croat PROPN 11 compound",
			"forces force NOUN 8 obl:agent",
			"against against ADP 14 case",
			"Serb Serb PROPN 14 compound",
			"civilians civilian NOUN 11 nmod",
			". . PUNCT 3 punct",
		}, "HRVMIL"},
		{"a rejected invitation is turned down to the gathering's parties", []string{
			"Hamas Hamas PROPN 2 nsubj",
			"rejected reject VERB 0 root",
			"an a DET 4 det",
			"invitation invitation NOUN 2 obj",
			"to to PART 6 mark",
			"attend attend VERB 4 acl",
			"a a DET 8 det",
			"meeting meeting NOUN 6 obj",
			"of of ADP 11 case",
			"Palestinian Palestinian ADJ 11 amod",
			"factions faction NOUN 8 nmod",
			"to to PART 13 mark",
			"discuss discuss VERB 8 acl",
			"independence independence NOUN 13 obj",
			"from from ADP 16 case",
			"Israel Israel PROPN 14 nmod",
			". . PUNCT 2 punct",
		}, "PSE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codeBuiltin(t, tt.sent)
			if len(got) == 0 || got[0].tgt != tt.tgt {
				t.Errorf("got %v, want first target %s", got, tt.tgt)
			}
		})
	}
}

// TestQuotedWe covers "we" inside a direct quotation: the one quoted,
// named after the quotation, not the last party named before it; with no
// quotation marks the old reading (the nearest speaker before) stands.
func TestQuotedWe(t *testing.T) {
	before := []string{
		"Senior senior ADJ 3 amod",
		"Iranian Iranian ADJ 3 amod",
		"officials official NOUN 4 nsubj",
		"said say VERB 0 root",
		"Western Western ADJ 6 amod",
		"negotiators negotiator NOUN 8 nsubj",
		"should should AUX 8 aux",
		"bend bend VERB 4 ccomp",
		". . PUNCT 4 punct",
	}
	quote := func(mark string) []string {
		var out []string
		for _, l := range []string{
			"MARK MARK PUNCT 4 punct",
			"We we PRON 4 nsubj PRP",
			"are be AUX 4 cop",
			"ready ready ADJ 13 ccomp",
			"to to PART 6 mark",
			"help help VERB 4 xcomp",
			"against against ADP 8 case",
			"terrorists terrorist NOUN 6 obl",
			", , PUNCT 4 punct",
			"MARK MARK PUNCT 13 punct",
			"one one NUM 12 nummod",
			"official official NOUN 13 nsubj",
			"said say VERB 0 root",
			". . PUNCT 13 punct",
		} {
			if strings.HasPrefix(l, "MARK") {
				if mark == "" {
					l = "- - PUNCT 13 punct"
				} else {
					l = strings.ReplaceAll(l, "MARK", mark)
				}
			}
			out = append(out, l)
		}
		return out
	}
	for _, tc := range []struct {
		mark, src string
	}{{`"`, "IRNGOV"}, {"\u201c", "IRNGOV"}, {"", "WSTGOV"}} {
		got := summarize(New(actor.Builtin(), nil).Code(conll(t, before, quote(tc.mark)), published))
		var src string
		for _, g := range got {
			if strings.HasPrefix(g.code, "03") {
				src = g.src
			}
		}
		if src != tc.src {
			t.Errorf("mark %q: got %v, want the offer by %s", tc.mark, got, tc.src)
		}
	}
}

// TestSameDoerStrikes covers strikes with no target named: those of the
// doer of the article's last strike are on its target, and a strike told
// as not done ("did not hit Syrian forces") is not that target.
func TestSameDoerStrikes(t *testing.T) {
	first := []string{
		"Washington Washington PROPN 2 nsubj",
		"bombed bomb VERB 0 root",
		"IS IS PROPN 2 obj",
		"and and CCONJ 8 cc",
		"did do AUX 8 aux",
		"not not PART 8 advmod",
		"also also ADV 8 advmod",
		"hit hit VERB 2 conj",
		"Syrian Syrian ADJ 10 amod",
		"forces force NOUN 8 obj",
		". . PUNCT 2 punct",
	}
	second := []string{
		"Iran Iran PROPN 3 nsubj:pass",
		"was be AUX 3 aux:pass",
		"told tell VERB 0 root",
		"before before ADP 7 case",
		"the the DET 7 det",
		"first first ADJ 7 amod",
		"wave wave NOUN 3 obl",
		"of of ADP 9 case",
		"strikes strike NOUN 7 nmod",
		"by by ADP 11 case",
		"Washington Washington PROPN 9 nmod",
		". . PUNCT 3 punct",
	}
	got := summarize(New(actor.Builtin(), nil).Code(conll(t, first, second), published))
	var tgt []string
	for _, g := range got {
		if strings.HasPrefix(g.code, "19") && g.src == "USAGOV" && g.pol == hearsay.Asserted {
			tgt = append(tgt, g.tgt)
		}
	}
	if len(tgt) != 2 || tgt[1] != "IMGMUSISI" {
		t.Errorf("got %v, want the second strike on IS too", got)
	}
}

// TestTheGroupMostNamed covers "the group" with no group named in its
// sentence or the one before: the group the article names most, the
// first named of those named as often, not one named in passing since.
func TestTheGroupMostNamed(t *testing.T) {
	sents := [][]string{{
		"Islamic Islamic PROPN 2 compound",
		"State State PROPN 3 compound",
		"militants militant NOUN 4 nsubj",
		"attacked attack VERB 0 root",
		"Iraq Iraq PROPN 4 obj",
		". . PUNCT 4 punct",
	}, {
		"The the DET 2 det",
		"Taliban Taliban PROPN 4 nsubj:pass",
		"was be AUX 4 aux:pass",
		"ousted oust VERB 0 root",
		"in in ADP 6 case",
		"2001 2001 NUM 4 obl",
		". . PUNCT 4 punct",
	}, {
		"Officials official NOUN 2 nsubj",
		"met meet VERB 0 root",
		". . PUNCT 2 punct",
	}, {
		"Kurdish Kurdish ADJ 2 amod",
		"forces force NOUN 3 nsubj",
		"fought fight VERB 0 root",
		"the the DET 5 det",
		"group group NOUN 3 obj",
		". . PUNCT 3 punct",
	}}
	got := codeBuiltin(t, sents...)
	var tgt string
	for _, g := range got {
		if g.src == "KURMIL" {
			tgt = g.tgt
		}
	}
	if tgt != "IMGMUSISI" {
		t.Errorf("got %v, want KURMIL→IMGMUSISI", got)
	}
}

// TestApposedRoleNoSubject covers a definite role noun the parse made a
// second subject after a comma: an apposition telling who the subjects
// are ("Iran and Russia, the main backers of Damascus, denounced"), whose
// possessor does not act.
func TestApposedRoleNoSubject(t *testing.T) {
	d := conll(t, []string{
		"Iran Iran PROPN 10 nsubj",
		"and and CCONJ 3 cc",
		"Russia Russia PROPN 1 conj",
		", , PUNCT 1 punct",
		"the the DET 7 det",
		"main main ADJ 7 amod",
		"backers backer NOUN 10 nsubj",
		"of of ADP 9 case",
		"Damascus Damascus PROPN 7 nmod",
		"denounced denounce VERB 0 root",
		"Israel Israel PROPN 10 obj",
		". . PUNCT 10 punct",
	})
	got := summarize(New(actor.Builtin(), nil).Code(d, published))
	var srcs []string
	for _, g := range got {
		srcs = append(srcs, g.src)
	}
	slices.Sort(srcs)
	if !slices.Equal(srcs, []string{"IRN", "RUS"}) {
		t.Errorf("got %v, want IRN and RUS only", got)
	}
}

// TestListedBeforeConjunctOfOblique covers a name listed before a later
// clause's subject that is a conjunct of a prepositional phrase: it
// stands where its first conjunct does and is no subject ("sent aid to
// Baghdad and Moscow, and Obama criticized Assad").
func TestListedBeforeConjunctOfOblique(t *testing.T) {
	d := conll(t, []string{
		"Washington Washington PROPN 2 nsubj",
		"sent send VERB 0 root",
		"aid aid NOUN 2 obj",
		"to to ADP 5 case",
		"Baghdad Baghdad PROPN 2 obl",
		"and and CCONJ 7 cc",
		"Moscow Moscow PROPN 5 conj",
		", , PUNCT 11 punct",
		"and and CCONJ 11 cc",
		"Obama Obama PROPN 11 nsubj",
		"criticized criticize VERB 2 conj",
		"Assad Assad PROPN 11 obj",
		". . PUNCT 2 punct",
	})
	got := summarize(New(actor.Builtin(), nil).Code(d, published))
	for _, g := range got {
		if strings.HasPrefix(g.code, "11") && g.src != "USAGOV" {
			t.Errorf("got %v, want the criticism by Obama only", got)
		}
	}
}

// TestJointExercise covers military exercises: one country's are a show of
// force (15), those held by the forces of two countries, called joint or
// held with a named party are military cooperation (062).
func TestJointExercise(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
	}{
		{"two countries' warships", []string{
			"French French ADJ 4 amod",
			"and and CCONJ 3 cc",
			"Egyptian Egyptian ADJ 1 conj",
			"warships warship NOUN 5 nsubj",
			"launched launch VERB 0 root",
			"war war NOUN 7 compound",
			"games game NOUN 5 obj",
			". . PUNCT 5 punct",
		}, []want{{"EGYMIL", "FRAMIL", "062", hearsay.Asserted}}},
		{"with a named party", []string{
			"Chinese Chinese ADJ 2 amod",
			"troops troop NOUN 3 nsubj",
			"began begin VERB 0 root",
			"exercises exercise NOUN 3 obj",
			"with with ADP 6 case",
			"Russia Russia PROPN 4 nmod",
			". . PUNCT 3 punct",
		}, []want{{"CHNMIL", "RUS", "062", hearsay.Asserted}}},
		{"one country's drills", []string{
			"Iranian Iranian ADJ 2 amod",
			"forces force NOUN 3 nsubj",
			"held hold VERB 0 root",
			"naval naval ADJ 5 amod",
			"drills drill NOUN 3 obj",
			". . PUNCT 3 punct",
		}, []want{{"IRNMIL", "", "150", hearsay.Asserted}}},
	}
	for _, tc := range tests {
		got := codeBuiltin(t, tc.lines)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestPerfectParticipleAsObject covers a perfect the parse split into
// "have" with the participle as its object: the subject of "have" does
// the participle's act ("Albanians have sworn to fight Serbia").
func TestPerfectParticipleAsObject(t *testing.T) {
	d := conll(t, []string{
		"Albanians Albanian PROPN 2 nsubj NNPS",
		"have have VERB 0 root VBP",
		"sworn swear VERB 2 obj VBN",
		"to to PART 5 mark TO",
		"fight fight VERB 3 xcomp VB",
		"Serbia Serbia PROPN 5 obj NNP",
		". . PUNCT 2 punct .",
	})
	got := summarize(New(actor.Builtin(), nil).Code(d, published))
	want := []want{{"ALB", "SRB", "138", hearsay.Asserted}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestPeacekeepersArrive covers peacekeepers arriving or deployed: that is
// peacekeeping (074), where other troops arriving are a visit (042) and
// deployed a show of force (15).
func TestPeacekeepersArrive(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
	}{
		{"a batch of peacekeeping troops arrives", []string{
			"The the DET 3 det",
			"first first ADJ 3 amod",
			"deployment deployment NOUN 9 nsubj",
			"of of ADP 7 case",
			"Jordanian Jordanian ADJ 7 amod",
			"peacekeeping peacekeep VERB 7 amod VBG",
			"troops troop NOUN 3 nmod",
			"have have AUX 9 aux",
			"arrived arrive VERB 0 root VBN",
			"in in ADP 11 case",
			"Bosnia Bosnia PROPN 9 obl",
			". . PUNCT 9 punct",
		}, []want{{"JORMIL", "BIH", "074", hearsay.Asserted}}},
		{"peacekeepers deployed", []string{
			"Jordan Jordan PROPN 2 nsubj",
			"deployed deploy VERB 0 root VBD",
			"peacekeepers peacekeeper NOUN 2 obj",
			"in in ADP 5 case",
			"Bosnia Bosnia PROPN 2 obl",
			". . PUNCT 2 punct",
		}, []want{{"JOR", "BIH", "074", hearsay.Asserted}}},
		{"other troops arriving visit", []string{
			"Jordanian Jordanian ADJ 2 amod",
			"troops troop NOUN 3 nsubj",
			"arrived arrive VERB 0 root VBD",
			"in in ADP 5 case",
			"Bosnia Bosnia PROPN 3 obl",
			". . PUNCT 3 punct",
		}, []want{{"JORMIL", "BIH", "042", hearsay.Asserted}}},
	}
	for _, tc := range tests {
		got := codeBuiltin(t, tc.lines)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestAimHolderAndChainedPronoun checks that a to-infinitive predicate
// ("the aim was to warn Damascus") is the act of the one who says so, with
// the object of a warning doing what it is warned against ("not to
// threaten"), and that "he" with no one named since the sentence before is
// who that sentence's subject "he" is.
func TestAimHolderAndChainedPronoun(t *testing.T) {
	doc := conll(t, []string{
		"Obama Obama PROPN 2 nsubj",
		"spoke speak VERB 0 root",
		". . PUNCT 2 punct",
	}, []string{
		"He he PRON 2 nsubj PRP",
		"stressed stress VERB 0 root",
		"it it PRON 2 obj PRP",
		". . PUNCT 2 punct",
	}, []string{
		// the parse of the news sentence: "warn" a subjectless ccomp of "said"
		"The the DET 2 det",
		"aim aim NOUN 0 root",
		", , PUNCT 2 punct",
		"he he PRON 5 nsubj PRP",
		"said say VERB 2 parataxis",
		", , PUNCT 9 punct",
		"was be AUX 9 cop",
		"to to PART 9 mark",
		"warn warn VERB 5 ccomp",
		"Damascus Damascus PROPN 9 iobj",
		"not not PART 13 advmod",
		"to to PART 13 mark",
		"threaten threaten VERB 9 xcomp",
		"Israel Israel PROPN 13 obj",
		". . PUNCT 5 punct",
	})
	got := summarize(NewWith(fake, nil).Code(doc, published))
	want := []want{{"USAGOV", "SYRGOV", "130", hearsay.Asserted}, {"SYRGOV", "ISR", "130", hearsay.Negated}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestAimPossessor checks that an aim's possessor does the act its
// to-infinitive predicate states.
func TestAimPossessor(t *testing.T) {
	doc := conll(t, []string{
		"Washington Washington PROPN 3 nmod:poss",
		"'s 's PART 1 case",
		"aim aim NOUN 6 nsubj:outer",
		"is be AUX 6 cop",
		"to to PART 6 mark",
		"warn warn VERB 0 root",
		"Damascus Damascus PROPN 6 obj",
		". . PUNCT 6 punct",
	})
	got := summarize(NewWith(fake, nil).Code(doc, published))
	want := []want{{"USAGOV", "SYRGOV", "130", hearsay.Asserted}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestNoPlansForCoordination checks that an event noun planned by "no
// plans for" takes the speaker as its source and the plan's partner as
// its target, negated.
func TestNoPlansForCoordination(t *testing.T) {
	doc := conll(t, []string{
		"Obama Obama PROPN 2 nsubj",
		"said say VERB 0 root",
		"there there PRON 4 expl",
		"were be VERB 2 ccomp",
		"no no DET 6 det",
		"plans plan NOUN 4 nsubj",
		"for for ADP 9 case",
		"any any DET 9 det",
		"coordination coordination NOUN 6 nmod",
		"with with ADP 11 case",
		"Damascus Damascus PROPN 6 nmod",
		". . PUNCT 2 punct",
	})
	got := summarize(NewWith(fake, nil).Code(doc, published))
	want := []want{{"USAGOV", "SYRGOV", "062", hearsay.Negated}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestGivenFrom checks that intelligence said to reach someone "from X"
// is X's, also with the phrase hung on the recipient.
func TestGivenFrom(t *testing.T) {
	doc := conll(t, []string{
		"Intelligence intelligence NOUN 3 nsubj",
		"is be AUX 3 aux",
		"reaching reach VERB 0 root",
		"the the DET 6 det",
		"Syrian Syrian ADJ 6 amod",
		"government government NOUN 3 obj",
		"from from ADP 9 case",
		"the the DET 9 det",
		"US US PROPN 6 nmod",
		". . PUNCT 3 punct",
	})
	got := summarize(NewWith(fake, nil).Code(doc, published))
	want := []want{{"USA", "SYRGOV", "064", hearsay.Asserted}}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestIndirectObjectNoController checks that an indirect object does not
// do the infinitive when the verb has a direct object ("gave Iran word
// of its plan to bomb" is Washington's bombing).
func TestIndirectObjectNoController(t *testing.T) {
	doc := conll(t, []string{
		"Washington Washington PROPN 2 nsubj",
		"gave give VERB 0 root",
		"Iran Iran PROPN 2 iobj",
		"word word NOUN 2 obj",
		"to to PART 6 mark",
		"bomb bomb VERB 2 xcomp",
		"IS IS PROPN 6 obj",
		". . PUNCT 2 punct",
	})
	got := summarize(NewWith(fake, nil).Code(doc, published))
	if !slices.Contains(got, want{"USAGOV", "IMGMUSISI", "195", hearsay.Asserted}) || slices.ContainsFunc(got, func(w want) bool { return w.src == "IRN" }) {
		t.Errorf("got %v, want Washington bombing IS and nothing by Iran", got)
	}
}

// TestModifierTaggedVerb checks that a noun entry's modifier condition
// holds for the word right before the noun when the tagger made that word
// a verb with the noun its object ("will launch reconnaissance flights
// over Syria").
func TestModifierTaggedVerb(t *testing.T) {
	doc := conll(t, []string{
		"Washington Washington PROPN 3 nsubj",
		"will will AUX 3 aux",
		"launch launch VERB 0 root",
		"reconnaissance reconnaissance VERB 3 xcomp",
		"flights flight NOUN 4 obj",
		"over over ADP 7 case",
		"Syria Syria PROPN 5 nmod",
		". . PUNCT 3 punct",
	})
	got := summarize(NewWith(fake, nil).Code(doc, published))
	if !slices.Contains(got, want{"USAGOV", "SYR", "150", hearsay.Future}) {
		t.Errorf("got %v, want USAGOV SYR 150 future among them", got)
	}
}

// TestStopVerbNotDoer checks that who stops or averts an act is not who
// does it ("Israel failed to stop the attacks on Syria" is no Israeli
// attack), while an act named as the subject's own still is ("stopped its
// attacks").
func TestStopVerbNotDoer(t *testing.T) {
	tests := []struct {
		name   string
		lines  []string
		attack bool
	}{
		{"failed to stop the attacks", []string{
			"Israel Israel PROPN 2 nsubj NNP",
			"failed fail VERB 0 root VBD",
			"to to PART 4 mark TO",
			"stop stop VERB 2 xcomp VB",
			"the the DET 6 det DT",
			"attacks attack NOUN 4 obj NNS",
			"on on ADP 8 case IN",
			"Syria Syria PROPN 4 obl NNP",
			". . PUNCT 2 punct .",
		}, false},
		{"stopped its attacks", []string{
			"Israel Israel PROPN 2 nsubj NNP",
			"stopped stop VERB 0 root VBD",
			"its its PRON 4 nmod:poss PRP$",
			"attacks attack NOUN 2 obj NNS",
			"on on ADP 6 case IN",
			"Syria Syria PROPN 2 obl NNP",
			". . PUNCT 2 punct .",
		}, true},
	}
	for _, tc := range tests {
		got := codeBuiltin(t, tc.lines)
		has := slices.ContainsFunc(got, func(w want) bool { return w.src == "ISR" && strings.HasPrefix(w.code, "19") })
		if has != tc.attack {
			t.Errorf("%s: got %v, want an Israeli attack: %v", tc.name, got, tc.attack)
		}
	}
}

// TestEngageWith checks that engaging with a party is diplomatic
// engagement (040) and engaging a party is combat (190).
func TestEngageWith(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
	}{
		{"engage with", []string{
			"Western Western ADJ 2 amod JJ",
			"governments government NOUN 4 nsubj NNS",
			"should should AUX 4 aux MD",
			"engage engage VERB 0 root VB",
			"with with ADP 6 case IN",
			"Damascus Damascus PROPN 4 obl NNP",
			". . PUNCT 4 punct .",
		}, []want{{"WSTGOV", "SYRGOV", "040", hearsay.Hypothetical}}},
		{"engaged fighters", []string{
			"Israeli Israeli ADJ 2 amod JJ",
			"troops troop NOUN 3 nsubj NNS",
			"engaged engage VERB 0 root VBD",
			"Hezbollah Hezbollah PROPN 5 compound NNP",
			"fighters fighter NOUN 3 obj NNS",
			". . PUNCT 3 punct .",
		}, []want{{"ISRMIL", "LBNREBHEZ", "190", hearsay.Asserted}}},
	}
	for _, tc := range tests {
		got := codeBuiltin(t, tc.lines)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestApposedLead checks that a finite verb the parse hung inside the
// apposition of the sentence's opening name, with no subject of its own,
// is that name's act ("Russia, Assad's most important foreign ally,
// separately urged ..."), and that a nation's adjective coordinated with
// another that an agent follows shares the agent ("Western and Arab
// governments").
func TestApposedLead(t *testing.T) {
	d := conll(t, []string{
		"Russia Russia PROPN 0 root NNP",
		", , PUNCT 1 punct ,",
		"Assad Assad PROPN 2 flat NNP",
		"'s 's PART 3 case POS",
		"most most ADV 6 advmod RBS",
		"important important ADJ 3 amod JJ",
		"foreign foreign ADJ 6 xcomp JJ",
		"ally ally ADV 11 advmod RB",
		", , PUNCT 8 punct ,",
		"separately separately ADV 11 advmod RB",
		"urged urge VERB 7 conj VBD",
		"Western Western ADJ 15 amod JJ",
		"and and CCONJ 14 cc CC",
		"Arab Arab ADJ 12 conj JJ",
		"governments government NOUN 11 obj NNS",
		"to to PART 17 mark TO",
		"talk talk VERB 15 acl VB",
		". . PUNCT 1 punct .",
	})
	got := summarize(New(actor.Builtin(), nil).Code(d, published))
	for _, w := range []want{{"RUS", "WSTGOV", "", ""}, {"RUS", "ARBGOV", "", ""}} {
		if !slices.ContainsFunc(got, func(g want) bool { return g.src == w.src && g.tgt == w.tgt && strings.HasPrefix(g.code, "02") }) {
			t.Errorf("got %v, want %s -> %s appeal among them", got, w.src, w.tgt)
		}
	}
}

// TestSharedAgentAndForceOnObject checks that coordinated nations'
// adjectives share the agent after the last ("Syrian and Lebanese troops"
// are both armies), and that coordinated subjects using force on an object
// that names no actor do not act on each other ("The US and Syrian air
// forces bombed the town").
func TestSharedAgentAndForceOnObject(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
	}{
		{"shared agent", []string{
			"Israel Israel PROPN 2 nsubj NNP",
			"attacked attack VERB 0 root VBD",
			"Syrian Syrian ADJ 6 amod JJ",
			"and and CCONJ 5 cc CC",
			"Lebanese Lebanese ADJ 3 conj JJ",
			"troops troop NOUN 2 obj NNS",
			". . PUNCT 2 punct .",
		}, []want{{"ISR", "LBNMIL", "190", hearsay.Asserted}, {"ISR", "SYRMIL", "190", hearsay.Asserted}}},
		{"force on an object", []string{
			"The the DET 2 det DT",
			"US US PROPN 7 nsubj NNP",
			"and and CCONJ 6 cc CC",
			"Syrian Syrian ADJ 6 amod JJ",
			"air air NOUN 6 compound NN",
			"forces force NOUN 2 conj NNS",
			"bombed bomb VERB 0 root VBD",
			"the the DET 9 det DT",
			"town town NOUN 7 obj NN",
			". . PUNCT 7 punct .",
		}, []want{{"USA", "", "195", hearsay.Asserted}, {"SYRMIL", "", "195", hearsay.Asserted}}},
	}
	for _, tc := range tests {
		got := codeBuiltin(t, tc.lines)
		slices.SortFunc(got, func(a, b want) int { return strings.Compare(a.src+a.tgt, b.src+b.tgt) })
		slices.SortFunc(tc.want, func(a, b want) int { return strings.Compare(a.src+a.tgt, b.src+b.tgt) })
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDefiniteRoleFarBack checks that a definite singular role ("the
// minister") is of the country of the same role named earlier in the
// article, however far back, while an indefinite one looks back only two
// sentences.
func TestDefiniteRoleFarBack(t *testing.T) {
	named := []string{
		"Syria Syria PROPN 3 nmod:poss NNP",
		"'s 's PART 1 case POS",
		"minister minister NOUN 4 nsubj NN",
		"spoke speak VERB 0 root VBD",
		". . PUNCT 4 punct .",
	}
	filler := []string{
		"It it PRON 2 expl PRP",
		"rained rain VERB 0 root VBD",
		". . PUNCT 2 punct .",
	}
	later := func(det string) []string {
		return []string{
			det + " " + strings.ToLower(det) + " DET 2 det DT",
			"minister minister NOUN 3 nsubj NN",
			"criticized criticize VERB 0 root VBD",
			"Israel Israel PROPN 3 obj NNP",
			". . PUNCT 3 punct .",
		}
	}
	for _, tc := range []struct {
		det, src string
	}{{"The", "SYRGOV"}, {"A", "GOV"}} {
		d := conll(t, named, filler, filler, filler, later(tc.det))
		got := summarize(New(actor.Builtin(), nil).Code(d, published))
		if !slices.ContainsFunc(got, func(w want) bool { return w.src == tc.src && w.tgt == "ISR" && strings.HasPrefix(w.code, "11") }) {
			t.Errorf("%s minister: got %v, want %s -> ISR criticism among them", tc.det, got, tc.src)
		}
	}
}
