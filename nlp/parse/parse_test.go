package parse

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"hearsay/internal/cputime"
	"hearsay/nlp"
	"hearsay/nlp/cluster"
	"hearsay/nlp/models"
	"hearsay/nlp/tag"
)

func readDoc(t testing.TB, path string) *nlp.Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := nlp.ReadCoNLLU(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

func tinyModel(t testing.TB) (*Model, *nlp.Doc) {
	t.Helper()
	d := readDoc(t, "testdata/tiny.conllu")
	m, err := Train(context.Background(), []*nlp.Doc{d}, Options{Epochs: 30, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	return m, d
}

func cloneDoc(d *nlp.Doc) *nlp.Doc {
	return &nlp.Doc{Text: d.Text, Tokens: append([]nlp.Token(nil), d.Tokens...), Sentences: append([]nlp.Sentence(nil), d.Sentences...)}
}

// checkTrees reports whether every sentence of d is one tree: every token
// has a head inside its sentence or -1, exactly one root, no cycles, and a
// relation.
func checkTrees(d *nlp.Doc) error {
	for si, s := range d.Sentences {
		if s.End <= s.Start || s.End > len(d.Tokens) {
			continue
		}
		roots := 0
		for i := s.Start; i < s.End; i++ {
			t := d.Tokens[i]
			if t.Rel == "" {
				return fmt.Errorf("sentence %d token %d: no relation", si, i)
			}
			if t.Head == -1 {
				roots++
				if t.Rel != "root" {
					return fmt.Errorf("sentence %d token %d: root with relation %q", si, i, t.Rel)
				}
				continue
			}
			if t.Head < s.Start || t.Head >= s.End || t.Head == i {
				return fmt.Errorf("sentence %d token %d: head %d outside [%d,%d) or itself", si, i, t.Head, s.Start, s.End)
			}
			if t.Rel == "root" {
				return fmt.Errorf("sentence %d token %d: relation root under token %d", si, i, t.Head)
			}
			j, steps := i, 0
			for j != -1 {
				j = d.Tokens[j].Head
				if steps++; steps > s.End-s.Start {
					return fmt.Errorf("sentence %d token %d: cycle", si, i)
				}
			}
		}
		if roots != 1 {
			return fmt.Errorf("sentence %d: %d roots", si, roots)
		}
	}
	return nil
}

func TestTrainLearnsTinyCorpus(t *testing.T) {
	m, d := tinyModel(t)
	sc := m.Evaluate(d)
	if sc.Tokens != len(d.Tokens) {
		t.Fatalf("evaluated %d tokens, want %d", sc.Tokens, len(d.Tokens))
	}
	if sc.UAS < 98 || sc.LAS < 98 {
		t.Errorf("training-set UAS %.1f%% LAS %.1f%%, want ≥ 98%%", sc.UAS, sc.LAS)
	}
	p := cloneDoc(d)
	m.Annotate(p)
	if err := checkTrees(p); err != nil {
		t.Error(err)
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	a, _ := tinyModel(t)
	b, _ := tinyModel(t)
	if !sameFiles(t, a, b) {
		t.Error("two trainings with one seed wrote different models")
	}
}

// sameFiles reports whether a and b save the same bytes.
func sameFiles(t *testing.T, a, b *Model) bool {
	t.Helper()
	var wa, wb bytes.Buffer
	if err := a.Save(&wa); err != nil {
		t.Fatal(err)
	}
	if err := b.Save(&wb); err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(wa.Bytes(), wb.Bytes())
}

func TestTrainRejects(t *testing.T) {
	if _, err := Train(context.Background(), nil, Options{}); err == nil {
		t.Error("Train(nil) succeeded")
	}
	// a sentence with two roots is skipped, leaving nothing to learn from
	d := &nlp.Doc{Tokens: []nlp.Token{{Form: "a", Head: -1, Rel: "root"}, {Form: "b", Head: -1, Rel: "root"}},
		Sentences: []nlp.Sentence{{Start: 0, End: 2}}}
	if _, err := Train(context.Background(), []*nlp.Doc{d}, Options{}); err == nil {
		t.Error("Train on a two-root sentence succeeded")
	}
}

func TestProjectivize(t *testing.T) {
	// head[i] is the head of word i; len(head) is the root.
	tests := []struct {
		head, want []int
		lifts      int
	}{
		{[]int{1, 3, 1}, []int{1, 3, 1}, 0},             // a ← b → c
		{[]int{2, 3, 4, 2}, []int{2, 2, 4, 2}, 1},       // 3→1 crosses 2
		{[]int{4, 0, 0, 1}, []int{4, 0, 0, 0}, 1},       // 1→3 crosses 2
		{[]int{5, 3, 0, 0, 2}, []int{5, 0, 0, 0, 0}, 2}, // two crossings
	}
	for i, tt := range tests {
		h := append([]int(nil), tt.head...)
		if !isTree(h) {
			t.Fatalf("case %d: %v is not a tree", i, h)
		}
		n := projectivize(h)
		if n != tt.lifts || fmt.Sprint(h) != fmt.Sprint(tt.want) {
			t.Errorf("case %d: projectivize(%v) = %v with %d lifts, want %v with %d", i, tt.head, h, n, tt.want, tt.lifts)
		}
		for d := range h {
			if h[d] != len(h) && nonProjective(h, h[d], d) {
				t.Errorf("case %d: arc %d→%d still non-projective in %v", i, h[d], d, h)
			}
		}
	}
	if isTree([]int{1, 0}) || isTree([]int{5}) || isTree([]int{-1}) {
		t.Error("isTree accepted a cycle or an out-of-range head")
	}
}

func TestTrainCancelled(t *testing.T) {
	d := readDoc(t, "testdata/tiny.conllu")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, []*nlp.Doc{d}, Options{}); err != context.Canceled {
		t.Errorf("Train with a cancelled context: %v, want context.Canceled", err)
	}
}

func TestSaveLoad(t *testing.T) {
	m, d := tinyModel(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	a, b := cloneDoc(d), cloneDoc(d)
	m.Annotate(a)
	m2.Annotate(b)
	for i := range a.Tokens {
		if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].Rel != b.Tokens[i].Rel {
			t.Fatalf("token %d: %d/%s before saving, %d/%s after", i, a.Tokens[i].Head, a.Tokens[i].Rel, b.Tokens[i].Head, b.Tokens[i].Rel)
		}
	}
}

func TestLoadRejects(t *testing.T) {
	m, _ := tinyModel(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	withHeader := func(h models.Header, payload []byte) []byte {
		var b bytes.Buffer
		zw, err := models.WriteHeader(&b, h)
		if err != nil {
			t.Fatal(err)
		}
		zw.Write(payload)
		zw.Close()
		return b.Bytes()
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"truncated", good[:len(good)/2]},
		{"not gzip", []byte("plain text")},
		{"header only", withHeader(models.Header{Name: "parser", Version: "1", Format: FormatVersion}, nil)},
		{"other model", withHeader(models.Header{Name: "tagger", Version: "1", Format: FormatVersion}, []byte("x"))},
		{"other format", withHeader(models.Header{Name: "parser", Version: "1", Format: FormatVersion + 1}, []byte("x"))},
		{"garbage payload", withHeader(models.Header{Name: "parser", Version: "1", Format: FormatVersion}, []byte("HSPC1 garbage"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tt.data)); err == nil {
				t.Error("Load succeeded")
			}
		})
	}
}

// docOf builds a Doc of one sentence from word/TAG pairs ("dog/NN").
func docOf(pairs ...string) *nlp.Doc {
	d := &nlp.Doc{}
	off := 0
	var text strings.Builder
	for _, p := range pairs {
		w, x, _ := strings.Cut(p, "/")
		d.Tokens = append(d.Tokens, nlp.Token{Start: off, End: off + len(w), Form: w, XPOS: x, UPOS: x, Head: -7, SpaceAfter: true})
		text.WriteString(w + " ")
		off += len(w) + 1
	}
	d.Text = text.String()
	d.Sentences = []nlp.Sentence{{Start: 0, End: len(pairs)}}
	return d
}

func TestAnnotateRobust(t *testing.T) {
	m, _ := tinyModel(t)
	long := make([]string, 1000)
	for i := range long {
		long[i] = []string{"the/DT", "rebels/NNS", "attacked/VBD", "Zyxqw/NNP", "/", ",/,", "and/CC", "🙂/NFP"}[i%8]
	}
	two := docOf("The/DT", "army/NN", "left/VBD", "./.", "Rebels/NNS", "came/VBD", "./.")
	two.Sentences = []nlp.Sentence{{Start: 0, End: 4}, {Start: 4, End: 7}}
	tests := []struct {
		name string
		doc  *nlp.Doc
	}{
		{"empty doc", &nlp.Doc{}},
		{"empty sentence", &nlp.Doc{Sentences: []nlp.Sentence{{Start: 0, End: 0}}}},
		{"bad sentence range", &nlp.Doc{Sentences: []nlp.Sentence{{Start: 0, End: 3}}}},
		{"one token", docOf("Hello/UH")},
		{"no verb", docOf("The/DT", "big/JJ", "red/JJ", "dog/NN", "of/IN", "Paris/NNP", "./.")},
		{"untagged", docOf("no", "tags", "at", "all")},
		{"two sentences", two},
		{"1000 tokens", docOf(long...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m.Annotate(tt.doc)
			if err := checkTrees(tt.doc); err != nil {
				t.Error(err)
			}
		})
	}
}

func sharedUD(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared", "data", "ud")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared UD data not present:", err)
	}
	return dir
}

