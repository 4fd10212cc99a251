package ner

import (
	"math"
	"strings"
	"testing"

	"hearsay/nlp"
)

func bioDoc(tags string) *nlp.Doc {
	d := &nlp.Doc{}
	for i, tg := range strings.Fields(tags) {
		if tg == "|" { // sentence break
			continue
		}
		d.Tokens = append(d.Tokens, nlp.Token{Form: "w", Ent: tg})
		_ = i
	}
	start := 0
	n := 0
	for _, tg := range strings.Fields(tags) {
		if tg == "|" {
			d.Sentences = append(d.Sentences, nlp.Sentence{Start: start, End: n})
			start = n
			continue
		}
		n++
	}
	d.Sentences = append(d.Sentences, nlp.Sentence{Start: start, End: n})
	return d
}

func TestSpanF1(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred string
		labels     []string
		p, r, f    float64
		per        map[string]float64 // F1 per label
	}{
		{"exact", "B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC", nil, 1, 1, 1, map[string]float64{"PER": 1, "LOC": 1}},
		{"boundary miss", "B-PER I-PER O B-LOC", "B-PER O O B-LOC", nil, 0.5, 0.5, 0.5, map[string]float64{"PER": 0, "LOC": 1}},
		{"label miss", "B-ORG O", "B-LOC O", nil, 0, 0, 0, map[string]float64{"ORG": 0, "LOC": 0}},
		{"extra span", "B-ORG O O", "B-ORG O B-MISC", nil, 0.5, 1, 2.0 / 3, map[string]float64{"ORG": 1, "MISC": 0}},
		{"restricted labels", "B-ORG O O", "B-ORG O B-MISC", []string{"PER", "ORG", "LOC"}, 1, 1, 1, map[string]float64{"ORG": 1, "PER": 0}},
		{"sentence break splits span", "B-PER | I-PER", "B-PER I-PER", nil, 1, 1, 1, map[string]float64{"PER": 1}},
		{"stray I opens a span", "O B-PER I-PER", "O I-PER I-PER", nil, 1, 1, 1, nil},
		{"nothing", "O O", "O O", nil, 0, 0, 0, nil},
	}
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := bioDoc(tt.gold)
			p := bioDoc(strings.ReplaceAll(tt.pred, "|", ""))
			p.Sentences = g.Sentences
			s := SpanF1(g, p, tt.labels...)
			if !near(s.Overall.P, tt.p) || !near(s.Overall.R, tt.r) || !near(s.Overall.F1, tt.f) {
				t.Errorf("P/R/F = %.3f/%.3f/%.3f, want %.3f/%.3f/%.3f", s.Overall.P, s.Overall.R, s.Overall.F1, tt.p, tt.r, tt.f)
			}
			for l, f := range tt.per {
				if !near(s.Labels[l].F1, f) {
					t.Errorf("%s F1 = %.3f, want %.3f", l, s.Labels[l].F1, f)
				}
			}
			var sum Scores
			sum.Add(s)
			sum.Add(s)
			if sum.Overall.TP != 2*s.Overall.TP || !near(sum.Overall.F1, s.Overall.F1) {
				t.Errorf("Add: %+v from %+v", sum.Overall, s.Overall)
			}
		})
	}
}
