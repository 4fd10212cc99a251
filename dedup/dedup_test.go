package dedup

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  Hello,   World! ", "hello world"},
		{"Assad's forces", "assads forces"},
		{"Assad’s forces", "assads forces"},
		{"US-led\n\ncoalition", "us led coalition"},
		{"Zürich ÉTÉ 2014", "zürich été 2014"},
		{"'quoted'", "quoted"},
		{"\xff\xfe broken", "broken"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContentHash(t *testing.T) {
	a := ContentHash("The United States said on Monday.")
	if b := ContentHash("the united   states said\non monday"); a != b {
		t.Errorf("hashes differ for texts that differ only in case and spacing")
	}
	if b := ContentHash("The United States said on Tuesday."); a == b {
		t.Errorf("hashes equal for different texts")
	}
	if len(a) != 64 {
		t.Errorf("hash %q is not hex SHA-256", a)
	}
}

// story returns n words of pseudo-random text drawn from a vocabulary large
// enough that two different stories share few shingles.
func story(r *rand.Rand, n int) []string {
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprintf("w%d", r.IntN(5000))
	}
	return w
}

// edit changes about rate of the words of s and adds extra words of page
// furniture at the start.
func edit(r *rand.Rand, s []string, rate float64, extra int) string {
	out := append([]string(nil), story(r, extra)...)
	for _, w := range s {
		if r.Float64() < rate {
			out = append(out, fmt.Sprintf("x%d", r.IntN(5000)))
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

func TestCheck(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	orig := story(r, 600)
	other := story(r, 600)
	mem := NewMemory()
	fp := Compute(strings.Join(orig, " "))
	mem.Add(1, 0, &fp)
	fpOther := Compute(strings.Join(other, " "))
	mem.Add(2, 0, &fpOther)
	tests := []struct {
		name string
		text string
		kind Kind
		id   int64
	}{
		{"same text", strings.Join(orig, " "), Duplicate, 1},
		{"same text, other spacing and case", strings.ToUpper(strings.Join(orig, "  \n")), Duplicate, 1},
		{"light edits", edit(r, orig, 0.02, 0), Copy, 1},
		{"edits and furniture", edit(r, orig, 0.04, 60), Copy, 1},
		{"first half", strings.Join(orig[:300], " "), Copy, 1},
		{"copy of the other", edit(r, other, 0.03, 20), Copy, 2},
		{"unrelated", strings.Join(story(r, 600), " "), Unique, 0},
		{"heavily rewritten", edit(r, orig, 0.5, 0), Unique, 0},
		{"empty", "", Unique, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fp := Compute(tt.text)
			m, err := Check(context.Background(), &fp, mem)
			if err != nil {
				t.Fatal(err)
			}
			if m.Kind != tt.kind || m.ID != tt.id {
				t.Errorf("Check = %v of %d (%.2f), want %v of %d", m.Kind, m.ID, m.Similarity, tt.kind, tt.id)
			}
		})
	}
}

func TestCheckLinksToOriginal(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	orig := story(r, 500)
	mem := NewMemory()
	fp := Compute(strings.Join(orig, " "))
	mem.Add(1, 0, &fp)
	copy1 := Compute(edit(r, orig, 0.02, 0))
	mem.Add(2, 1, &copy1)
	// A copy of the copy links to the original.
	copy2 := Compute(edit(r, orig, 0.02, 0))
	m, err := Check(context.Background(), &copy2, mem)
	if err != nil {
		t.Fatal(err)
	}
	if m.Kind != Copy || m.ID != 1 {
		t.Errorf("Check = %v of %d, want copy of 1", m.Kind, m.ID)
	}
}

func TestSignatureBinary(t *testing.T) {
	fp := Compute("one two three four five six seven eight nine ten")
	b, err := fp.MinHash.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var s Signature
	if err := s.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if s != fp.MinHash {
		t.Errorf("signature changed in a round trip")
	}
	if err := s.UnmarshalBinary(b[1:]); err == nil {
		t.Errorf("UnmarshalBinary accepted a short signature")
	}
}

func TestFingerprintStable(t *testing.T) {
	// Fingerprints are stored: they must not change between versions
	// without a migration that recomputes them.
	fp := Compute("The United States will neither fight alongside Iran nor share intelligence with Tehran.")
	keys := fp.MinHash.BandKeys()
	b, _ := os.ReadFile(filepath.Join("testdata", "fingerprint.golden"))
	got := fmt.Sprintf("simhash %016x\nminhash0 %08x\nband0 %d\nshingles %d\n", fp.SimHash, fp.MinHash[0], keys[0], fp.Shingles)
	if os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.WriteFile(filepath.Join("testdata", "fingerprint.golden"), []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(b) != got {
		t.Errorf("fingerprint changed (stored fingerprints would no longer match):\n got %s\nwant %s", got, b)
	}
}

func TestResemblance(t *testing.T) {
	var a, b Signature
	for i := range a {
		a[i] = uint32(i)
		b[i] = uint32(i)
	}
	if got := Resemblance(&a, 100, &b, 100); got != 1 {
		t.Errorf("identical signatures: %v, want 1", got)
	}
	for i := range NumHashes / 2 {
		b[i] = 1 << 30
	}
	// J = 0.5 with sizes 100 and 100: intersection 66.7, resemblance 0.667.
	if got := Resemblance(&a, 100, &b, 100); got < 0.66 || got > 0.67 {
		t.Errorf("half-equal signatures: %v, want 0.667", got)
	}
	for i := range NumHashes * 3 / 4 {
		b[i] = 1 << 30
	}
	if got := Resemblance(&a, 100, &b, 100); got != 0 {
		t.Errorf("J = 0.25 is below MinJaccard: %v, want 0", got)
	}
}

func sharedDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "data", "news", "dev")); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return dir
}

