package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"hearsay/event"
)

func init() {
	evals.add("petrarch", "code the PETRARCH validation records with the PETR.Validate dictionaries (pass rate by category)", runEvalPetrarch)
	evals.add("plover", "code the PLOVER gold standard (dev half) with the built-in dictionaries: type, source, target accuracy", runEvalPLOVER)
	evals.add("events", "recall of the gold events of the seed and news/dev articles (source, target, root, polarity)", runEvalEvents)
}

func analyzer() (event.Analyzer, error) { return codeAnalyzer() }

// petrarchVerbFiles are the validation set's two verb files: the one its
// records name (<Verbfile>), in the older TABARI-style format, and its
// rewrite in PETRARCH-2 format, whose codes differ from many the records
// expect (docs/ACCURACY.md: its ceiling is about 35% of the records).
var petrarchVerbFiles = []string{"PETR.Validate.verbs.txt", "PETR.Validate.verbs.2.0.txt"}

// petrarchRun is the score of the validation records with one verb file.
type petrarchRun struct {
	Verbs string `json:"verbs"`
	*event.PetrarchResult
}

func runEvalPetrarch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval petrarch")
	dir := fs.String("data", "../shared/data/events/petrarch-validation", "`DIR` holding PETR.UnitTest.records.xml and the PETR.Validate dictionaries")
	verbFile := fs.String("verbs", "", "score only with verb `FILE` of DIR (default: both, "+strings.Join(petrarchVerbFiles, " and ")+")")
	asJSON := fs.Bool("json", false, "print JSON: the first verb file's scores, the others' under \"also\"")
	verbose := fs.Bool("v", false, "list every failure")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	files := petrarchVerbFiles
	if *verbFile != "" {
		files = []string{*verbFile}
	}
	analyze, err := analyzer()
	if err != nil {
		return err
	}
	var runs []petrarchRun
	for _, vf := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		coder, err := newCoderVerbs(*dir, vf, e.stderr)
		if err != nil {
			return err
		}
		f, err := os.Open(filepath.Join(*dir, "PETR.UnitTest.records.xml"))
		if err != nil {
			return err
		}
		res, err := event.EvalPetrarch(coder, analyze, f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", vf, err)
		}
		if !*verbose {
			res.Failures = nil
		}
		runs = append(runs, petrarchRun{Verbs: vf, PetrarchResult: res})
	}
	if *asJSON {
		out := struct {
			petrarchRun
			Also []petrarchRun `json:"also,omitempty"`
		}{runs[0], runs[1:]}
		return printJSON(e, out)
	}
	for _, r := range runs {
		fmt.Fprintf(e.stdout, "PETRARCH validation records, verbs %s: %d/%d passed (%.1f%%)\n", r.Verbs, r.Passed, r.Total, 100*r.PassRate)
		cats := make([]string, 0, len(r.Categories))
		for c := range r.Categories {
			cats = append(cats, c)
		}
		sort.Strings(cats)
		for _, c := range cats {
			s := r.Categories[c]
			fmt.Fprintf(e.stdout, "  %-10s %3d/%3d failed %d\n", c, s.Passed, s.Total, s.Total-s.Passed)
		}
		for _, f := range r.Failures {
			fmt.Fprintf(e.stdout, "FAIL %s [%s] want %v got %v\n", f.ID, f.Category, f.Want, f.Got)
		}
	}
	return nil
}

