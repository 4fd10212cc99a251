package nlpeval

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"time"

	"hearsay/nlp"
)

// Analyzer is the pipeline under evaluation (english.Pipeline).
type Analyzer interface {
	// Analyze runs the whole pipeline over raw text.
	Analyze(text string) *nlp.Doc
	// AnnotateTokens runs the tagging layers over gold tokens.
	AnnotateTokens(d *nlp.Doc)
	// Lemmatize fills lemmas from the tags the tokens carry.
	Lemmatize(d *nlp.Doc)
	// Has reports whether a layer ("tagger", "lemmatizer", "parser",
	// "ner") is present.
	Has(layer string) bool
}

// TreebankScores are the scores on one treebank. Accuracies are percents
// of gold words; a layer the pipeline lacks has its scores set to -1.
type TreebankScores struct {
	Name                        string
	Words                       int
	UPOS, XPOS, Lemma, UAS, LAS float64
	LemmaGoldTags               float64 // lemma accuracy from the gold tags
	Tokens, Sentences           F1      // from the raw text
}

// EvalTreebank scores a on tb: tags, lemmas and dependencies from the gold
// tokens and sentences (every other field cleared first), tokens and
// sentences from the raw text.
func EvalTreebank(a Analyzer, tb *Treebank) TreebankScores {
	s := TreebankScores{Name: tb.Name, Words: tb.Words(), UPOS: -1, XPOS: -1, Lemma: -1, UAS: -1, LAS: -1, LemmaGoldTags: -1}
	s.Tokens, s.Sentences = tb.Segmentation(a.Analyze(tb.Raw))
	d := tb.Gold.Unannotated()
	a.AnnotateTokens(d)
	var upos, xpos, lem, uas, las int
	for i, g := range tb.Gold.Tokens {
		p := d.Tokens[i]
		if p.UPOS == g.UPOS {
			upos++
		}
		if p.XPOS == g.XPOS {
			xpos++
		}
		if p.Lemma == g.Lemma {
			lem++
		}
		if p.Head == g.Head {
			uas++
			if universal(p.Rel) == universal(g.Rel) {
				las++
			}
		}
	}
	pct := func(n int) float64 { return 100 * ratio(n, len(tb.Gold.Tokens)) }
	if a.Has("tagger") {
		s.UPOS, s.XPOS = pct(upos), pct(xpos)
	}
	if a.Has("lemmatizer") {
		s.Lemma = pct(lem)
		for i, g := range tb.Gold.Tokens {
			d.Tokens[i].UPOS, d.Tokens[i].XPOS = g.UPOS, g.XPOS
		}
		a.Lemmatize(d)
		lem = 0
		for i, g := range tb.Gold.Tokens {
			if d.Tokens[i].Lemma == g.Lemma {
				lem++
			}
		}
		s.LemmaGoldTags = pct(lem)
	}
	if a.Has("parser") {
		s.UAS, s.LAS = pct(uas), pct(las)
	}
	return s
}

// universal returns the universal part of a relation: "obl" for
// "obl:tmod".
func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

// ReadCoNLL2003 reads a CoNLL-2003 file (word, POS, chunk, entity tag per
// line; blank lines between sentences; -DOCSTART- lines skipped) into a Doc
// whose tokens carry the gold entity tags in BIO form.
func ReadCoNLL2003(path string) (*nlp.Doc, error) {
	return readColumns(path, " ", 4, 0, 3)
}

// ReadIOB2 reads a Universal NER IOB2 file (id, word, entity tag, two more
// columns, tab-separated; comment lines start with #) into a Doc.
func ReadIOB2(path string) (*nlp.Doc, error) {
	return readColumns(path, "\t", 3, 1, 2)
}

// readColumns reads a column file: each line at least minCols fields split
// by sep, the word in column word and the BIO tag in column ent.
func readColumns(path, sep string, minCols, word, ent int) (*nlp.Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d := &nlp.Doc{}
	var text strings.Builder
	start := 0
	flush := func() {
		if len(d.Tokens) > start {
			d.Sentences = append(d.Sentences, nlp.Sentence{Start: start, End: len(d.Tokens)})
			text.WriteByte('\n')
			start = len(d.Tokens)
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" {
			flush()
			continue
		}
		if strings.HasPrefix(l, "#") && sep == "\t" || strings.HasPrefix(l, "-DOCSTART-") {
			continue
		}
		c := strings.Split(l, sep)
		if len(c) < minCols {
			return nil, fmt.Errorf("%s: line %d: %d columns, want at least %d", path, line, len(c), minCols)
		}
		if text.Len() > 0 && len(d.Tokens) > start {
			text.WriteByte(' ')
		}
		t := nlp.Token{Form: c[word], Ent: c[ent], Head: -1, SpaceAfter: true}
		t.Start = text.Len()
		text.WriteString(c[word])
		t.End = text.Len()
		d.Tokens = append(d.Tokens, t)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	flush()
	d.Text = text.String()
	return d, nil
}

// NERScores are entity span scores, overall and per gold label.
type NERScores struct {
	Name     string
	All      F1
	PerLabel map[string]F1
}

// EvalNER tags the tokens of gold (entity tags cleared first) with a and
// compares the entity spans: a span counts when its tokens and its label
// match exactly. mapLabel turns a predicted label into the gold label set,
// "" to drop the entity.
func EvalNER(a Analyzer, name string, gold *nlp.Doc, mapLabel func(string) string) NERScores {
	d := gold.Unannotated()
	a.AnnotateTokens(d)
	type key struct {
		start, end int
		label      string
	}
	g := map[key]bool{}
	s := NERScores{Name: name, PerLabel: map[string]F1{}}
	for _, e := range gold.Entities() {
		g[key{e.Start, e.End, e.Label}] = true
		f := s.PerLabel[e.Label]
		f.Gold++
		s.PerLabel[e.Label] = f
		s.All.Gold++
	}
	for _, e := range d.Entities() {
		l := mapLabel(e.Label)
		if l == "" {
			continue
		}
		f := s.PerLabel[l]
		f.Pred++
		s.All.Pred++
		if g[key{e.Start, e.End, l}] {
			f.Correct++
			s.All.Correct++
		}
		s.PerLabel[l] = f
	}
	return s
}

// CoNLLLabels maps our entity labels to CoNLL-2003's: GPE is LOC, NORP is
// MISC.
func CoNLLLabels(l string) string {
	switch l {
	case "GPE":
		return "LOC"
	case "NORP":
		return "MISC"
	}
	return l
}

// UNERLabels maps our entity labels to Universal NER's PER, ORG and LOC:
// GPE is LOC, MISC and NORP are dropped.
func UNERLabels(l string) string {
	switch l {
	case "GPE":
		return "LOC"
	case "PER", "ORG", "LOC":
		return l
	}
	return ""
}

// Speed runs a over text rounds times in this goroutine and returns the
// best rate in tokens per second and the number of tokens.
func Speed(a Analyzer, text string, rounds int) (perSecond float64, tokens int) {
	for r := 0; r < max(1, rounds); r++ {
		t0 := time.Now()
		d := a.Analyze(text)
		el := time.Since(t0).Seconds()
		tokens = len(d.Tokens)
		if el > 0 && float64(tokens)/el > perSecond {
			perSecond = float64(tokens) / el
		}
	}
	return perSecond, tokens
}
