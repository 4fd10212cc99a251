package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"hearsay/nlp"
	"hearsay/nlp/cluster"
	"hearsay/nlp/models"
	"hearsay/nlp/parse"
	"hearsay/nlp/tag"
)

func init() {
	trainers.add("tagger", "train the part-of-speech tagger on UD English (writes nlp/models/tagger.model)", tpTrainTagger)
	trainers.add("parser", "train the dependency parser on UD English with jack-knifed tags (writes nlp/models/parser.model)", tpTrainParser)
}

// tpUdSources is what the tagger and parser train and tune on.
type tpUdSources struct {
	ud        string
	excludeNC bool
	withEWT   bool
}

// tpCorpus is a named set of docs.
type tpCorpus struct {
	name string
	file string // relative to ../shared/data, for a single-file corpus
	docs []*nlp.Doc
}

func tpReadCoNLLUFile(path string) (*nlp.Doc, error) {
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

// tpGumDocs reads every document of a GUM split directory, in name order.
func tpGumDocs(dir string, excludeNC bool) (docs []*nlp.Doc, names []string, err error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.conllu"))
	if err != nil {
		return nil, nil, err
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("no .conllu files in %s", dir)
	}
	sort.Strings(files)
	for _, f := range files {
		base := filepath.Base(f)
		if excludeNC && models.GUMNonCommercial(base) {
			continue
		}
		d, err := tpReadCoNLLUFile(f)
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, d)
		names = append(names, "ud/gum/"+filepath.Base(dir)+"/"+base)
	}
	return docs, names, nil
}

// taggerData returns the tagger's training corpora (PTB-tagged treebanks
// only: GUM train and, optionally, EWT dev) and its tuning set (GUM dev).
func (s tpUdSources) taggerData() (train []tpCorpus, dev []*nlp.Doc, gumNames []string, err error) {
	gum, names, err := tpGumDocs(filepath.Join(s.ud, "gum", "train"), s.excludeNC)
	if err != nil {
		return nil, nil, nil, err
	}
	train = append(train, tpCorpus{name: "gum/train", docs: gum})
	if s.withEWT {
		d, err := tpReadCoNLLUFile(filepath.Join(s.ud, "ewt", "en_ewt-ud-dev.conllu"))
		if err != nil {
			return nil, nil, nil, err
		}
		train = append(train, tpCorpus{name: "ewt/dev", file: "ud/ewt/en_ewt-ud-dev.conllu", docs: []*nlp.Doc{d}})
	}
	dev, _, err = tpGumDocs(filepath.Join(s.ud, "gum", "dev"), false)
	if err != nil {
		return nil, nil, nil, err
	}
	return train, dev, names, nil
}

func tpDataNames(cs []tpCorpus) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.name)
	}
	return out
}

func tpAllDocs(cs []tpCorpus) []*nlp.Doc {
	var out []*nlp.Doc
	for _, c := range cs {
		out = append(out, c.docs...)
	}
	return out
}

func tpCountTokens(docs []*nlp.Doc) int {
	n := 0
	for _, d := range docs {
		n += len(d.Tokens)
	}
	return n
}

