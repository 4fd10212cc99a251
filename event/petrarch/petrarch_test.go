package petrarch

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hearsay/event/verbs"
)

const sample = `# test verbs
&TIES
+TIES
+RELATIONS

&MILITARY
+TROOPS
+ARMY

####### VERB PATTERNS #######
--- RESTORE [064] ---
RESTORE
REINSTATE {REINSTATED REINSTATING}
- * {DIPLOMATIC &TIES} [064]
- * (WITH) [060]  # comment

--- ATTACK [190] ---
ATTACK
+CORDON_OFF
WIRE_+TAP [:1711]
- * &MILITARY [193]
- + * (BY) $ [190]
~ a (a b ATTACK) SAY = a b 138
`

func TestReadVerbs(t *testing.T) {
	d := verbs.New()
	st, err := ReadVerbs(d, strings.NewReader(sample), "t.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if st.Synsets != 2 || st.Blocks != 2 || st.Verbs != 5 || st.Patterns != 4 || st.Transformations != 1 || len(st.Problems) != 0 {
		t.Errorf("stats = %+v", st)
	}
	es := d.Verb("restore")
	if len(es) != 3 || es[0].Code != "064" || len(es[0].Conds) != 1 || es[len(es)-1].Conds != nil {
		t.Fatalf("restore = %+v", es)
	}
	seq := es[0].Conds[0].Seq
	if es[0].Conds[0].Kind != verbs.After || len(seq) != 2 || seq[0][0] != "diplomatic" || strings.Join(seq[1], ",") != "ties,relations" {
		t.Errorf("pattern = %+v", es[0].Conds)
	}
	if len(d.Verb("reinstated")) == 0 {
		t.Error("irregular form not entered")
	}
	if es := d.Verb("cordon off"); len(es) == 0 || es[len(es)-1].Code != "190" {
		t.Errorf("particle verb: %+v", es)
	}
	tap := d.Verb("tap")
	if len(tap) == 0 {
		t.Fatal("compound verb missing")
	}
	var bare *verbs.Entry
	for _, e := range tap {
		if len(e.Conds) == 1 {
			bare = e
		}
	}
	if bare == nil || bare.Code != "1711" || bare.Conds[0].Kind != verbs.Before {
		t.Errorf("wire tap: %+v", tap)
	}
	var swapped bool
	for _, e := range d.Verb("attack") {
		if e.TargetBefore && e.SourceAfter {
			swapped = true
		}
	}
	if !swapped {
		t.Error("'+ * (BY) $' not marked as reversed")
	}
}

func TestReadVerbsCompound(t *testing.T) {
	tests := []struct {
		pattern  string
		compound bool
	}{
		{"- % HAVE * [191]", true},
		{"- % * TALKS [031]", true},
		{"- * WITH % [031]", false},
		{"- HAVE * [191]", false},
	}
	for _, tt := range tests {
		d := verbs.New()
		st, err := ReadVerbs(d, strings.NewReader("--- DELAY [120] ---\nDELAY\n"+tt.pattern+"\n"), "t")
		if err != nil || len(st.Problems) > 0 {
			t.Fatalf("%q: %v %v", tt.pattern, err, st.Problems)
		}
		var got *verbs.Entry
		for _, e := range d.Verb("delay") {
			if len(e.Conds) > 0 {
				got = e
			}
		}
		if got == nil || got.Compound != tt.compound {
			t.Errorf("%q: entry %+v, want Compound %v", tt.pattern, got, tt.compound)
		}
	}
}

func TestReadVerbsTargetAfter(t *testing.T) {
	tests := []struct {
		pattern string
		after   bool
		skip    int
	}{
		{"- * THEIR ^ ABOUT + [162]", true, 0},
		{"- * AT ^ + [162]", true, 1},
		{"- * IFTAR AT ^ ^ + [044]", true, 2},
		{"- * + WITH [043]", false, 0},
		{"- + * ABOUT [162]", false, 0},
		{"- * ABOUT [162]", false, 0},
	}
	for _, tt := range tests {
		d := verbs.New()
		st, err := ReadVerbs(d, strings.NewReader("--- WARN [160] ---\nWARN\n"+tt.pattern+"\n"), "t")
		if err != nil || len(st.Problems) > 0 {
			t.Fatalf("%q: %v %v", tt.pattern, err, st.Problems)
		}
		var got *verbs.Entry
		for _, e := range d.Verb("warn") {
			if len(e.Conds) > 0 {
				got = e
			}
		}
		if got == nil || got.TargetAfter != tt.after || got.TargetSkip != tt.skip {
			t.Errorf("%q: entry %+v, want TargetAfter %v, TargetSkip %d", tt.pattern, got, tt.after, tt.skip)
		}
	}
}

