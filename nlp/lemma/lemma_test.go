package lemma

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hearsay/nlp"
	"hearsay/nlp/models"
)

var train = []Word{
	{"cities", "NOUN", "NNS", "city"}, {"parties", "NOUN", "NNS", "party"}, {"flies", "NOUN", "NNS", "fly"},
	{"dogs", "NOUN", "NNS", "dog"}, {"cats", "NOUN", "NNS", "cat"}, {"trees", "NOUN", "NNS", "tree"},
	{"went", "VERB", "VBD", "go"}, {"walked", "VERB", "VBD", "walk"}, {"talked", "VERB", "VBD", "talk"},
	{"men", "NOUN", "NNS", "man"}, {"I", "PRON", "PRP", "I"}, {"Paris", "PROPN", "NNP", "Paris"},
	{"n't", "PART", "RB", "not"}, {"n't", "PART", "RB", "not"},
}

func TestTrainAndLemma(t *testing.T) {
	m := Train(train)
	for _, c := range []struct{ form, upos, xpos, want string }{
		{"ladies", "NOUN", "NNS", "lady"}, // rule -ies → -y
		{"Birds", "NOUN", "NNS", "bird"},  // rule -s, lower-cased
		{"jumped", "VERB", "VBD", "jump"}, // rule -ed
		{"went", "VERB", "VBD", "go"},     // exception
		{"men", "NOUN", "NNS", "man"},     // exception
		{"I", "PRON", "PRP", "I"},
		{"London", "PROPN", "NNP", "London"},
		{"n't", "PART", "RB", "not"},
		{",", "PUNCT", ",", ","},
		{"", "X", "X", ""},
	} {
		if got := m.Lemma(c.form, c.upos, c.xpos); got != c.want {
			t.Errorf("Lemma(%q, %s, %s) = %q, want %q", c.form, c.upos, c.xpos, got, c.want)
		}
	}
}

func TestWriteLoad(t *testing.T) {
	m := Train(train)
	var buf bytes.Buffer
	if err := m.Write(&buf, models.Header{Name: "lemma", Version: "0.0.1", Trained: "2026-11-22", Data: []string{"test"}}); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range train {
		if a, b := m.Lemma(w.Form, w.UPOS, w.XPOS), m2.Lemma(w.Form, w.UPOS, w.XPOS); a != b {
			t.Errorf("%s: %q before writing, %q after", w.Form, a, b)
		}
	}
	if _, err := Load(strings.NewReader("junk")); err == nil {
		t.Error("Load of junk: no error")
	}
}

func TestAnnotate(t *testing.T) {
	m := Train(train)
	d := &nlp.Doc{Tokens: []nlp.Token{{Form: "Dogs", UPOS: "NOUN", XPOS: "NNS"}, {Form: "Palestinian", UPOS: "ADJ", XPOS: "JJ"}}, Sentences: []nlp.Sentence{{Start: 0, End: 2}}}
	m.Annotate(d)
	if d.Tokens[0].Lemma != "dog" || d.Tokens[1].Lemma != "Palestinian" {
		t.Errorf("lemmas %q %q", d.Tokens[0].Lemma, d.Tokens[1].Lemma)
	}
}

// TestEmbeddedModelEWTDev checks the embedded model on EWT dev with gold
// tags (EWT dev is the tuning set; the test splits are only scored by
// "hearsay eval nlp").
func TestEmbeddedModelEWTDev(t *testing.T) {
	p := filepath.Join("..", "..", "..", "shared", "data", "ud", "ewt", "en_ewt-ud-dev.conllu")
	f, err := os.Open(p)
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	d, err := nlp.ReadCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	mf, err := models.Open("lemma.model")
	if err != nil {
		t.Fatal(err)
	}
	defer mf.Close()
	m, err := Load(mf)
	if err != nil {
		t.Fatal(err)
	}
	acc := m.Accuracy(Words(d))
	t.Logf("lemma accuracy with gold tags on EWT dev: %.2f%%", 100*acc)
	if acc < 0.96 {
		t.Errorf("lemma accuracy %.2f%% on EWT dev, want ≥ 96%%", 100*acc)
	}
}
