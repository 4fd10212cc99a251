package verbs

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestBuiltinCoversEveryRoot(t *testing.T) {
	d := Builtin()
	roots := map[string]bool{}
	for _, es := range d.verbs {
		for _, e := range es {
			if e.Code != "" {
				roots[e.Code[:2]] = true
			}
		}
	}
	for _, es := range d.nouns {
		for _, e := range es {
			roots[e.Code[:2]] = true
		}
	}
	for r := 1; r <= 20; r++ {
		root := string(rune('0'+r/10)) + string(rune('0'+r%10))
		if !roots[root] {
			t.Errorf("no entry codes to root %s", root)
		}
		if _, ok := d.Code(root); !ok {
			t.Errorf("root %s missing from the code table", root)
		}
	}
}

func TestCodeTable(t *testing.T) {
	d := Builtin()
	tests := []struct {
		code      string
		quad      int
		goldstein float64
		plover    string
	}{
		{"190", 4, -10, "ASSAULT"},
		{"195", 4, -10, "ASSAULT"},
		{"064", 2, 7, "COOPERATE"},
		{"121", 3, -4, "REJECT"},
		{"030", 1, 4, "AGREE"},
		{"0871", 2, 10, "RETREAT"},
		{"081", 2, 5, "CONCEDE"},
		{"0831", 2, 5, "RETREAT"}, // resignations (PLOVER RETREAT: resign)
		{"163", 4, -8, "COERCE"},
		{"010", 1, 0, ""},
		{"1053", 3, -5, "REQUEST"},
		{"075A", 2, 7, "AID"}, // dialect variant falls back to its parent
	}
	for _, tt := range tests {
		c, ok := d.Code(tt.code)
		if !ok {
			t.Errorf("Code(%q) missing", tt.code)
			continue
		}
		if c.Quad != tt.quad || c.Goldstein != tt.goldstein {
			t.Errorf("Code(%q) = quad %d goldstein %v, want %d %v", tt.code, c.Quad, c.Goldstein, tt.quad, tt.goldstein)
		}
		if p := d.PLOVER(tt.code); p.Type != tt.plover {
			t.Errorf("PLOVER(%q) = %q, want %q", tt.code, p.Type, tt.plover)
		}
	}
	if _, ok := d.Code("99"); ok {
		t.Error("Code(99) found")
	}
}

