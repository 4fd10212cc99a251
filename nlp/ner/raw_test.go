package ner_test

import (
	"os"
	"path/filepath"
	"testing"

	"hearsay/nlp/ner"
	"hearsay/nlp/tokenize"
)

// TestRawNews runs the committed model on raw text through hearsay's
// tokenizer and segmenter.
func TestRawNews(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "models", "ner.model"))
	if err != nil {
		t.Skipf("no committed model: %v", err)
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		t.Fatal(err)
	}
	text := "U.S. Denies Sharing Intelligence With Syria's Assad\n\n" +
		"BEIRUT, Aug 26 (Reuters) - The United States isn't sharing intelligence with the Syrian government, " +
		"a State Department spokeswoman said on Tuesday. Jen Psaki told reporters in Washington that " +
		"President Barack Obama had not approved air strikes in Syria. Iran's Foreign Minister Mohammad " +
		"Javad Zarif said Tehran would not join a coalition led by NATO or the European Union."
	d := tokenize.Doc(text)
	m.Annotate(d)
	got := map[string]string{}
	for _, e := range d.Entities() {
		got[d.Text[d.Tokens[e.Start].Start:d.Tokens[e.End-1].End]] = e.Label
	}
	t.Logf("entities: %v", got)
	want := map[string]string{
		"BEIRUT": "LOC", "Reuters": "ORG", "United States": "LOC", "Syrian": "MISC", "State Department": "ORG",
		"Jen Psaki": "PER", "Washington": "LOC", "Barack Obama": "PER", "Syria": "LOC", "Iran": "LOC",
		"Tehran": "LOC", "NATO": "ORG", "European Union": "ORG", "U.S.": "LOC", "Assad": "PER",
	}
	for span, label := range want {
		if got[span] != label {
			t.Errorf("%q tagged %q, want %s", span, got[span], label)
		}
	}
	for i, tok := range d.Tokens {
		if tok.Ent == "" {
			t.Fatalf("token %d %q has no tag", i, tok.Form)
		}
	}
}
