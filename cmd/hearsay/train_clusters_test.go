package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestClusterTextSources checks that the word clusters learn from no
// held-out file, no non-commercial treebank and not from GUM dev, the
// tagger's and parser's tuning set.
func TestClusterTextSources(t *testing.T) {
	data := filepath.Join(sharedDir(t), "data")
	sents, sources, err := tpClusterText(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) < 10000 {
		t.Errorf("%d sentences of unlabelled text, want ≥ 10000", len(sents))
	}
	for _, src := range sources {
		for _, bad := range []string{"test", "pud", "lines", "partut", "gum/dev"} {
			if strings.Contains(src, bad) {
				t.Errorf("cluster text source %q (matches %q)", src, bad)
			}
		}
	}
}
