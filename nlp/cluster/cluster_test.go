package cluster

import (
	"bytes"
	"strings"
	"testing"
)

// corpus builds sentences in which days share contexts, and so do cities.
func corpus() [][]string {
	days := []string{"Monday", "Tuesday", "Friday", "Sunday"}
	cities := []string{"Paris", "Cairo", "Lima", "Oslo"}
	var sents [][]string
	for i := 0; i < 40; i++ {
		d := days[i%len(days)]
		c := cities[(i/4)%len(cities)]
		sents = append(sents,
			[]string{"They", "met", "on", d, "morning", "."},
			[]string{"She", "flew", "to", c, "yesterday", "."},
			[]string{"It", "rained", "on", d, "."},
			[]string{"He", "lives", "in", c, "now", "."})
	}
	return sents
}

func TestBuildGroupsSimilarWords(t *testing.T) {
	s, err := Build(corpus(), Options{Depth: 4, MinSize: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"monday", "paris", "the", "."} {
		if w == "the" || w == "." {
			if s.Code(w) != 0 {
				t.Errorf("Code(%q) = %b, want 0 for an unseen word or punctuation", w, s.Code(w))
			}
			continue
		}
		if s.Code(w) == 0 {
			t.Errorf("Code(%q) = 0, want a cluster", w)
		}
	}
	day, city := Prefix(s.Code("monday"), 1), Prefix(s.Code("paris"), 1)
	for _, w := range []string{"tuesday", "friday", "sunday"} {
		if Prefix(s.Code(w), 1) != day {
			t.Errorf("%q and monday split at the root", w)
		}
	}
	for _, w := range []string{"cairo", "lima", "oslo"} {
		if Prefix(s.Code(w), 1) != city {
			t.Errorf("%q and paris split at the root", w)
		}
	}
	if day == city {
		t.Errorf("days and cities share the first split (%b)", day)
	}
}

func TestBuildDeterministicAndRoundTrip(t *testing.T) {
	a, err := Build(corpus(), Options{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Build(corpus(), Options{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	var wa, wb bytes.Buffer
	a.WriteTo(&wa)
	b.WriteTo(&wb)
	if !bytes.Equal(wa.Bytes(), wb.Bytes()) || a.Sum() != b.Sum() {
		t.Fatal("two builds with one seed differ")
	}
	r, err := Read(bytes.NewReader(wa.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if r.Sum() != a.Sum() || r.Len() != a.Len() {
		t.Errorf("read back %d words, sum %x; want %d, %x", r.Len(), r.Sum(), a.Len(), a.Sum())
	}
	for _, w := range []string{"monday", "oslo", "."} {
		if r.Code(w) != a.Code(w) {
			t.Errorf("Code(%q) = %b after reading, want %b", w, r.Code(w), a.Code(w))
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ form, want string }{
		{"the", "the"},
		{"The", "the"},
		{"IS", "IS"}, // an acronym is not the verb "is"
		{"U.S.", "U.S."},
		{"G20", "g00"}, // one letter
		{"F-16s", "f-00s"},
		{"NATO's", "nato's"}, // a lower-case letter
		{"I", "i"},           // one letter: the pronoun
		{"McDonald", "mcdonald"},
		{"1,200", "0,000"},
		{"Ünïcode", "ünïcode"},
		{"ÉTÉ", "ÉTÉ"},
		{"|", "|"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.form); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.form, got, tt.want)
		}
	}
}

func TestBuildKeepsAcronymsApart(t *testing.T) {
	var sents [][]string
	for i := 0; i < 30; i++ {
		sents = append(sents,
			[]string{"IS", "fighters", "attacked", "the", "town", "|", "Home"},
			[]string{"it", "is", "cold", "and", "it", "is", "late"})
	}
	s, err := Build(sents, Options{Depth: 6, MinSize: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if s.Code(Key("IS")) == 0 || s.Code(Key("is")) == 0 || s.Code(Key("IS")) == s.Code(Key("is")) {
		t.Errorf("IS and is: codes %b and %b, want two different clusters", s.Code(Key("IS")), s.Code(Key("is")))
	}
	if c := s.Code(Key("|")); c != 0 {
		t.Errorf("| has cluster %b, want none", c)
	}
}

func TestBuildTooLittle(t *testing.T) {
	if _, err := Build([][]string{{"a", "b"}}, Options{}); err == nil {
		t.Error("Build of two words seen once succeeded")
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		code uint32
		k    int
		want uint32
	}{
		{0, 4, 0},
		{0b1_101101, 4, 0b1_1011},
		{0b1_101101, 6, 0b1_101101},
		{0b1_101101, 10, 0b1_101101},
		{0b1_0, 1, 0b1_0},
	}
	for _, tt := range tests {
		if got := Prefix(tt.code, tt.k); got != tt.want {
			t.Errorf("Prefix(%b, %d) = %b, want %b", tt.code, tt.k, got, tt.want)
		}
	}
}

func TestReadRejects(t *testing.T) {
	for _, in := range []string{
		"0101\n",
		"01x1\tword\n",
		"0101\tword\n0\tword\n",
		strings.Repeat("1", MaxDepth+1) + "\tword\n",
		"0\t\n",
	} {
		if _, err := Read(strings.NewReader(in)); err == nil {
			t.Errorf("Read(%q) succeeded", in)
		}
	}
}

func TestDefault(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if s.Len() < 1000 {
		t.Fatalf("embedded set has %d words, want ≥ 1000", s.Len())
	}
	if s.Code("said") == 0 || s.Code("the") == 0 {
		t.Error("embedded set lacks 'said' or 'the'")
	}
	if s.Sum() == 0 {
		t.Error("embedded set has no fingerprint")
	}
}

func FuzzRead(f *testing.F) {
	f.Add("0101\tword\n1\tother\n")
	f.Add("\tempty-path\n")
	f.Add("01\ta\n01\ta\n")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := Read(strings.NewReader(in))
		if err != nil {
			return
		}
		var b bytes.Buffer
		if _, err := s.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		r, err := Read(&b)
		if err != nil {
			t.Fatalf("re-reading what WriteTo wrote: %v", err)
		}
		if r.Sum() != s.Sum() {
			t.Error("round trip changed the set")
		}
	})
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{"Monday": "monday", "1,200": "0,000", "ÉTÉ": "été", "said": "said"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzKey(f *testing.F) {
	for _, s := range []string{"IS", "The", "G20", "ǅ", "ÉTÉ", "|", "", "\xff\xfeAB"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := Key(s)
		if Key(k) != k {
			t.Errorf("Key(%q) = %q, but Key(%q) = %q", s, k, k, Key(k))
		}
	})
}
