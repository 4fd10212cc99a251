package claim

import (
	"bytes"
	"strings"
	"testing"
)

func TestRankCandidates(t *testing.T) {
	// "The minister said the plan , which was new , would fail ."
	d := parseDoc(t, `
The DET 2 det
minister NOUN 3 nsubj
said VERB 0 root
the DET 5 det
plan NOUN 12 nsubj
, PUNCT 9 punct
which PRON 9 nsubj
was AUX 9 cop
new ADJ 5 acl:relcl
, PUNCT 9 punct
would AUX 12 aux
fail VERB 3 ccomp
. PUNCT 3 punct`)
	d.Tokens[1].Ent = "B-PER" // as a tagger might
	s := newScanner(d)
	a := Attribution{Sentence: 0, cue: 2, cueEnd: 3, head: 2, src: 0, srcEnd: 0, cont: 3, contEnd: 5}
	text := func(x, y int) string {
		if y <= x {
			return ""
		}
		return d.Text[d.Tokens[x].Start:d.Tokens[y-1].End]
	}
	got := map[string]bool{}
	for _, c := range s.rankCandidates(a) {
		got[text(c.a.src, c.a.srcEnd)+" | "+text(c.a.cont, c.a.contEnd)] = true
		if c.a.cont < a.cueEnd && a.cue < c.a.contEnd && c.cgen&contSent == 0 {
			t.Errorf("candidate content %q holds the cue", text(c.a.cont, c.a.contEnd))
		}
	}
	for _, want := range []string{
		" | the plan",             // as assembled
		"The minister | the plan", // the parse's subject
		"minister | the plan",     // the nearest name
		"The minister | the plan , which was new , would fail", // the complement
	} {
		if !got[want] {
			t.Errorf("no candidate %q among %v", want, got)
		}
	}
}

func TestRankCandidateShapes(t *testing.T) {
	tests := []struct {
		name string
		rows string
		a    Attribution
		gen  int
		want string // the content of a candidate of generator gen, "" for none
	}{
		{"sentence round a parenthetical cue", `
Time NOUN 10 nsubj
, PUNCT 5 punct
Mr. PROPN 4 compound
Pence PROPN 5 nsubj
added VERB 10 parataxis
, PUNCT 5 punct
was AUX 10 cop
on ADP 10 case
their PRON 10 nmod:poss
side NOUN 0 root
. PUNCT 10 punct`, Attribution{cue: 4, cueEnd: 5, head: 4, src: 2, srcEnd: 4, cont: 6, contEnd: 10},
			contSent, "Time , Mr. Pence added , was on their side"},
		{"no sentence for a cue that heads it", `
He PRON 2 nsubj
said VERB 0 root
prices NOUN 4 nsubj
rose VERB 2 ccomp
sharply ADV 4 advmod
. PUNCT 2 punct`, Attribution{cue: 1, cueEnd: 2, head: 1, src: 0, srcEnd: 1, cont: 2, contEnd: 5},
			contSent, ""},
		{"object of a cue with no clause", `
Trump PROPN 2 nsubj
trashed VERB 0 root
Comey PROPN 2 obj
on ADP 5 case
Friday PROPN 2 obl
. PUNCT 2 punct`, Attribution{cue: 1, cueEnd: 2, head: 1, src: 0, srcEnd: 1, cont: 2, contEnd: 5},
			contObj, "Comey"},
		{"no object candidate beside a clausal complement", `
He PRON 2 nsubj
told VERB 0 root
reporters NOUN 2 obj
prices NOUN 5 nsubj
rose VERB 2 ccomp
. PUNCT 2 punct`, Attribution{cue: 1, cueEnd: 2, head: 1, src: 0, srcEnd: 1, cont: 3, contEnd: 5},
			contObj, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseDoc(t, tt.rows)
			s := newScanner(d)
			got := ""
			for _, c := range s.rankCandidates(tt.a) {
				if c.cgen&tt.gen != 0 && c.a.contEnd > c.a.cont {
					got = d.Text[d.Tokens[c.a.cont].Start:d.Tokens[c.a.contEnd-1].End]
				}
			}
			if got != tt.want {
				t.Errorf("content of generator %b = %q, want %q", tt.gen, got, tt.want)
			}
		})
	}
}

