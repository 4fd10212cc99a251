package tag

import (
	"bytes"
	"context"
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
	m, err := Train(context.Background(), []*nlp.Doc{d}, Options{Epochs: 20, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	return m, d
}

func TestTrainLearnsTinyCorpus(t *testing.T) {
	d := readDoc(t, "testdata/tiny.conllu")
	for _, tc := range []struct {
		name string
		opt  Options
	}{
		{"greedy", Options{Epochs: 20, Seed: 7}},
		{"beam 4", Options{Epochs: 20, Seed: 7, Beam: 4}},
		{"beam 2, tag dictionary, case copies", Options{Epochs: 20, Seed: 7, Beam: 2, TagDict: 2, LowerCopies: 0.3, TitleCopies: 0.3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Train(context.Background(), []*nlp.Doc{d}, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			sc := m.Evaluate(d)
			if sc.Tokens != len(d.Tokens) {
				t.Fatalf("evaluated %d tokens, want %d", sc.Tokens, len(d.Tokens))
			}
			if sc.UPOS < 98 || sc.XPOS < 98 {
				t.Errorf("training-set accuracy UPOS %.1f%% XPOS %.1f%%, want ≥ 98%%", sc.UPOS, sc.XPOS)
			}
		})
	}
}

func TestTrainRejectsWideBeam(t *testing.T) {
	d := readDoc(t, "testdata/tiny.conllu")
	if _, err := Train(context.Background(), []*nlp.Doc{d}, Options{Beam: MaxBeam + 1}); err == nil {
		t.Errorf("Train with beam %d succeeded", MaxBeam+1)
	}
}

func TestTitleCase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"word", "Word"}, {"Word", "Word"}, {"élan", "Élan"}, {"", ""}, {"1st", "1st"}, {"iPhone", "IPhone"},
	} {
		if got := titleCase(tc.in); got != tc.want {
			t.Errorf("titleCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	a, _ := tinyModel(t)
	b, _ := tinyModel(t)
	var wa, wb bytes.Buffer
	if err := a.Save(&wa); err != nil {
		t.Fatal(err)
	}
	if err := b.Save(&wb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(wa.Bytes(), wb.Bytes()) {
		t.Error("two trainings with one seed wrote different models")
	}
}

func TestTrainNoData(t *testing.T) {
	if _, err := Train(context.Background(), nil, Options{}); err == nil {
		t.Error("Train(nil) succeeded")
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
	d := readDoc(t, "testdata/tiny.conllu")
	for _, tc := range []struct {
		name   string
		opt    Options
		format int
	}{
		{"greedy", Options{Epochs: 20, Seed: 7}, 2},
		{"beam and tag dictionary", Options{Epochs: 20, Seed: 7, Beam: 4, TagDict: 2}, 3},
		{"case copies", Options{Epochs: 20, Seed: 7, LowerCopies: 0.5, TitleCopies: 0.5}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Train(context.Background(), []*nlp.Doc{d}, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := m.Save(&buf); err != nil {
				t.Fatal(err)
			}
			m2, err := Load(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if m2.Header.Name != "tagger" || m2.Header.Seed != 7 || m2.Header.Format != tc.format {
				t.Errorf("header after load: %+v, want format %d", m2.Header, tc.format)
			}
			if m2.beam != m.beam || len(m2.dict) != len(m.dict) {
				t.Errorf("after load: beam %d, %d dictionary words; before: %d, %d", m2.beam, len(m2.dict), m.beam, len(m.dict))
			}
			a, b := cloneDoc(d), cloneDoc(d)
			m.Annotate(a)
			m2.Annotate(b)
			for i := range a.Tokens {
				if a.Tokens[i].UPOS != b.Tokens[i].UPOS || a.Tokens[i].XPOS != b.Tokens[i].XPOS {
					t.Fatalf("token %d: %s/%s before saving, %s/%s after", i, a.Tokens[i].UPOS, a.Tokens[i].XPOS, b.Tokens[i].UPOS, b.Tokens[i].XPOS)
				}
			}
		})
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
		{"header only", withHeader(models.Header{Name: "tagger", Version: "1", Format: FormatVersion}, nil)},
		{"other model", withHeader(models.Header{Name: "parser", Version: "1", Format: FormatVersion}, []byte("x"))},
		{"other format", withHeader(models.Header{Name: "tagger", Version: "1", Format: FormatVersion + 1}, []byte("x"))},
		{"garbage payload", withHeader(models.Header{Name: "tagger", Version: "1", Format: FormatVersion}, []byte("HSPC1 garbage"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tt.data)); err == nil {
				t.Error("Load succeeded")
			}
		})
	}
}

func cloneDoc(d *nlp.Doc) *nlp.Doc {
	return &nlp.Doc{Text: d.Text, Tokens: append([]nlp.Token(nil), d.Tokens...), Sentences: append([]nlp.Sentence(nil), d.Sentences...)}
}

// docOf builds a Doc of one sentence from space-separated words.
func docOf(words ...string) *nlp.Doc {
	d := &nlp.Doc{Text: strings.Join(words, " ")}
	off := 0
	for _, w := range words {
		d.Tokens = append(d.Tokens, nlp.Token{Start: off, End: off + len(w), Form: w, SpaceAfter: true})
		off += len(w) + 1
	}
	d.Sentences = []nlp.Sentence{{Start: 0, End: len(words)}}
	return d
}

func TestAnnotateRobust(t *testing.T) {
	m, _ := tinyModel(t)
	long := make([]string, 1000)
	for i := range long {
		long[i] = []string{"the", "rebels", "attacked", "Zyxqw", "", "42", "ünïcödé", "—", "\x00", "🙂"}[i%10]
	}
	tests := []struct {
		name string
		doc  *nlp.Doc
	}{
		{"empty doc", &nlp.Doc{}},
		{"empty sentence", &nlp.Doc{Sentences: []nlp.Sentence{{Start: 0, End: 0}}}},
		{"bad sentence range", &nlp.Doc{Sentences: []nlp.Sentence{{Start: 0, End: 3}}}},
		{"one token", docOf("Hello")},
		{"no verb", docOf("The", "big", "red", "dog", "of", "Paris", ".")},
		{"unknown words", docOf("Qwzx", "blorfed", "7,000.5", "e-mail", "N'Djamena")},
		{"1000 tokens", docOf(long...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m.Annotate(tt.doc)
			for _, s := range tt.doc.Sentences {
				if s.End > len(tt.doc.Tokens) {
					continue
				}
				for i := s.Start; i < s.End; i++ {
					if tt.doc.Tokens[i].UPOS == "" || tt.doc.Tokens[i].XPOS == "" {
						t.Errorf("token %d (%q) left untagged", i, tt.doc.Tokens[i].Form)
					}
				}
			}
		})
	}
}

func TestShapeAndNormalize(t *testing.T) {
	tests := []struct{ in, shape, norm string }{
		{"McDonald's", "XxXx'x", "mcdonald's"},
		{"1,200", "d,d", "0,000"},
		{"U.S.", "X.X.", "u.s."},
		{"", "", ""},
		{"Élan", "Xx", "élan"},
	}
	for _, tt := range tests {
		if got := shape(tt.in); got != tt.shape {
			t.Errorf("shape(%q) = %q, want %q", tt.in, got, tt.shape)
		}
		if got := cluster.Normalize(tt.in); got != tt.norm {
			t.Errorf("cluster.Normalize(%q) = %q, want %q", tt.in, got, tt.norm)
		}
	}
}

// sharedUD returns the shared UD directory or skips the test.
func sharedUD(t testing.TB) string {
	dir := filepath.Join("..", "..", "..", "shared", "data", "ud")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared UD data not present:", err)
	}
	return dir
}

func loadShipped(t testing.TB) *Model {
	f, err := os.Open(filepath.Join(modelsDir(), "tagger.model"))
	if err != nil {
		t.Skip("no trained tagger model:", err)
	}
	defer f.Close()
	m, err := Load(f)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func gumDev(t testing.TB) []*nlp.Doc {
	files, err := filepath.Glob(filepath.Join(sharedUD(t), "gum", "dev", "*.conllu"))
	if err != nil || len(files) == 0 {
		t.Skip("no GUM dev files")
	}
	var docs []*nlp.Doc
	for _, f := range files {
		docs = append(docs, readDoc(t, f))
	}
	return docs
}

func TestShippedModelOnGUMDev(t *testing.T) {
	m := loadShipped(t)
	sc := m.Evaluate(gumDev(t)...)
	t.Logf("GUM dev: %d tokens, UPOS %.2f%%, XPOS %.2f%%", sc.Tokens, sc.UPOS, sc.XPOS)
	if sc.UPOS < 95.8 || sc.XPOS < 95.5 {
		t.Errorf("GUM dev UPOS %.2f%% XPOS %.2f%%, want ≥ 95.8%% and ≥ 95.5%%", sc.UPOS, sc.XPOS)
	}
}

func BenchmarkTag(b *testing.B) {
	m := loadShipped(b)
	docs := gumDev(b)
	n := 0
	for _, d := range docs {
		n += len(d.Tokens)
	}
	b.ResetTimer()
	cpu0 := cputime.Now()
	for b.Loop() {
		for _, d := range docs {
			m.Annotate(d)
		}
	}
	reportTokens(b, n, cputime.Now()-cpu0)
}

func BenchmarkLoad(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(modelsDir(), "tagger.model"))
	if err != nil {
		b.Skip("no trained tagger model:", err)
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

func FuzzLoad(f *testing.F) {
	m, _ := tinyModel(f)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		f.Fatal(err)
	}
	good := buf.Bytes()
	f.Add(good)
	f.Add(good[:len(good)*3/4])
	f.Add([]byte{})
	m3, err := Train(context.Background(), []*nlp.Doc{readDoc(f, "testdata/tiny.conllu")}, Options{Epochs: 2, Seed: 7, Beam: 3, TagDict: 2})
	if err != nil {
		f.Fatal(err)
	}
	var buf3 bytes.Buffer
	if err := m3.Save(&buf3); err != nil {
		f.Fatal(err)
	}
	f.Add(buf3.Bytes()) // format 3: beam width and tag dictionary
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.Annotate(docOf("The", "rebels", "attacked", "."))
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
	tests := []struct {
		name string
		cl   *cluster.Set
		ok   bool
	}{
		{"embedded clusters", cl, true},
		{"clusters that are not embedded", other, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Train(context.Background(), []*nlp.Doc{d}, Options{Epochs: 5, Seed: 7, Clusters: tt.cl})
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
			if m2.Clusters() != cl {
				t.Error("loaded model does not use the embedded clusters")
			}
			a, b := cloneDoc(d), cloneDoc(d)
			m.Annotate(a)
			m2.Annotate(b)
			for i := range a.Tokens {
				if a.Tokens[i].XPOS != b.Tokens[i].XPOS {
					t.Fatalf("token %d: %s before saving, %s after", i, a.Tokens[i].XPOS, b.Tokens[i].XPOS)
				}
			}
		})
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
