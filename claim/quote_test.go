package claim

import "testing"

func TestQuotes(t *testing.T) {
	cases := []struct {
		text string
		want []string // quoted texts; a trailing "~" marks an unclosed one
	}{
		{`He said "yes" and “no”.`, []string{`"yes"`, `“no”`}},
		{`Mixed “curly and straight" marks.`, []string{`“curly and straight"`}},
		{"“First paragraph goes on\n\n“and ends here,” she said.", []string{"“First paragraph goes on\n\n“and ends here,”"}},
		{"“Never closed\n\nNext paragraph.", []string{"“Never closed~"}},
		{`It's the "end`, []string{`"end~`}},
		{`a "b "c" d`, []string{`"b~`, `"c"`}},
		{`no quotes here`, nil},
	}
	for _, c := range cases {
		qs := Quotes(c.text)
		var got []string
		for _, q := range qs {
			s := c.text[q.Start:q.End]
			if !q.Closed {
				s += "~"
			}
			got = append(got, s)
		}
		if len(got) != len(c.want) {
			t.Errorf("Quotes(%q) = %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("Quotes(%q) = %q, want %q", c.text, got, c.want)
				break
			}
		}
	}
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{`He said "yes"`, "“a\n\n“b”", "\"\"\"", "“”“", "x \"\n\n\"y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, q := range Quotes(text) {
			if q.Start < last || q.End < q.Start || q.End > len(text) {
				t.Fatalf("bad quote %+v (prev end %d, len %d)", q, last, len(text))
			}
			s, e := q.Inner(text)
			if s < q.Start || e > q.End || s > e {
				t.Fatalf("bad inner %d..%d of %+v", s, e, q)
			}
			last = q.End
		}
	})
}
