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
	sc.finish()
	return sc
}

func (sc *AttributionScores) finish() {
	for _, s := range []*SpanScores{&sc.Exact, &sc.Overlap} {
		for _, m := range []*PRF{&s.Source, &s.Cue, &s.Content, &s.Relation} {
			m.finish()
		}
	}
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

// Agreement holds how far PolNeAR's annotators agree with each other, and
// how far hearsay agrees with them, on the articles that several annotators
// annotated.
type Agreement struct {
	// Annotators scores every later annotator's relations (as if they were
	// predictions) against those of the annotator whose id sorts first, the
	// copy ScoreAttributions takes as gold.
	Annotators AttributionScores
	// Model scores Attributions against the same first annotator on the
	// same articles.
	Model AttributionScores
}

// ScoreAgreement scores annotators against each other on the articles of
// arts (every annotator's copy, as polnear.ReadDirAll returns them) that
// have more than one copy, and Attributions (over analyze's Doc) against
// the first copy of each, so that the two figures are on the same footing.
func ScoreAgreement(arts []polnear.Article, analyze func(text string) *nlp.Doc) Agreement {
	byName := map[string][]polnear.Article{}
	var names []string
	for _, a := range arts {
		if byName[a.Name] == nil {
			names = append(names, a.Name)
		}
		byName[a.Name] = append(byName[a.Name], a)
	}
	var ag Agreement
	var firsts []polnear.Article
	for _, n := range names {
		copies := byName[n]
		if len(copies) < 2 {
			continue
		}
		firsts = append(firsts, copies[0])
		ag.Annotators.Articles++
		for _, c := range copies[1:] {
			scoreInto(&ag.Annotators.Exact, copies[0].Relations, c.Relations, exactMatch)
			scoreInto(&ag.Annotators.Overlap, copies[0].Relations, c.Relations, overlapMatch)
		}
	}
	ag.Annotators.finish()
	if len(firsts) > 0 {
		ag.Model = ScoreAttributions(firsts, analyze)
	}
	return ag
}
