package claim

import "testing"

func TestParseCues(t *testing.T) {
	// "Trump criticized the plan and walked out , he said ."
	d := parseDoc(t, `
Trump PROPN 2 nsubj
criticized VERB 0 root
the DET 4 det
plan NOUN 2 obj
and CCONJ 6 cc
walked VERB 2 conj
out ADV 6 advmod
, PUNCT 10 punct
he PRON 10 nsubj
said VERB 2 parataxis
. PUNCT 2 punct`)
	tests := []struct {
		name   string
		cueTok int // the token labelled cue and taken by an assembled attribution, -1 for none
		want   []string
	}{
		{"untagged verbs", -1, []string{"criticized", "said"}},
		{"a tagged cue left out", 9, []string{"criticized"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newScanner(d)
			s.labels = make([]int, len(d.Tokens))
			var all []Attribution
			if tt.cueTok >= 0 {
				for l, r := range labelRole {
					if r == 2 {
						s.labels[tt.cueTok] = l
						break
					}
				}
				all = append(all, Attribution{cue: tt.cueTok, cueEnd: tt.cueTok + 1, head: tt.cueTok})
			}
			var got []string
			for _, a := range s.parseCues(all) {
				got = append(got, s.low[a.cue])
				if a.cue == 1 && (a.src != 0 || a.srcEnd != 1) {
					t.Errorf("source of %q: [%d, %d), want the subject [0, 1)", s.low[a.cue], a.src, a.srcEnd)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("cues %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("cues %v, want %v", got, tt.want)
				}
			}
		})
	}
}
