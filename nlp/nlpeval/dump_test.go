package nlpeval

import (
	"fmt"
	"os"
	"testing"

	"hearsay/nlp"
)

// dumpErrors writes token and sentence mismatches to /tmp for tuning.
func dumpErrors(t *testing.T, tb *Treebank, d *nlp.Doc) {
	f, _ := os.Create("/tmp/nlpeval_" + tb.Name + ".txt")
	defer f.Close()
	pred := map[span]bool{}
	for _, tk := range d.Tokens {
		pred[span{tk.Start, tk.End}] = true
	}
	for _, g := range tb.spans {
		if !pred[g] {
			a, b := max(0, g.a-30), min(len(tb.Raw), g.b+30)
			fmt.Fprintf(f, "TOK miss %q in %q\n", tb.Raw[g.a:g.b], tb.Raw[a:b])
		}
	}
	ps := map[span]bool{}
	for _, s := range d.Sentences {
		ps[span{d.Tokens[s.Start].Start, d.Tokens[s.End-1].End}] = true
	}
	for _, g := range tb.sents {
		if !ps[g] {
			fmt.Fprintf(f, "SENT miss %q\n", tb.Raw[g.a:g.b])
		}
	}
	for _, s := range d.Sentences {
		fmt.Fprintf(f, "PRED %q\n", tb.Raw[d.Tokens[s.Start].Start:d.Tokens[s.End-1].End])
	}
}
