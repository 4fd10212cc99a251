package parse

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"hearsay/nlp"
)

// tinyBeamModel is a parser trained on the tiny corpus with a beam of width k.
func tinyBeamModel(t testing.TB, k int) (*Model, *nlp.Doc) {
	t.Helper()
	d := readDoc(t, "testdata/tiny.conllu")
	m, err := Train(context.Background(), []*nlp.Doc{d}, Options{Epochs: 20, Seed: 3, Beam: k})
	if err != nil {
		t.Fatal(err)
	}
	return m, d
}

// randomDoc returns a doc of sentences of random words and tags, lengths 1
// to maxLen, drawn from a small vocabulary so that known and unknown words
// mix.
func randomDoc(rng *rand.Rand, sents, maxLen int) *nlp.Doc {
	forms := []string{"the", "minister", "said", "talks", "failed", ".", ",", "Paris", "on", "Zyxqw", "🙂", "", "and", "two", "men"}
	tags := []string{"DT", "NN", "VBD", "NNS", ".", ",", "NNP", "IN", "CD", "", "UH"}
	d := &nlp.Doc{}
	for range sents {
		n := 1 + rng.IntN(maxLen)
		start := len(d.Tokens)
		for range n {
			x := tags[rng.IntN(len(tags))]
			d.Tokens = append(d.Tokens, nlp.Token{Form: forms[rng.IntN(len(forms))], XPOS: x, UPOS: strings.ToUpper(x)})
		}
		d.Sentences = append(d.Sentences, nlp.Sentence{Start: start, End: start + n})
	}
	return d
}

func TestBeamLearnsTinyCorpus(t *testing.T) {
	m, d := tinyBeamModel(t, 4)
	if m.Beam() != 4 {
		t.Fatalf("Beam() = %d, want 4", m.Beam())
	}
	if sc := m.Evaluate(d); sc.UAS < 98 || sc.LAS < 98 {
		t.Errorf("training-set UAS %.1f%% LAS %.1f%%, want ≥ 98%%", sc.UAS, sc.LAS)
	}
}

