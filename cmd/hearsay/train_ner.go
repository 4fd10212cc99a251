package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"hearsay/nlp"
	"hearsay/nlp/ner"
)

func init() {
	trainers.add("ner", "train the named-entity tagger on CoNLL-2003 (writes nlp/models/ner.model)", trainNER)
}

func readConllFile(path string) ([]*nlp.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := ner.ReadConllDocs(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func trainNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train ner")
	data := fs.String("data", "../shared/data/ner", "directory holding conll2003/ and uner-ewt/")
	out := fs.String("out", "nlp/models/ner.model", "model file to write")
	seed := fs.Int64("seed", 1, "random seed")
	epochs := fs.Int("epochs", 6, "training epochs")
	minCount := fs.Int("min-count", 1, "drop features seen fewer times in the training data")
	twoPass := fs.Bool("two-pass", true, "second decoding pass with the first pass's labels as document features")
	noFacts := fs.Bool("no-facts", false, "leave out the embedded gazetteer of countries, demonyms, cities and organisations")
	titleCase := fs.Float64("title-case", 0, "fraction of training sentences also learned in Title Case")
	dropout := fs.Float64("word-dropout", 0.1, "probability of hiding a training token's word features")
	runs := fs.Int("runs", 3, "train this many models with consecutive seeds and average their weights")
	uner := fs.Bool("uner", true, "also train on UNER English-EWT dev (web text; PER, ORG, LOC only)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	trainPath := filepath.Join(*data, "conll2003", "conllpp_train.txt")
	devPath := filepath.Join(*data, "conll2003", "conllpp_dev.txt")
	docs, err := readConllFile(trainPath)
	if err != nil {
		return err
	}
	names := []string{"ner/conll2003/conllpp_train.txt"}
	if *uner {
		u, err := readConllFile(filepath.Join(*data, "uner-ewt", "en_ewt-ud-dev.iob2"))
		if err != nil {
			return err
		}
		docs = append(docs, u...)
		names = append(names, "ner/uner-ewt/en_ewt-ud-dev.iob2")
	}
	dev, err := readConllFile(devPath)
	if err != nil {
		return err
	}
	start := time.Now()
	m, err := ner.Train(docs, ner.TrainOptions{
		Epochs: *epochs, Seed: *seed, MinCount: *minCount, TwoPass: *twoPass, NoFacts: *noFacts,
		TitleCase: *titleCase, WordDropout: *dropout, Runs: *runs, Dev: dev, Training: names, Log: e.stderr,
	})
	if err != nil {
		return err
	}
	s := ner.Evaluate(m, dev)
	m.Meta.Trained = time.Now().UTC().Format("2006-01-02")
	m.Meta.Notes = fmt.Sprintf("two_pass=%v min_count=%d title_case=%g word_dropout=%g runs=%d facts=%v", *twoPass, *minCount, *titleCase, *dropout, *runs, !*noFacts)
	m.Meta.Scores = map[string]float64{"dev_f1": round2(100 * s.Overall.F1)}
	fmt.Fprintf(e.stdout, "trained in %s\n", time.Since(start).Round(time.Second))
	fmt.Fprintf(e.stdout, "dev (conll2003/conllpp_dev.txt)  P %.2f  R %.2f  F1 %.2f\n", 100*s.Overall.P, 100*s.Overall.R, 100*s.Overall.F1)
	for _, l := range s.LabelNames() {
		p := s.Labels[l]
		m.Meta.Scores["dev_f1_"+l] = round2(100 * p.F1)
		fmt.Fprintf(e.stdout, "  %-5s P %.2f  R %.2f  F1 %.2f  (%d gold)\n", l, 100*p.P, 100*p.R, 100*p.F1, p.TP+p.FN)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := writeModelFile(*out, m.Save); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	fi, _ := os.Stat(*out)
	fmt.Fprintf(e.stdout, "wrote %s (%d features, %.1f MB)\n", *out, m.Meta.Features, float64(fi.Size())/1e6)
	return nil
}

func round2(x float64) float64 { return float64(int(x*100+0.5)) / 100 }
