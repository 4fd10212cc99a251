package event

import (
	"strings"
	"testing"

	"hearsay"
	"hearsay/nlp"
)

// warnDoc is a fixed parse of "Damascus warned the US", whatever the text.
func warnDoc(t testing.TB) Analyzer {
	d := conll(t, []string{
		"Damascus Damascus PROPN 2 nsubj",
		"warned warn VERB 0 root",
		"the the DET 4 det",
		"US US PROPN 2 obj",
	})
	return func(string) *nlp.Doc { return d }
}

func TestEvalPetrarch(t *testing.T) {
	const recs = `<Validation><Sentences>
<Sentence date = "20140827" id ="A-1" category="DEMO" sentence="true">
<EventCoding sourcecode="SYRGOV" targetcode="USA" eventcode="130"></EventCoding>
<Text>Damascus warned the US.</Text></Sentence>
<Sentence date="20140827" id="A-2" category="DEMO" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Damascus warned the US.</Text></Sentence>
<Sentence date="20140827" id="B-1" category="AGENT" sentence="true">
<EventCoding sourcecode="---GOV" targetcode="USA" eventcode="130"></EventCoding>
<Text>Officials warned the US.</Text></Sentence>
</Sentences></Validation>`
	res, err := EvalPetrarch(NewWith(fake, nil), warnDoc(t), strings.NewReader(recs))
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 3 || res.Passed != 1 || res.Categories["DEMO"].Passed != 1 || res.Categories["AGENT"].Total != 1 || len(res.Failures) != 2 {
		t.Errorf("result %+v", res)
	}
}

