package claim

import (
	"hearsay/claim/polnear"
	"hearsay/nlp"
)

// PRF holds counts and precision, recall and F1.
type PRF struct {
	Gold, Pred, Match int
	P, R, F1          float64
}

func (m *PRF) finish() {
	if m.Pred > 0 {
		m.P = float64(m.Match) / float64(m.Pred)
	}
	if m.Gold > 0 {
		m.R = float64(m.Match) / float64(m.Gold)
	}
	if m.P+m.R > 0 {
		m.F1 = 2 * m.P * m.R / (m.P + m.R)
	}
}

// SpanScores are span-level scores under one matching rule.
type SpanScores struct {
	Source, Cue, Content, Relation PRF
}

// AttributionScores are the scores of Attributions against PolNeAR
// annotations: Exact needs identical byte spans; Overlap needs spans that
// share at least half of the longer one.
type AttributionScores struct {
	Articles int
	Exact    SpanScores
	Overlap  SpanScores
}

type span2 = polnear.Span

func overlapMatch(a, b span2) bool {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	if hi <= lo {
		return false
	}
	return 2*(hi-lo) >= max(a.Len(), b.Len())
}

func exactMatch(a, b span2) bool { return a == b }

// ScoreAttributions runs Attributions over each article (segmented with
// Segment, or with analyze when it is not nil) and scores them against the
// annotations.
func ScoreAttributions(arts []polnear.Article, analyze func(text string) *nlp.Doc) AttributionScores {
	if analyze == nil {
		analyze = Segment
	}
	return ScoreAttributionDocs(AnalyzeArticles(arts, analyze), Attributions)
}

// ScoreAttributionDocs scores the attributions find returns for each
// analysed document against its annotations.
func ScoreAttributionDocs(docs []AttrDoc, find func(d *nlp.Doc) []Attribution) AttributionScores {
	var sc AttributionScores
	sc.Articles = len(docs)
	for _, a := range docs {
		preds := find(a.Doc)
		var pr []polnear.Relation
		for _, p := range preds {
			r := polnear.Relation{Cue: span2{Start: p.Cue.Start, End: p.Cue.End}, Content: span2{Start: p.Content.Start, End: p.Content.End}}
			if p.HasSource() {
				r.Source = span2{Start: p.Source.Start, End: p.Source.End}
			}
			pr = append(pr, r)
		}
		scoreInto(&sc.Exact, a.Relations, pr, exactMatch)
		scoreInto(&sc.Overlap, a.Relations, pr, overlapMatch)
	}
	for _, s := range []*SpanScores{&sc.Exact, &sc.Overlap} {
		for _, m := range []*PRF{&s.Source, &s.Cue, &s.Content, &s.Relation} {
			m.finish()
		}
	}
	return sc
}

func scoreInto(s *SpanScores, gold, pred []polnear.Relation, match func(a, b span2) bool) {
	part := func(m *PRF, get func(polnear.Relation) (span2, bool)) {
		used := make([]bool, len(pred))
		for _, p := range pred {
			if _, ok := get(p); ok {
				m.Pred++
			}
		}
		for _, g := range gold {
			gs, ok := get(g)
			if !ok {
				continue
			}
			m.Gold++
			for j, p := range pred {
				if ps, ok := get(p); ok && !used[j] && match(gs, ps) {
					used[j] = true
					m.Match++
					break
				}
			}
		}
	}
	part(&s.Source, func(r polnear.Relation) (span2, bool) { return r.Source, r.HasSource() })
	part(&s.Cue, func(r polnear.Relation) (span2, bool) { return r.Cue, true })
	part(&s.Content, func(r polnear.Relation) (span2, bool) { return r.Content, true })
	used := make([]bool, len(pred))
	s.Relation.Gold += len(gold)
	s.Relation.Pred += len(pred)
	for _, g := range gold {
		for j, p := range pred {
			if used[j] || !match(g.Cue, p.Cue) || !match(g.Content, p.Content) {
				continue
			}
			if g.HasSource() != p.HasSource() || g.HasSource() && !match(g.Source, p.Source) {
				continue
			}
			used[j] = true
			s.Relation.Match++
			break
		}
	}
}