func TestReadVerbsJoinedSynsets(t *testing.T) {
	const in = `&TIE
+MILITARY
+ECONOMIC

&NEG_AUX
+DID N'T
+WILL NOT

--- CLASH [223] ---
CLASH
- * NEW_&TIE_RELATIONS [903]
- &NEG_AUX_WANT * OVER [908]
- &NEG_AUX * OVER [904]
`
	d := verbs.New()
	st, err := ReadVerbs(d, strings.NewReader(in), "t")
	if err != nil || len(st.Problems) > 0 {
		t.Fatalf("%v %v", err, st.Problems)
	}
	got := map[string]string{}
	for _, e := range d.Verb("clash") {
		for _, c := range e.Conds {
			for _, alts := range c.Seq {
				got[e.Code] += strings.Join(alts, "|") + ";"
			}
		}
	}
	want := map[string]string{
		"903": "new military relations|new economic relations;",
		"908": "did n't want|will not want;over;",
		"904": "did n't|will not;over;",
	}
	for code, w := range want {
		if got[code] != w {
			t.Errorf("%s: sequence %q, want %q", code, got[code], w)
		}
	}
	st, err = ReadVerbs(verbs.New(), strings.NewReader("--- A [190] ---\nA\n- * NEW_&NOPE [190]\n"), "t")
	if err != nil || len(st.Problems) != 1 || !strings.Contains(st.Problems[0].Error(), "undefined synset &NOPE") {
		t.Errorf("undefined joined synset: %v %v", err, st.Problems)
	}
}

// TestReadVerbsLongestPhrase checks that a synset's longer phrases make a
// more specific entry than its single words, so that "austrian gold
// florin" is coded by the pattern that names it, not by one naming
// "florin" earlier in the file.
func TestReadVerbsLongestPhrase(t *testing.T) {
	const in = `&CURRENCY
+MONEY
+FLORIN

&HYPERCURR
+BITCOIN
+AUSTRIAN GOLD FLORIN

--- CONTRIBUTE [070] ---
CONTRIBUTE
- * &CURRENCY [070]
- * &HYPERCURR [904]
`
	d := verbs.New()
	st, err := ReadVerbs(d, strings.NewReader(in), "t")
	if err != nil || len(st.Problems) > 0 || st.Patterns != 2 {
		t.Fatalf("%v %+v", err, st)
	}
	es := d.Verb("contribute")
	if len(es) != 4 {
		t.Fatalf("entries: %d, want 4 (the 904 pattern split by phrase length, and the bare verb)", len(es))
	}
	first := es[0]
	if first.Code != "904" || strings.Join(first.Conds[0].Seq[0], "|") != "austrian gold florin|austrian gold florins" {
		t.Errorf("first entry %s %+v, want 904 on 'austrian gold florin'", first.Code, first.Conds)
	}
	if got := strings.Join(es[1].Conds[0].Seq[0], "|"); es[1].Code != "070" || got != "money|florin|moneys|florins" {
		t.Errorf("second entry %s %q, want 070 on money|florin and their plurals (file order among equals)", es[1].Code, got)
	}
}

// TestReadVerbsSynsetPlurals checks that a synset word used alone stands
// for its plural too, unless it ends in '_' or is no noun.
func TestReadVerbsSynsetPlurals(t *testing.T) {
	const in = `&TREATY
+ACCORD
+TREATY
+CASH_
+TIES

&NEG
+WILL NOT

--- SIGN [057] ---
SIGN
- * &TREATY [057]
- &NEG * [058]
`
	d := verbs.New()
	st, err := ReadVerbs(d, strings.NewReader(in), "t")
	if err != nil || len(st.Problems) > 0 {
		t.Fatalf("%v %+v", err, st)
	}
	got := map[string]string{}
	for _, e := range d.Verb("sign") {
		for _, c := range e.Conds {
			got[e.Code] = strings.Join(c.Seq[0], "|")
		}
	}
	if w := "accord|treaty|cash|ties|accords|treaties"; got["057"] != w {
		t.Errorf("&TREATY: %q, want %q", got["057"], w)
	}
	if w := "will not"; got["058"] != w {
		t.Errorf("&NEG: %q, want %q", got["058"], w)
	}
}

func TestReadVerbsErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"--- A [19-x] ---\nA\n", "t:1: bad event code"},
		{"--- A [190] ---\nA\n- * FOO\n", "t:3: pattern without [CODE]"},
		{"--- A [190] ---\nA\n- FOO [190]\n", "t:3: pattern without '*'"},
		{"--- A [190] ---\nA\n- * &NOPE [190]\n", "t:3: undefined synset &NOPE"},
		{"--- A [190] ---\nA\n- * {FOO [190]\n", "t:3: unclosed group"},
		{"ATTACK\n", "t:1: verb \"ATTACK\" before any"},
		{"+WORD\n", "t:1: synset word"},
		{"--- A [190] ---\nA B C D E\n", "t:2: verb line"},
	}
	for _, tt := range tests {
		st, err := ReadVerbs(verbs.New(), strings.NewReader(tt.in), "t")
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Problems) != 1 || !strings.Contains(st.Problems[0].Error(), tt.want) {
			t.Errorf("ReadVerbs(%q) problems = %v, want %q", tt.in, st.Problems, tt.want)
		}
	}
}

