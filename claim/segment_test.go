package claim

import (
	"strings"
	"testing"
)

func TestSegment(t *testing.T) {
	cases := []struct {
		text string
		toks string // tokens joined by |, sentences by ||
	}{
		{`He said: "It's over." Then he left.`, `He|said|:|"|It|'s|over|.|"||Then|he|left|.`},
		{"The U.S. official, Mr. Smith, didn’t—as usual—comment.", "The|U.S.|official|,|Mr.|Smith|,|did|n’t|—|as|usual|—|comment|."},
		{"First paragraph without a stop\n\nSecond one", "First|paragraph|without|a|stop||Second|one"},
		{"", ""},
	}
	for _, c := range cases {
		d := Segment(c.text)
		var sents []string
		for _, s := range d.Sentences {
			var ts []string
			for i := s.Start; i < s.End; i++ {
				tk := d.Tokens[i]
				if c.text[tk.Start:tk.End] != tk.Form {
					t.Fatalf("token %q does not match its offsets", tk.Form)
				}
				ts = append(ts, tk.Form)
			}
			sents = append(sents, strings.Join(ts, "|"))
		}
		if got := strings.Join(sents, "||"); got != c.toks {
			t.Errorf("Segment(%q)\n got %s\nwant %s", c.text, got, c.toks)
		}
	}
}
