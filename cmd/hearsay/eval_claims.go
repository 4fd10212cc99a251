package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"hearsay/claim"
	"hearsay/claim/polnear"
	"hearsay/nlp"
	"hearsay/nlp/english"
)

func init() {
	evals.add("attribution", "source, cue and content span P/R/F1 on PolNeAR dev", runEvalAttribution)
}

// analyzeText turns raw text into a Doc for the claim stage: with the
// English pipeline (whatever models it has), else with the claim
// package's own light segmenter.
func analyzeText(text string) *nlp.Doc {
	if p, err := english.Default(); err == nil {
		return p.Analyze(text)
	}
	return claim.Segment(text)
}

// analyzerFlag adds --nlp to fs and returns a function giving the chosen
// analyser once flags are parsed.
func analyzerFlag(fs *flag.FlagSet) func() (func(string) *nlp.Doc, error) {
	name := fs.String("nlp", "english", "text analysis: english (the English pipeline) or light (the claim package's own segmenter, no tags)")
	return func() (func(string) *nlp.Doc, error) {
		switch *name {
		case "english":
			return analyzeText, nil
		case "light":
			return claim.Segment, nil
		}
		return nil, fmt.Errorf("%w: --nlp %q (english or light)", errUsage, *name)
	}
}

func runEvalAttribution(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval attribution")
	data := fs.String("data", "../shared/data/attribution/polnear/dev", "PolNeAR compartment to score on")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	agreement := fs.Bool("agreement", false, "score the annotators against each other, and hearsay against the first, on the articles several annotators annotated")
	an := analyzerFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	analyze, err := an()
	if err != nil {
		return err
	}
	if *agreement {
		arts, err := polnear.ReadDirAll(*data)
		if err != nil {
			return err
		}
		ag := claim.ScoreAgreement(arts, analyze)
		if ag.Annotators.Articles == 0 {
			return fmt.Errorf("eval attribution: no article under %s has more than one annotator", *data)
		}
		if *asJSON {
			return printJSON(e, ag)
		}
		fmt.Fprintf(e.stdout, "PolNeAR %s: %d articles with several annotators\n\nlater annotators against the first:\n", *data, ag.Annotators.Articles)
		printAttributionScores(e, ag.Annotators)
		fmt.Fprintf(e.stdout, "\nhearsay against the first annotator, same articles:\n")
		printAttributionScores(e, ag.Model)
		return nil
	}
	arts, err := polnear.ReadDir(*data)
	if err != nil {
		return err
	}
	sc := claim.ScoreAttributions(arts, analyze)
	if *asJSON {
		return printJSON(e, sc)
	}
	fmt.Fprintf(e.stdout, "PolNeAR %s: %d articles\n", *data, sc.Articles)
	printAttributionScores(e, sc)
	return nil
}

func printAttributionScores(e *env, sc claim.AttributionScores) {
	fmt.Fprintf(e.stdout, "%-9s %-8s %6s %6s %6s %6s %6s %6s\n", "match", "span", "gold", "pred", "hit", "P", "R", "F1")
	for _, m := range []struct {
		name string
		s    claim.SpanScores
	}{{"exact", sc.Exact}, {"overlap", sc.Overlap}} {
		for _, p := range []struct {
			name string
			v    claim.PRF
		}{{"source", m.s.Source}, {"cue", m.s.Cue}, {"content", m.s.Content}, {"relation", m.s.Relation}} {
			fmt.Fprintf(e.stdout, "%-9s %-8s %6d %6d %6d %6.3f %6.3f %6.3f\n", m.name, p.name, p.v.Gold, p.v.Pred, p.v.Match, p.v.P, p.v.R, p.v.F1)
		}
	}
}

func init() {
	evals.add("news", "claims with the right stance and claimant kind on the news dev set and the seeds", runEvalNews)
}

// NewsResult is what "hearsay eval news" prints; other stages add their
// figures as fields.
type NewsResult struct {
	Dev   claim.NewsScores `json:"dev"`
	Seeds claim.NewsScores `json:"seeds"`
}

// seedOutlets names the outlets of the seed pages, which carry none.
var seedOutlets = map[string]string{"seed-000": "Middle East Monitor", "seed-003": "Financial Tribune"}

