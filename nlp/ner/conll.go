package ner

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"hearsay/nlp"
)

// ConllError is a malformed line in CoNLL-2003 or IOB2 input.
type ConllError struct {
	Line int
	Msg  string
}

func (e *ConllError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ReadConll reads named-entity data in the CoNLL-2003 format (space-separated
// "word POS chunk NER" lines, "-DOCSTART-" lines between documents, blank
// lines between sentences, IOB1 or IOB2 tags) or in the UNER ".iob2" format
// (tab-separated "id word tag ..." lines with "#" comment lines) and returns
// one Doc holding every sentence of every document. Entity tags are
// normalised to IOB2 ("B-X" opens every entity). The Doc's Text is the words
// joined by spaces, one sentence a line, with an empty line between
// documents; offsets point into it. For CoNLL-2003 input the POS column is
// kept in Token.XPOS. A malformed line is a *ConllError naming the line.
func ReadConll(r io.Reader) (*nlp.Doc, error) {
	docs, err := ReadConllDocs(r)
	if err != nil {
		return nil, err
	}
	return JoinDocs(docs), nil
}

// ReadConllDocs reads the same formats as ReadConll and returns one Doc per
// document ("-DOCSTART-" or "# newdoc" lines open a new document). Documents
// with no sentence are dropped.
func ReadConllDocs(r io.Reader) ([]*nlp.Doc, error) {
	var docs []*nlp.Doc
	cur := &nlp.Doc{}
	var text strings.Builder
	sentStart := 0
	prev := "O" // previous tag in the sentence, for IOB1 → IOB2

	endSentence := func() {
		if len(cur.Tokens) == sentStart {
			return
		}
		cur.Tokens[len(cur.Tokens)-1].SpaceAfter = false
		cur.Sentences = append(cur.Sentences, nlp.Sentence{Start: sentStart, End: len(cur.Tokens)})
		text.WriteByte('\n')
		sentStart = len(cur.Tokens)
		prev = "O"
	}
	endDoc := func() {
		endSentence()
		if len(cur.Sentences) > 0 {
			cur.Text = text.String()
			docs = append(docs, cur)
		}
		cur = &nlp.Doc{}
		text.Reset()
		sentStart = 0
	}

	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<24)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			endSentence()
			continue
		case strings.HasPrefix(trimmed, "-DOCSTART-"):
			endDoc()
			continue
		case strings.HasPrefix(trimmed, "# newdoc"):
			endDoc()
			continue
		case strings.HasPrefix(trimmed, "#") && isComment(line):
			continue
		}
		word, pos, tag, err := splitLine(line)
		if err != nil {
			return nil, &ConllError{Line: lineNo, Msg: err.Error()}
		}
		tag, err = iob2(tag, prev)
		if err != nil {
			return nil, &ConllError{Line: lineNo, Msg: err.Error()}
		}
		prev = tag
		start := text.Len()
		text.WriteString(word)
		cur.Tokens = append(cur.Tokens, nlp.Token{
			Start: start, End: text.Len(), Form: word, XPOS: pos, Ent: tag,
			Head: -1, SpaceAfter: true,
		})
		text.WriteByte(' ')
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", lineNo+1, err)
	}
	endDoc()
	return docs, nil
}

// isComment reports whether a line starting with "#" is a comment rather
// than a token line for the word "#".
func isComment(line string) bool {
	if strings.Contains(line, " = ") {
		return true
	}
	_, _, tag, err := splitLine(line)
	if err != nil {
		return true
	}
	_, err = iob2(tag, "O")
	return err != nil
}

// splitLine returns the word, POS (CoNLL-2003 only) and raw tag of a token line.
func splitLine(line string) (word, pos, tag string, err error) {
	if strings.Contains(line, "\t") {
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return "", "", "", fmt.Errorf("want at least 3 tab-separated columns (id, word, tag), have %d", len(f))
		}
		if _, e := strconv.Atoi(f[0]); e != nil {
			return "", "", "", fmt.Errorf("first column %q is not a token number", f[0])
		}
		word, tag = f[1], strings.TrimSpace(f[2])
	} else {
		f := strings.Fields(line)
		if len(f) < 2 {
			return "", "", "", fmt.Errorf("want at least 2 columns (word ... tag), have %d", len(f))
		}
		word, tag = f[0], f[len(f)-1]
		if len(f) == 4 {
			pos = f[1]
		}
	}
	if word == "" || strings.ContainsAny(word, " \n") {
		return "", "", "", fmt.Errorf("bad word %q", word)
	}
	return word, pos, tag, nil
}

// iob2 validates tag and converts an IOB1 tag to IOB2 given the previous
// tag (already IOB2) of the sentence.
func iob2(tag, prev string) (string, error) {
	if tag == "O" {
		return tag, nil
	}
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I') {
		return "", fmt.Errorf("bad entity tag %q (want O, B-X or I-X)", tag)
	}
	label := tag[2:]
	for i := 0; i < len(label); i++ {
		c := label[i]
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return "", fmt.Errorf("bad entity label %q", label)
		}
	}
	if tag[0] == 'I' && (len(prev) < 3 || prev[2:] != label) {
		return "B-" + label, nil
	}
	return tag, nil
}

// JoinDocs concatenates docs into one Doc, with an empty line between them
// in Text. Tokens are copied; offsets and heads are shifted.
func JoinDocs(docs []*nlp.Doc) *nlp.Doc {
	out := &nlp.Doc{}
	var text strings.Builder
	for k, d := range docs {
		if k > 0 {
			text.WriteByte('\n')
		}
		off, base := text.Len(), len(out.Tokens)
		text.WriteString(d.Text)
		for _, t := range d.Tokens {
			t.Start += off
			t.End += off
			if t.Head >= 0 {
				t.Head += base
			}
			out.Tokens = append(out.Tokens, t)
		}
		for _, s := range d.Sentences {
			out.Sentences = append(out.Sentences, nlp.Sentence{Start: s.Start + base, End: s.End + base})
		}
	}
	out.Text = text.String()
	return out
}
