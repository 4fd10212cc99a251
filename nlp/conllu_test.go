package nlp

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

const sample = `# sent_id = a
# text = They didn't go.
1-2	didn't	_	_	_	_	_	_	_	_
1	They	they	PRON	PRP	_	3	nsubj	_	_
`

const good = `# text = They didn't go home.
1	They	they	PRON	PRP	_	4	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	go	go	VERB	VB	_	0	root	_	_
5	home	home	ADV	RB	_	4	advmod	_	NER=O|SpaceAfter=No
6	.	.	PUNCT	.	_	4	punct	_	_

1	Paris	Paris	PROPN	NNP	_	0	root	_	NER=B-LOC
`

func TestReadCoNLLU(t *testing.T) {
	d, err := ReadCoNLLU(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) != 7 || len(d.Sentences) != 2 {
		t.Fatalf("got %d tokens, %d sentences", len(d.Tokens), len(d.Sentences))
	}
	for i, tk := range d.Tokens {
		if got := d.Text[tk.Start:tk.End]; got != tk.Form {
			t.Errorf("token %d: text %q, form %q", i, got, tk.Form)
		}
	}
	if d.Tokens[1].SpaceAfter || !d.Tokens[2].SpaceAfter {
		t.Errorf("multiword token spacing: %v %v", d.Tokens[1].SpaceAfter, d.Tokens[2].SpaceAfter)
	}
	if d.Tokens[0].Head != 3 || d.Tokens[3].Head != -1 || d.Tokens[6].Head != -1 {
		t.Errorf("heads %d %d %d", d.Tokens[0].Head, d.Tokens[3].Head, d.Tokens[6].Head)
	}
	if d.Tokens[6].Ent != "B-LOC" || d.Tokens[4].SpaceAfter {
		t.Errorf("misc: ent %q, space %v", d.Tokens[6].Ent, d.Tokens[4].SpaceAfter)
	}
	if got := d.SentenceText(0); got != "They didn't go home." {
		t.Errorf("sentence text %q", got)
	}
}

func TestReadCoNLLUErrors(t *testing.T) {
	row := func(cols ...string) string { return strings.Join(cols, "\t") + "\n" }
	for _, c := range []struct {
		name, in string
		line     int
	}{
		{"columns", "1\tx\tx\n", 1},
		{"id", row("a", "x", "x", "X", "X", "_", "0", "root", "_", "_"), 1},
		{"sequence", row("1", "x", "x", "X", "X", "_", "0", "root", "_", "_") + row("3", "x", "x", "X", "X", "_", "1", "dep", "_", "_"), 2},
		{"head number", row("1", "x", "x", "X", "X", "_", "h", "root", "_", "_"), 1},
		{"head range", "# c\n" + row("1", "x", "x", "X", "X", "_", "0", "root", "_", "_") + row("2", "x", "x", "X", "X", "_", "7", "dep", "_", "_") + "\n", 3},
		{"negative head", row("1", "x", "x", "X", "X", "_", "-1", "root", "_", "_"), 1},
		{"multiword range", row("2-1", "x", "_", "_", "_", "_", "_", "_", "_", "_"), 1},
		{"multiword past end", row("1-2", "xy", "_", "_", "_", "_", "_", "_", "_", "_") + row("1", "x", "x", "X", "X", "_", "0", "root", "_", "_"), 2},
	} {
		_, err := ReadCoNLLU(strings.NewReader(c.in))
		var ce *CoNLLUError
		if !errors.As(err, &ce) {
			t.Errorf("%s: error %v, want a *CoNLLUError", c.name, err)
			continue
		}
		if ce.Line != c.line {
			t.Errorf("%s: error on line %d, want %d (%v)", c.name, ce.Line, c.line, err)
		}
	}
}

func TestWriteCoNLLURoundTrip(t *testing.T) {
	d, err := ReadCoNLLU(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, d); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"# sent_id = 1\n# text = They didn't go home.\n", "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\tSpaceAfter=No\n", "NER=B-LOC", "5\thome\thome\tADV\tRB\t_\t4\tadvmod\t_\tSpaceAfter=No|NER=O\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	d2, err := ReadCoNLLU(strings.NewReader(out))
	if err != nil {
		t.Fatalf("reading our own output: %v", err)
	}
	if len(d2.Tokens) != len(d.Tokens) {
		t.Fatalf("%d tokens after the round trip, want %d", len(d2.Tokens), len(d.Tokens))
	}
	for i := range d.Tokens {
		a, b := d.Tokens[i], d2.Tokens[i]
		if a.Form != b.Form || a.Head != b.Head || a.Rel != b.Rel || a.Ent != b.Ent || a.Lemma != b.Lemma || a.SpaceAfter != b.SpaceAfter {
			t.Errorf("token %d: %+v, then %+v", i, a, b)
		}
	}
}

func TestWriteJSON(t *testing.T) {
	d, err := ReadCoNLLU(strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, d); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Tokens []struct {
			Form  string `json:"form"`
			Start int    `json:"start"`
			Head  int    `json:"head"`
		} `json:"tokens"`
		Sentences []struct{ Text string } `json:"sentences"`
		Entities  []struct{ Label, Text string }
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Tokens) != 7 || got.Tokens[0].Head != 3 || got.Sentences[1].Text != "Paris" || len(got.Entities) != 1 || got.Entities[0].Label != "LOC" {
		t.Errorf("unexpected JSON: %s", buf.String())
	}
}

func FuzzReadCoNLLU(f *testing.F) {
	f.Add(good)
	f.Add(sample)
	f.Add("1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n1.1\ty\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Add("1-3\tabc\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\tX\t_\t_\t_\t_\t_\n2\tb\tb\tX\tX\t_\t1\tdep\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ReadCoNLLU(strings.NewReader(in))
		if err != nil {
			return
		}
		for i, tk := range d.Tokens {
			if tk.Start < 0 || tk.End > len(d.Text) || tk.Start > tk.End {
				t.Fatalf("token %d: offsets %d..%d outside the text (%d bytes)", i, tk.Start, tk.End, len(d.Text))
			}
			s := d.Sentences[d.SentenceOf(i)]
			if tk.Head != -1 && (tk.Head < s.Start || tk.Head >= s.End) {
				t.Fatalf("token %d: head %d outside its sentence %v", i, tk.Head, s)
			}
		}
		var buf bytes.Buffer
		if err := WriteCoNLLU(&buf, d); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadCoNLLU(&buf); err != nil {
			t.Fatalf("our output does not read back: %v\n%s", err, buf.String())
		}
	})
}
