package event

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"hearsay"
	"hearsay/event/actor"
	"hearsay/event/verbs"
	"hearsay/nlp"
)

// fakeActors is a small actor table for tests: lower-case phrases to matches.
type fakeActors struct {
	names   map[string]actor.Match
	places  map[string]actor.Place
	regions map[string]bool // codes of peoples and regions
}

func (f fakeActors) Region(code string) bool { return f.regions[code] }

func (f fakeActors) Match(words []string, i int, _ time.Time) (actor.Match, bool) {
	for n := min(4, len(words)-i); n >= 1; n-- {
		if m, ok := f.names[strings.ToLower(strings.Join(words[i:i+n], " "))]; ok {
			m.Len = n
			return m, true
		}
	}
	return actor.Match{}, false
}

func (f fakeActors) Place(words []string, i int) (actor.Place, int, bool) {
	for n := min(4, len(words)-i); n >= 1; n-- {
		if p, ok := f.places[strings.ToLower(strings.Join(words[i:i+n], " "))]; ok {
			return p, n, true
		}
	}
	return actor.Place{}, 0, false
}

func country(code string) actor.Match {
	return actor.Match{Kind: actor.Country, Code: code, Country: code, Name: code}
}

var fake = fakeActors{
	names: map[string]actor.Match{
		"damascus":      {Kind: actor.Country, Code: "SYRGOV", Country: "SYR", Sector: "GOV", Metonym: true},
		"us":            country("USA"),
		"united states": country("USA"),
		"iran":          country("IRN"),
		"syria":         country("SYR"),
		"syrian":        country("SYR"),
		"iraq":          country("IRQ"),
		"israel":        country("ISR"),
		"jordan":        country("JOR"),
		"washington":    {Kind: actor.Country, Code: "USAGOV", Country: "USA", Sector: "GOV", Metonym: true},
		"obama":         {Kind: actor.Person, Code: "USAGOV", Country: "USA", Sector: "GOV", Name: "Barack Obama"},
		"is":            {Kind: actor.Group, Code: "IMGMUSISI", Name: "Islamic State"},
		"warplanes":     {Kind: actor.Agent, Code: "MIL"},
		"officials":     {Kind: actor.Agent, Code: "GOV"},
		"leader":        {Kind: actor.Agent, Code: "GOV"},
		"commanders":    {Kind: actor.Agent, Code: "MIL"},
	},
	places: map[string]actor.Place{
		"deir ez-zor": {Name: "Deir ez-Zor", Country: "SYR", Lat: 35.33, Lon: 40.14, Kind: "city"},
		"syria":       {Name: "Syria", Country: "SYR", Kind: "country"},
	},
}

