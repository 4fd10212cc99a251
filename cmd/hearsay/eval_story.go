package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"hearsay"
	"hearsay/analyze"
	"hearsay/ingest"
	"hearsay/reader"
	"hearsay/sqlite"
	"hearsay/story"
)

func init() {
	evals.add("stories", "propositions and conflicts found by ingesting the news dev set and the seeds, against the gold claims", runEvalStories)
}

func runEvalStories(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval stories")
	news := fs.String("news", filepath.Join("..", "shared", "data", "news"), "`DIR` with dev/ and seeds.gold.jsonl")
	seeds := fs.String("seeds", filepath.Join("..", "shared", "seeds"), "`DIR` of the seed articles (\"\" to leave out)")
	asJSON := fs.Bool("json", false, "write JSON")
	verbose := fs.Bool("v", false, "list every miss")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	sc, err := evalStories(ctx, *news, *seeds)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(e, sc)
	}
	fmt.Fprintf(e.stdout, "propositions (news dev + seeds): %d gold, %d contested in gold, %d of them reported contested (%.3f)\n",
		sc.Propositions, sc.Contested, sc.ContestedFound, sc.ContestedRecall)
	fmt.Fprintf(e.stdout, "gold claims: %d, found %d, in the right proposition and side %d (%.3f)\n",
		sc.Claims, sc.Matched, sc.RightSide, sc.RightSideRate)
	if *verbose {
		for _, m := range sc.Misses {
			fmt.Fprintf(e.stdout, "  %s\n", m)
		}
	} else if len(sc.Misses) > 0 {
		fmt.Fprintf(e.stdout, "%d misses (-v lists them)\n", len(sc.Misses))
	}
	return nil
}

// evalStories ingests the news dev set and the seeds into a scratch
// database with the full analysis and scores its propositions.
func evalStories(ctx context.Context, newsDir, seedsDir string) (story.NewsScore, error) {
	tmp, err := os.MkdirTemp("", "hearsay-eval-")
	if err != nil {
		return story.NewsScore{}, err
	}
	defer os.RemoveAll(tmp)
	db, err := sqlite.OpenContext(ctx, filepath.Join(tmp, "eval.db"))
	if err != nil {
		return story.NewsScore{}, err
	}
	defer db.Close()
	an, err := analyze.New()
	if err != nil {
		return story.NewsScore{}, err
	}
	keys := map[string]string{} // article key → gold id
	opt := ingest.Options{Analyzer: an, Reader: reader.Options{Memory: nil},
		OnArticle: func(o ingest.Outcome) {
			if o.Article == nil {
				return
			}
			id := o.Article.Key
			if base := filepath.Base(o.Article.Origin); strings.HasPrefix(base, "00") && len(base) > 3 {
				id = "seed-" + base[:3]
			}
			keys[o.Article.Key] = id
		}}
	dev := filepath.Join(newsDir, "dev", "articles.jsonl")
	if res, err := ingest.Run(ctx, db, []string{dev}, opt); err != nil {
		return story.NewsScore{}, err
	} else if len(res.Errors) > 0 {
		return story.NewsScore{}, res.Errors[0]
	}
	goldFiles := []string{filepath.Join(newsDir, "dev", "gold.jsonl")}
	if seedsDir != "" {
		for id, date := range seedDates {
			prefix := strings.TrimPrefix(id, "seed-") + "_"
			matches, _ := filepath.Glob(filepath.Join(seedsDir, prefix+"*"))
			if len(matches) != 1 {
				return story.NewsScore{}, fmt.Errorf("seeds: want one file %s* in %s", prefix, seedsDir)
			}
			o := opt
			o.Reader.Date, _ = time.Parse("2006-01-02", date)
			if _, err := ingest.Run(ctx, db, matches, o); err != nil {
				return story.NewsScore{}, err
			}
		}
		goldFiles = append(goldFiles, filepath.Join(newsDir, "seeds.gold.jsonl"))
	}
	gold := map[string][]story.GoldClaim{}
	for _, f := range goldFiles {
		if err := readGoldClaims(f, gold); err != nil {
			return story.NewsScore{}, err
		}
	}
	arts, err := db.Articles(ctx, hearsay.ArticleFilter{})
	if err != nil {
		return story.NewsScore{}, err
	}
	byKey := map[string][]story.GoldClaim{}
	texts := map[string]string{}
	for _, a := range arts {
		id := keys[a.Key]
		if g, ok := gold[id]; ok {
			byKey[a.Key] = g
			texts[a.Key] = a.Text
		}
	}
	return story.EvaluateNews(ctx, db.Stories(), byKey, texts)
}

// readGoldClaims adds the claims of a news gold file, by article id.
func readGoldClaims(path string, into map[string][]story.GoldClaim) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for line := 1; sc.Scan(); line++ {
		var g struct {
			ID     string            `json:"id"`
			Claims []story.GoldClaim `json:"claims"`
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		into[g.ID] = append(into[g.ID], g.Claims...)
	}
	return sc.Err()
}