func TestEvaluateDev(t *testing.T) {
	dir := sharedDir(t)
	arts, err := os.Open(filepath.Join(dir, "data", "news", "dev", "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer arts.Close()
	gold, err := os.Open(filepath.Join(dir, "data", "news", "dev", "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer gold.Close()
	items, err := ReadLabeled(arts, gold)
	if err != nil {
		t.Fatal(err)
	}
	s := Evaluate(items)
	if s.GoldPairs != 3 {
		t.Errorf("gold pairs = %d, want 3", s.GoldPairs)
	}
	if s.Precision < 1 || s.Recall < 1 {
		t.Errorf("precision %.2f recall %.2f, want 1 and 1; errors: %v", s.Precision, s.Recall, s.Errors)
	}
}

func TestReadLabeled(t *testing.T) {
	arts := `{"id":"a","text":"x y z"}

{"id":"b","text":"x y z w","outlet":"O"}
`
	gold := `{"id":"b","near_duplicate_of":"a"}
{"id":"a","near_duplicate_of":null}`
	items, err := ReadLabeled(strings.NewReader(arts), strings.NewReader(gold))
	if err != nil {
		t.Fatal(err)
	}
	want := []Item{{ID: "a", Text: "x y z"}, {ID: "b", Text: "x y z w", CopyOf: "a"}}
	if fmt.Sprint(items) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", items, want)
	}
	bad := []struct{ arts, gold string }{
		{`{"id":1,"text":"x"}`, ``},
		{`{"id":"a","text":"x"}` + "\n" + `{"id":"a","text":"y"}`, ``},
		{`{"text":"x"}`, ``},
		{`{"id":"a","text":"x"}`, `{"id":"a","near_duplicate_of":3}`},
		{`{"id":"a","text":"x"`, ``},
	}
	for _, b := range bad {
		if _, err := ReadLabeled(strings.NewReader(b.arts), strings.NewReader(b.gold)); err == nil {
			t.Errorf("ReadLabeled(%q, %q) succeeded, want error", b.arts, b.gold)
		}
	}
}

func FuzzReadLabeled(f *testing.F) {
	f.Add(`{"id":"a","text":"x y z"}`+"\n"+`{"id":"b","text":"x y z w"}`, `{"id":"b","near_duplicate_of":"a"}`)
	f.Add(`{"id":"a","text":"\u00e9t\u00e9"}`, `{"id":"zz","near_duplicate_of":"a"}`)
	f.Add("\n\n", "{}")
	f.Fuzz(func(t *testing.T, arts, gold string) {
		items, err := ReadLabeled(strings.NewReader(arts), strings.NewReader(gold))
		if err != nil {
			return
		}
		s := Evaluate(items)
		if s.Items != len(items) || s.Correct > s.Predicted || s.Correct > s.GoldPairs {
			t.Errorf("inconsistent scores %+v", s)
		}
	})
}

func FuzzCompute(f *testing.F) {
	f.Add("The United States said on Monday it would not coordinate with Damascus.")
	f.Add("")
	f.Add("a b")
	f.Add("\xff\xfe\x00 Ünïcödé  words’ here")
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Errorf("Normalize not idempotent on %q: %q then %q", s, n, Normalize(n))
		}
		a, b := Compute(s), Compute(n)
		if a != b {
			t.Errorf("fingerprint of %q differs from that of its normal form", s)
		}
		if (n == "") != a.Empty() {
			t.Errorf("Empty() = %v for normal form %q", a.Empty(), n)
		}
		if !a.Empty() && a.MinHash.Jaccard(&b.MinHash) != 1 {
			t.Errorf("self-similarity below 1")
		}
	})
}

// BenchmarkCompute measures fingerprinting a 600-word article.
func BenchmarkCompute(b *testing.B) {
	r := rand.New(rand.NewPCG(5, 6))
	text := strings.Join(story(r, 600), " ")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Compute(text)
	}
}

// BenchmarkCheckMemory measures checking a text against 10k texts held in
// memory (the within-batch index works the same way).
func BenchmarkCheckMemory(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	mem := NewMemory()
	for i := range 10000 {
		fp := Compute(strings.Join(story(r, 300), " "))
		mem.Add(int64(i+1), 0, &fp)
	}
	fp := Compute(strings.Join(story(r, 300), " "))
	for b.Loop() {
		if _, err := Check(context.Background(), &fp, mem); err != nil {
			b.Fatal(err)
		}
	}
}
