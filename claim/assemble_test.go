package claim

import (
	"strings"
	"testing"
)

// labelled segments text with Segment and labels the tokens inside each
// span of spans (role 1 source, 2 cue, 3 content; each text found after
// the one before it).
func labelled(t *testing.T, text string, spans []labelSpan) (*scanner, []int) {
	t.Helper()
	s := newScanner(Segment(text))
	labels := make([]int, len(s.d.Tokens))
	from := 0
	for _, sp := range spans {
		i := strings.Index(text[from:], sp.text)
		if i < 0 {
			t.Fatalf("%q not in the text after byte %d", sp.text, from)
		}
		a, b := from+i, from+i+len(sp.text)
		from = b
		first := true
		for k, tok := range s.d.Tokens {
			if tok.Start >= a && tok.End <= b {
				l := []int{0, lBS, lBC, lBT}[sp.role]
				if !first {
					l++
				}
				labels[k], first = l, false
			}
		}
	}
	return s, labels
}

type labelSpan struct {
	role int
	text string
}

func TestAssemble(t *testing.T) {
	type rel struct{ source, cue, content string }
	tests := []struct {
		name  string
		text  string
		spans []labelSpan
		want  []rel
	}{
		{"quotation around its speaker",
			`"We will win," he said. "They will lose."`,
			[]labelSpan{{3, `"We will win,"`}, {1, "he"}, {2, "said"}, {3, `"They will lose."`}},
			[]rel{{"he", "said", `"We will win," he said. "They will lose."`}}},
		{"a quotation, not the unquoted words after its cue",
			`"We will win," she said after reading the plan.`,
			[]labelSpan{{3, `"We will win,"`}, {1, "she"}, {2, "said"}, {3, "after reading the plan"}},
			[]rel{{"she", "said", `"We will win,"`}}},
		{"the cue's own clause, not a quotation from the sentence before",
			`"We will win." Others said the plan will fail.`,
			[]labelSpan{{3, `"We will win."`}, {1, "Others"}, {2, "said"}, {3, "the plan will fail"}},
			[]rel{{"Others", "said", "the plan will fail"}}},
		{"quotations on both sides of the cue stay one content",
			`"We will win," she said, "and they will lose."`,
			[]labelSpan{{3, `"We will win,"`}, {1, "she"}, {2, "said"}, {3, `"and they will lose."`}},
			[]rel{{"she", "said", `"We will win," she said, "and they will lose."`}}},
		{"a new quotation is not chained to the content before",
			`Graham criticized the party's record. "Does anybody know the plan?" Graham asked.`,
			[]labelSpan{{1, "Graham"}, {2, "criticized"}, {3, "the party's record."}, {3, `"Does anybody know the plan?"`}, {1, "Graham"}, {2, "asked"}},
			[]rel{{"Graham", "criticized", "the party's record."}, {"Graham", "asked", `"Does anybody know the plan?"`}}},
		{"the nearest of two sources",
			`The Post Trump said taxes will rise.`,
			[]labelSpan{{1, "The Post"}, {1, "Trump"}, {2, "said"}, {3, "taxes will rise"}},
			[]rel{{"Trump", "said", "taxes will rise"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, labels := labelled(t, tt.text, tt.spans)
			var got []rel
			for _, a := range s.assemble(labels) {
				got = append(got, rel{a.Source.Text, a.Cue.Text, a.Content.Text})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("relation %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestTrailingClause(t *testing.T) {
	d := parseDoc(t, `
Clinton PROPN 2 nsubj
wants VERB 0 root
to PART 4 mark
sign VERB 2 xcomp
up ADP 4 compound:prt
voters NOUN 4 obj
, PUNCT 8 punct
focusing VERB 2 advcl
on ADP 10 case
youth NOUN 8 obl
. PUNCT 2 punct`)
	s := newScanner(d)
	cue := segment{role: 2, start: 1, end: 2}
	if got := s.trailingClause(cue, segment{role: 3, start: 2, end: 10}); got != 6 {
		t.Errorf("content of 'wants' ends at token %d, want 6 (before ', focusing')", got)
	}
	// a participle that hangs on the content stays in it
	d.Tokens[7].Head = 3
	if got := s.trailingClause(cue, segment{role: 3, start: 2, end: 10}); got != 10 {
		t.Errorf("content ends at token %d, want 10", got)
	}
}

func TestDashBylines(t *testing.T) {
	text := "“Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame.” ― Sonya Herridge\n\n“He is ignorant of our culture.” ― Pamela Padilla\n"
	s := newScanner(Segment(text))
	got := s.dashBylines(nil)
	want := []struct{ source, content string }{
		{"Sonya Herridge", "Mr. Trump embodies the lasting legacy of racism. He represents our greatest shame."},
		{"Pamela Padilla", "He is ignorant of our culture."},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d attributions, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Cue.Text != "―" || got[i].Source.Text != w.source || !strings.Contains(got[i].Content.Text, w.content) {
			t.Errorf("attribution %d: source %q, cue %q, content %q; want %q, ―, %q", i, got[i].Source.Text, got[i].Cue.Text, got[i].Content.Text, w.source, w.content)
		}
	}
	// a dash a tagged attribution already holds is left to it
	if n := len(s.dashBylines(got[:1])); n != 1 {
		t.Errorf("with the first attribution given, %d more, want 1", n)
	}
}

func TestUnsaid(t *testing.T) {
	d := parseDoc(t, `
He PRON 2 nsubj:pass
was AUX 3 aux:pass
accused VERB 0 root
of SCONJ 5 mark
lying VERB 3 advcl
, PUNCT 7 punct
insisting VERB 3 advcl
on ADP 10 case
the DET 10 det
criticism NOUN 7 obl
. PUNCT 3 punct`)
	s := newScanner(d)
	tests := []struct {
		name              string
		cue, cueEnd       int
		cont, contEnd     int
		source, sourceEnd int
		want              bool
	}{
		{"verb, no source, content after it", 6, 7, 7, 10, 0, 0, true},
		{"verb with a source", 6, 7, 7, 10, 0, 1, false},
		{"agentless passive holding its clause", 1, 4, 0, 5, 0, 0, false},
		{"nominal cue", 9, 10, 7, 9, 0, 0, false},
	}
	for _, tt := range tests {
		a := Attribution{cue: tt.cue, cueEnd: tt.cueEnd, cont: tt.cont, contEnd: tt.contEnd, src: tt.source, srcEnd: tt.sourceEnd}
		a.Source = s.span(tt.source, tt.sourceEnd)
		if got := s.unsaid(a); got != tt.want {
			t.Errorf("%s: unsaid = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestWeakNounCue(t *testing.T) {
	d := parseDoc(t, `
The DET 2 det
claim NOUN 5 nsubj
and CCONJ 4 cc
zzyzx NOUN 2 conj
said VERB 0 root
. PUNCT 5 punct`)
	s := newScanner(d)
	for _, tt := range []struct {
		tok  int
		want bool
	}{{1, false}, {3, true}, {4, false}} {
		if got := s.weakNounCue(tt.tok); got != tt.want {
			t.Errorf("weakNounCue(%q) = %v, want %v", d.Tokens[tt.tok].Form, got, tt.want)
		}
	}
}

func TestDropWeakNested(t *testing.T) {
	text := "He said the plan zzyzxed the budget, officials said."
	s := newScanner(Segment(text))
	tok := func(w string) int {
		for i, t := range s.d.Tokens {
			if t.Form == w {
				return i
			}
		}
		t.Fatalf("%q not a token", w)
		return -1
	}
	said, weak := tok("said"), tok("zzyzxed")
	outer := Attribution{cue: said, cueEnd: said + 1, cont: said + 1, contEnd: tok(",")}
	inner := Attribution{cue: weak, cueEnd: weak + 1, cont: weak + 1, contEnd: tok(",")}
	if got := s.dropWeakNested([]Attribution{outer, inner}); len(got) != 1 || got[0].cue != said {
		t.Errorf("kept %+v, want the outer attribution only", got)
	}
	// a strong cue inside another's content stays
	inner.cue, inner.cueEnd = said, said+1
	outer.cue, outer.cueEnd, outer.cont = 0, 1, 0
	if got := s.dropWeakNested([]Attribution{outer, inner}); len(got) != 2 {
		t.Errorf("kept %d attributions, want 2", len(got))
	}
}
