package polnear

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadAnn(t *testing.T) {
	text := "He said “it’s fine” today. They don’t like it."
	// code point offsets: "He"=0-2, "said"=3-7, "“it’s fine”"=8-19
	ann := "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 19\t“it’s fine”\nT4\tAttribution 3 7\tsaid\n" +
		"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
		"stray line\nT9\tCue 32 42\tdon’t like\nT10\tContent 43 45;43 45\tit\nE2\tAttribution-no-source:T9 Content:T10 Cue:T9\n" +
		"T11\tCue 5 900\tbad\nE3\tAttribution:T11 Content:T3 Cue:T11\n"
	rels, err := ReadAnn(strings.NewReader(ann), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 2 {
		t.Fatalf("got %d relations, want 2: %+v", len(rels), rels)
	}
	cases := []struct {
		sp   Span
		want string
	}{
		{rels[0].Source, "He"}, {rels[0].Cue, "said"}, {rels[0].Content, "“it’s fine”"},
		{rels[1].Cue, "don’t like"}, {rels[1].Content, "it"},
	}
	for _, c := range cases {
		if got := text[c.sp.Start:c.sp.End]; got != c.want {
			t.Errorf("span %v = %q, want %q", c.sp, got, c.want)
		}
	}
	if rels[1].HasSource() {
		t.Errorf("no-source relation has a source")
	}
}

func sharedDir(t testing.TB, rel string) string {
	p := filepath.Join("..", "..", "..", "shared", "data", "attribution", "polnear", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return p
}

func TestReadDirDev(t *testing.T) {
	arts, err := ReadDir(sharedDir(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 84 {
		t.Errorf("%d dev articles, want 84", len(arts))
	}
	n := 0
	for _, a := range arts {
		for _, r := range a.Relations {
			n++
			if r.Cue.End > len(a.Text) || r.Content.End > len(a.Text) {
				t.Fatalf("%s: span outside text", a.Name)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d relations in dev", n)
	}
}

func FuzzReadAnn(f *testing.F) {
	f.Add("T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 12\tyes\nE1\tAttribution:T0 Content:T3 Cue:T2 Source:T1\n", "He said “yes” ok")
	f.Add("T1\tCue 0 3;5 9\tx\nE1\tAttribution-no-source:T1 Cue:T1 Content:T1\n", "ab€cdefghij")
	f.Add("T1\tCue -1 3\tx\nT2\tContent 9 2\nE1\tAttribution Cue:T1 Content:T2\n", "")
	f.Fuzz(func(t *testing.T, ann, text string) {
		rels, err := ReadAnn(strings.NewReader(ann), text)
		if err != nil {
			return
		}
		for _, r := range rels {
			for _, s := range []Span{r.Source, r.Cue, r.Content} {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("bad span %v for text of %d bytes", s, len(text))
				}
			}
		}
	})
}
