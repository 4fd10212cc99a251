package main

import (
	"context"
	"testing"

	"hearsay/nlp"
	"hearsay/nlp/tag"
)

func tpTinyDoc(t *testing.T) *nlp.Doc {
	t.Helper()
	d, err := tpReadCoNLLUFile("../../nlp/tag/testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestTpSubDocRemapsHeads(t *testing.T) {
	d := tpTinyDoc(t)
	odd := tpSubDoc(d, func(i int) bool { return i%2 == 1 })
	if len(odd.Sentences) != len(d.Sentences)/2 {
		t.Fatalf("%d sentences, want %d", len(odd.Sentences), len(d.Sentences)/2)
	}
	for si, s := range odd.Sentences {
		orig := d.Sentences[2*si+1]
		for i := s.Start; i < s.End; i++ {
			got, want := odd.Tokens[i], d.Tokens[orig.Start+i-s.Start]
			if got.Form != want.Form {
				t.Fatalf("token %d: %q, want %q", i, got.Form, want.Form)
			}
			switch {
			case want.Head == -1 && got.Head != -1:
				t.Errorf("token %d: head %d, want root", i, got.Head)
			case want.Head >= 0 && got.Head-s.Start != want.Head-orig.Start:
				t.Errorf("token %d: head %d, want %d", i, got.Head-s.Start, want.Head-orig.Start)
			}
		}
	}
}

func TestTpJackknifeTagsEverything(t *testing.T) {
	d := tpTinyDoc(t)
	out, err := tpJackknife(context.Background(), []*nlp.Doc{d}, 3, tag.Options{Epochs: 5, Seed: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || len(out[0].Tokens) != len(d.Tokens) {
		t.Fatalf("jack-knifed copy has the wrong shape")
	}
	for i, tok := range out[0].Tokens {
		if tok.UPOS == "" || tok.XPOS == "" {
			t.Errorf("token %d (%q) untagged", i, tok.Form)
		}
		if tok.Head != d.Tokens[i].Head || tok.Rel != d.Tokens[i].Rel || tok.Form != d.Tokens[i].Form {
			t.Errorf("token %d: tree or form changed", i)
		}
	}
}
