package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CoNLLUError is a malformed line in CoNLL-U input.
type CoNLLUError struct {
	Line int
	Msg  string
}

func (e *CoNLLUError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ReadCoNLLU reads CoNLL-U from r into one Doc holding every sentence. The
// Doc's Text is rebuilt from the word forms, joined by a space unless MISC
// says SpaceAfter=No, with a newline between sentences; token offsets point
// into it. Words of a multiword token ("don't" = "do" + "n't") all carry the
// multiword token's offsets. Heads become Doc-wide token indexes (-1 for the
// root). Comment lines are ignored. A malformed line is a *CoNLLUError naming
// the line; nothing after it is read.
func ReadCoNLLU(r io.Reader) (*Doc, error) {
	d := &Doc{}
	var text strings.Builder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	lineNo := 0
	sentStart := 0  // index of the sentence's first token in d.Tokens
	var heads []int // per token of the current sentence: 1-based head, 0 root
	mwtEnd := 0     // last word id covered by the current multiword token
	mwtStart, mwtStop := 0, 0
	mwtSpace := true

	flush := func() error {
		if len(d.Tokens) == sentStart {
			return nil
		}
		n := len(d.Tokens) - sentStart
		for i, h := range heads {
			if h < 0 || h > n {
				return &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("head %d of word %d is outside the sentence of %d words", h, i+1, n)}
			}
			if h == 0 {
				d.Tokens[sentStart+i].Head = -1
			} else {
				d.Tokens[sentStart+i].Head = sentStart + h - 1
			}
		}
		d.Sentences = append(d.Sentences, Sentence{Start: sentStart, End: len(d.Tokens)})
		text.WriteByte('\n')
		sentStart = len(d.Tokens)
		heads = heads[:0]
		mwtEnd = 0
		return nil
	}

	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			if err := flush(); err != nil {
				return d, err
			}
			continue
		}
		if line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("%d columns, want 10", len(f))}
		}
		id := f[0]
		if strings.Contains(id, ".") { // empty node of enhanced dependencies
			continue
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || hi < lo {
				return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("bad multiword token id %q", id)}
			}
			mwtEnd = hi
			mwtStart = text.Len()
			text.WriteString(f[1])
			mwtStop = text.Len()
			mwtSpace = !strings.Contains(f[9], "SpaceAfter=No")
			if mwtSpace {
				text.WriteByte(' ')
			}
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(d.Tokens)-sentStart+1 {
			return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("word id %q out of sequence", id)}
		}
		h := 0
		if f[6] != "_" {
			h, err = strconv.Atoi(f[6])
			if err != nil {
				return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("bad head %q", f[6])}
			}
		}
		heads = append(heads, h)
		t := Token{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Rel: f[7]}
		for _, kv := range strings.Split(f[9], "|") {
			if v, ok := strings.CutPrefix(kv, "NER="); ok {
				t.Ent = v
			}
		}
		if n <= mwtEnd {
			t.Start, t.End, t.SpaceAfter = mwtStart, mwtStop, mwtSpace && n == mwtEnd
		} else {
			t.Start = text.Len()
			text.WriteString(f[1])
			t.End = text.Len()
			t.SpaceAfter = !strings.Contains(f[9], "SpaceAfter=No")
			if t.SpaceAfter {
				text.WriteByte(' ')
			}
		}
		d.Tokens = append(d.Tokens, t)
	}
	if err := sc.Err(); err != nil {
		return d, fmt.Errorf("line %d: %w", lineNo+1, err)
	}
	if err := flush(); err != nil {
		return d, err
	}
	d.Text = text.String()
	return d, nil
}