func TestEvalPLOVER(t *testing.T) {
	const gold = `[{"id":"D","event":"DOCUMENT"},
{"id":"1","date":"2000-01-01","event":"THREATEN","eventText":"warned","text":"Damascus warned the US.",
 "source":[{"actorText":"Damascus","code":"SYR"}],"target":[{"actorText":"US","code":"USA"}]},
{"id":"2","date":"2000-01-01","event":"DEMAND","eventText":"x","text":"x","source":[{"actorText":"a","code":"FRA"}],"target":""}]`
	res, err := EvalPLOVER(NewWith(fake, nil), warnDoc(t), strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	if res.Records != 2 || res.TypeCorrect != 1 || res.SourceCorrect != 1 || res.Sources != 2 || res.Targets != 1 || res.TargetCorrect != 1 {
		t.Errorf("result %+v", res)
	}
	if res.Confusion["REQUEST→THREATEN"] != 1 {
		t.Errorf("0.5b1 DEMAND should be scored as REQUEST: %v", res.Confusion)
	}
}

func FuzzEvalPetrarch(f *testing.F) {
	f.Add(`<Validation><Sentences><Sentence id="x" category="C"><EventCoding sourcecode="A" targetcode="B" eventcode="01"/><Text>t</Text></Sentence></Sentences></Validation>`)
	an := warnDoc(f)
	c := NewWith(fake, nil)
	f.Fuzz(func(t *testing.T, s string) {
		res, err := EvalPetrarch(c, an, strings.NewReader(s))
		if err != nil {
			return
		}
		if res.Passed > res.Total || len(res.Failures) != res.Total-res.Passed {
			t.Fatalf("inconsistent result %+v", res)
		}
	})
}

// FuzzCode codes arbitrary parses: no panic, and every span lies in the
// text it names.
func FuzzCode(f *testing.F) {
	f.Add("1\tDamascus\tDamascus\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\twarned\twarn\tVERB\t_\t_\t0\troot\t_\t_\n3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n4\tUS\tUS\tPROPN\t_\t_\t2\tobj\t_\t_\n\n")
	f.Add("1\tIt\tit\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tattacked\tattack\tVERB\t_\t_\t0\troot\t_\t_\n3\tIS\tIS\tPROPN\t_\t_\t2\tobj\t_\t_\n4\tyesterday\tyesterday\tADV\t_\t_\t2\tadvmod\t_\t_\n5\tin\tin\tADP\t_\t_\t6\tcase\t_\t_\n6\tSyria\tSyria\tPROPN\t_\t_\t2\tobl\t_\t_\n\n")
	// shapes the parse repairs rewrite: a bare participle clause with a
	// finite verb hung on it, a report hung under what it tells
	f.Add("1\tstrikes\tstrike\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tcarried\tcarry\tVERB\tVBN\t_\t0\troot\t_\t_\n3\tby\tby\tADP\tIN\t_\t4\tcase\t_\t_\n4\tJordan\tJordan\tPROPN\tNNP\t_\t2\tobl\t_\t_\n5\tbegan\tbegin\tVERB\tVBD\t_\t2\tdep\t_\t_\n\n")
	f.Add("1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tsigned\tsign\tVERB\tVBD\t_\t6\tccomp\t_\t_\n3\tdeals\tdeal\tNOUN\tNNS\t_\t2\tobj\t_\t_\n4\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n5\tofficials\tofficial\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n6\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n\n")
	// shapes the parse repairs of repairshape.go rewrite: "have" made the
	// main verb, a preposition made a clause's mark, a possessor on a
	// compound modifier, an adjective as a clause, an apposition of a verb
	f.Add("1\tBangladesh\tBangladesh\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\thas\thave\tVERB\tVBZ\t_\t0\troot\t_\t_\n3\tonce\tonce\tADV\tRB\t_\t2\tadvmod\t_\t_\n4\trejected\treject\tVERB\tVBN\t_\t2\tparataxis\t_\t_\n5\tan\ta\tDET\tDT\t_\t6\tdet\t_\t_\n6\tproposal\tproposal\tNOUN\tNN\t_\t4\tobj\t_\t_\n\n")
	f.Add("1\tofficial\tofficial\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tpowers\tpower\tNOUN\tNNS\t_\t2\tobj\t_\t_\n4\tnegotiating\tnegotiate\tVERB\tVBG\t_\t3\tacl\t_\t_\n5\twith\twith\tADP\tIN\t_\t9\tmark\t_\t_\n6\tTehran\tTehran\tPROPN\tNNP\t_\t9\tnsubj\t_\t_\n7\tshould\tshould\tAUX\tMD\t_\t9\taux\t_\t_\n8\tbe\tbe\tAUX\tVB\t_\t9\tcop\t_\t_\n9\tflexible\tflexible\tADJ\tJJ\t_\t4\tccomp\t_\t_\n\n")
	f.Add("1\tMilitants\tmilitant\tNOUN\tNNS\t_\t4\tnsubj\t_\t_\n2\tloyal\tloyal\tADJ\tJJ\t_\t1\tacl\t_\t_\n3\tWashington\tWashington\tPROPN\tNNP\t_\t7\tnmod:poss\t_\t_\n4\tdescribed\tdescribe\tVERB\tVBD\t_\t0\troot\t_\t_\n5\t's\t's\tPART\tPOS\t_\t3\tcase\t_\t_\n6\tcoalition\tcoalition\tNOUN\tNN\t_\t7\tcompound\t_\t_\n7\tbuilding\tbuilding\tVERB\tVBG\t_\t4\tobj\t_\t_\n8\tAllawi\tAllawi\tPROPN\tNNP\t_\t7\tappos\t_\t_\n\n")
	c := NewWith(fake, nil)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := nlp.ReadCoNLLU(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, e := range c.Code(d, published) {
			for _, sp := range []hearsay.Span{e.SentSpan, e.Trigger, e.Source.Span, e.Target.Span} {
				if sp.Text != "" && (sp.Start < 0 || sp.End > len(d.Text) || sp.Start > sp.End) {
					t.Fatalf("span %+v outside the text", sp)
				}
			}
			if e.Source.Code == "" && (e.Target.Code == "" || e.Root < "18" || e.Root > "20") {
				t.Fatalf("event without a source that is not violence done to a named target: %+v", e)
			}
		}
	})
}

func TestLabel(t *testing.T) {
	tests := []struct {
		a    hearsay.Actor
		want string
	}{
		{hearsay.Actor{Code: "SYRGOV", Country: "SYR"}, "SYR"},
		{hearsay.Actor{Code: "IMGMUSISI"}, "ISIS"},
		{hearsay.Actor{Code: "IGOSIX"}, "P5+1"},
		{hearsay.Actor{Code: "IGOCOA"}, "COALITION"},
		{hearsay.Actor{Code: "IGOINC"}, "INTL"},
		{hearsay.Actor{Code: "WST"}, "WST"},
	}
	for _, tt := range tests {
		if got := Label(tt.a); got != tt.want {
			t.Errorf("Label(%s) = %s, want %s", tt.a.Code, got, tt.want)
		}
	}
}

func TestNamesTrigger(t *testing.T) {
	tests := []struct {
		eventText, trigger string
		want               bool
	}{
		{"refused admission", "refusing", true},
		{"demolished", "demolished", true},
		{"launched war games", "games", true},
		{"imposed sanctions", "sanction", true},
		{"refused admission", "opened", false},
		{"", "opened", false},
		{"opened", "", false},
	}
	for _, tt := range tests {
		if got := namesTrigger(tt.eventText, tt.trigger); got != tt.want {
			t.Errorf("namesTrigger(%q, %q) = %v, want %v", tt.eventText, tt.trigger, got, tt.want)
		}
	}
}
