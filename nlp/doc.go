// Package nlp is hearsay's own English analysis: sentence segmentation,
// tokenization, part-of-speech tags, lemmas, a labelled dependency parse and
// named entities, all with pure-Go models trained from Universal Dependencies
// and CoNLL-2003 data and embedded in the binary.
//
// Everything is held in one Doc. Each stage annotates the Doc's token array
// in place; every token keeps its exact byte offsets into the original text.
package nlp

// Token is one token of a Doc. Offsets are bytes into Doc.Text.
type Token struct {
	Start, End int    // byte offsets of the token in Doc.Text: Text[Start:End] is the surface
	Form       string // the token as analysed; usually Text[Start:End] ("n't", "U.S.")
	UPOS       string // universal part of speech: NOUN, VERB, PROPN, ...
	XPOS       string // Penn Treebank tag: NN, VBD, NNP, ...
	Lemma      string
	Feats      string // UD morphological features, "_" or "" when none
	Head       int    // index in Doc.Tokens of the syntactic head; -1 for the sentence root
	Rel        string // UD relation to the head: nsubj, obj, ccomp, ... ("root" for the root)
	Ent        string // entity tag in BIO form: "B-PER", "I-ORG", "O" ("" when not tagged)
	SpaceAfter bool   // whether whitespace follows in the original text
}

// Sentence is a range [Start, End) of Doc.Tokens.
type Sentence struct {
	Start, End int
}

// Entity is a named-entity span over tokens [Start, End) with its label
// (PER, ORG, LOC, GPE, MISC, NORP).
type Entity struct {
	Start, End int
	Label      string
}

// Doc is a text and its analysis.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
}

// Clone returns a copy of d whose tokens and sentences can be annotated
// without touching d's.
func (d *Doc) Clone() *Doc {
	return &Doc{Text: d.Text, Tokens: append([]Token(nil), d.Tokens...), Sentences: append([]Sentence(nil), d.Sentences...)}
}

// Unannotated returns a copy of d with the same tokens and sentences and
// nothing else: no tags, lemmas, heads, relations or entities. Evaluations
// annotate it and compare with d.
func (d *Doc) Unannotated() *Doc {
	c := &Doc{Text: d.Text, Tokens: make([]Token, len(d.Tokens)), Sentences: append([]Sentence(nil), d.Sentences...)}
	for i, t := range d.Tokens {
		c.Tokens[i] = Token{Start: t.Start, End: t.End, Form: t.Form, Head: -1, SpaceAfter: t.SpaceAfter}
	}
	return c
}

// SentenceOf returns the index of the sentence holding token i, or -1.
func (d *Doc) SentenceOf(i int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case i < d.Sentences[m].Start:
			hi = m
		case i >= d.Sentences[m].End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// SentenceText returns the original text of sentence s.
func (d *Doc) SentenceText(s int) string {
	sent := d.Sentences[s]
	if sent.End <= sent.Start {
		return ""
	}
	return d.Text[d.Tokens[sent.Start].Start:d.Tokens[sent.End-1].End]
}

// Entities returns the entity spans encoded in the tokens' BIO tags.
func (d *Doc) Entities() []Entity {
	var out []Entity
	for _, s := range d.Sentences {
		cur := -1
		for i := s.Start; i < s.End; i++ {
			tag := d.Tokens[i].Ent
			switch {
			case len(tag) > 2 && tag[0] == 'B':
				if cur >= 0 {
					out[cur].End = i
				}
				out = append(out, Entity{Start: i, End: i + 1, Label: tag[2:]})
				cur = len(out) - 1
			case len(tag) > 2 && tag[0] == 'I' && cur >= 0 && out[cur].Label == tag[2:]:
				out[cur].End = i + 1
			case len(tag) > 2 && tag[0] == 'I':
				out = append(out, Entity{Start: i, End: i + 1, Label: tag[2:]})
				cur = len(out) - 1
			default:
				cur = -1
			}
		}
	}
	return out
}

// Children returns the indexes of the tokens whose head is token i, in order.
func (d *Doc) Children(i int) []int {
	s := d.Sentences[d.SentenceOf(i)]
	var out []int
	for j := s.Start; j < s.End; j++ {
		if d.Tokens[j].Head == i {
			out = append(out, j)
		}
	}
	return out
}

// An Annotator adds one layer of analysis (tags, lemmas, heads, entities) to
// every sentence of a Doc, in place. Models implement it.
type Annotator interface {
	Annotate(d *Doc)
}
