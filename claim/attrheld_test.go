package claim

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"hearsay/claim/polnear"
)

func TestCueCutEnd(t *testing.T) {
	d := parseDoc(t, `
He PRON 2 nsubj
said VERB 0 root
Friday PROPN 2 obl:tmod
that SCONJ 6 mark
prices NOUN 6 nsubj
rose VERB 2 ccomp
, PUNCT 2 punct
according VERB 10 case
to ADP 8 fixed
officials NOUN 6 obl
. PUNCT 2 punct`)
	s := newScanner(d)
	for _, tc := range []struct {
		name      string
		c, ce     int
		wantCutAt int
	}{
		{"said Friday: cut after said", 1, 3, 2},
		{"said alone: nothing to cut", 1, 2, 0},
		{"according to: fixed, nothing to cut", 7, 9, 0},
		{"according to officials: its head is the last word, nothing to cut", 7, 10, 0},
	} {
		if got := s.cueCutEnd(tc.c, tc.ce); got != tc.wantCutAt {
			t.Errorf("%s: cueCutEnd(%d, %d) = %d, want %d", tc.name, tc.c, tc.ce, got, tc.wantCutAt)
		}
	}
}

func TestRankCandidatesCutCue(t *testing.T) {
	d := parseDoc(t, `
He PRON 2 nsubj
said VERB 0 root
Friday PROPN 2 obl:tmod
prices NOUN 5 nsubj
rose VERB 2 ccomp
. PUNCT 2 punct`)
	s := newScanner(d)
	a := Attribution{Sentence: 0, cue: 1, cueEnd: 3, head: 1, src: 0, srcEnd: 1, cont: 3, contEnd: 5}
	a.Cue = s.span(1, 3)
	var cut, whole int
	for _, c := range s.rankCandidates(a) {
		switch {
		case c.cueCut == 0 && c.a.cueEnd == 3 && c.a.Cue == a.Cue:
			whole++
		case c.cueCut == 2 && c.a.cueEnd == 2 && c.a.Cue == s.span(1, 2):
			cut++
			if c.assembled() {
				t.Errorf("a candidate with its cue cut counts as the assembled one")
			}
		default:
			t.Errorf("candidate cue [%d, %d) (cut %d, span %v)", c.a.cue, c.a.cueEnd, c.cueCut, c.a.Cue)
		}
	}
	if cut == 0 || cut != whole {
		t.Errorf("%d candidates with the cue cut, %d with the whole cue; want as many, some", cut, whole)
	}
}

func TestHeldoutSplit(t *testing.T) {
	// the split is the one TrainAttributionModel makes: the first share of
	// the seed's permutation
	got := HeldoutSplit(100, 1, 0.1)
	want := rand.New(rand.NewPCG(1, 0x5eed)).Perm(100)[:10]
	if !reflect.DeepEqual(got, want) {
		t.Errorf("HeldoutSplit(100, 1, 0.1) = %v, want %v", got, want)
	}
	if s := HeldoutSplit(100, 2, 0.1); reflect.DeepEqual(s, got) {
		t.Errorf("seeds 1 and 2 give the same split %v", s)
	}
	for _, share := range []float64{0, -1, 1} {
		if s := HeldoutSplit(10, 1, share); s != nil {
			t.Errorf("HeldoutSplit(10, 1, %v) = %v, want none", share, s)
		}
	}
}

// smallAttrDocs returns n tiny annotated articles ("X said Y.") for
// training runs in tests.
func smallAttrDocs(t *testing.T, n int) []AttrDoc {
	t.Helper()
	names := []string{"Smith", "Jones", "The minister", "Officials", "She"}
	verbs := []string{"said", "told reporters", "warned", "claimed", "denied"}
	var docs []AttrDoc
	for i := range n {
		src, cue, cont := names[i%len(names)], verbs[(i/2)%len(verbs)], "the plan would fail"
		text := src + " " + cue + " " + cont + ". The weather was fine."
		d := Segment(text)
		c := len(src) + 1
		k := c + len(cue) + 1
		docs = append(docs, AttrDoc{Doc: d, Relations: []polnear.Relation{{
			Source:  polnear.Span{Start: 0, End: len(src)},
			Cue:     polnear.Span{Start: c, End: c + len(cue)},
			Content: polnear.Span{Start: k, End: k + len(cont)},
		}}})
	}
	return docs
}

func TestFoldTaggedCache(t *testing.T) {
	docs := smallAttrDocs(t, 10)
	opt := &FilterOptions{Folds: 2, Epochs: 2, Bag: 1, MinCount: 1, Seed: 3, Cache: t.TempDir()}
	first, err := foldTagged(docs, opt, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(first.Doc, []int{1, 3, 5, 7, 9}) {
		t.Errorf("fold 1 of 2 labelled articles %v, want the odd ones", first.Doc)
	}
	again, err := foldTagged(docs, opt, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(first, again) {
		t.Errorf("labels read from the cache differ from those saved")
	}
	// another seed is another key: trained afresh, not read back
	opt2 := *opt
	opt2.Seed = 4
	if foldCacheKey(docs, &opt2, 1) == foldCacheKey(docs, opt, 1) {
		t.Errorf("seeds 3 and 4 share a cache key")
	}
	// another parse is another key
	other := slices.Clone(docs)
	d := *other[0].Doc
	d.Tokens = slices.Clone(d.Tokens)
	d.Tokens[0].Head = (d.Tokens[0].Head + 1) % len(d.Tokens)
	other[0].Doc = &d
	if foldCacheKey(other, opt, 1) == foldCacheKey(docs, opt, 1) {
		t.Errorf("two parses of the same text share a cache key")
	}
}

func TestTrainAttributionRankersHeldout(t *testing.T) {
	docs := smallAttrDocs(t, 10)
	opt := RankerOptions{FilterOptions: FilterOptions{Folds: 2, Epochs: 2, Bag: 1, MinCount: 1, Passes: 2}}
	full, held, err := TrainAttributionRankers(docs, opt, func(i int) bool { return i < 5 })
	if err != nil {
		t.Fatal(err)
	}
	if full == nil || held == nil {
		t.Fatalf("rankers %v, %v; want two", full, held)
	}
	if slices.Equal(full.keep.w, held.keep.w) {
		t.Errorf("the held-out ranker's keeper is the full one's: the held-out articles were not left out")
	}
	if _, none, _ := TrainAttributionRankers(docs, opt, nil); none != nil {
		t.Errorf("a held-out ranker with nothing held out")
	}
}