func TestRankCandidatesCueExtended(t *testing.T) {
	d := parseDoc(t, `
She PRON 2 nsubj
talked VERB 0 root
about ADP 4 case
immigration NOUN 2 obl
. PUNCT 2 punct`)
	s := newScanner(d)
	text := func(x, y int) string {
		if y <= x {
			return ""
		}
		return d.Text[d.Tokens[x].Start:d.Tokens[y-1].End]
	}
	for _, tt := range []struct {
		name   string
		cueEnd int
		want   string // cue | content of the candidate with the preposition's object as content
	}{
		{"cue without its preposition", 2, "talked about | immigration"},
		{"cue with it", 3, "talked about | immigration"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a := Attribution{cue: 1, cueEnd: tt.cueEnd, head: 1, src: 0, srcEnd: 1, cont: 2, contEnd: 4}
			found := false
			for _, c := range s.rankCandidates(a) {
				if c.a.cont == 3 && c.a.src == 0 && c.a.srcEnd == 1 {
					got := text(c.a.cue, c.a.cueEnd) + " | " + text(c.a.cont, c.a.contEnd)
					if got != tt.want {
						t.Errorf("candidate %q, want %q", got, tt.want)
					}
					if (c.cueExt > 0) != (tt.cueEnd == 2) {
						t.Errorf("cueExt = %d with the assembled cue ending at %d", c.cueExt, tt.cueEnd)
					}
					found = true
				}
			}
			if !found {
				t.Errorf("no candidate %q", tt.want)
			}
		})
	}
}

func TestCutTrailing(t *testing.T) {
	d := parseDoc(t, `
He PRON 2 nsubj
said VERB 0 root
prices NOUN 4 nsubj
rose VERB 2 ccomp
in ADP 6 case
March PROPN 4 obl
. PUNCT 2 punct`)
	s := newScanner(d)
	a, b := s.cutTrailing(s.children(0), 2, 6)
	if a != 2 || b != 4 {
		t.Errorf("cut = [%d, %d), want [2, 4) (\"prices rose\")", a, b)
	}
	if a, b := s.cutTrailing(s.children(0), 2, 4); b > a {
		t.Errorf("cut of a range with no trailing constituent = [%d, %d)", a, b)
	}
}

func TestTrainChooserPrefers(t *testing.T) {
	// in every group the candidate with feature 1 is right, that with
	// feature 2 wrong; feature 3 is on everywhere
	var groups [][]filterExample
	for range 100 {
		groups = append(groups, []filterExample{{feats: []uint32{2, 3}}, {feats: []uint32{1, 3}, right: true}})
	}
	c := trainChooser(groups, 10, 1e-4, 1)
	if r, w := c.score([]uint32{1, 3}), c.score([]uint32{2, 3}); r <= w+1 {
		t.Errorf("score of the right candidate %.3f, of the wrong one %.3f", r, w)
	}
}

func TestAttributionRankerRoundTrip(t *testing.T) {
	r := &AttributionRanker{
		choose: &AttributionFilter{w: make([]float32, 1<<filterBits), bias: 0.5},
		keep:   &AttributionFilter{w: make([]float32, 1<<filterBits), bias: -0.25, threshold: 0.15},
		delta:  0.25,
	}
	for i := range r.choose.w {
		r.choose.w[i] = float32(i%5) - 2
		r.keep.w[i] = float32(i%7) - 3
	}
	var buf bytes.Buffer
	n, err := r.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo reported %d bytes, wrote %d", n, buf.Len())
	}
	g, err := ReadAttributionRanker(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if g.choose.bias != r.choose.bias || g.keep.bias != r.keep.bias || g.keep.threshold != r.keep.threshold || g.delta != r.delta {
		t.Errorf("header read back as %v %v %v %v", g.choose.bias, g.keep.bias, g.keep.threshold, g.delta)
	}
	for i := range r.choose.w {
		if g.choose.w[i] != r.choose.w[i] || g.keep.w[i] != r.keep.w[i] {
			t.Fatalf("weight %d read back differently", i)
		}
	}
	whole := buf.Bytes()
	for name, data := range map[string][]byte{
		"empty":       nil,
		"other magic": append([]byte("HSAR9\n"), whole[len(rankerMagic):]...),
		"header cut":  whole[:len(rankerMagic)+7],
		"weights cut": whole[:len(whole)-3],
	} {
		if _, err := ReadAttributionRanker(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestBuiltinRanker(t *testing.T) {
	m, err := BuiltinAttributionModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Ranker == nil {
		t.Fatal("the embedded model has no ranker")
	}
	if th := m.Ranker.keep.threshold; th <= 0 || th >= 1 {
		t.Errorf("threshold %v", th)
	}
}

// FuzzReadAttributionRanker checks that no input makes the reader panic.
func FuzzReadAttributionRanker(f *testing.F) {
	f.Add([]byte(rankerMagic))
	f.Add([]byte(rankerMagic + "\x10\x00\x00\x00\x00\x00\x80\x3f\x00\x00\x00\x3e\x00\x00\x00\x3e\x00\x00\x80\x3e"))
	f.Add([]byte(strings.Repeat("x", 40)))
	f.Fuzz(func(t *testing.T, data []byte) {
		ReadAttributionRanker(bytes.NewReader(data))
	})
}