func TestLookup(t *testing.T) {
	d := Builtin()
	es := d.Verb("rule out")
	if len(es) == 0 || es[len(es)-1].Code != "120" {
		t.Fatalf("rule out = %+v", es)
	}
	if es := d.Noun("airstrike"); len(es) == 0 || es[0].Code != "195" {
		t.Errorf("airstrike = %+v", es)
	}
	if !d.Light("carry out") || d.Light("attack") {
		t.Error("light verbs wrong")
	}
	tests := []struct{ outer, inner, want string }{
		{"120", "062", "1212"},
		{"120", "060", "121"},
		{"030", "190", "138"},
		{"130", "195", "138"},
		{"010", "190", ""},
	}
	for _, tt := range tests {
		got, _ := d.Combine(tt.outer, tt.inner)
		if got != tt.want {
			t.Errorf("Combine(%s, %s) = %q, want %q", tt.outer, tt.inner, got, tt.want)
		}
	}
	// The most specific entry comes first.
	es = d.Verb("provide")
	if len(es) == 0 || len(es[0].Conds) == 0 {
		t.Errorf("provide: first entry has no condition: %+v", es)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"verb attack = 999", "unknown CAMEO code"},
		{"verb attack = 19x", "bad code"},
		{"verb attack 190", "missing '= CODE'"},
		{"verb attack obj: = 190", "empty condition"},
		{"verb attack foo:bar = 190", "unknown condition"},
		{"frob attack = 190", "unknown entry kind"},
		{"combine 12 = 121", "combine wants"},
		{"\n\nverb = 190", "no lemma"},
	}
	for _, tt := range tests {
		err := New().Read(strings.NewReader(tt.in), "t.txt")
		var se *SyntaxError
		if !errors.As(err, &se) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Read(%q) = %v, want a SyntaxError with %q", tt.in, err, tt.want)
		}
	}
	err := New().Read(strings.NewReader("\n\nverb = 190"), "t.txt")
	if se, ok := err.(*SyntaxError); !ok || se.Line != 3 {
		t.Errorf("line number: %v", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("verb attack, strike obj:town|city prep:in = 190\nlight launch\ncombine 12 06 = 121")
	f.Add("noun airstrike mod:air = 195 # c")
	f.Add("verb open pred = 030\nverb seize pass obj:town = 192")
	f.Fuzz(func(t *testing.T, s string) {
		d := New()
		if err := d.Read(strings.NewReader(s), "fuzz"); err != nil {
			return
		}
		for _, es := range d.verbs {
			for _, e := range es {
				if e.Code != "" && !ValidCode(e.Code) {
					t.Fatalf("accepted bad code %q", e.Code)
				}
			}
		}
	})
}

// TestIssue4Entries checks the entries added for PLOVER records that coded
// no event: each lemma has an entry with the code and conditions given.
func TestIssue4Entries(t *testing.T) {
	d := Builtin()
	tests := []struct {
		lemma string
		noun  bool
		cond  string // first word of the entry's first condition; "" for none
		code  string
		typ   string
	}{
		{"swear", false, "", "030", "AGREE"},
		{"continue", false, "aid", "070", "AID"},
		{"complain", false, "", "114", "ACCUSE"},
		{"summon", false, "ambassador", "114", "ACCUSE"},
		{"force out", false, "", "174", "COERCE"},
		{"hack into", false, "", "176", "COERCE"},
		{"hack", false, "", "176", "COERCE"},
		{"cyberattack", true, "", "176", "COERCE"},
		{"shorten", false, "hour", "0813", "RETREAT"},
	}
	for _, tt := range tests {
		es := d.Verb(tt.lemma)
		if tt.noun {
			es = d.Noun(tt.lemma)
		}
		found := false
		for _, e := range es {
			first := ""
			if len(e.Conds) > 0 && len(e.Conds[0].Words) > 0 {
				first = e.Conds[0].Words[0]
			}
			if e.Code == tt.code && first == tt.cond {
				found = true
			}
		}
		if !found {
			t.Errorf("%q (noun %v): no entry %s with condition %q in %+v", tt.lemma, tt.noun, tt.code, tt.cond, es)
		}
		if p := d.PLOVER(tt.code); p.Type != tt.typ {
			t.Errorf("PLOVER(%s) = %q, want %q", tt.code, p.Type, tt.typ)
		}
	}
	for _, l := range []string{"reiterate", "renew", "repeat", "press", "voice"} {
		if !d.Light(l) {
			t.Errorf("%q is not a light verb (\"reiterated its demand\")", l)
		}
	}
}

// TestPredCondition: "pred" ends the lemmas and asks for a predicate.
func TestPredCondition(t *testing.T) {
	d := New()
	if err := d.Read(strings.NewReader("verb open pred = 030\nverb open obj:embassy = 054\n"), "t"); err != nil {
		t.Fatal(err)
	}
	es := d.Verb("open")
	if len(es) != 2 {
		t.Fatalf("got %d entries for open, want 2", len(es))
	}
	var kinds []CondKind
	for _, e := range es {
		for _, c := range e.Conds {
			kinds = append(kinds, c.Kind)
		}
	}
	if !slices.Contains(kinds, Pred) || !slices.Contains(kinds, Obj) {
		t.Errorf("condition kinds %v, want Pred and Obj", kinds)
	}
	if d.Verb("pred") != nil {
		t.Error(`"pred" read as a lemma`)
	}
}

// TestCompCondition: "comp:W" asks for a clausal complement headed by W.
func TestCompCondition(t *testing.T) {
	d := New()
	if err := d.Read(strings.NewReader("verb let comp:know|hear = 040\n"), "t"); err != nil {
		t.Fatal(err)
	}
	es := d.Verb("let")
	if len(es) != 1 || len(es[0].Conds) != 1 {
		t.Fatalf("got %v for let, want one entry with one condition", es)
	}
	if c := es[0].Conds[0]; c.Kind != Comp || !slices.Equal(c.Words, []string{"know", "hear"}) {
		t.Errorf("got condition %+v, want Comp know|hear", c)
	}
	if err := d.Read(strings.NewReader("verb let comp: = 040\n"), "t"); err == nil {
		t.Error("an empty comp: condition was accepted")
	}
}
