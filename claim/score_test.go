package claim

import (
	"testing"

	"hearsay/claim/polnear"
)

func TestScoreAgreement(t *testing.T) {
	all, err := polnear.ReadDirAll("testdata/polnear-tiny")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 4 || all[0].Name != "tiny-one" || all[0].Annotator != "ann1" || all[1].Annotator != "ann2" {
		t.Fatalf("ReadDirAll: want tiny-one's two copies first (ann1, ann2) of 4, got %d articles", len(all))
	}
	first, err := polnear.ReadDir("testdata/polnear-tiny")
	if err != nil {
		t.Fatal(err)
	}
	if len(first) != 3 || first[0].Annotator != "ann1" {
		t.Fatalf("ReadDir: want 3 articles with ann1's copy of tiny-one, got %d", len(first))
	}
	ag := ScoreAgreement(all, nil)
	h := ag.Annotators
	// ann2 agrees with ann1 on the mayor, shortens the officials' content
	// (an overlap match, no exact one) and leaves out the quotation.
	for _, c := range []struct {
		name string
		got  PRF
		want [3]int // gold, pred, match
	}{
		{"exact relation", h.Exact.Relation, [3]int{3, 2, 1}},
		{"overlap relation", h.Overlap.Relation, [3]int{3, 2, 2}},
		{"exact cue", h.Exact.Cue, [3]int{3, 2, 2}},
		{"exact content", h.Exact.Content, [3]int{3, 2, 1}},
	} {
		if g := [3]int{c.got.Gold, c.got.Pred, c.got.Match}; g != c.want {
			t.Errorf("%s: gold/pred/match %v, want %v", c.name, g, c.want)
		}
	}
	if h.Articles != 1 || ag.Model.Articles != 1 {
		t.Errorf("articles: annotators %d, model %d; want 1 and 1 (tiny-one only)", h.Articles, ag.Model.Articles)
	}
	if r := h.Overlap.Relation; r.P != 1 || r.R < 0.66 || r.R > 0.67 {
		t.Errorf("overlap relation P %.3f R %.3f, want 1 and 2/3", r.P, r.R)
	}
	if ag.Model.Overlap.Relation.Gold != 3 {
		t.Errorf("model scored against %d gold relations, want the first copy's 3", ag.Model.Overlap.Relation.Gold)
	}
	if none := ScoreAgreement(first, nil); none.Annotators.Articles != 0 || none.Model.Articles != 0 {
		t.Errorf("articles with one copy each: %+v", none)
	}
}
