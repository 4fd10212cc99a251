package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"hearsay/dedup"
)

func init() {
	evals.add("dedup", "precision and recall of near-duplicate (syndicated copy) detection on the news dev set", runEvalDedup)
}

func runEvalDedup(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval dedup")
	dev := fs.String("dev", filepath.Join("..", "shared", "data", "news", "dev"), "`DIR` with articles.jsonl and gold.jsonl")
	seeds := fs.String("seeds", filepath.Join("..", "shared", "seeds"), "`DIR` of plain-text seed articles, all originals (\"\" to leave out)")
	asJSON := fs.Bool("json", false, "write JSON")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	items, err := readDedupDev(*dev)
	if err != nil {
		return err
	}
	results := []struct {
		Name   string       `json:"name"`
		Scores dedup.Scores `json:"scores"`
	}{{"dev", dedup.Evaluate(items)}}
	if *seeds != "" {
		more, err := readSeedItems(*seeds)
		if err != nil {
			return err
		}
		results = append(results, struct {
			Name   string       `json:"name"`
			Scores dedup.Scores `json:"scores"`
		}{"dev+seeds", dedup.Evaluate(append(items, more...))})
	}
	if *asJSON {
		return printJSON(e, results)
	}
	fmt.Fprintf(e.stdout, "near-duplicates (MinHash %d over %d-word shingles, %d bands of %d, Jaccard >= %.2f, resemblance >= %.2f)\n",
		dedup.NumHashes, dedup.Shingle, dedup.Bands, dedup.Rows, dedup.MinJaccard, dedup.Threshold)
	fmt.Fprintf(e.stdout, "%-10s %6s %6s %6s %6s %9s %7s %6s %9s %10s\n", "set", "items", "gold", "pred", "right", "precision", "recall", "F1", "min copy", "max other")
	for _, r := range results {
		s := r.Scores
		fmt.Fprintf(e.stdout, "%-10s %6d %6d %6d %6d %9.3f %7.3f %6.3f %9.3f %10.3f\n", r.Name, s.Items, s.GoldPairs, s.Predicted, s.Correct, s.Precision, s.Recall, s.F1, s.MinCopy, s.MaxOther)
		for _, m := range s.Errors {
			fmt.Fprintf(e.stdout, "  %s\n", m)
		}
	}
	return nil
}

func readDedupDev(dir string) ([]dedup.Item, error) {
	arts, err := os.Open(filepath.Join(dir, "articles.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("dev set: %w (name it with --dev)", err)
	}
	defer arts.Close()
	gold, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("dev set: %w", err)
	}
	defer gold.Close()
	items, err := dedup.ReadLabeled(arts, gold)
	if err != nil {
		return nil, fmt.Errorf("dev set %s: %w", dir, err)
	}
	return items, nil
}

// readSeedItems reads the plain-text seed articles as originals, in name
// order.
func readSeedItems(dir string) ([]dedup.Item, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no seed articles (*.txt) in %s", dir)
	}
	sort.Strings(names)
	var items []dedup.Item
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		items = append(items, dedup.Item{ID: strings.TrimSuffix(filepath.Base(n), ".txt"), Text: string(b)})
	}
	return items, nil
}
