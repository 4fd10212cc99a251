package english

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"hearsay/nlp"
)

func pipeline(t testing.TB) *Pipeline {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m := p.Missing(); len(m) > 0 {
		t.Logf("layers without a model: %v", m)
	}
	return p
}

func TestEmbeddedModelsLoad(t *testing.T) {
	p := pipeline(t)
	for _, err := range p.LoadErrors() {
		t.Errorf("embedded model: %v", err)
	}
}

func TestAnalyze(t *testing.T) {
	p := pipeline(t)
	text := "BEIRUT, Aug. 26 (Reuters) - Syria's foreign minister said the U.S. hadn't coordinated strikes with Damascus. He spoke in Geneva."
	d := p.Analyze(text)
	if len(d.Sentences) != 3 { // the dateline is a sentence of its own
		t.Fatalf("%d sentences, want 3", len(d.Sentences))
	}
	for i, tk := range d.Tokens {
		if text[tk.Start:tk.End] != tk.Form {
			t.Errorf("token %d: form %q at %q", i, tk.Form, text[tk.Start:tk.End])
		}
		if p.Has(Lemmatizer) && tk.Lemma == "" {
			t.Errorf("token %d %q: no lemma", i, tk.Form)
		}
		if p.Has(Tagger) && tk.UPOS == "" {
			t.Errorf("token %d %q: no UPOS", i, tk.Form)
		}
		if p.Has(Parser) && tk.Rel == "" {
			t.Errorf("token %d %q: no relation", i, tk.Form)
		}
	}
	if p.Has(Parser) {
		for _, s := range d.Sentences {
			roots := 0
			for i := s.Start; i < s.End; i++ {
				if d.Tokens[i].Head == -1 {
					roots++
				} else if h := d.Tokens[i].Head; h < s.Start || h >= s.End {
					t.Errorf("token %d: head %d outside its sentence", i, h)
				}
			}
			if roots != 1 {
				t.Errorf("sentence %v: %d roots", s, roots)
			}
		}
	}
}

func TestAnalyzeBadInput(t *testing.T) {
	p := pipeline(t)
	long := strings.Repeat("the talks went on and the rebels said they would stay ", 4000) // ~220 kB, no punctuation
	for _, text := range []string{"", "   \n\n ", "\x00\x01\x02\x1b[31m", string([]byte{0xff, 0xfe, 0xc3}),
		"قال الوزير إن المحادثات ستستمر. Москва заявила 😀👍🏽 что-то.", strings.Repeat("!", 3000), long} {
		d := p.Analyze(text)
		for _, s := range d.Sentences {
			if s.End-s.Start > 250 {
				t.Errorf("sentence of %d tokens", s.End-s.Start)
			}
		}
		if text == long && len(d.Tokens) != 44000 {
			t.Errorf("long text: %d tokens", len(d.Tokens))
		}
	}
}

func TestAnnotateTokensKeepsTokens(t *testing.T) {
	p := pipeline(t)
	in := "1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n2\tleft\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tOK\t_\t_\t_\t_\t_\t_\t_\t_\n"
	d, err := nlp.ReadCoNLLU(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	p.AnnotateTokens(d)
	if len(d.Tokens) != 4 || len(d.Sentences) != 2 || d.Tokens[1].Form != "left" {
		t.Fatalf("tokens or sentences changed: %d, %d", len(d.Tokens), len(d.Sentences))
	}
	if p.Has(Lemmatizer) && d.Tokens[0].Lemma == "" {
		t.Error("no lemma")
	}
}

func TestConcurrentUse(t *testing.T) {
	p := pipeline(t)
	var wg sync.WaitGroup
	defer func() {
		if n := p.Panics(); n > 0 {
			t.Errorf("%d layer panics", n)
		}
	}()
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				p.Analyze("The minister said on Monday that talks would resume in Geneva.")
			}
		}()
	}
	wg.Wait()
}

// BenchmarkAnalyze runs the whole pipeline over the raw text of UD English
// PUD (the speed figure of "hearsay eval nlp"), or over a news paragraph
// when the shared data is absent.
func BenchmarkAnalyze(b *testing.B) {
	p := pipeline(b)
	text := strings.Repeat("BEIRUT, Aug. 26 (Reuters) - Syria's foreign minister said on Monday that the U.S. hadn't coordinated any strikes with Damascus. ", 300)
	if data, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "data", "ud", "pud", "en_pud-ud-test.conllu")); err == nil {
		var sb strings.Builder
		for _, line := range strings.Split(string(data), "\n") {
			if t, ok := strings.CutPrefix(line, "# text = "); ok {
				sb.WriteString(t)
				sb.WriteByte(' ')
			}
		}
		text = sb.String()
	}
	n := len(p.Analyze(text).Tokens)
	b.ResetTimer()
	for b.Loop() {
		p.Analyze(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"BEIRUT, Aug. 26 (Reuters) - He didn't go.", "", "\x00\n\n!!", "قال 😀 Москва. U.S. Gen. J. Smith"} {
		f.Add(s)
	}
	p := pipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		d := p.Analyze(text)
		for i, tk := range d.Tokens {
			if text[tk.Start:tk.End] != tk.Form {
				t.Fatalf("token %d: form %q at %q", i, tk.Form, text[tk.Start:tk.End])
			}
			if h := tk.Head; h != -1 {
				s := d.Sentences[d.SentenceOf(i)]
				if h < s.Start || h >= s.End {
					t.Fatalf("token %d: head %d outside its sentence", i, h)
				}
			}
		}
		if n := p.Panics(); n > 0 {
			t.Fatalf("%d layer panics on %q", n, text)
		}
	})
}
