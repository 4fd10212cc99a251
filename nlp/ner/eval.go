package ner

import (
	"sort"

	"hearsay/nlp"
)

// PRF is span-level precision, recall and F1 with the counts behind them.
type PRF struct {
	TP, FP, FN int     // true positives, false positives, false negatives
	P, R, F1   float64 // in [0, 1]
}

func (s *PRF) compute() {
	s.P, s.R, s.F1 = 0, 0, 0
	if s.TP+s.FP > 0 {
		s.P = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.R = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.P+s.R > 0 {
		s.F1 = 2 * s.P * s.R / (s.P + s.R)
	}
}

// Scores is the result of SpanF1: the overall figure and one per label.
type Scores struct {
	Overall PRF
	Labels  map[string]PRF
}

// Add merges the counts of o into s and recomputes the ratios, so scores of
// several documents can be summed.
func (s *Scores) Add(o Scores) {
	if s.Labels == nil {
		s.Labels = map[string]PRF{}
	}
	s.Overall.TP += o.Overall.TP
	s.Overall.FP += o.Overall.FP
	s.Overall.FN += o.Overall.FN
	s.Overall.compute()
	for l, p := range o.Labels {
		q := s.Labels[l]
		q.TP += p.TP
		q.FP += p.FP
		q.FN += p.FN
		q.compute()
		s.Labels[l] = q
	}
}

// LabelNames returns the labels of s in order.
func (s Scores) LabelNames() []string {
	var out []string
	for l := range s.Labels {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// SpanF1 compares the entity spans of pred with those of gold (CoNLL
// convention: a span counts only when its tokens and label both match) and
// returns precision, recall and F1 overall and per label. Both Docs must hold
// the same tokens and sentences; spans are read from Token.Ent with
// nlp.Doc.Entities. When labels are given, only spans with those labels
// count (use "PER", "ORG", "LOC" to score a MISC-emitting model on UNER).
func SpanF1(gold, pred *nlp.Doc, labels ...string) Scores {
	keep := func(l string) bool {
		if len(labels) == 0 {
			return true
		}
		for _, k := range labels {
			if k == l {
				return true
			}
		}
		return false
	}
	s := Scores{Labels: map[string]PRF{}}
	for _, l := range labels {
		s.Labels[l] = PRF{}
	}
	g := map[nlp.Entity]bool{}
	for _, e := range gold.Entities() {
		if keep(e.Label) {
			g[e] = true
		}
	}
	for _, e := range pred.Entities() {
		if !keep(e.Label) {
			continue
		}
		p := s.Labels[e.Label]
		if g[e] {
			p.TP++
			s.Overall.TP++
			delete(g, e)
		} else {
			p.FP++
			s.Overall.FP++
		}
		s.Labels[e.Label] = p
	}
	for e := range g {
		p := s.Labels[e.Label]
		p.FN++
		s.Overall.FN++
		s.Labels[e.Label] = p
	}
	s.Overall.compute()
	for l, p := range s.Labels {
		p.compute()
		s.Labels[l] = p
	}
	return s
}