func loadShipped(t testing.TB) (*tag.Model, *Model) {
	tf, err := os.Open(filepath.Join(modelsDir(), "tagger.model"))
	if err != nil {
		t.Skip("no trained tagger model:", err)
	}
	defer tf.Close()
	tm, err := tag.Load(tf)
	if err != nil {
		t.Fatal(err)
	}
	pf, err := os.Open(filepath.Join(modelsDir(), "parser.model"))
	if err != nil {
		t.Skip("no trained parser model:", err)
	}
	defer pf.Close()
	pm, err := Load(pf)
	if err != nil {
		t.Fatal(err)
	}
	return tm, pm
}

// taggedGUMDev returns GUM dev with gold trees and predicted tags.
func taggedGUMDev(t testing.TB, tm *tag.Model) []*nlp.Doc {
	files, err := filepath.Glob(filepath.Join(sharedUD(t), "gum", "dev", "*.conllu"))
	if err != nil || len(files) == 0 {
		t.Skip("no GUM dev files")
	}
	var docs []*nlp.Doc
	for _, f := range files {
		d := readDoc(t, f)
		tm.Annotate(d)
		docs = append(docs, d)
	}
	return docs
}

func TestShippedModelOnGUMDev(t *testing.T) {
	tm, pm := loadShipped(t)
	docs := taggedGUMDev(t, tm)
	sc := pm.Evaluate(docs...)
	t.Logf("GUM dev, predicted tags: %d tokens, UAS %.2f%%, LAS %.2f%%", sc.Tokens, sc.UAS, sc.LAS)
	if sc.UAS < 84 || sc.LAS < 80.5 {
		t.Errorf("GUM dev UAS %.2f%% LAS %.2f%%, want ≥ 84%% and ≥ 80.5%%", sc.UAS, sc.LAS)
	}
	for _, d := range docs {
		p := cloneDoc(d)
		pm.Annotate(p)
		if err := checkTrees(p); err != nil {
			t.Fatal(err)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	benchParse(b, (*Model).Annotate)
}

// benchParse reports the tokens per CPU-second of parse, with the shipped
// parser, over GUM dev tagged by the shipped tagger.
func benchParse(b *testing.B, parse func(*Model, *nlp.Doc)) {
	tm, pm := loadShipped(b)
	docs := taggedGUMDev(b, tm)
	n := 0
	for _, d := range docs {
		n += len(d.Tokens)
	}
	b.ResetTimer()
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			parse(pm, d)
		}
	}
	reportTokens(b, n, cputime.Now()-cpu0)
}

