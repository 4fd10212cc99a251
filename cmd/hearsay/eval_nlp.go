package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"hearsay/nlp"
	"hearsay/nlp/english"
	"hearsay/nlp/models"
	"hearsay/nlp/nlpeval"
)

func init() {
	evals.add("nlp", "English pipeline: tags, lemmas, UAS/LAS, tokens and sentences, NER F1, speed", evalNLP)
}

// nlpEvalReport is the JSON form of "hearsay eval nlp".
type nlpEvalReport struct {
	Split     string                 `json:"split"`
	Missing   []string               `json:"missing_layers"`
	Treebanks []nlpTreebankRow       `json:"treebanks"`
	NER       []nlpNERRow            `json:"ner"`
	Speed     *nlpSpeedRow           `json:"speed,omitempty"`
	Models    map[string]nlpModelRow `json:"models"`
	ModelsMB  float64                `json:"embedded_models_mb"`
	// UsedMB is the size of the model files the pipeline read: those of
	// $HEARSAY_MODELS where it has them, the embedded ones elsewhere
	UsedMB float64 `json:"used_models_mb"`
}

type nlpTreebankRow struct {
	Name      string   `json:"name"`
	Words     int      `json:"words"`
	UPOS      *float64 `json:"upos,omitempty"`
	XPOS      *float64 `json:"xpos,omitempty"`
	Lemma     *float64 `json:"lemma,omitempty"`
	LemmaGold *float64 `json:"lemma_gold_tags,omitempty"`
	UAS       *float64 `json:"uas,omitempty"`
	LAS       *float64 `json:"las,omitempty"`
	TokenF1   float64  `json:"token_f1"`
	SentF1    float64  `json:"sentence_f1"`
}

type nlpNERRow struct {
	Name     string             `json:"name"`
	F1       float64            `json:"f1"`
	P        float64            `json:"precision"`
	R        float64            `json:"recall"`
	PerLabel map[string]float64 `json:"per_label_f1"`
}

type nlpSpeedRow struct {
	HeapSysMB    float64 `json:"memory_mb"` // memory the Go runtime obtained from the OS, after the run
	Text         string  `json:"text"`
	Tokens       int     `json:"tokens"`
	TokensPerSec float64 `json:"tokens_per_second"`
	GOMAXPROCS   int     `json:"gomaxprocs"`
}

type nlpModelRow struct {
	Version string `json:"version"`
	Trained string `json:"trained"`
}

func optPct(v float64) *float64 {
	if v < 0 {
		return nil
	}
	r := float64(int(v*100+0.5)) / 100
	return &r
}

