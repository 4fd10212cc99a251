package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"hearsay/claim"
	"hearsay/claim/polnear"
)

func init() {
	trainers.add("attribution-ranker", "learn the ranker choosing each cue's source and content among candidates from PolNeAR train (k-fold taggers) into claim/attrrank.model", runTrainAttributionRanker)
}

func runTrainAttributionRanker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train attribution-ranker")
	data := fs.String("data", "../shared/data/attribution/polnear/train", "PolNeAR train compartment")
	out := fs.String("out", filepath.Join("claim", "attrrank.model"), "ranker file to write")
	folds := fs.Int("folds", 5, "folds: each fold's articles are labelled by a tagger trained on the others")
	epochs := fs.Int("epochs", 8, "passes of each fold's tagger")
	bag := fs.Int("bag", 3, "perceptrons averaged in each fold's tagger")
	seed := fs.Uint64("seed", 11, "fold k's tagger shuffles with seed+k")
	threshold := fs.Float64("threshold", 0.15, "least chance of being right for a chosen attribution to be kept")
	delta := fs.Float64("delta", 0.5, "how much more than the assembled candidate another must score to replace it")
	dev := fs.String("dev", "../shared/data/attribution/polnear/dev", "PolNeAR dev compartment, scored with the embedded tagger and the new ranker (empty: none)")
	heldModel := fs.String("heldout-model", "", "tagger trained without the held-out articles (written there when absent): also train a ranker without their candidates and score the held-out articles with both")
	heldShare := fs.Float64("holdout", 0.1, "with --heldout-model, the share of train held out, split as train attribution splits it")
	heldSeed := fs.Uint64("holdout-seed", 1, "with --heldout-model, the seed of the split (train attribution's --seed)")
	heldEpochs := fs.Int("holdout-epochs", 8, "with --heldout-model, passes of the held-out tagger when it is trained")
	passes := fs.Int("passes", 10, "passes of the chooser's and keeper's own training")
	l2 := fs.Float64("l2", 1e-4, "L2 penalty of the chooser and keeper")
	cv := fs.Int("cv", 0, "with k > 1, also log how rankers trained on k-1 of k folds of train do on the kth (candidates of the fold taggers)")
	cache := fs.String("cache", "", "directory keeping the fold taggers' labels between runs (clear it when the tagger's features change)")
	an := analyzerFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	analyze, err := an()
	if err != nil {
		return err
	}
	arts, err := polnear.ReadDir(*data)
	if err != nil {
		return err
	}
	docs := claim.AnalyzeArticles(arts, analyze)
	var held map[int]bool
	var heldTagger *claim.AttributionModel
	if *heldModel != "" {
		held = map[int]bool{}
		for _, i := range claim.HeldoutSplit(len(docs), *heldSeed, *heldShare) {
			held[i] = true
		}
		heldTagger, err = heldoutTagger(e, *heldModel, docs, claim.TrainOptions{Epochs: *heldEpochs, Seed: *heldSeed, MinCount: 3, Holdout: *heldShare, Bag: *bag})
		if err != nil {
			return err
		}
	}
	var skip func(int) bool
	if held != nil {
		skip = func(i int) bool { return held[i] }
	}
	r, hr, err := claim.TrainAttributionRankers(docs, claim.RankerOptions{
		FilterOptions: claim.FilterOptions{Folds: *folds, Epochs: *epochs, Bag: *bag, Seed: *seed, Threshold: *threshold, Passes: *passes, L2: *l2, Cache: *cache, Log: e.stdout},
		Delta:         *delta,
		CV:            *cv,
	}, skip)
	if err != nil {
		return err
	}
	if hr != nil {
		var hd []claim.AttrDoc
		for i, d := range docs {
			if held[i] {
				hd = append(hd, d)
			}
		}
		m := *heldTagger
		m.Ranker = hr
		sc := claim.ScoreAttributionDocs(hd, m.Attributions)
		fmt.Fprintf(e.stdout, "held-out (%d articles): relation F1 %.4f overlap (%d of %d right, %d gold), %.3f exact; cue %.3f, source %.3f, content %.3f (overlap)\n",
			len(hd), sc.Overlap.Relation.F1, sc.Overlap.Relation.Match, sc.Overlap.Relation.Pred, sc.Overlap.Relation.Gold, sc.Exact.Relation.F1, sc.Overlap.Cue.F1, sc.Overlap.Source.F1, sc.Overlap.Content.F1)
	}
	if *dev != "" {
		devArts, err := polnear.ReadDir(*dev)
		if err != nil {
			return err
		}
		bm, err := claim.BuiltinAttributionModel()
		if err != nil {
			return err
		}
		m := *bm
		m.Ranker = r
		sc := claim.ScoreAttributionDocs(claim.AnalyzeArticles(devArts, analyze), m.Attributions)
		fmt.Fprintf(e.stdout, "dev (embedded tagger): relation F1 %.4f overlap (%d of %d right, %d gold), %.3f exact; cue %.3f, source %.3f, content %.3f (overlap)\n",
			sc.Overlap.Relation.F1, sc.Overlap.Relation.Match, sc.Overlap.Relation.Pred, sc.Overlap.Relation.Gold, sc.Exact.Relation.F1, sc.Overlap.Cue.F1, sc.Overlap.Source.F1, sc.Overlap.Content.F1)
	}
	if err := writeModelFile(*out, func(w io.Writer) error { _, err := r.WriteTo(w); return err }); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", *out)
	return nil
}

// heldoutTagger reads the held-out tagger from path, or trains it (see
// claim.TrainHeldoutAttributionModel) and writes it there.
func heldoutTagger(e *env, path string, docs []claim.AttrDoc, opt claim.TrainOptions) (*claim.AttributionModel, error) {
	if f, err := os.Open(path); err == nil {
		defer f.Close()
		m, err := claim.ReadAttributionModel(f)
		if err != nil {
			return nil, fmt.Errorf("held-out tagger %s: %w", path, err)
		}
		return m, nil
	}
	m, _, err := claim.TrainHeldoutAttributionModel(docs, opt)
	if err != nil {
		return nil, err
	}
	if err := writeModelFile(path, func(w io.Writer) error { _, err := m.WriteTo(w); return err }); err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	fmt.Fprintf(e.stdout, "wrote held-out tagger %s\n", path)
	// read back, so that the weights are those of the file (rounded as written)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return claim.ReadAttributionModel(f)
}