// conll builds a one-sentence Doc from lines "form lemma UPOS head rel".
func conll(t testing.TB, sents ...[]string) *nlp.Doc {
	t.Helper()
	var b strings.Builder
	for _, lines := range sents {
		for i, l := range lines {
			// form lemma UPOS head deprel [XPOS]
			f := strings.Fields(l)
			if len(f) != 5 && len(f) != 6 {
				t.Fatalf("bad test line %q", l)
			}
			xpos := "_"
			if len(f) == 6 {
				xpos = f[5]
			}
			fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", i+1, f[0], f[1], f[2], xpos, f[3], f[4])
		}
		b.WriteString("\n")
	}
	d, err := nlp.ReadCoNLLU(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

var published = time.Date(2014, 9, 24, 0, 0, 0, 0, time.UTC) // a Wednesday

type want struct {
	src, tgt, code string
	pol            hearsay.Polarity
}

func summarize(evs []hearsay.Event) []want {
	var out []want
	for _, e := range evs {
		out = append(out, want{e.Source.Code, e.Target.Code, e.CAMEO, e.Polarity})
	}
	return out
}

// codeBuiltin codes the sentences, given as conll takes them, with the
// built-in actors and dictionary, and summarizes the events.
func codeBuiltin(t testing.TB, sents ...[]string) []want {
	return summarize(New(actor.Builtin(), nil).Code(conll(t, sents...), published))
}

func TestCode(t *testing.T) {
	tests := []struct {
		name string
		sent []string
		want []want
	}{
		{"xcomp against: warn + carry out airstrikes", []string{
			"Damascus Damascus PROPN 2 nsubj",
			"warned warn VERB 0 root",
			"the the DET 4 det",
			"US US PROPN 2 obj",
			"against against SCONJ 6 mark",
			"carrying carry VERB 2 advcl",
			"out out ADP 6 compound:prt",
			"airstrikes airstrike NOUN 6 obj",
			". . PUNCT 2 punct",
		}, []want{{"SYRGOV", "USA", "138", hearsay.Asserted}}},
		{"negated future", []string{
			"The the DET 3 det",
			"United United PROPN 3 compound",
			"States States PROPN 7 nsubj",
			"wo will AUX 7 aux",
			"n't not PART 7 advmod",
			"be be AUX 7 aux",
			"coordinating coordinate VERB 0 root",
			"military military ADJ 9 amod",
			"action action NOUN 7 obj",
			"with with ADP 11 case",
			"Iran Iran PROPN 7 obl",
			". . PUNCT 7 punct",
		}, []want{{"USA", "IRN", "062", hearsay.Negated}}},
		{"passive with agent", []string{
			"Iran Iran PROPN 3 nsubj:pass",
			"was be AUX 3 aux:pass",
			"informed inform VERB 0 root",
			"by by ADP 6 case",
			"the the DET 6 det",
			"US US PROPN 3 obl:agent",
		}, []want{{"USA", "IRN", "040", hearsay.Asserted}}},
		{"coordinated actors, one event per pair", []string{
			"Syria Syria PROPN 4 nsubj",
			"and and CCONJ 3 cc",
			"Iraq Iraq PROPN 1 conj",
			"attacked attack VERB 0 root",
			"Israel Israel PROPN 4 obj",
			"and and CCONJ 7 cc",
			"Jordan Jordan PROPN 5 conj",
		}, []want{
			{"SYR", "ISR", "190", hearsay.Asserted}, {"SYR", "JOR", "190", hearsay.Asserted},
			{"IRQ", "ISR", "190", hearsay.Asserted}, {"IRQ", "JOR", "190", hearsay.Asserted},
		}},
		{"vow to prosecute: intent over coercion is a threat", []string{
			"Obama Obama PROPN 2 nsubj",
			"vowed vow VERB 0 root",
			"to to PART 4 mark",
			"prosecute prosecute VERB 2 xcomp",
			"the the DET 7 det",
			"IS IS PROPN 7 compound",
			"militants militant NOUN 4 obj",
		}, []want{{"USAGOV", "IMGMUSISI", "130", hearsay.Asserted}}},
		{"rule out cooperating", []string{
			"Iran Iran PROPN 3 nsubj",
			"has have AUX 3 aux",
			"ruled rule VERB 0 root",
			"out out ADP 3 compound:prt",
			"cooperating cooperate VERB 3 xcomp",
			"with with ADP 8 case",
			"the the DET 8 det",
			"US US PROPN 5 obl",
		}, []want{{"IRN", "USA", "121", hearsay.Asserted}}},
		{"hypothetical modal", []string{
			"Syria Syria PROPN 3 nsubj",
			"could could AUX 3 aux",
			"attack attack VERB 0 root",
			"Israel Israel PROPN 3 obj",
		}, []want{{"SYR", "ISR", "190", hearsay.Hypothetical}}},
		{"conditional clause", []string{
			"if if SCONJ 3 mark",
			"Syria Syria PROPN 3 nsubj",
			"attacks attack VERB 0 root",
			"Israel Israel PROPN 3 obj",
		}, []want{{"SYR", "ISR", "190", hearsay.Hypothetical}}},
		{"demand: the asked party is the target", []string{
			"Syria Syria PROPN 2 nsubj",
			"demanded demand VERB 0 root",
			"that that SCONJ 5 mark",
			"Israel Israel PROPN 5 nsubj",
			"withdraw withdraw VERB 2 ccomp",
		}, []want{{"SYR", "ISR", "1056", hearsay.Asserted}}},
		{"unless: a conditional act is a threat", []string{
			"Iraq Iraq PROPN 3 nsubj",
			"will will AUX 3 aux",
			"withdraw withdraw VERB 0 root",
			"from from ADP 5 case",
			"Jordan Jordan PROPN 3 obl",
			"unless unless SCONJ 8 mark",
			"Jordan Jordan PROPN 8 nsubj",
			"pays pay VERB 3 advcl",
		}, []want{{"IRQ", "JOR", "130", hearsay.Asserted}}},
		{"quantity subject", []string{
			"Thousands thousand NOUN 4 nsubj",
			"of of ADP 3 case",
			"Syrian Syrian ADJ 1 nmod",
			"attacked attack VERB 0 root",
			"Israel Israel PROPN 4 obj",
		}, []want{{"SYR", "ISR", "190", hearsay.Asserted}}},
		{"adjectival predicate with complement", []string{
			"Syria Syria PROPN 3 nsubj",
			"is be AUX 3 cop",
			"willing willing ADJ 0 root",
			"to to PART 5 mark",
			"cooperate cooperate VERB 3 xcomp",
			"with with ADP 7 case",
			"Iraq Iraq PROPN 5 obl",
		}, []want{{"SYR", "IRQ", "031", hearsay.Asserted}}},
		{"reported would is future; an announced attack is a threat", []string{
			"Syria Syria PROPN 2 nsubj",
			"said say VERB 0 root",
			"it it PRON 5 nsubj",
			"would would AUX 5 aux",
			"attack attack VERB 2 ccomp",
			"Israel Israel PROPN 5 obj",
		}, []want{{"SYR", "ISR", "138", hearsay.Future}}},
		{"announced aid is an intent", []string{
			"Iraq Iraq PROPN 3 nsubj",
			"will will AUX 3 aux",
			"provide provide VERB 0 root",
			"aid aid NOUN 3 obj",
			"to to ADP 6 case",
			"Jordan Jordan PROPN 3 obl",
		}, []want{{"IRQ", "JOR", "033", hearsay.Future}}},
		{"an attack on a place is an attack on its country", []string{
			"IS IS PROPN 2 nsubj",
			"attacked attack VERB 0 root",
			"positions position NOUN 2 obj",
			"in in ADP 5 case",
			"Deir Deir PROPN 3 nmod",
			"Ez-Zor Ez-Zor PROPN 5 flat",
		}, []want{{"IMGMUSISI", "SYR", "190", hearsay.Asserted}}},
		{"said ... must is a demand", []string{
			"Syria Syria PROPN 2 nsubj",
			"said say VERB 0 root",
			"Israel Israel PROPN 5 nsubj",
			"must must AUX 5 aux",
			"withdraw withdraw VERB 2 ccomp",
		}, []want{{"SYR", "ISR", "1056", hearsay.Asserted}}},
		{"no verb event without a source", []string{
			"Israel Israel PROPN 3 nsubj:pass",
			"was be AUX 3 aux:pass",
			"warned warn VERB 0 root",
		}, nil},
		{"but violence done to a named actor is news", []string{
			"Israel Israel PROPN 3 nsubj:pass",
			"was be AUX 3 aux:pass",
			"attacked attack VERB 0 root",
		}, []want{{"", "ISR", "190", hearsay.Asserted}}},
		{"returning for talks is negotiating", []string{
			"Iran Iran PROPN 4 nsubj",
			"and and CCONJ 3 cc",
			"Iraq Iraq PROPN 1 conj",
			"return return VERB 0 root",
			"to to ADP 6 case",
			"Geneva Geneva PROPN 4 obl",
			"for for ADP 8 case",
			"talks talk NOUN 4 obl",
			". . PUNCT 4 punct",
		}, []want{{"IRN", "IRQ", "046", hearsay.Asserted}, {"IRQ", "IRN", "046", hearsay.Asserted}}},
		{"lifting a blockade eases a military blockade", []string{
			"Israel Israel PROPN 2 nsubj",
			"lifted lift VERB 0 root",
			"the the DET 4 det",
			"blockade blockade NOUN 2 obj",
			"on on ADP 6 case",
			"Syria Syria PROPN 4 nmod",
			". . PUNCT 2 punct",
		}, []want{{"ISR", "SYR", "0872", hearsay.Asserted}}},
		{"failing to reach agreement is a rejection", []string{
			"Iran Iran PROPN 2 nsubj",
			"failed fail VERB 0 root",
			"to to PART 4 mark",
			"reach reach VERB 2 xcomp",
			"agreement agreement NOUN 4 obj",
			"with with ADP 7 case",
			"Iraq Iraq PROPN 4 obl",
			". . PUNCT 2 punct",
		}, []want{{"IRN", "IRQ", "120", hearsay.Asserted}}},
		{"failing at what is no cooperation rejects no one", []string{
			"Iran Iran PROPN 2 nsubj",
			"failed fail VERB 0 root",
			"to to PART 4 mark",
			"pay pay VERB 2 xcomp",
			"Iraq Iraq PROPN 4 obj",
			". . PUNCT 2 punct",
		}, nil},
		{"a deadline to reach agreement is an obligation, no agreement reached", []string{
			"Iran Iran PROPN 2 nsubj",
			"has have VERB 0 root",
			"until until ADP 4 case",
			"November November PROPN 2 obl",
			"to to PART 6 mark",
			"reach reach VERB 2 advcl",
			"agreement agreement NOUN 6 obj",
			"with with ADP 9 case",
			"Iraq Iraq PROPN 6 obl",
			". . PUNCT 2 punct",
		}, []want{{"IRN", "IRQ", "057", hearsay.Hypothetical}}},
		{"no choice but to meet is meeting", []string{
			"Iran Iran PROPN 2 nsubj",
			"has have VERB 0 root",
			"little little ADJ 4 amod",
			"choice choice NOUN 2 obj",
			"but but CCONJ 7 cc",
			"to to PART 7 mark",
			"meet meet VERB 2 advcl",
			"Iraq Iraq PROPN 7 obj",
			". . PUNCT 2 punct",
		}, []want{{"IRN", "IRQ", "040", hearsay.Asserted}}},
		{"not when the doer is an unresolved pronoun", []string{
			"It it PRON 2 nsubj",
			"attacked attack VERB 0 root",
			"Israel Israel PROPN 2 obj",
		}, nil},
	}
	c := NewWith(fake, verbs.Builtin())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summarize(c.Code(conll(t, tt.sent), published))
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestNominalEventWithPlaceAndDate(t *testing.T) {
	d := conll(t, []string{
		"the the DET 3 det",
		"Syrian Syrian ADJ 3 amod",
		"warplanes warplane NOUN 5 nsubj",
		"today today NOUN 5 obl:tmod",
		"performed perform VERB 0 root",
		"a a DET 7 det",
		"series series NOUN 5 obj",
		"of of ADP 9 case",
		"raids raid NOUN 7 nmod",
		"targeting target VERB 9 acl",
		"IS IS PROPN 12 compound",
		"sites site NOUN 10 obj",
		"in in ADP 14 case",
		"Deir Deir PROPN 10 obl",
		"Ez-Zor Ez-Zor PROPN 14 flat",
		". . PUNCT 5 punct",
	})
	evs := NewWith(fake, nil).Code(d, published)
	if len(evs) != 1 {
		t.Fatalf("got %d events: %+v", len(evs), evs)
	}
	e := evs[0]
	if e.Source.Code != "SYRMIL" || e.Target.Code != "IMGMUSISI" || e.Root != "19" {
		t.Errorf("event %s → %s %s", e.Source.Code, e.Target.Code, e.CAMEO)
	}
	if e.Source.Span.Text != "Syrian warplanes" || e.Trigger.Text != "raids" {
		t.Errorf("spans: source %q trigger %q", e.Source.Span.Text, e.Trigger.Text)
	}
	if d.Text[e.Trigger.Start:e.Trigger.End] != "raids" || d.Text[e.SentSpan.Start:e.SentSpan.End] != e.SentSpan.Text {
		t.Errorf("offsets do not match the text")
	}
	if e.Place == nil || e.Place.Name != "Deir ez-Zor" || e.Place.Span.Text != "Deir Ez-Zor" {
		t.Errorf("place = %+v", e.Place)
	}
	if !e.Date.Equal(published) || e.DateText != "today" {
		t.Errorf("date = %v %q", e.Date, e.DateText)
	}
	if e.PLOVER != "ASSAULT" || e.QuadClass != 4 || e.Goldstein >= 0 || e.Rule == "" {
		t.Errorf("scores: %+v", e)
	}
}

func TestDates(t *testing.T) {
	sent := func(tmod ...string) []string {
		out := []string{
			"Iran Iran PROPN 2 nsubj",
			"condemned condemn VERB 0 root",
			"Israel Israel PROPN 2 obj",
		}
		return append(out, tmod...)
	}
	tests := []struct {
		name string
		toks []string
		want string
		text string
	}{
		{"yesterday", sent("yesterday yesterday ADV 2 advmod"), "2014-09-23", "yesterday"},
		{"on Monday", sent("on on ADP 5 case", "Monday Monday PROPN 2 obl"), "2014-09-22", "on Monday"},
		{"on Wednesday is the article's day", sent("on on ADP 5 case", "Wednesday Wednesday PROPN 2 obl"), "2014-09-24", "on Wednesday"},
		{"last week", sent("last last ADJ 5 amod", "week week NOUN 2 obl:tmod"), "2014-09-17", "last week"},
		{"explicit", sent("on on ADP 5 case", "August August PROPN 2 obl", "26 26 NUM 5 nummod"), "2014-08-26", "on August 26"},
		{"none", sent(), "0001-01-01", ""},
	}
	c := NewWith(fake, nil)
	for _, tt := range tests {
		evs := c.Code(conll(t, tt.toks), published)
		if len(evs) != 1 {
			t.Fatalf("%s: %d events", tt.name, len(evs))
		}
		if got := evs[0].Date.Format("2006-01-02"); got != tt.want || evs[0].DateText != tt.text {
			t.Errorf("%s: date %s %q, want %s %q", tt.name, got, evs[0].DateText, tt.want, tt.text)
		}
	}
}

func TestWeIsTheSpeaker(t *testing.T) {
	d := conll(t,
		[]string{"The the DET 3 det", "US US PROPN 3 compound", "officials official NOUN 4 nsubj", "told tell VERB 0 root", "Iran Iran PROPN 4 obj", ". . PUNCT 4 punct"},
		[]string{"We we PRON 4 nsubj", "wo will AUX 4 aux", "n't not PART 4 advmod", "coordinate coordinate VERB 0 root", "with with ADP 6 case", "Iran Iran PROPN 4 obl"},
	)
	evs := NewWith(fake, nil).Code(d, time.Time{})
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2 (told, coordinate)", len(evs))
	}
	if e := evs[1]; e.Trigger.Text != "coordinate" || e.Source.Code != "USAGOV" || e.Target.Code != "IRN" || e.Polarity != hearsay.Negated {
		t.Errorf("got %s→%s %s %s %q, want USAGOV→IRN 062 negated from the speaker", e.Source.Code, e.Target.Code, e.CAMEO, e.Polarity, e.Trigger.Text)
	}
}

func TestPronounToPreviousSentence(t *testing.T) {
	d := conll(t,
		[]string{"Iran Iran PROPN 2 nsubj", "spoke speak VERB 0 root", ". . PUNCT 2 punct"},
		[]string{"It it PRON 2 nsubj", "condemned condemn VERB 0 root", "Israel Israel PROPN 2 obj"},
	)
	evs := NewWith(fake, nil).Code(d, time.Time{})
	if len(evs) != 1 || evs[0].Source.Code != "IRN" || evs[0].Source.Span.Text != "It" || !strings.Contains(evs[0].Rule, "pronoun") {
		t.Fatalf("events: %+v", evs)
	}
	if !evs[0].Date.IsZero() {
		t.Errorf("date without article date: %v", evs[0].Date)
	}
}

func BenchmarkCode(b *testing.B) {
	d := conll(b, []string{
		"the the DET 3 det",
		"Syrian Syrian ADJ 3 amod",
		"warplanes warplane NOUN 5 nsubj",
		"today today NOUN 5 obl:tmod",
		"performed perform VERB 0 root",
		"a a DET 7 det",
		"series series NOUN 5 obj",
		"of of ADP 9 case",
		"raids raid NOUN 7 nmod",
		"targeting target VERB 9 acl",
		"IS IS PROPN 12 compound",
		"sites site NOUN 10 obj",
		"in in ADP 14 case",
		"Deir Deir PROPN 10 obl",
		"Ez-Zor Ez-Zor PROPN 14 flat",
		". . PUNCT 5 punct",
	})
	c := NewWith(fake, nil)
	b.ReportAllocs()
	for b.Loop() {
		c.Code(d, published)
	}
}

// BenchmarkCodeBuiltin codes a parsed sentence with the built-in actor
// table and dictionary (the figure in docs/BENCHMARKS.md).
func BenchmarkCodeBuiltin(b *testing.B) {
	d := conll(b, []string{
		"White White PROPN 3 compound",
		"House House PROPN 3 compound",
		"spokesman spokesman NOUN 5 compound",
		"Josh Josh PROPN 5 compound",
		"Earnest Earnest PROPN 6 nsubj",
		"ruled rule VERB 0 root",
		"out out ADP 6 compound:prt",
		"today today NOUN 6 obl:tmod",
		"any any DET 10 det",
		"coordination coordination NOUN 6 obj",
		"with with ADP 14 case",
		"the the DET 14 det",
		"Assad Assad PROPN 14 compound",
		"regime regime NOUN 10 nmod",
		"in in ADP 17 case",
		"the the DET 17 det",
		"fight fight NOUN 6 obl",
		"against against ADP 19 case",
		"IS IS PROPN 17 nmod",
		". . PUNCT 6 punct",
	}, []string{
		"the the DET 3 det",
		"Syrian Syrian ADJ 3 amod",
		"warplanes warplane NOUN 5 nsubj",
		"today today NOUN 5 obl:tmod",
		"performed perform VERB 0 root",
		"a a DET 7 det",
		"series series NOUN 5 obj",
		"of of ADP 9 case",
		"raids raid NOUN 7 nmod",
		"targeting target VERB 9 acl",
		"IS IS PROPN 12 compound",
		"sites site NOUN 10 obj",
		"in in ADP 14 case",
		"Deir Deir PROPN 10 obl",
		"Ez-Zor Ez-Zor PROPN 14 flat",
		". . PUNCT 5 punct",
	})
	c := New(actor.Builtin(), verbs.Builtin())
	if evs := c.Code(d, published); len(evs) != 2 {
		for _, e := range evs {
			b.Logf("%s→%s %s %q", e.Source.Code, e.Target.Code, e.CAMEO, e.Trigger.Text)
		}
		b.Fatalf("%d events, want 2", len(evs))
	}
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		c.Code(d, published)
	}
	b.ReportMetric(float64(b.N*len(d.Sentences))/b.Elapsed().Seconds(), "sentences/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N*len(d.Sentences))/cpu.Seconds(), "sentences/cpu-s")
	}
}

// cpuTime is the process's user and system CPU time: the machine is shared,
// so per-CPU-second rates are the figures to compare.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestLightVerbsAndDefiniteGroups(t *testing.T) {
	d := conll(t,
		[]string{"IS IS PROPN 2 nsubj", "attacked attack VERB 0 root", "Iraq Iraq PROPN 2 obj", ". . PUNCT 2 punct"},
		[]string{
			"Obama Obama PROPN 2 nsubj",
			"ordered order VERB 0 root",
			"air air NOUN 4 compound",
			"strikes strike NOUN 2 obj",
			"against against ADP 8 case",
			"the the DET 8 det",
			"militant militant ADJ 8 amod",
			"group group NOUN 4 nmod",
		},
		[]string{
			"the the DET 2 det",
			"airstrikes airstrike NOUN 0 root",
			"launched launch VERB 2 acl",
			"by by ADP 5 case",
			"Washington Washington PROPN 3 obl:agent",
			"against against ADP 8 case",
			"IS IS PROPN 8 compound",
			"positions position NOUN 3 obl",
			"in in ADP 10 case",
			"Syria Syria PROPN 3 obl",
		},
	)
	var got []string
	for _, e := range NewWith(fake, nil).Code(d, published) {
		pl := ""
		if e.Place != nil {
			pl = " in " + e.Place.Name
		}
		got = append(got, fmt.Sprintf("%d %s→%s %s %q%s", e.Sentence, e.Source.Code, e.Target.Code, e.CAMEO, e.Trigger.Text, pl))
	}
	want := []string{
		`0 IMGMUSISI→IRQ 190 "attacked"`,
		`1 USAGOV→IMGMUSISI 195 "strikes"`,
		`2 USAGOV→IMGMUSISI 195 "airstrikes" in Syria`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