func TestDiscardsAndIssues(t *testing.T) {
	d, err := ReadDiscards(strings.NewReader("+ACADEMY AWARD # x\nBASEBALL\nCUP_\n"), "d")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text         string
		match, story bool
	}{
		{"He won an Academy Award.", true, true},
		{"Baseballs flew.", true, false},
		{"The World Cup.", true, false},
		{"A cupboard.", false, false},
		{"Troops attacked.", false, false},
	}
	for _, tt := range tests {
		m, s := d.Match(tt.text)
		if m != tt.match || s != tt.story {
			t.Errorf("Match(%q) = %v %v, want %v %v", tt.text, m, s, tt.match, tt.story)
		}
	}
	is, err := ReadIssues(strings.NewReader("<ISSUE CATEGORY=\"X\">\nn:atrocity [ID_ATROCITY]\nethnic v:purge [ID_ATROCITY]\n~Saturday Night massacre\n</ISSUE>\n"), "i")
	if err != nil || len(is) != 3 || is[1].Phrase != "ethnic purge" || !is[2].Ignore {
		t.Errorf("issues = %+v, %v", is, err)
	}
	if _, err := ReadIssues(strings.NewReader("foo bar\n"), "i"); err == nil || !strings.Contains(err.Error(), "i:1:") {
		t.Errorf("bad issue line: %v", err)
	}
}

func shared(t *testing.T, rel string) string {
	p := filepath.Join("..", "..", "..", "shared", "data", "events", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return p
}

func TestLoadPhoenix(t *testing.T) {
	set, err := LoadDir(shared(t, "phoenix"))
	if err != nil {
		t.Fatal(err)
	}
	v, n, e := set.Verbs.Counts()
	t.Logf("phoenix: %+v; %d verb keys, %d entries; %d discards, %d issues", set.VerbStats, v, e, set.Discards.Len(), len(set.Issues))
	for _, p := range set.VerbStats.Problems {
		t.Logf("skipped: %v", p)
	}
	if len(set.VerbStats.Problems) > 10 {
		t.Errorf("%d problems", len(set.VerbStats.Problems))
	}
	if set.VerbStats.Patterns < 1000 || v < 500 || n != 0 || set.Discards.Len() < 100 || len(set.Issues) < 100 {
		t.Errorf("too little loaded: %+v", set.VerbStats)
	}
}

func TestLoadValidation(t *testing.T) {
	set, err := LoadDir(shared(t, "petrarch-validation"))
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Files["verbs"]) != 1 || !strings.Contains(set.Files["verbs"][0], "2.0") {
		t.Errorf("verb files: %v", set.Files["verbs"])
	}
	if set.VerbStats.Patterns < 100 {
		t.Errorf("stats: %+v", set.VerbStats)
	}
}

func FuzzReadVerbs(f *testing.F) {
	f.Add(sample)
	f.Add("--- X [---] ---\n+A_+B\n- {&Q} * [01]")
	f.Add("&A_\n+B_\n+&A_\n--- Y ---\nY {YS}\n- ^ % * (ON {X Y}) [0871:087]")
	f.Add("&A\n+B C\n+D\n&A_B\n+E\n--- Z [190] ---\nZ\n- X_&A_B_&A * NEW_&A_ [191]\n- &A__&A * [192]")
	f.Add("--- WARN [160] ---\nWARN\n- * THEIR ^ ABOUT + [162]\n- * AT ^ ^ + [162]\n- + ^ * [163]")
	f.Fuzz(func(t *testing.T, s string) {
		d := verbs.New()
		st, err := ReadVerbs(d, strings.NewReader(s), "fuzz")
		if err != nil && !strings.Contains(err.Error(), "token too long") {
			t.Fatalf("error of type %T: %v", err, err)
		}
		for _, p := range st.Problems {
			if p.File != "fuzz" || p.Line < 1 || p.Msg == "" {
				t.Fatalf("problem without place: %+v", p)
			}
		}
	})
}

func FuzzDiscards(f *testing.F) {
	f.Add("+ACADEMY AWARD\nCUP_\n", "the cup")
	f.Fuzz(func(t *testing.T, dict, text string) {
		d, err := ReadDiscards(strings.NewReader(dict), "fuzz")
		if err != nil {
			return
		}
		d.Match(text)
	})
}

func FuzzIssues(f *testing.F) {
	f.Add("<ISSUE CATEGORY=\"X\">\nn:atrocity [ID_ATROCITY]\nplain phrase\n~ignore me\n</ISSUE>\nethnic v:purge [ID]\n")
	f.Fuzz(func(t *testing.T, s string) {
		is, err := ReadIssues(strings.NewReader(s), "fuzz")
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) && !strings.Contains(err.Error(), "token too long") {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		for _, i := range is {
			if !i.Ignore && (i.Code == "" || i.Phrase == "") {
				t.Fatalf("issue without phrase or code: %+v", i)
			}
		}
	})
}
