package main

import (
	"context"
	"encoding/json"
	"fmt"

	"hearsay/claim"
	"hearsay/claim/polnear"
	"hearsay/nlp"
)

func init() {
	evals.add("attribution", "source, cue and content span P/R/F1 on PolNeAR dev", runEvalAttribution)
}

// analyzeText turns raw text into a Doc for the claim stage.
func analyzeText(text string) *nlp.Doc {
	return claim.Segment(text)
}

func runEvalAttribution(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval attribution")
	data := fs.String("data", "../shared/data/attribution/polnear/dev", "PolNeAR compartment to score on")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	arts, err := polnear.ReadDir(*data)
	if err != nil {
		return err
	}
	sc := claim.ScoreAttributions(arts, analyzeText)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(sc)
	}
	fmt.Fprintf(e.stdout, "PolNeAR %s: %d articles\n", *data, sc.Articles)
	fmt.Fprintf(e.stdout, "%-9s %-8s %6s %6s %6s %6s %6s %6s\n", "match", "span", "gold", "pred", "hit", "P", "R", "F1")
	for _, m := range []struct {
		name string
		s    claim.SpanScores
	}{{"exact", sc.Exact}, {"overlap", sc.Overlap}} {
		for _, p := range []struct {
			name string
			v    claim.PRF
		}{{"source", m.s.Source}, {"cue", m.s.Cue}, {"content", m.s.Content}, {"relation", m.s.Relation}} {
			fmt.Fprintf(e.stdout, "%-9s %-8s %6d %6d %6d %6.3f %6.3f %6.3f\n", m.name, p.name, p.v.Gold, p.v.Pred, p.v.Match, p.v.P, p.v.R, p.v.F1)
		}
	}
	return nil
}