func tpTrainTagger(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train tagger")
	ud := fs.String("ud", "../shared/data/ud", "directory of the Universal Dependencies treebanks")
	out := fs.String("out", "nlp/models/tagger.model", "model file to write")
	seed := fs.Uint64("seed", 1, "random seed")
	epochs := fs.Int("epochs", 10, "training epochs")
	excludeNC := fs.Bool("exclude-nc", true, "leave out GUM documents whose texts are licensed non-commercial (models.GUMNonCommercial)")
	withEWT := fs.Bool("ewt-dev", true, "also train on EWT dev (then GUM dev is the only tuning set)")
	prune := fs.Float64("prune", 0.5, "drop weights of smaller magnitude from the saved model")
	step := fs.Float64("step", 1.0/64, "round the saved weights to multiples of this step")
	fraction := fs.Float64("fraction", 1, "train on this fraction of the sentences (for learning curves)")
	verbose := fs.Bool("v", false, "log accuracy on GUM dev after every epoch and for several -prune values")
	useClusters := fs.Bool("clusters", true, "use the embedded word clusters (nlp/cluster) as features, as the shipped model does")
	beam := fs.Int("beam", 2, "beam width: > 1 trains a structured perceptron with max-violation updates and decodes with the beam, as shipped (1: greedy)")
	lowerCopies := fs.Float64("lower-copies", 0, "fraction of training sentences also trained on lower-cased")
	titleCopies := fs.Float64("title-copies", 0, "fraction of training sentences also trained with every word's first letter upper-cased")
	tagDict := fs.Int("tag-dict", 0, "restrict closed-class words seen at least this many times to the classes seen with them (0: no tag dictionary)")
	ewtHold := fs.Bool("ewt-holdout", false, "train on half of EWT dev only (blocks of 50 sentences) and report UPOS on the other half, for measuring ideas on web text")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	cl, err := tpClusters(*useClusters)
	if err != nil {
		return fmt.Errorf("train tagger: %w", err)
	}
	src := tpUdSources{ud: *ud, excludeNC: *excludeNC, withEWT: *withEWT}
	train, dev, gumNames, err := src.taggerData()
	if err != nil {
		return fmt.Errorf("train tagger: %w", err)
	}
	var ewtHeld []*nlp.Doc
	if *ewtHold {
		if !*withEWT {
			return fmt.Errorf("train tagger: -ewt-holdout needs -ewt-dev")
		}
		for i, c := range train {
			if c.name != "ewt/dev" {
				continue
			}
			var kept []*nlp.Doc
			for _, d := range c.docs {
				kept = append(kept, tpSubDoc(d, func(k int) bool { return (k/50)%2 == 0 }))
				ewtHeld = append(ewtHeld, tpSubDoc(d, func(k int) bool { return (k/50)%2 == 1 }))
			}
			train[i].name, train[i].docs = "ewt/dev (even blocks of 50 sentences)", kept
		}
	}
	docs := tpAllDocs(train)
	if *fraction < 1 {
		k := 0 // sentence k of the whole set is kept when k%100 < fraction*100
		for i, d := range docs {
			docs[i] = tpSubDoc(d, func(int) bool { k++; return float64((k-1)%100) < *fraction*100 })
		}
	}
	fmt.Fprintf(e.stdout, "training tagger on %s: %d tokens (%d GUM documents)\n", strings.Join(tpDataNames(train), ", "), tpCountTokens(docs), len(gumNames))
	opt := tag.Options{Epochs: *epochs, Seed: *seed, Clusters: cl, Beam: *beam, LowerCopies: *lowerCopies, TitleCopies: *titleCopies, TagDict: *tagDict}
	if *verbose {
		opt.Log, opt.Dev = e.stdout, dev
		if len(ewtHeld) > 0 {
			opt.DevSets = []tag.DevSet{{Name: "EWT dev half", Docs: ewtHeld}}
		}
	}
	start := time.Now()
	m, err := tag.Train(ctx, docs, opt)
	if err != nil {
		return fmt.Errorf("train tagger: %w", err)
	}
	elapsed := time.Since(start)
	if *verbose {
		for _, p := range tpPruneGrid {
			c := *m
			c.Compact(float32(p), float32(*step))
			sc := c.Evaluate(dev...)
			fmt.Fprintf(e.stdout, "prune %.2f: %d weights, %d bytes, GUM dev UPOS %.2f%% XPOS %.2f%%\n", p, c.Weights(), tpSize(c.Save), sc.UPOS, sc.XPOS)
		}
	}
	m.Compact(float32(*prune), float32(*step))
	sc := m.Evaluate(dev...)
	fmt.Fprintf(e.stdout, "GUM dev (%d tokens): UPOS %.2f%%  XPOS %.2f%%  both %.2f%%  (trained in %s)\n", sc.Tokens, sc.UPOS, sc.XPOS, sc.Both, elapsed.Round(time.Second))
	if len(ewtHeld) > 0 {
		hs := m.Evaluate(ewtHeld...)
		fmt.Fprintf(e.stdout, "EWT dev, held-out half (%d tokens): UPOS %.2f%%  XPOS %.2f%%  both %.2f%%\n", hs.Tokens, hs.UPOS, hs.XPOS, hs.Both)
	}
	m.Header.Trained = time.Now().UTC().Format("2006-01-02")
	m.Header.Data = tpFiles(train, gumNames)
	m.Header.Scores = map[string]float64{"gum_dev_upos": tpRound2(sc.UPOS), "gum_dev_xpos": tpRound2(sc.XPOS)}
	m.Header.Notes = fmt.Sprintf("%d epochs, prune %g, step %g; tuned on ud/gum/dev; %s%s%s", *epochs, *prune, *step, tpGumNote(*excludeNC), tpClusterNote(cl), tpTaggerOptNote(opt))
	if err := writeModelFile(*out, m.Save); err != nil {
		return fmt.Errorf("train tagger: %w", err)
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", *out)
	return nil
}

// tpTaggerOptNote describes the tagger options that are not the shipped
// defaults, for the model header's notes.
func tpTaggerOptNote(o tag.Options) string {
	var b strings.Builder
	if o.Beam > 1 {
		fmt.Fprintf(&b, "; beam %d, max-violation updates", o.Beam)
	}
	if o.LowerCopies > 0 || o.TitleCopies > 0 {
		fmt.Fprintf(&b, "; case copies: lower %g, title %g of the sentences", o.LowerCopies, o.TitleCopies)
	}
	if o.TagDict > 0 {
		fmt.Fprintf(&b, "; closed-class tag dictionary (words seen %d+ times)", o.TagDict)
	}
	return b.String()
}

// tpClusters returns the embedded word clusters, or nil when use is false.
func tpClusters(use bool) (*cluster.Set, error) {
	if !use {
		return nil, nil
	}
	cl, err := cluster.Default()
	if err != nil {
		return nil, err
	}
	if cl.Len() == 0 {
		return nil, fmt.Errorf("the embedded word clusters are empty: run hearsay train clusters, or pass -clusters=false")
	}
	return cl, nil
}

// tpTaggerClusters returns the clusters the jack-knife taggers use: those
// of the trained tagger.
func tpTaggerClusters(m *tag.Model) *cluster.Set { return m.Clusters() }

func tpClusterNote(cl *cluster.Set) string {
	if cl == nil {
		return ""
	}
	return fmt.Sprintf("; word-cluster features from nlp/cluster/clusters.txt.gz (%d words, fingerprint %016x), learned from unlabelled text (hearsay train clusters)", cl.Len(), cl.Sum())
}

func tpGumNote(excludeNC bool) string {
	if excludeNC {
		return "GUM documents whose texts are non-commercial left out"
	}
	return "all GUM train documents, including those whose texts are non-commercial"
}

// tpFiles lists the training files relative to ../shared/data.
func tpFiles(train []tpCorpus, gumNames []string) []string {
	out := append([]string(nil), gumNames...)
	for _, c := range train {
		if c.name != "gum/train" {
			out = append(out, c.file)
		}
	}
	return out
}

func tpRound2(x float64) float64 { return float64(int64(x*100+0.5)) / 100 }

// tpSubDoc copies the sentences of d picked by keep into a new Doc (text and
// offsets are not kept; heads are remapped).
func tpSubDoc(d *nlp.Doc, keep func(i int) bool) *nlp.Doc {
	out := &nlp.Doc{}
	for i, s := range d.Sentences {
		if !keep(i) {
			continue
		}
		start := len(out.Tokens)
		for _, t := range d.Tokens[s.Start:s.End] {
			if t.Head >= 0 {
				t.Head += start - s.Start
			}
			out.Tokens = append(out.Tokens, t)
		}
		out.Sentences = append(out.Sentences, nlp.Sentence{Start: start, End: len(out.Tokens)})
	}
	return out
}

// tpCloneDoc returns a deep copy of d's tokens and sentences.
func tpCloneDoc(d *nlp.Doc) *nlp.Doc {
	return &nlp.Doc{Text: d.Text, Tokens: append([]nlp.Token(nil), d.Tokens...), Sentences: append([]nlp.Sentence(nil), d.Sentences...)}
}

// tpJackknife returns copies of docs whose tags were predicted by taggers
// trained on the other folds (sentence i of the whole set is in fold i%k).
func tpJackknife(ctx context.Context, docs []*nlp.Doc, k int, opt tag.Options, log io.Writer) ([]*nlp.Doc, error) {
	type ref struct{ doc, sent int }
	var refs []ref
	for di, d := range docs {
		for si := range d.Sentences {
			refs = append(refs, ref{di, si})
		}
	}
	foldOf := make([]map[int]int, len(docs))
	for i := range foldOf {
		foldOf[i] = map[int]int{}
	}
	for i, r := range refs {
		foldOf[r.doc][r.sent] = i % k
	}
	out := make([]*nlp.Doc, len(docs))
	for i, d := range docs {
		out[i] = tpCloneDoc(d)
	}
	for f := 0; f < k; f++ {
		var train []*nlp.Doc
		for di, d := range docs {
			train = append(train, tpSubDoc(d, func(si int) bool { return foldOf[di][si] != f }))
		}
		m, err := tag.Train(ctx, train, opt)
		if err != nil {
			return nil, fmt.Errorf("fold %d: %w", f+1, err)
		}
		for di, d := range docs {
			held := tpSubDoc(d, func(si int) bool { return foldOf[di][si] == f })
			m.Annotate(held)
			j := 0
			for si, s := range d.Sentences {
				if foldOf[di][si] != f {
					continue
				}
				hs := held.Sentences[j]
				j++
				for t := 0; t < s.End-s.Start; t++ {
					out[di].Tokens[s.Start+t].UPOS = held.Tokens[hs.Start+t].UPOS
					out[di].Tokens[s.Start+t].XPOS = held.Tokens[hs.Start+t].XPOS
				}
			}
		}
		if log != nil {
			fmt.Fprintf(log, "jack-knife fold %d/%d tagged\n", f+1, k)
		}
	}
	return out, nil
}

func tpLoadTagger(path string) (*tag.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tag.Load(f)
}

func tpTrainParser(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train parser")
	ud := fs.String("ud", "../shared/data/ud", "directory of the Universal Dependencies treebanks")
	out := fs.String("out", "nlp/models/parser.model", "model file to write")
	taggerPath := fs.String("tagger", "nlp/models/tagger.model", "trained tagger that tags the dev set and the extra treebanks")
	seed := fs.Uint64("seed", 1, "random seed")
	epochs := fs.Int("epochs", 12, "training epochs")
	folds := fs.Int("folds", 5, "jack-knife folds for the training tags (0: train on gold tags)")
	tagEpochs := fs.Int("tag-epochs", 10, "epochs of the jack-knife taggers")
	goldToo := fs.Bool("gold-too", false, "train on a gold-tagged copy of the data as well as the jack-knifed one")
	excludeNC := fs.Bool("exclude-nc", true, "leave out GUM documents whose texts are licensed non-commercial (models.GUMNonCommercial)")
	withEWT := fs.Bool("ewt-dev", true, "also train on EWT dev (then GUM dev is the only tuning set)")
	extra := fs.Bool("extra", false, "also train on LinES and ParTUT train (tagged by the trained tagger)")
	prune := fs.Float64("prune", 1, "drop weights of smaller magnitude from the saved model")
	step := fs.Float64("step", 0.25, "round the saved weights to multiples of this step")
	mix := fs.Int("mix", 3, "train this many parsers with seeds seed, seed+1, ... and average their weights (parameter mixing)")
	explore := fs.Float64("explore", 0.75, "probability of following the parser's own wrong transition after the first epoch (training with exploration)")
	verbose := fs.Bool("v", false, "log scores on GUM dev after every epoch and for several -prune values")
	beam := fs.Int("beam", 4, "beam width: above 1 the parser is trained globally (structured perceptron, max-violation updates) and parses with a beam of this width, as shipped; 1 is greedy")
	useClusters := fs.Bool("clusters", true, "use the embedded word clusters (nlp/cluster) as features, as the shipped model does")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	cl, err := tpClusters(*useClusters)
	if err != nil {
		return fmt.Errorf("train parser: %w", err)
	}
	start := time.Now()
	tagger, err := tpLoadTagger(*taggerPath)
	if err != nil {
		return fmt.Errorf("train parser: loading tagger: %w", err)
	}
	src := tpUdSources{ud: *ud, excludeNC: *excludeNC, withEWT: *withEWT}
	train, dev, gumNames, err := src.taggerData()
	if err != nil {
		return fmt.Errorf("train parser: %w", err)
	}
	var docs []*nlp.Doc
	if *folds > 1 {
		tagOpt := tag.Options{Epochs: *tagEpochs, Seed: uint64(tagger.Header.Seed), Clusters: tpTaggerClusters(tagger), Beam: tagger.Beam()}
		docs, err = tpJackknife(ctx, tpAllDocs(train), *folds, tagOpt, e.stdout)
		if err != nil {
			return fmt.Errorf("train parser: jack-knifing tags: %w", err)
		}
		if *goldToo {
			docs = append(docs, tpAllDocs(train)...)
		}
	} else {
		docs = tpAllDocs(train)
	}
	names := tpDataNames(train)
	files := tpFiles(train, gumNames)
	if *extra {
		for _, p := range []string{"lines/en_lines-ud-train.conllu", "partut/en_partut-ud-train.conllu"} {
			d, err := tpReadCoNLLUFile(filepath.Join(*ud, p))
			if err != nil {
				return fmt.Errorf("train parser: %w", err)
			}
			tagger.Annotate(d)
			docs = append(docs, d)
			names = append(names, strings.TrimSuffix(p, ".conllu"))
			files = append(files, "ud/"+p)
		}
	}
	devTagged := make([]*nlp.Doc, len(dev))
	for i, d := range dev {
		devTagged[i] = tpCloneDoc(d)
		tagger.Annotate(devTagged[i])
	}
	fmt.Fprintf(e.stdout, "training parser on %s: %d tokens (%d GUM documents)\n", strings.Join(names, ", "), tpCountTokens(docs), len(gumNames))
	opt := parse.Options{Epochs: *epochs, Seed: *seed, Log: e.stdout, Clusters: cl, Explore: *explore, Beam: *beam}
	if *verbose {
		opt.Dev = devTagged
	}
	var mixed []*parse.Model
	for k := 0; k < max(*mix, 1); k++ {
		o := opt
		o.Seed = *seed + uint64(k)
		if k > 0 && *verbose {
			o.Dev = nil
		}
		m, err := parse.Train(ctx, docs, o)
		if err != nil {
			return fmt.Errorf("train parser: %w", err)
		}
		if *mix > 1 {
			sc := m.Evaluate(devTagged...)
			fmt.Fprintf(e.stdout, "parser %d of %d (seed %d): GUM dev UAS %.2f%% LAS %.2f%%\n", k+1, *mix, o.Seed, sc.UAS, sc.LAS)
		}
		mixed = append(mixed, m)
	}
	m, err := parse.Mix(mixed...)
	if err != nil {
		return fmt.Errorf("train parser: %w", err)
	}
	m.Header = mixed[0].Header
	elapsed := time.Since(start)
	if *verbose {
		for _, p := range tpPruneGrid {
			c := *m
			c.Compact(float32(p), float32(*step))
			sc := c.Evaluate(devTagged...)
			fmt.Fprintf(e.stdout, "prune %.2f: %d weights, %d bytes, GUM dev UAS %.2f%% LAS %.2f%%\n", p, c.Weights(), tpSize(c.Save), sc.UAS, sc.LAS)
		}
	}
	m.Compact(float32(*prune), float32(*step))
	sc := m.Evaluate(devTagged...)
	gsc := m.Evaluate(dev...)
	fmt.Fprintf(e.stdout, "GUM dev (%d tokens), predicted tags: UAS %.2f%%  LAS %.2f%%  LAS without subtypes %.2f%%\n", sc.Tokens, sc.UAS, sc.LAS, sc.ULAS)
	fmt.Fprintf(e.stdout, "GUM dev, gold tags: UAS %.2f%%  LAS %.2f%%  (trained in %s)\n", gsc.UAS, gsc.LAS, elapsed.Round(time.Second))
	tags := "gold training tags"
	if *folds > 1 {
		tags = fmt.Sprintf("training tags from %d-fold jack-knifed taggers on %s", *folds, strings.Join(tpDataNames(train), ", "))
	}
	if *extra {
		tags += ", LinES and ParTUT tagged by the trained tagger"
	}
	m.Header.Trained = time.Now().UTC().Format("2006-01-02")
	m.Header.Data = files
	m.Header.Scores = map[string]float64{"gum_dev_uas": tpRound2(sc.UAS), "gum_dev_las": tpRound2(sc.LAS), "gum_dev_las_gold_tags": tpRound2(gsc.LAS)}
	m.Header.Notes = fmt.Sprintf("%d epochs, %s%s, prune %g, step %g; tuned on ud/gum/dev with predicted tags; %s; %s%s", *epochs, tpSearchNote(*beam, *explore), tpMixNote(*mix), *prune, *step, tags, tpGumNote(*excludeNC), tpClusterNote(cl))
	if err := writeModelFile(*out, m.Save); err != nil {
		return fmt.Errorf("train parser: %w", err)
	}
	fmt.Fprintf(e.stdout, "wrote %s\n", *out)
	return nil
}

// tpSearchNote describes how the parser was trained and searches.
func tpSearchNote(beam int, explore float64) string {
	if beam > 1 {
		return fmt.Sprintf("beam %d, global training with max-violation updates", beam)
	}
	return fmt.Sprintf("greedy, exploration %g", explore)
}

func tpMixNote(n int) string {
	if n <= 1 {
		return ""
	}
	return fmt.Sprintf(", weights averaged over %d parsers trained with consecutive seeds", n)
}

// tpPruneGrid are the -prune values that -v compares.
var tpPruneGrid = []float64{0, 0.1, 0.25, 0.5, 1, 2}

type tpCounter int64

func (c *tpCounter) Write(p []byte) (int, error) { *c += tpCounter(len(p)); return len(p), nil }

// tpSize returns the number of bytes save writes.
func tpSize(save func(io.Writer) error) int64 {
	var c tpCounter
	if err := save(&c); err != nil {
		return -1
	}
	return int64(c)
}
