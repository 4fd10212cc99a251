package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"hearsay/nlp"
	"hearsay/nlp/lemma"
	"hearsay/nlp/models"
)

func init() {
	trainers.add("lemmatizer", "learn the lemmatizer's suffix rules and exceptions from UD training data", trainLemma)
}

// trainLemma trains the lemmatizer on the commercially licensed GUM
// training documents and writes nlp/models/lemma.model, reporting lemma
// accuracy with gold tags on EWT dev and GUM dev.
func trainLemma(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train lemmatizer")
	data := fs.String("data", "../shared/data", "the shared data folder")
	out := fs.String("out", "nlp/models/lemma.model", "the model file to write")
	version := fs.String("version", "1.1.0", "the model's version")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	var train []lemma.Word
	var used []string
	files, _ := filepath.Glob(filepath.Join(*data, "ud/gum/train/*.conllu"))
	for _, f := range files {
		if models.GUMNonCommercial(f) {
			continue
		}
		d, err := nlpReadCoNLLUFile(f)
		if err != nil {
			return err
		}
		train = append(train, lemma.Words(d)...)
		used = append(used, f)
	}
	if len(train) == 0 {
		return fmt.Errorf("no training data under %s", *data)
	}
	m := lemma.Train(train)
	scores := map[string]float64{}
	devs := map[string][]string{"ewt_dev": {filepath.Join(*data, "ud/ewt/en_ewt-ud-dev.conllu")}}
	devs["gum_dev"], _ = filepath.Glob(filepath.Join(*data, "ud/gum/dev/*.conllu"))
	for name, paths := range devs {
		var words []lemma.Word
		for _, p := range paths {
			d, err := nlpReadCoNLLUFile(p)
			if err != nil {
				return err
			}
			words = append(words, lemma.Words(d)...)
		}
		scores["lemma_acc_"+name] = float64(int(m.Accuracy(words)*10000+0.5)) / 100
	}
	rel := make([]string, len(used))
	for i, u := range used {
		rel[i], _ = filepath.Rel(*data, u)
	}
	rules, exc := m.Sizes()
	h := models.Header{Name: "lemma", Version: *version, Trained: time.Now().UTC().Format("2006-01-02"), Data: rel, Scores: scores,
		Notes: fmt.Sprintf("%d words; %d suffix rules, %d exceptions; GUM non-commercial genres left out; scores: gold tags", len(train), rules, exc)}
	if err := writeModelFile(*out, func(w io.Writer) error { return m.Write(w, h) }); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	fmt.Fprintf(e.stdout, "lemmatizer: %d training words, %d rules, %d exceptions\n", len(train), rules, exc)
	fmt.Fprintf(e.stdout, "lemma accuracy (gold tags): EWT dev %.2f%%, GUM dev %.2f%%\nwrote %s\n", scores["lemma_acc_ewt_dev"], scores["lemma_acc_gum_dev"], *out)
	return nil
}

// nlpReadCoNLLUFile reads one CoNLL-U file, naming it in errors.
func nlpReadCoNLLUFile(path string) (*nlp.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := nlp.ReadCoNLLU(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}
