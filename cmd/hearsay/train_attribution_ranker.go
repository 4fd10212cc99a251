package main

import (
	"context"
	"fmt"
	"io"
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
	delta := fs.Float64("delta", 0.25, "how much more than the assembled candidate another must score to replace it")
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
	r, err := claim.TrainAttributionRanker(docs, claim.RankerOptions{
		FilterOptions: claim.FilterOptions{Folds: *folds, Epochs: *epochs, Bag: *bag, Seed: *seed, Threshold: *threshold, Log: e.stdout},
		Delta:         *delta,
	})
	if err != nil {
		return err
	}
	if err := writeModelFile(*out, func(w io.Writer) error { _, err := r.WriteTo(w); return err }); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", *out)
	return nil
}
