package ner

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hearsay/internal/cputime"
	"hearsay/nlp"
)

func readTiny(t testing.TB) []*nlp.Doc {
	t.Helper()
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadConllDocs(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func trainTiny(t testing.TB) *Model {
	t.Helper()
	m, err := Train(readTiny(t), TrainOptions{Epochs: 10, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainTinyLearned(t *testing.T) {
	docs := readTiny(t)
	m := trainTiny(t)
	s := Evaluate(m, docs)
	if s.Overall.F1 != 1 {
		t.Errorf("training data not learned: F1 %.3f (%+v)", s.Overall.F1, s.Overall)
	}
	if got := m.Meta.Types; !slices.Equal(got, []string{"PER", "ORG", "LOC", "MISC"}) {
		t.Errorf("types = %v", got)
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := trainTiny(t).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trainTiny(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

func TestTrainNoEntities(t *testing.T) {
	d := &nlp.Doc{Tokens: []nlp.Token{{Form: "a", Ent: "O"}}, Sentences: []nlp.Sentence{{Start: 0, End: 1}}}
	if _, err := Train([]*nlp.Doc{d}, TrainOptions{}); err == nil {
		t.Error("Train without entities: no error")
	}
}

func TestSaveLoad(t *testing.T) {
	m := trainTiny(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Meta.Types, m2.Meta.Types) || m2.Meta.Features != len(m.index) {
		t.Errorf("metadata: %+v, want %+v", m2.Meta, m.Meta)
	}
	for _, d := range readTiny(t) {
		a, b := clearTags(d), clearTags(d)
		m.Annotate(a)
		m2.Annotate(b)
		for i := range a.Tokens {
			if a.Tokens[i].Ent != b.Tokens[i].Ent {
				t.Errorf("token %d %q: %s before saving, %s after", i, a.Tokens[i].Form, a.Tokens[i].Ent, b.Tokens[i].Ent)
			}
		}
	}
}

func TestLoadErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := trainTiny(t).Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	tests := map[string][]byte{
		"empty":         nil,
		"no newline":    gz(`{"name":"ner","format":2}`),
		"not json":      gz("hello\n"),
		"not gzip":      []byte(`{"name":"ner","format":2,"types":["PER"]}` + "\n"),
		"wrong name":    gz(`{"name":"tagger","format":1,"types":["PER"]}` + "\n"),
		"no types":      gz(`{"name":"ner","format":2}` + "\n"),
		"no payload":    gz(`{"name":"ner","format":2,"types":["PER"]}` + "\n"),
		"bad payload":   gz(`{"name":"ner","format":2,"types":["PER"]}` + "\n\xff\xff\xff"),
		"truncated":     good[:len(good)/2],
		"wrong version": gz(`{"name":"ner","format":99,"types":["PER"]}` + "\n"),
	}
	for name, in := range tests {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func FuzzLoad(f *testing.F) {
	var buf bytes.Buffer
	if err := trainTiny(f).Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(gz(`{"name":"ner","format":2,"types":["PER"]}` + "\n\x00\x00\x01\x01"))
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := Load(bytes.NewReader(in))
		if err != nil {
			return
		}
		m.Annotate(docOf("Maria Lopez visited Paris ."))
	})
}

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

// clearTags returns a copy of d without entity tags.
func clearTags(d *nlp.Doc) *nlp.Doc {
	c := &nlp.Doc{Text: d.Text, Tokens: slices.Clone(d.Tokens), Sentences: d.Sentences}
	for i := range c.Tokens {
		c.Tokens[i].Ent = ""
	}
	return c
}

// docOf makes a one-sentence Doc of space-separated tokens.
func docOf(text string) *nlp.Doc {
	d := &nlp.Doc{Text: text}
	pos := 0
	for _, w := range strings.Split(text, " ") {
		d.Tokens = append(d.Tokens, nlp.Token{Start: pos, End: pos + len(w), Form: w, Head: -1, SpaceAfter: true})
		pos += len(w) + 1
	}
	d.Sentences = []nlp.Sentence{{Start: 0, End: len(d.Tokens)}}
	return d
}

func checkTags(t *testing.T, name string, m *Model, d *nlp.Doc) {
	t.Helper()
	for i, tok := range d.Tokens {
		e := tok.Ent
		if e == "O" {
			continue
		}
		if len(e) < 3 || (e[0] != 'B' && e[0] != 'I') || e[1] != '-' || !slices.Contains(m.Meta.Types, e[2:]) {
			t.Fatalf("%s: token %d has tag %q", name, i, e)
		}
	}
}

func TestAnnotateOddInput(t *testing.T) {
	m := trainTiny(t)
	m.Annotate(nil)
	m.Annotate(&nlp.Doc{})

	long := &nlp.Doc{}
	words := []string{"Maria", "Lopez", "visited", "Paris", "and", "the", "Syrian", "army"}
	for i := 0; i < 200000; i++ {
		long.Tokens = append(long.Tokens, nlp.Token{Form: words[i%len(words)]})
	}
	long.Sentences = []nlp.Sentence{{Start: 0, End: len(long.Tokens)}}

	noSent := docOf("Maria visited Berlin")
	noSent.Sentences = nil

	badSent := docOf("Maria visited Berlin and Paris today")
	badSent.Sentences = []nlp.Sentence{{Start: 4, End: 99}, {Start: -3, End: 2}, {Start: 1, End: 1}, {Start: 2, End: 5}}

	odd := &nlp.Doc{}
	for _, w := range []string{"", "\x00", "\u202e", "دمشق", "Москва", "😀", "\xff\xfe", "A-", "-", "U.S.", "n't", strings.Repeat("x", 10000)} {
		odd.Tokens = append(odd.Tokens, nlp.Token{Form: w})
	}
	odd.Sentences = []nlp.Sentence{{Start: 0, End: len(odd.Tokens)}}

	for name, d := range map[string]*nlp.Doc{"long": long, "no sentences": noSent, "bad sentences": badSent, "odd": odd} {
		m.Annotate(d)
		checkTags(t, name, m, d)
	}
}

// sharedData returns the path of ../shared/data/ner/..., skipping the test when absent.
func sharedData(t testing.TB, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "..", "shared", "data", "ner"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return p
}

func readDocs(t testing.TB, path string) []*nlp.Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := ReadConllDocs(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// committed loads the committed model, skipping when it is absent.
func committed(t testing.TB) *Model {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "models", "ner.model"))
	if err != nil {
		t.Skipf("no committed model: %v", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestReadSharedData(t *testing.T) {
	for _, name := range []string{"conll2003/conllpp_train.txt", "conll2003/conllpp_dev.txt", "uner-ewt/en_ewt-ud-dev.iob2"} {
		docs := readDocs(t, sharedData(t, name))
		if len(docs) < 50 {
			t.Errorf("%s: %d documents", name, len(docs))
		}
	}
}

func TestCommittedModelDev(t *testing.T) {
	m := committed(t)
	dev := readDocs(t, sharedData(t, "conll2003", "conllpp_dev.txt"))
	s := Evaluate(m, dev)
	t.Logf("dev F1 %.2f", 100*s.Overall.F1)
	if s.Overall.F1 < 0.92 {
		t.Errorf("dev F1 %.2f, want at least 92", 100*s.Overall.F1)
	}
}

func TestCommittedModelNews(t *testing.T) {
	m := committed(t)
	tests := []struct {
		text string
		want map[string]string // entity text → label
	}{
		{"The Syrian government denied that Washington had passed intelligence to Damascus .",
			map[string]string{"Syrian": "MISC", "Washington": "LOC", "Damascus": "LOC"}},
		{"U.S. Secretary of State John Kerry said Iran was n't part of the coalition .",
			map[string]string{"U.S.": "LOC", "John Kerry": "PER", "Iran": "LOC"}},
		{"Obama Says U.S. Will Not Coordinate With Assad on Strikes in Syria",
			map[string]string{"Obama": "PER", "U.S.": "LOC", "Assad": "PER", "Syria": "LOC"}},
		{"The United Nations Security Council met in New York on Tuesday .",
			map[string]string{"United Nations Security Council": "ORG", "New York": "LOC"}},
	}
	for _, tt := range tests {
		d := docOf(tt.text)
		m.Annotate(d)
		got := map[string]string{}
		for _, e := range d.Entities() {
			got[d.Text[d.Tokens[e.Start].Start:d.Tokens[e.End-1].End]] = e.Label
		}
		for span, label := range tt.want {
			if got[span] != label {
				t.Errorf("%q: %q tagged %q, want %s (all: %v)", tt.text, span, got[span], label, got)
			}
		}
	}
}

func BenchmarkAnnotate(b *testing.B) {
	m := committed(b)
	docs := readDocs(b, sharedData(b, "conll2003", "conllpp_dev.txt"))
	n := 0
	for _, d := range docs {
		n += len(d.Tokens)
	}
	cpu0 := cputime.Now().Seconds()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			m.Annotate(d)
		}
	}
	// tokens per second of wall time, and per second of CPU time used by
	// the process (steadier on a loaded machine).
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(n)*float64(b.N)/(cputime.Now().Seconds()-cpu0), "tokens/cpu-s")
}