func runEvalPLOVER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval plover")
	file := fs.String("data", "../shared/data/events/plover/PLOVER_GSR_CAMEO.dev.json", "PLOVER gold standard `FILE`")
	asJSON := fs.Bool("json", false, "print JSON")
	verbose := fs.Bool("v", false, "list the records coded wrong")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	coder, err := newCoder("", e.stderr)
	if err != nil {
		return err
	}
	analyze, err := analyzer()
	if err != nil {
		return err
	}
	f, err := os.Open(*file)
	if err != nil {
		return err
	}
	defer f.Close()
	res, err := event.EvalPLOVER(coder, analyze, f)
	if err != nil {
		return err
	}
	if !*verbose {
		res.Misses = nil
	}
	if *asJSON {
		return printJSON(e, res)
	}
	defer func() {
		for _, m := range res.Misses {
			fmt.Fprintln(e.stdout, "MISS", m)
		}
	}()
	fmt.Fprintf(e.stdout, "PLOVER gold standard (%d records; 0.5b1 types mapped: DEMAND→REQUEST, DISAPPROVE/INVESTIGATE→ACCUSE, FIGHT→ASSAULT)\n", res.Records)
	fmt.Fprintf(e.stdout, "  event type     %3d/%3d  %.1f%%  (no event coded: %d)\n", res.TypeCorrect, res.Records, 100*res.TypeAccuracy, res.NoEvent)
	fmt.Fprintf(e.stdout, "  source country %3d/%3d  %.1f%%\n", res.SourceCorrect, res.Sources, 100*res.SourceAccuracy)
	fmt.Fprintf(e.stdout, "  target country %3d/%3d  %.1f%%\n", res.TargetCorrect, res.Targets, 100*res.TargetAccuracy)
	return nil
}

// seedDates are the seed articles' dates (news/README.md): the files carry none.
var seedDates = map[string]string{"seed-000": "2014-08-27", "seed-003": "2014-09-24"}

// loadGoldArticles reads the seeds and news/dev articles with their gold events.
func loadGoldArticles(newsDir, seedsDir string) ([]event.GoldArticle, error) {
	type goldLine struct {
		ID     string            `json:"id"`
		Events []event.GoldEvent `json:"events"`
	}
	readGold := func(path string) (map[string][]event.GoldEvent, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		out := map[string][]event.GoldEvent{}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var g goldLine
			if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			out[g.ID] = g.Events
		}
		return out, sc.Err()
	}
	var arts []event.GoldArticle
	seedGold, err := readGold(filepath.Join(newsDir, "seeds.gold.jsonl"))
	if err != nil {
		return nil, err
	}
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	sort.Strings(files)
	for _, f := range files {
		id := "seed-" + strings.SplitN(filepath.Base(f), "_", 2)[0]
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		d, _ := time.Parse("2006-01-02", seedDates[id])
		arts = append(arts, event.GoldArticle{ID: id, Text: string(b), Published: d, Events: seedGold[id]})
	}
	devGold, err := readGold(filepath.Join(newsDir, "dev", "gold.jsonl"))
	if err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(newsDir, "dev", "articles.jsonl"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct {
			ID        string `json:"id"`
			Published string `json:"published"`
			Text      string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("articles.jsonl: %w", err)
		}
		p, _ := time.Parse(time.RFC3339, a.Published)
		arts = append(arts, event.GoldArticle{ID: a.ID, Text: a.Text, Published: p, Events: devGold[a.ID]})
	}
	return arts, sc.Err()
}

func runEvalEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval events")
	news := fs.String("data", "../shared/data/news", "news evaluation `DIR` (dev/, seeds.gold.jsonl)")
	seeds := fs.String("seeds", "../shared/seeds", "seed articles `DIR`")
	asJSON := fs.Bool("json", false, "print JSON")
	verbose := fs.Bool("v", false, "list the missed gold events")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	arts, err := loadGoldArticles(*news, *seeds)
	if err != nil {
		return err
	}
	coder, err := newCoder("", e.stderr)
	if err != nil {
		return err
	}
	analyze, err := analyzer()
	if err != nil {
		return err
	}
	res := event.EvalGold(coder, analyze, arts)
	if *asJSON {
		if !*verbose {
			res.Missed = nil
		}
		return printJSON(e, res)
	}
	fmt.Fprintf(e.stdout, "gold events found (source, target, root, polarity, sentence): %d/%d recall %.1f%%; ignoring polarity %d; %d events coded in %d articles\n",
		res.Found, res.Gold, 100*res.Recall, res.FoundRoot, res.Coded, len(arts))
	if *verbose {
		for _, m := range res.Missed {
			fmt.Fprintln(e.stdout, "MISSED", m)
		}
	}
	return nil
}