// evalNLP scores the embedded pipeline on the held-out test files (or, with
// --dev, on the dev files used for tuning).
func evalNLP(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval nlp")
	data := fs.String("data", "../shared/data", "the shared data folder")
	asJSON := fs.Bool("json", false, "print JSON")
	dev := fs.Bool("dev", false, "score the dev files (for tuning) instead of the held-out test files")
	noSpeed := fs.Bool("no-speed", false, "skip the speed measurement")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	p, err := english.Default() // $HEARSAY_MODELS: candidate models first
	if err != nil {
		return err
	}
	rep := nlpEvalReport{Split: "test", Missing: p.Missing(), Models: map[string]nlpModelRow{}}
	if rep.Missing == nil {
		rep.Missing = []string{}
	}
	for name, h := range p.Models() {
		rep.Models[name] = nlpModelRow{Version: h.Version, Trained: h.Trained}
	}
	dir := os.Getenv(english.ModelsEnv)
	for _, name := range models.List() {
		size := float64(models.Size(name)) / (1 << 20)
		rep.ModelsMB += size
		if dir != "" {
			if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && fi.Mode().IsRegular() {
				size = float64(fi.Size()) / (1 << 20)
			}
		}
		rep.UsedMB += size
	}
	rep.ModelsMB = float64(int(rep.ModelsMB*100)) / 100
	rep.UsedMB = float64(int(rep.UsedMB*100)) / 100
	path := func(rel string) string { return filepath.Join(*data, rel) }
	glob := func(rel string) []string { m, _ := filepath.Glob(path(rel)); return m }
	type tbSpec struct {
		name  string
		paths []string
	}
	tbs := []tbSpec{{"EWT test", []string{path("ud/ewt/en_ewt-ud-test.conllu")}}, {"GUM test", glob("ud/gum/test/*.conllu")}, {"PUD", []string{path("ud/pud/en_pud-ud-test.conllu")}}}
	conll, uner := path("ner/conll2003/conllpp_test.txt"), path("ner/uner-ewt/en_ewt-ud-test.iob2")
	speedFile := path("ud/pud/en_pud-ud-test.conllu")
	if *dev {
		rep.Split = "dev"
		tbs = []tbSpec{{"EWT dev", []string{path("ud/ewt/en_ewt-ud-dev.conllu")}}, {"GUM dev", glob("ud/gum/dev/*.conllu")}}
		conll, uner = path("ner/conll2003/conllpp_dev.txt"), path("ner/uner-ewt/en_ewt-ud-dev.iob2")
		speedFile = path("ud/ewt/en_ewt-ud-dev.conllu")
	}
	var speedText string
	for _, s := range tbs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(s.paths) == 0 {
			return fmt.Errorf("%s: no files under %s", s.name, *data)
		}
		tb, err := nlpeval.ReadTreebank(s.name, s.paths...)
		if err != nil {
			return err
		}
		sc := nlpeval.EvalTreebank(p, tb)
		rep.Treebanks = append(rep.Treebanks, nlpTreebankRow{Name: sc.Name, Words: sc.Words, UPOS: optPct(sc.UPOS), XPOS: optPct(sc.XPOS),
			Lemma: optPct(sc.Lemma), LemmaGold: optPct(sc.LemmaGoldTags), UAS: optPct(sc.UAS), LAS: optPct(sc.LAS), TokenF1: *optPct(sc.Tokens.Score()), SentF1: *optPct(sc.Sentences.Score())})
		if s.paths[0] == speedFile {
			speedText = tb.Raw
		}
	}
	if p.Has(english.NER) {
		for _, n := range []struct {
			name, path string
			read       func(string) (*nlp.Doc, error)
			labels     func(string) string
		}{
			{"CoNLL-2003 (CoNLL++) " + rep.Split, conll, nlpeval.ReadCoNLL2003, nlpeval.CoNLLLabels},
			{"UNER EWT " + rep.Split, uner, nlpeval.ReadIOB2, nlpeval.UNERLabels},
		} {
			gold, err := n.read(n.path)
			if err != nil {
				return err
			}
			sc := nlpeval.EvalNER(p, n.name, gold, n.labels)
			row := nlpNERRow{Name: n.name, F1: *optPct(sc.All.Score()), P: *optPct(100 * sc.All.Precision()), R: *optPct(100 * sc.All.Recall()), PerLabel: map[string]float64{}}
			for l, f := range sc.PerLabel {
				row.PerLabel[l] = *optPct(f.Score())
			}
			rep.NER = append(rep.NER, row)
		}
	}
	if !*noSpeed && speedText != "" {
		rate, n := nlpeval.Speed(p, speedText, 3)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		rep.Speed = &nlpSpeedRow{Text: filepath.Base(speedFile) + " (raw text)", Tokens: n, TokensPerSec: float64(int(rate)), GOMAXPROCS: runtime.GOMAXPROCS(0),
			HeapSysMB: float64(ms.Sys >> 20)}
	}
	if *asJSON {
		return printJSON(e, rep)
	}
	w := e.stdout
	for _, err := range p.LoadErrors() {
		fmt.Fprintf(w, "warning: %v\n", err)
	}
	for _, m := range rep.Missing {
		fmt.Fprintf(w, "skipped: no usable %s model (absent from the binary or unreadable); its scores are not measured\n", m)
	}
	fmt.Fprintf(w, "English pipeline, %s split. Tags, lemmas (lemma/g: from gold tags), UAS and LAS from gold tokens (CoNLL 2018: every word counts, punctuation included; LAS on universal relations); tokens and sentences F1 from raw text.\n\n", rep.Split)
	fmt.Fprintf(w, "%-10s %7s %6s %6s %6s %7s %6s %6s %8s %8s\n", "treebank", "words", "UPOS", "XPOS", "lemma", "lemma/g", "UAS", "LAS", "tokensF1", "sentsF1")
	cell := func(v *float64) string {
		if v == nil {
			return "-"
		}
		return fmt.Sprintf("%.2f", *v)
	}
	for _, t := range rep.Treebanks {
		fmt.Fprintf(w, "%-10s %7d %6s %6s %6s %7s %6s %6s %8.2f %8.2f\n", t.Name, t.Words, cell(t.UPOS), cell(t.XPOS), cell(t.Lemma), cell(t.LemmaGold), cell(t.UAS), cell(t.LAS), t.TokenF1, t.SentF1)
	}
	if len(rep.NER) > 0 {
		fmt.Fprintln(w, "\nNER (exact spans and labels)")
		for _, n := range rep.NER {
			var per []string
			for _, l := range []string{"PER", "ORG", "LOC", "MISC"} {
				if v, ok := n.PerLabel[l]; ok {
					per = append(per, fmt.Sprintf("%s %.2f", l, v))
				}
			}
			fmt.Fprintf(w, "%-30s F1 %.2f (P %.2f R %.2f)  %s\n", n.Name, n.F1, n.P, n.R, strings.Join(per, ", "))
		}
	}
	if rep.Speed != nil {
		fmt.Fprintf(w, "\nspeed: %.0f tokens/s, one goroutine, whole pipeline over %s (%d tokens)\n", rep.Speed.TokensPerSec, rep.Speed.Text, rep.Speed.Tokens)
		fmt.Fprintf(w, "memory: %.0f MB obtained from the OS by the end of the evaluation\n", rep.Speed.HeapSysMB)
	}
	fmt.Fprintf(w, "embedded model files: %.2f MB\n", rep.ModelsMB)
	if rep.UsedMB != rep.ModelsMB {
		fmt.Fprintf(w, "model files used ($%s first): %.2f MB\n", english.ModelsEnv, rep.UsedMB)
	}
	return nil
}