// BenchmarkTagParse measures the tagger and the parser together, as the
// pipeline runs them.
func BenchmarkTagParse(b *testing.B) {
	tm, pm := loadShipped(b)
	docs := taggedGUMDev(b, tm)
	n := 0
	for _, d := range docs {
		n += len(d.Tokens)
	}
	b.ResetTimer()
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			tm.Annotate(d)
			pm.Annotate(d)
		}
	}
	reportTokens(b, n, cputime.Now()-cpu0)
}

func FuzzLoad(f *testing.F) {
	m, _ := tinyModel(f)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	good := buf.Bytes()
	f.Add(good)
	f.Add(good[:len(good)*3/4])
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		d := docOf("The/DT", "rebels/NNS", "attacked/VBD", "./.")
		m.Annotate(d)
		if err := checkTrees(d); err != nil {
			t.Fatal(err)
		}
	})
}

// reportTokens reports tokens per wall second and, where the CPU time is
// known, per CPU second (the figure to compare on a shared machine).
func reportTokens(b *testing.B, perOp int, cpu time.Duration) {
	total := float64(perOp) * float64(b.N)
	b.ReportMetric(total/b.Elapsed().Seconds(), "tokens/s")
	if cpu > 0 {
		b.ReportMetric(total/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkLoad measures reading the shipped parser and reports the heap it
// keeps.
func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(modelsDir(), "parser.model"))
	if err != nil {
		b.Skip("no trained parser model:", err)
	}
	var m *Model
	for b.Loop() {
		if m, err = Load(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	var before, after runtime.MemStats
	m = nil
	runtime.GC()
	runtime.ReadMemStats(&before)
	m, _ = Load(bytes.NewReader(data))
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MiB")
	runtime.KeepAlive(m)
}

func TestClustersSaveLoad(t *testing.T) {
	d := readDoc(t, "testdata/tiny.conllu")
	cl, err := cluster.Default()
	if err != nil {
		t.Fatal(err)
	}
	other, err := cluster.Build([][]string{{"a", "b", "a", "b"}, {"b", "a", "b", "a"}, {"a", "a", "b", "b"}}, cluster.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		cl   *cluster.Set
		ok   bool
	}{
		{"embedded clusters", cl, true},
		{"clusters that are not embedded", other, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Train(context.Background(), []*nlp.Doc{d}, Options{Epochs: 5, Seed: 3, Clusters: tt.cl})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				t.Fatal(err)
			}
			m2, err := Load(&buf)
			if !tt.ok {
				if err == nil {
					t.Error("Load accepted a model trained with other clusters")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			a, b := cloneDoc(d), cloneDoc(d)
			m.Annotate(a)
			m2.Annotate(b)
			for i := range a.Tokens {
				if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].Rel != b.Tokens[i].Rel {
					t.Fatalf("token %d: %d/%s before saving, %d/%s after", i, a.Tokens[i].Head, a.Tokens[i].Rel, b.Tokens[i].Head, b.Tokens[i].Rel)
				}
			}
		})
	}
}

func TestMix(t *testing.T) {
	a, d := tinyModel(t)
	b, err := Train(context.Background(), []*nlp.Doc{d}, Options{Epochs: 30, Seed: 4})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Mix(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if sc := m.Evaluate(d); sc.UAS < 98 || sc.LAS < 98 {
		t.Errorf("mixed model: training-set UAS %.1f%% LAS %.1f%%, want ≥ 98%%", sc.UAS, sc.LAS)
	}
	p := cloneDoc(d)
	m.Annotate(p)
	if err := checkTrees(p); err != nil {
		t.Error(err)
	}
	if _, err := Mix(); err == nil {
		t.Error("Mix() succeeded")
	}
	// a model trained on other data has other labels
	other := &nlp.Doc{Tokens: []nlp.Token{{Form: "Dogs", XPOS: "NNS", UPOS: "NOUN", Head: 1, Rel: "nsubj"},
		{Form: "bark", XPOS: "VBP", UPOS: "VERB", Head: -1, Rel: "root"}}, Sentences: []nlp.Sentence{{Start: 0, End: 2}}}
	c, err := Train(context.Background(), []*nlp.Doc{other}, Options{Epochs: 2})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Mix(a, c); err == nil {
		t.Error("mixing models with different labels succeeded")
	}
}

// modelsDir is where the tests and benchmarks read trained models from:
// $HEARSAY_MODELS when set (to measure candidate models before they are
// embedded), else the embedded ones in nlp/models.
func modelsDir() string {
	if d := os.Getenv("HEARSAY_MODELS"); d != "" {
		return d
	}
	return filepath.Join("..", "models")
}