func runEvalNews(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval news")
	dir := fs.String("data", "../shared/data/news", "news evaluation folder (dev/, seeds.gold.jsonl)")
	seedsDir := fs.String("seeds", "../shared/seeds", "seed articles folder")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	verbose := fs.Bool("v", false, "list misses")
	an := analyzerFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	analyzeText, err := an()
	if err != nil {
		return err
	}
	var res NewsResult
	arts, err := readJSONLFile[claim.NewsArticle](filepath.Join(*dir, "dev", "articles.jsonl"))
	if err != nil {
		return err
	}
	gold, err := readJSONLFile[claim.NewsGold](filepath.Join(*dir, "dev", "gold.jsonl"))
	if err != nil {
		return err
	}
	res.Dev = claim.ScoreNews(arts, gold, analyzeText)
	seedGold, err := readJSONLFile[claim.NewsGold](filepath.Join(*dir, "seeds.gold.jsonl"))
	if err != nil {
		return err
	}
	var seeds []claim.NewsArticle
	for _, g := range seedGold {
		num := strings.TrimPrefix(g.ID, "seed-")
		m, _ := filepath.Glob(filepath.Join(*seedsDir, num+"_*.txt"))
		if len(m) == 0 {
			return fmt.Errorf("seed %s: no file %s_*.txt in %s", g.ID, num, *seedsDir)
		}
		b, err := os.ReadFile(m[0])
		if err != nil {
			return err
		}
		seeds = append(seeds, claim.NewsArticle{ID: g.ID, Outlet: seedOutlets[g.ID], Text: string(b)})
	}
	res.Seeds = claim.ScoreNews(seeds, seedGold, analyzeText)
	if !*verbose {
		res.Dev.Misses, res.Seeds.Misses = nil, nil
	}
	if *asJSON {
		return printJSON(e, res)
	}
	for _, p := range []struct {
		name string
		s    claim.NewsScores
	}{{"dev", res.Dev}, {"seeds", res.Seeds}} {
		s := p.s
		fmt.Fprintf(e.stdout, "%-5s articles %d, gold claims %d, predicted %d: found %d (%.3f), right stance %d, right kind %d, both %d (%.3f); via right %d/%d\n",
			p.name, s.Articles, s.Gold, s.Predicted, s.Found, s.FoundRate, s.Stance, s.Kind, s.Correct, s.Accuracy, s.Via, s.ViaGold)
		for _, m := range s.Misses {
			fmt.Fprintln(e.stdout, "  ", m)
		}
	}
	return nil
}

func readJSONLFile[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	v, err := claim.ReadJSONL[T](f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}

func init() {
	evals.add("factuality", "asserted-or-not accuracy of predicate stance on UDS It-Happened dev", runEvalFactuality)
}

func runEvalFactuality(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval factuality")
	dir := fs.String("data", "../shared/data/factuality/uds-ih2", "UDS It-Happened folder (it-happened-v2.dev.tsv, en-ud-dev.conllu)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	tf, err := os.Open(filepath.Join(*dir, "it-happened-v2.dev.tsv"))
	if err != nil {
		return err
	}
	items, err := claim.ReadItHappened(tf)
	tf.Close()
	if err != nil {
		return err
	}
	cf, err := os.Open(filepath.Join(*dir, "en-ud-dev.conllu"))
	if err != nil {
		return err
	}
	d, err := nlp.ReadCoNLLU(cf)
	cf.Close()
	if err != nil {
		return fmt.Errorf("en-ud-dev.conllu: %w", err)
	}
	sc := claim.ScoreFactuality(d, items)
	if *asJSON {
		return printJSON(e, sc)
	}
	fmt.Fprintf(e.stdout, "UDS It-Happened dev, gold UD parse: %d predicates (%d skipped)\n", sc.Items, sc.Skipped)
	fmt.Fprintf(e.stdout, "accuracy %.3f (always \"happened\": %.3f)\n", sc.Accuracy, sc.MajorityBaseline)
	fmt.Fprintf(e.stdout, "happened: predicted yes %d/%d; not happened: predicted no %d/%d\n", sc.TruePos, sc.TruePos+sc.FalseNeg, sc.TrueNeg, sc.TrueNeg+sc.FalsePos)
	return nil
}