// TestBeamTrees parses random sentences with beams of several widths, over
// a greedy and a globally trained model: every sentence must come out as
// one tree.
func TestBeamTrees(t *testing.T) {
	greedy, _ := tinyModel(t)
	global, _ := tinyBeamModel(t, 3)
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name   string
		m      *Model
		k      int
		maxLen int
	}{
		{"greedy model, width 2", greedy, 2, 12},
		{"greedy model, width 8", greedy, 8, 30},
		{"global model, width 1", global, 1, 12},
		{"global model, width 3", global, 3, 30},
		{"global model, width 16", global, 16, 8},
		{"global model, width 5, long", global, 5, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := *tt.m
			m.beam = tt.k
			for range 20 {
				d := randomDoc(rng, 5, tt.maxLen)
				m.Annotate(d)
				if err := checkTrees(d); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// TestBeamWidthOneIsGreedy checks that the beam decoder of width 1 makes
// the greedy decoder's decisions, on the tiny corpus and on random text.
func TestBeamWidthOneIsGreedy(t *testing.T) {
	m, d := tinyModel(t)
	rng := rand.New(rand.NewPCG(3, 4))
	docs := []*nlp.Doc{d}
	for range 20 {
		docs = append(docs, randomDoc(rng, 5, 25))
	}
	for i, doc := range docs {
		a, b := cloneDoc(doc), cloneDoc(doc)
		m.Annotate(a)
		bs := newBeamSearch(1, 1+2*len(m.labels))
		for _, sent := range b.Sentences {
			toks := b.Tokens[sent.Start:sent.End]
			s := m.beamParse(bs, words(toks, nil, m.cl), m.pm.Score)
			for j := range toks {
				if s.head[j] == s.n {
					toks[j].Head = -1
				} else {
					toks[j].Head = sent.Start + s.head[j]
				}
				toks[j].Rel = m.labels[s.label[j]]
			}
		}
		for j := range a.Tokens {
			if a.Tokens[j].Head != b.Tokens[j].Head || a.Tokens[j].Rel != b.Tokens[j].Rel {
				t.Fatalf("doc %d token %d: greedy %d/%s, beam of 1 %d/%s", i, j, a.Tokens[j].Head, a.Tokens[j].Rel, b.Tokens[j].Head, b.Tokens[j].Rel)
			}
		}
	}
}

func TestBeamSaveLoad(t *testing.T) {
	m, d := tinyBeamModel(t, 3)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m2.Beam() != 3 || m2.Header.Format != FormatVersion {
		t.Errorf("loaded width %d format %d, want 3 and %d", m2.Beam(), m2.Header.Format, FormatVersion)
	}
	a, b := cloneDoc(d), cloneDoc(d)
	m.Annotate(a)
	m2.Annotate(b)
	for i := range a.Tokens {
		if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].Rel != b.Tokens[i].Rel {
			t.Fatalf("token %d: %d/%s before saving, %d/%s after", i, a.Tokens[i].Head, a.Tokens[i].Rel, b.Tokens[i].Head, b.Tokens[i].Rel)
		}
	}
	g, _ := tinyModel(t)
	buf.Reset()
	if err := g.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if g2, err := Load(&buf); err != nil || g2.Beam() != 1 {
		t.Errorf("greedy model: Load gives width %v, %v; want 1", g2.Beam(), err)
	}
}

// TestLoadFormat2 loads a model file written before beam widths were
// stored (format 2, by commit 5bee531): it parses greedily.
func TestLoadFormat2(t *testing.T) {
	f, err := os.Open("testdata/tiny-format2.model")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	if m.Header.Format != 2 || m.Beam() != 1 {
		t.Fatalf("format %d width %d, want 2 and 1", m.Header.Format, m.Beam())
	}
	d := readDoc(t, "testdata/tiny.conllu")
	if sc := m.Evaluate(d); sc.UAS < 98 {
		t.Errorf("format-2 model: training-set UAS %.1f%%, want ≥ 98%%", sc.UAS)
	}
}

func TestBeamTrainDeterministicAndMix(t *testing.T) {
	a, d := tinyBeamModel(t, 2)
	b, _ := tinyBeamModel(t, 2)
	if !sameFiles(t, a, b) {
		t.Error("two beam trainings with one seed wrote different models")
	}
	if _, err := Train(context.Background(), []*nlp.Doc{d}, Options{Beam: maxBeam + 1}); err == nil {
		t.Errorf("Train with beam %d succeeded", maxBeam+1)
	}
	g, _ := tinyModel(t)
	if _, err := Mix(a, g); err == nil {
		t.Error("mixing models of different beam widths succeeded")
	}
	if m, err := Mix(a, b); err != nil || m.Beam() != 2 {
		t.Errorf("Mix of two width-2 models: %v, width %d", err, m.Beam())
	}
}

// annotateRef parses d as Annotate does, scoring every configuration on its
// own with the model's own Score: the reference that the faster search of Annotate
// must match.
func (m *Model) annotateRef(d *nlp.Doc) { m.annotate(d, m.pm.Score, true) }

// sameParses reports the first token whose head or relation differs
// between a and b.
func sameParses(a, b *nlp.Doc) error {
	for i := range a.Tokens {
		if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].Rel != b.Tokens[i].Rel {
			return fmt.Errorf("token %d (%q): head %d %s against %d %s", i, a.Tokens[i].Form,
				a.Tokens[i].Head, a.Tokens[i].Rel, b.Tokens[i].Head, b.Tokens[i].Rel)
		}
	}
	return nil
}

// TestFastParsesAsReference parses with Annotate (feature cache, shared
// scoring of beam items) and with the plain search over the model's own
// Score: the trees must be the same, greedy and with beams, on random
// sentences and, where the shared data is present, on GUM dev.
func TestFastParsesAsReference(t *testing.T) {
	greedy, _ := tinyModel(t)
	global, _ := tinyBeamModel(t, 3)
	rng := rand.New(rand.NewPCG(7, 8))
	check := func(t *testing.T, m *Model, docs []*nlp.Doc) {
		for _, d := range docs {
			fast, ref := cloneDoc(d), cloneDoc(d)
			m.Annotate(fast)
			m.annotateRef(ref)
			if err := sameParses(fast, ref); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, tt := range []struct {
		name string
		m    *Model
		k    int
	}{
		{"greedy", greedy, 1}, {"greedy model, width 4", greedy, 4},
		{"global model, width 3", global, 3}, {"global model, width 8", global, 8},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m := *tt.m
			m.beam = tt.k
			var docs []*nlp.Doc
			for range 30 {
				docs = append(docs, randomDoc(rng, 5, 40))
			}
			check(t, &m, docs)
		})
	}
	t.Run("GUM dev", func(t *testing.T) {
		tm, pm := loadShipped(t)
		docs := taggedGUMDev(t, tm)
		for _, k := range []int{pm.Beam(), 4} {
			m := *pm
			m.beam = k
			check(t, &m, docs)
		}
	})
}

// BenchmarkParseRef is BenchmarkParse with the reference search (every
// configuration scored by the model's own Score), to measure what the
// feature cache and the shared scoring of beam items save.
func BenchmarkParseRef(b *testing.B) {
	benchParse(b, (*Model).annotateRef)
}
