// Package nlpeval measures hearsay's English pipeline against gold
// annotation: tokens and sentences from raw text, tags, lemmas and
// dependencies from gold tokens (CoNLL 2018 shared-task style: UAS and LAS
// count every word, punctuation included; LAS compares the universal part
// of the relation, "obl:tmod" counting as "obl"), and named-entity spans
// (exact span and label, CoNLL convention).
package nlpeval

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"

	"hearsay/nlp"
)

// Treebank is gold CoNLL-U read from files, with the raw text rebuilt from
// it: sentences of a paragraph joined by a space, paragraphs and documents
// ("# newpar", "# newdoc") separated by a blank line.
type Treebank struct {
	Name  string
	Gold  *nlp.Doc // gold tokens, offsets into Gold.Text (one sentence per line)
	Raw   string   // the rebuilt raw text
	spans []span   // gold tokens as byte ranges of Raw, in order, one per distinct range
	sents []span   // gold sentences as byte ranges of Raw
}

type span struct{ a, b int }

// ReadTreebank reads the CoNLL-U files paths as one treebank.
func ReadTreebank(name string, paths ...string) (*Treebank, error) {
	tb := &Treebank{Name: name, Gold: &nlp.Doc{}}
	var raw, text strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := nlp.ReadCoNLLU(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		breaks := paragraphStarts(data)
		if len(breaks) != len(d.Sentences) {
			return nil, fmt.Errorf("%s: %d sentences but %d sentence blocks", p, len(d.Sentences), len(breaks))
		}
		base := text.Len()
		text.WriteString(d.Text)
		off := len(tb.Gold.Tokens)
		for _, t := range d.Tokens {
			t.Start += base
			t.End += base
			if t.Head >= 0 {
				t.Head += off
			}
			tb.Gold.Tokens = append(tb.Gold.Tokens, t)
		}
		for si, s := range d.Sentences {
			tb.Gold.Sentences = append(tb.Gold.Sentences, nlp.Sentence{Start: s.Start + off, End: s.End + off})
			if raw.Len() > 0 {
				if breaks[si] || si == 0 {
					raw.WriteString("\n\n")
				} else {
					raw.WriteByte(' ')
				}
			}
			a, b := d.Tokens[s.Start].Start, d.Tokens[s.End-1].End
			shift := raw.Len() - a
			raw.WriteString(d.Text[a:b])
			tb.sents = append(tb.sents, span{a + shift, b + shift})
			last := span{-1, -1}
			for _, t := range d.Tokens[s.Start:s.End] {
				sp := span{t.Start + shift, t.End + shift}
				if sp != last {
					tb.spans = append(tb.spans, sp)
					last = sp
				}
			}
		}
	}
	tb.Gold.Text = text.String()
	tb.Raw = raw.String()
	return tb, nil
}

// paragraphStarts returns, per sentence block of CoNLL-U data, whether a
// "# newpar" or "# newdoc" comment opens it.
func paragraphStarts(data []byte) []bool {
	var out []bool
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<26)
	par, words := false, false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "":
			if words {
				out = append(out, par)
			}
			par, words = false, false
		case strings.HasPrefix(line, "# newpar") || strings.HasPrefix(line, "# newdoc"):
			par = true
		case line[0] != '#':
			words = true
		}
	}
	if words {
		out = append(out, par)
	}
	return out
}

// Words returns the number of gold words.
func (tb *Treebank) Words() int { return len(tb.Gold.Tokens) }

// Segmentation compares the tokens and sentences found in the raw text,
// pred (a Doc over tb.Raw), with the gold ones: a token or a sentence
// counts when its byte range matches exactly.
func (tb *Treebank) Segmentation(pred *nlp.Doc) (tokens, sentences F1) {
	ps := make([]span, 0, len(pred.Tokens))
	last := span{-1, -1}
	for _, t := range pred.Tokens {
		sp := span{t.Start, t.End}
		if sp != last {
			ps = append(ps, sp)
			last = sp
		}
	}
	tokens = matchSpans(tb.spans, ps)
	ss := make([]span, 0, len(pred.Sentences))
	for _, s := range pred.Sentences {
		if s.End > s.Start {
			ss = append(ss, span{pred.Tokens[s.Start].Start, pred.Tokens[s.End-1].End})
		}
	}
	sentences = matchSpans(tb.sents, ss)
	return tokens, sentences
}

// matchSpans counts the spans common to two sorted span lists.
func matchSpans(gold, pred []span) F1 {
	f := F1{Gold: len(gold), Pred: len(pred)}
	i, j := 0, 0
	for i < len(gold) && j < len(pred) {
		switch g, p := gold[i], pred[j]; {
		case g == p:
			f.Correct++
			i++
			j++
		case g.a < p.a || g.a == p.a && g.b < p.b:
			i++
		default:
			j++
		}
	}
	return f
}

// F1 counts matches between gold and predicted items.
type F1 struct {
	Gold, Pred, Correct int
}

// Precision is Correct/Pred (0 when nothing was predicted).
func (f F1) Precision() float64 { return ratio(f.Correct, f.Pred) }

// Recall is Correct/Gold (0 when there is no gold item).
func (f F1) Recall() float64 { return ratio(f.Correct, f.Gold) }

// Score is the harmonic mean of precision and recall, in percent.
func (f F1) Score() float64 {
	p, r := f.Precision(), f.Recall()
	if p+r == 0 {
		return 0
	}
	return 100 * 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
