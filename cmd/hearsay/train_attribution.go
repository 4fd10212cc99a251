package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"hearsay/claim"
	"hearsay/claim/polnear"
	"hearsay/nlp/models"
)

func init() {
	trainers.add("attribution", "learn the attribution tagger from PolNeAR train into claim/attribution.model", runTrainAttribution)
}

func runTrainAttribution(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train attribution")
	data := fs.String("data", "../shared/data/attribution/polnear/train", "PolNeAR train compartment")
	dev := fs.String("dev", "../shared/data/attribution/polnear/dev", "PolNeAR dev compartment, scored for the header (empty: none)")
	out := fs.String("out", filepath.Join("claim", "attribution.model"), "model file to write")
	epochs := fs.Int("epochs", 12, "most passes over the training sentences")
	seed := fs.Uint64("seed", 1, "shuffling seed")
	minCount := fs.Int("min-count", 3, "least occurrences of a feature to keep it")
	holdout := fs.Float64("holdout", 0.1, "share of train articles held back to choose the number of passes")
	limit := fs.Int("limit", 0, "use only the first N training articles (0: all), for learning curves")
	stack := fs.Int("stack", 0, "with k > 1, train a stacked model whose first-stage labels come from k folds (0: one stage)")
	bag := fs.Int("bag", 3, "average the weights of this many perceptrons, each trained over its own shuffle of the sentences (1: one)")
	version := fs.String("version", "1.1.0", "model version for the header")
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
	if *limit > 0 && *limit < len(arts) {
		arts = arts[:*limit]
	}
	docs := claim.AnalyzeArticles(arts, analyze)
	m, rep, err := claim.TrainAttributionModel(docs, claim.TrainOptions{
		Epochs: *epochs, Seed: *seed, MinCount: *minCount, Holdout: *holdout, Stack: *stack, Bag: *bag, Log: e.stdout,
	})
	if err != nil {
		return err
	}
	scores := map[string]float64{}
	if rep.Heldout > 0 {
		scores["heldout_relation_f1_overlap"] = round3(rep.Heldscores.Overlap.Relation.F1)
	}
	if *dev != "" {
		devArts, err := polnear.ReadDir(*dev)
		if err != nil {
			return err
		}
		sc := claim.ScoreAttributionDocs(claim.AnalyzeArticles(devArts, analyze), m.Attributions)
		scores["dev_relation_f1_overlap"] = round3(sc.Overlap.Relation.F1)
		scores["dev_relation_f1_exact"] = round3(sc.Exact.Relation.F1)
		scores["dev_cue_f1_overlap"] = round3(sc.Overlap.Cue.F1)
		scores["dev_source_f1_overlap"] = round3(sc.Overlap.Source.F1)
		scores["dev_content_f1_overlap"] = round3(sc.Overlap.Content.F1)
		fmt.Fprintf(e.stdout, "dev: relation F1 %.3f overlap, %.3f exact; cue %.3f, source %.3f, content %.3f (overlap)\n",
			sc.Overlap.Relation.F1, sc.Exact.Relation.F1, sc.Overlap.Cue.F1, sc.Overlap.Source.F1, sc.Overlap.Content.F1)
	}
	rel, err := filepath.Rel(filepath.Join(filepath.Dir(*data), "..", ".."), *data)
	if err != nil {
		rel = *data
	}
	m.Header = models.Header{
		Name: "attribution", Version: *version, Trained: time.Now().UTC().Format("2006-01-02"),
		Data: []string{rel}, Scores: scores, Seed: int64(*seed),
		Notes: fmt.Sprintf("averaged structured perceptron, BIO source/cue/content, weights averaged over %d shuffles; %d articles (%d held out to pick %d passes), %d feature rows; analysed with --nlp %s",
			max(*bag, 1), rep.Articles, rep.Heldout, rep.Epochs, rep.Features, fs.Lookup("nlp").Value.String()),
	}
	if err := writeModelFile(*out, func(w io.Writer) error { _, err := m.WriteTo(w); return err }); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", *out)
	return nil
}

func round3(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }
