package claim

import (
	"strconv"
	"strings"
	"testing"

	"hearsay/nlp"
)

// parseDoc builds a Doc from CoNLL-U lines "form upos head rel" (1-based
// heads, 0 for the root), one sentence.
func parseDoc(t *testing.T, rows string) *nlp.Doc {
	t.Helper()
	var b strings.Builder
	for i, r := range strings.Split(strings.TrimSpace(rows), "\n") {
		f := strings.Fields(r)
		b.WriteString(strings.Join([]string{strconv.Itoa(i + 1), f[0], strings.ToLower(f[0]), f[1], "_", "_", f[2], f[3], "_", "_"}, "\t"))
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	d, err := nlp.ReadCoNLLU(strings.NewReader(b.String()))
	if err != nil {
		t.Fatalf("ReadCoNLLU: %v", err)
	}
	return d
}

func TestParseArgs(t *testing.T) {
	tests := []struct {
		name         string
		rows         string
		cue, cueEnd  int // token range of the cue
		source, cont string
		passive      string // the subject of an agentless passive cue
		up           string // the subject of the clause a subjectless cue depends on
		topic        string // the subject of a passive cue with an agent
	}{
		{"ccomp", `
The DET 2 det
minister NOUN 3 nsubj
said VERB 0 root
that SCONJ 7 mark
taxes NOUN 7 nsubj
will AUX 7 aux
rise VERB 3 ccomp
. PUNCT 3 punct`, 2, 3, "The minister", "that taxes will rise", "", "", ""},
		{"parenthetical", `
Taxes NOUN 3 nsubj
will AUX 3 aux
rise VERB 0 root
, PUNCT 6 punct
she PRON 6 nsubj
said VERB 3 parataxis
. PUNCT 3 punct`, 5, 6, "she", "Taxes will rise", "", "", ""},
		{"agent", `
The DET 2 det
plan NOUN 4 nsubj:pass
was AUX 4 aux:pass
criticised VERB 0 root
by ADP 7 case
the DET 7 det
union NOUN 4 obl:agent
. PUNCT 4 punct`, 3, 4, "the union", "", "", "", "The plan"},
		{"according to", `
According VERB 3 case
to ADP 1 fixed
police NOUN 7 obl
, PUNCT 7 punct
two NUM 7 nsubj
people NOUN 5 flat
died VERB 0 root
. PUNCT 7 punct`, 0, 2, "police", "two people died", "", "", ""},
		{"agentless passive", `
He PRON 3 nsubj:pass
was AUX 3 aux:pass
accused VERB 0 root
of SCONJ 5 mark
lying VERB 3 advcl
. PUNCT 3 punct`, 1, 4, "He", "", "He", "", ""},
		{"state of mind", `
We PRON 3 nsubj:pass
are AUX 3 aux:pass
worried VERB 0 root
about ADP 5 case
taxes NOUN 3 obl
. PUNCT 3 punct`, 1, 4, "We", "", "", "", ""},
		{"raising verb", `
Melania PROPN 2 nsubj
seems VERB 0 root
to PART 4 mark
have VERB 2 xcomp
vanished VERB 4 xcomp
. PUNCT 2 punct`, 1, 2, "", "", "Melania", "", ""},
		{"raising verb with a cue as its complement", `
He PRON 2 nsubj
appeared VERB 0 root
to PART 4 mark
suggest VERB 2 xcomp
that SCONJ 7 mark
they PRON 7 nsubj
lost VERB 4 ccomp
. PUNCT 2 punct`, 1, 4, "He", "", "", "", ""},
		{"participle", `
Trump PROPN 2 nsubj
attacked VERB 0 root
her PRON 2 obj
, PUNCT 5 punct
saying VERB 2 advcl
she PRON 8 nsubj
was AUX 8 cop
wrong ADJ 5 ccomp
. PUNCT 2 punct`, 4, 5, "", "she was wrong", "", "Trump", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseDoc(t, tt.rows)
			s := newScanner(d)
			p := s.parseArgs(0, tt.cue, tt.cueEnd)
			words := func(a, b int) string {
				var w []string
				for i := a; i < b; i++ {
					w = append(w, d.Tokens[i].Form)
				}
				return strings.Join(w, " ")
			}
			if got := words(p.src, p.srcEnd); got != tt.source {
				t.Errorf("source = %q, want %q", got, tt.source)
			}
			if got := words(p.cont, p.contEnd); got != tt.cont {
				t.Errorf("content = %q, want %q", got, tt.cont)
			}
			if got := words(p.pass, p.passEnd); got != tt.passive {
				t.Errorf("passive subject = %q, want %q", got, tt.passive)
			}
			if got := words(p.topic, p.topEnd); got != tt.topic {
				t.Errorf("topic = %q, want %q", got, tt.topic)
			}
			if got := words(p.up, p.upEnd); got != tt.up {
				t.Errorf("subject of the governing clause = %q, want %q", got, tt.up)
			}
		})
	}
}
