package claim

import (
	"encoding/gob"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Held-out measurement of the tagger and ranker, and a cache of the k-fold
// taggers' labels so that ranker experiments need not train them again.

// foldLabels is what one fold's tagger gave the articles it did not see:
// per article of the fold (by index into the docs), its labels and the
// tagger's cue margins.
type foldLabels struct {
	Doc    []int
	Labels [][]int
	Margin [][]float32
}

// foldCacheKey names the cache file of fold k under opt, for docs: the
// settings of the fold's tagger and a hash of the articles' texts, their
// analysis (tags, lemmas, parse, entities) and annotations. The tagger's
// code is not part of the key: clear the cache after changing its
// features.
func foldCacheKey(docs []AttrDoc, opt *FilterOptions, k int) string {
	h := uint64(fnvOffset)
	for _, d := range docs {
		h = hstr(h, d.Doc.Text)
		h = hstr(h, fmt.Sprint(len(d.Doc.Tokens), len(d.Relations), d.Relations))
		for _, t := range d.Doc.Tokens {
			h = hstr(h, fmt.Sprint(t.Start, t.UPOS, t.XPOS, t.Lemma, t.Head, t.Rel, t.Ent))
		}
	}
	return fmt.Sprintf("fold%d-of%d-e%d-b%d-m%d-s%d-%016x.gob", k, opt.Folds, opt.Epochs, opt.Bag, opt.MinCount, opt.Seed, h)
}

// foldTagged returns the labels that fold k's tagger gives the articles of
// fold k, from opt.Cache when it holds them, else by training the tagger
// (and saving them there).
func foldTagged(docs []AttrDoc, opt *FilterOptions, k int) (*foldLabels, error) {
	var path string
	if opt.Cache != "" {
		path = filepath.Join(opt.Cache, foldCacheKey(docs, opt, k))
		if f, err := os.Open(path); err == nil {
			var fl foldLabels
			err := gob.NewDecoder(f).Decode(&fl)
			f.Close()
			if err == nil {
				return &fl, nil
			}
		}
	}
	var tr []AttrDoc
	for i := range docs {
		if i%opt.Folds != k {
			tr = append(tr, docs[i])
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed+uint64(k), 0x5eed))
	ts, sents := newTrainers(tr, opt.MinCount, opt.Bag)
	var m *AttributionModel
	for range opt.Epochs {
		m = bagEpoch(ts, sents, rng)
	}
	fl := &foldLabels{}
	for i := k; i < len(docs); i += opt.Folds {
		s := newScanner(docs[i].Doc)
		fl.Doc = append(fl.Doc, i)
		fl.Labels = append(fl.Labels, m.labels(s))
		fl.Margin = append(fl.Margin, s.margin)
	}
	if path != "" {
		if err := os.MkdirAll(opt.Cache, 0o755); err != nil {
			return nil, fmt.Errorf("fold cache: %w", err)
		}
		f, err := os.Create(path)
		if err != nil {
			return nil, fmt.Errorf("fold cache: %w", err)
		}
		err = gob.NewEncoder(f).Encode(fl)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, fmt.Errorf("fold cache %s: %w", path, err)
		}
	}
	return fl, nil
}

// HeldoutSplit returns the indexes of the articles TrainAttributionModel
// holds back with the same seed and share, in its order.
func HeldoutSplit(n int, seed uint64, share float64) []int {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	nHeld := int(float64(n)*share + 0.5)
	if share <= 0 || nHeld <= 0 || nHeld >= n {
		return nil
	}
	return rng.Perm(n)[:nHeld]
}

// TrainHeldoutAttributionModel trains the model TrainAttributionModel
// scores on its held-out articles after opt.Epochs passes: the same split
// and shuffles, trained on the other articles only. It returns the model
// and the held-out articles' indexes.
func TrainHeldoutAttributionModel(docs []AttrDoc, opt TrainOptions) (*AttributionModel, []int, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	nHeld := int(float64(len(docs))*opt.Holdout + 0.5)
	if opt.Holdout <= 0 || nHeld <= 0 || nHeld >= len(docs) {
		return nil, nil, fmt.Errorf("held-out model: no articles held out of %d at share %v", len(docs), opt.Holdout)
	}
	perm := rng.Perm(len(docs))
	var tr []AttrDoc
	for _, i := range perm[nHeld:] {
		tr = append(tr, docs[i])
	}
	ts, sents := newTrainers(tr, opt.MinCount, opt.Bag)
	var m *AttributionModel
	for range opt.Epochs {
		m = bagEpoch(ts, sents, rng)
	}
	return m, perm[:nHeld], nil
}
