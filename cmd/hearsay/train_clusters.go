package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"hearsay/nlp"
	"hearsay/nlp/cluster"
	"hearsay/nlp/tokenize"
)

func init() {
	trainers.add("clusters", "learn word clusters from unlabelled text in ../shared (writes nlp/cluster/clusters.txt.gz)", tpTrainClusters)
}

// tpClusterText gathers the unlabelled sentences the clusters learn from:
// PolNeAR train articles, CoNLL-2003 train tokens, the news dev articles and
// the word forms of GUM train (commercial documents only) and EWT dev. No
// held-out test file is read; LinES and ParTUT (licensed non-commercial) are
// not read, nor GUM dev, the tagger's and parser's tuning set.
func tpClusterText(data string) (sents [][]string, sources []string, err error) {
	addText := func(text string) {
		d := tokenize.Doc(text)
		for _, s := range d.Sentences {
			ws := make([]string, 0, s.End-s.Start)
			for _, t := range d.Tokens[s.Start:s.End] {
				ws = append(ws, t.Form)
			}
			sents = append(sents, ws)
		}
	}
	addDoc := func(d *nlp.Doc) {
		for _, s := range d.Sentences {
			ws := make([]string, 0, s.End-s.Start)
			for _, t := range d.Tokens[s.Start:s.End] {
				ws = append(ws, t.Form)
			}
			sents = append(sents, ws)
		}
	}
	// PolNeAR train articles
	files, err := filepath.Glob(filepath.Join(data, "attribution", "polnear", "train", "text", "*.txt"))
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("no PolNeAR train texts under %s", data)
	}
	sort.Strings(files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		addText(string(b))
	}
	sources = append(sources, "attribution/polnear/train/text")
	// CoNLL-2003 train: one token per line, first column
	if err := tpReadColumnSents(filepath.Join(data, "ner", "conll2003", "conllpp_train.txt"), &sents); err != nil {
		return nil, nil, err
	}
	sources = append(sources, "ner/conll2003/conllpp_train.txt")
	// news dev articles
	f, err := os.Open(filepath.Join(data, "news", "dev", "articles.jsonl"))
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	for {
		var a struct{ Title, Text string }
		if err := dec.Decode(&a); err == io.EOF {
			break
		} else if err != nil {
			return nil, nil, fmt.Errorf("news/dev/articles.jsonl: %w", err)
		}
		addText(a.Title)
		addText(a.Text)
	}
	sources = append(sources, "news/dev/articles.jsonl")
	ud := filepath.Join(data, "ud")
	docs, _, err := tpGumDocs(filepath.Join(ud, "gum", "train"), true)
	if err != nil {
		return nil, nil, err
	}
	for _, d := range docs {
		addDoc(d)
	}
	sources = append(sources, "ud/gum/train (commercial documents)")
	d, err := tpReadCoNLLUFile(filepath.Join(ud, "ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		return nil, nil, err
	}
	addDoc(d)
	sources = append(sources, "ud/ewt/en_ewt-ud-dev.conllu")
	return sents, sources, nil
}

// tpReadColumnSents appends the sentences of a CoNLL-2003 style file (first
// column; blank lines and -DOCSTART- end sentences).
func tpReadColumnSents(path string, sents *[][]string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			*sents = append(*sents, cur)
			cur = nil
		}
	}
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "-DOCSTART-") {
			flush()
			continue
		}
		w, _, _ := strings.Cut(line, " ")
		cur = append(cur, w)
	}
	flush()
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func tpTrainClusters(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train clusters")
	data := fs.String("data", "../shared/data", "directory of the shared data")
	out := fs.String("out", "nlp/cluster/clusters.txt.gz", "cluster file to write (gzipped lines path<TAB>word)")
	seed := fs.Uint64("seed", 1, "random seed")
	depth := fs.Int("depth", 14, "depth of the cluster tree")
	minCount := fs.Int("min-count", 2, "words seen fewer times get no cluster")
	contexts := fs.Int("contexts", 2000, "most frequent words used as left and right contexts")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	start := time.Now()
	sents, sources, err := tpClusterText(*data)
	if err != nil {
		return fmt.Errorf("train clusters: %w", err)
	}
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	fmt.Fprintf(e.stdout, "clustering words of %d sentences, %d tokens (%s)\n", len(sents), n, strings.Join(sources, ", "))
	if ctx.Err() != nil {
		return ctx.Err()
	}
	set, err := cluster.Build(sents, cluster.Options{Seed: *seed, Depth: *depth, MinCount: *minCount, Contexts: *contexts})
	if err != nil {
		return fmt.Errorf("train clusters: %w", err)
	}
	err = writeModelFile(*out, func(w io.Writer) error {
		zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
		if err != nil {
			return err
		}
		if _, err := set.WriteTo(zw); err != nil {
			return err
		}
		return zw.Close()
	})
	if err != nil {
		return fmt.Errorf("train clusters: %w", err)
	}
	fmt.Fprintf(e.stdout, "wrote %s: %d words (in %s)\n", *out, set.Len(), time.Since(start).Round(time.Second))
	return nil
}
