package ner

import (
	"errors"
	"strings"
	"testing"
)

func tags(t *testing.T, in string) ([]string, []string, int) {
	t.Helper()
	docs, err := ReadConllDocs(strings.NewReader(in))
	if err != nil {
		t.Fatalf("ReadConllDocs: %v", err)
	}
	var words, ents []string
	for _, d := range docs {
		for _, tok := range d.Tokens {
			if d.Text[tok.Start:tok.End] != tok.Form {
				t.Fatalf("offsets of %q point at %q", tok.Form, d.Text[tok.Start:tok.End])
			}
			words = append(words, tok.Form)
			ents = append(ents, tok.Ent)
		}
	}
	return words, ents, len(docs)
}

func TestReadConll(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		words string
		ents  string
		docs  int
	}{
		{
			name: "conll2003 iob2",
			in: "-DOCSTART- -X- -X- O\n\nWest NNP B-NP B-MISC\nIndian NNP I-NP I-MISC\nPhil NNP I-NP B-PER\nSimmons NNP I-NP I-PER\n. . O O\n\n" +
				"-DOCSTART- -X- -X- O\n\nLONDON NNP B-NP B-LOC\n1996-08-30 CD I-NP O\n",
			words: "West Indian Phil Simmons . LONDON 1996-08-30",
			ents:  "B-MISC I-MISC B-PER I-PER O B-LOC O",
			docs:  2,
		},
		{
			name:  "conll2003 iob1",
			in:    "U.N. NNP I-NP I-ORG\nofficial NN I-NP O\nEkeus NNP I-NP I-PER\nJohn NNP I-NP I-PER\nSmith NNP I-NP B-PER\nwent VBD B-VP O\nto TO B-PP O\nBaghdad NNP I-NP I-LOC\n",
			words: "U.N. official Ekeus John Smith went to Baghdad",
			ents:  "B-ORG O B-PER I-PER B-PER O O B-LOC",
			docs:  1,
		},
		{
			name: "uner iob2",
			in: "# newdoc id = a\n# sent_id = a-1\n# text = where in tampa bay\n1\twhere\tO\t-\t-\n2\tin\tO\t-\t-\n3\ttampa\tB-LOC\t-\tx\n4\tbay\tI-LOC\t-\tx\n\n" +
				"# newdoc id = b\n# text = Hi\n1\tHi\tO\t-\t-\n2\t#\tO\t-\t-\n",
			words: "where in tampa bay Hi #",
			ents:  "O O B-LOC I-LOC O O",
			docs:  2,
		},
		{
			name:  "hash token in conll2003 and CRLF",
			in:    "# # B-NP O\r\nTwo CD I-NP O\r\n",
			words: "# Two",
			ents:  "O O",
			docs:  1,
		},
		{name: "empty", in: "", words: "", ents: "", docs: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, ents, docs := tags(t, tt.in)
			if got := strings.Join(words, " "); got != tt.words {
				t.Errorf("words = %q, want %q", got, tt.words)
			}
			if got := strings.Join(ents, " "); got != tt.ents {
				t.Errorf("tags = %q, want %q", got, tt.ents)
			}
			if docs != tt.docs {
				t.Errorf("%d documents, want %d", docs, tt.docs)
			}
		})
	}
}

func TestReadConllJoin(t *testing.T) {
	in := "-DOCSTART- -X- -X- O\n\nA NNP B-NP B-PER\nB NNP I-NP O\n\nC NNP I-NP O\n\n-DOCSTART- -X- -X- O\n\nD NNP B-NP B-LOC\n"
	d, err := ReadConll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) != 4 || len(d.Sentences) != 3 {
		t.Fatalf("%d tokens, %d sentences; want 4, 3", len(d.Tokens), len(d.Sentences))
	}
	for _, tok := range d.Tokens {
		if d.Text[tok.Start:tok.End] != tok.Form {
			t.Errorf("token %q: offsets point at %q", tok.Form, d.Text[tok.Start:tok.End])
		}
	}
	if d.Sentences[2] != (struct{ Start, End int }{3, 4}) {
		t.Errorf("third sentence = %v", d.Sentences[2])
	}
}

func TestReadConllErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		line int
	}{
		{"one column", "EU NNP B-NP B-ORG\nrejects\n", 2},
		{"bad tag", "EU NNP B-NP B-ORG\n\nrejects VBZ B-VP X-ORG\n", 3},
		{"bad label", "EU NNP B-NP B-O RG\n", 1},
		{"empty label", "EU NNP B-NP B-\n", 1},
		{"tab without id", "x\tEU\tB-ORG\n", 1},
		{"tab too few", "1\tEU\n", 1},
		{"iobes", "EU NNP B-NP S-ORG\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadConll(strings.NewReader(tt.in))
			var ce *ConllError
			if !errors.As(err, &ce) {
				t.Fatalf("error = %v, want a *ConllError", err)
			}
			if ce.Line != tt.line {
				t.Errorf("error on line %d, want %d (%v)", ce.Line, tt.line, err)
			}
			if !strings.Contains(err.Error(), "line ") {
				t.Errorf("error %q does not name the line", err)
			}
		})
	}
}

func FuzzReadConll(f *testing.F) {
	f.Add("-DOCSTART- -X- -X- O\n\nWest NNP B-NP B-MISC\nIndian NNP I-NP I-MISC\n\nLONDON NNP B-NP I-LOC\n")
	f.Add("# newdoc id = a\n# text = x\n1\ttampa\tB-LOC\t-\tx\n2\tbay\tI-LOC\t-\tx\n\n")
	f.Add("# # B-NP O\r\n\n\n-DOCSTART-\n")
	f.Add("a b\tc\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ReadConllDocs(strings.NewReader(in))
		if err != nil {
			var ce *ConllError
			if !errors.As(err, &ce) && !strings.Contains(err.Error(), "line ") {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		for _, d := range docs {
			prev := "O"
			for si, s := range d.Sentences {
				if s.Start >= s.End || s.End > len(d.Tokens) {
					t.Fatalf("bad sentence %d %v", si, s)
				}
				prev = "O"
				for i := s.Start; i < s.End; i++ {
					tok := d.Tokens[i]
					if tok.Start < 0 || tok.End > len(d.Text) || d.Text[tok.Start:tok.End] != tok.Form {
						t.Fatalf("token %d %q: bad offsets %d:%d", i, tok.Form, tok.Start, tok.End)
					}
					if e := tok.Ent; e != "O" {
						if len(e) < 3 || e[1] != '-' || e[0] == 'I' && prev[min(2, len(prev)):] != e[2:] {
							t.Fatalf("token %d: tag %q after %q is not IOB2", i, e, prev)
						}
					}
					prev = tok.Ent
				}
			}
		}
		j := JoinDocs(docs)
		for _, tok := range j.Tokens {
			if j.Text[tok.Start:tok.End] != tok.Form {
				t.Fatalf("joined: bad offsets for %q", tok.Form)
			}
		}
	})
}
