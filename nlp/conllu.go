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

// maxCoNLLULine is the longest line ReadCoNLLU accepts.
const maxCoNLLULine = 1 << 26

// ReadCoNLLU reads CoNLL-U from r into one Doc holding every sentence. The
// Doc's Text is rebuilt from the word forms, joined by a space unless MISC
// says SpaceAfter=No, with a newline between sentences; token offsets point
// into it.
//
// Words of a multiword token ("didn't" = "did" + "n't") get their own slices
// of the multiword token's surface when their forms spell it exactly, in
// order; otherwise ("du" = "de" + "le") they all carry the multiword token's
// offsets. Heads become Doc-wide token indexes (-1 for the root, and for
// words whose head is "_"). NER= in MISC fills Ent. Comment lines are
// ignored. A malformed line (wrong column count, an id out of sequence, a
// head that is not a number or points outside its sentence) is a
// *CoNLLUError naming the line; nothing after it is read.
func ReadCoNLLU(r io.Reader) (*Doc, error) {
	d := &Doc{}
	var text strings.Builder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxCoNLLULine)
	lineNo := 0
	sentStart := 0  // index of the sentence's first token in d.Tokens
	var heads []int // per token of the current sentence: 1-based head, 0 root
	var lines []int // per token of the current sentence: its line number
	mwtLo, mwtEnd := 0, 0
	var mwtForm string
	mwtStart, mwtStop := 0, 0
	mwtSpace := true

	flush := func() error {
		if len(d.Tokens) == sentStart {
			return nil
		}
		if mwtEnd > len(d.Tokens)-sentStart {
			return &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("multiword token %d-%d runs past the end of its sentence", mwtLo, mwtEnd)}
		}
		n := len(d.Tokens) - sentStart
		for i, h := range heads {
			if h < 0 || h > n {
				return &CoNLLUError{Line: lines[i], Msg: fmt.Sprintf("head %d of word %d is outside the sentence of %d words", h, i+1, n)}
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
		lines = lines[:0]
		mwtLo, mwtEnd = 0, 0
		return nil
	}

	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
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
		next := len(d.Tokens) - sentStart + 1 // the id the next word must have
		if a, b, ok := strings.Cut(id, "-"); ok {
			lo, err1 := strconv.Atoi(a)
			hi, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || hi < lo || lo != next {
				return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("bad multiword token id %q", id)}
			}
			if mwtEnd >= next {
				return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("multiword token %q inside multiword token %d-%d", id, mwtLo, mwtEnd)}
			}
			mwtLo, mwtEnd = lo, hi
			mwtForm = f[1]
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
		if err != nil {
			return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("word id %q is not a number", id)}
		}
		if n != next {
			return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("word id %q out of sequence, want %d", id, next)}
		}
		h := 0
		if f[6] != "_" {
			h, err = strconv.Atoi(f[6])
			if err != nil {
				return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("head %q is not a number", f[6])}
			}
			if h < 0 {
				return d, &CoNLLUError{Line: lineNo, Msg: fmt.Sprintf("negative head %d", h)}
			}
		}
		heads = append(heads, h)
		lines = append(lines, lineNo)
		t := Token{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5], Rel: f[7]}
		if f[7] == "_" {
			t.Rel = ""
		}
		for _, kv := range strings.Split(f[9], "|") {
			if v, ok := strings.CutPrefix(kv, "NER="); ok {
				t.Ent = v
			}
		}
		if n <= mwtEnd {
			t.Start, t.End, t.SpaceAfter = mwtStart, mwtStop, mwtSpace && n == mwtEnd
			if n == mwtEnd {
				splitMWT(d.Tokens[len(d.Tokens)-(n-mwtLo):], &t, mwtForm, mwtStart)
			}
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

// splitMWT gives the words of one multiword token (before, then last) their
// own offsets when their forms spell the surface form exactly.
func splitMWT(before []Token, last *Token, surface string, start int) {
	total := len(last.Form)
	for _, t := range before {
		total += len(t.Form)
	}
	if total != len(surface) {
		return
	}
	off := 0
	for _, t := range before {
		if surface[off:off+len(t.Form)] != t.Form {
			return
		}
		off += len(t.Form)
	}
	if surface[off:] != last.Form {
		return
	}
	off = start
	for i := range before {
		before[i].Start, before[i].End, before[i].SpaceAfter = off, off+len(before[i].Form), false
		off = before[i].End
	}
	last.Start = off
}

// WriteCoNLLU writes d as CoNLL-U: per sentence a "# sent_id" (1, 2, ...)
// and a "# text" comment, then one line per token with its form, lemma,
// tags, features, head (0 for the root), relation and, in MISC,
// SpaceAfter=No and NER= when set. Empty fields are written "_"; a token
// without a relation gets "_" as head and relation.
func WriteCoNLLU(w io.Writer, d *Doc) error {
	bw := bufio.NewWriter(w)
	for si, s := range d.Sentences {
		if s.End <= s.Start || s.Start < 0 || s.End > len(d.Tokens) {
			continue
		}
		fmt.Fprintf(bw, "# sent_id = %d\n", si+1)
		fmt.Fprintf(bw, "# text = %s\n", oneLine(d.sentenceTextSafe(s)))
		for i := s.Start; i < s.End; i++ {
			t := &d.Tokens[i]
			head, rel := "_", "_"
			if t.Rel != "" {
				rel = field(t.Rel)
				switch {
				case t.Head < 0:
					head = "0"
				case t.Head >= s.Start && t.Head < s.End:
					head = strconv.Itoa(t.Head - s.Start + 1)
				default: // a head outside the sentence cannot be written
					head, rel = "_", "_"
				}
			}
			var misc []string
			if !t.SpaceAfter && i+1 < len(d.Tokens) {
				misc = append(misc, "SpaceAfter=No")
			}
			if t.Ent != "" {
				misc = append(misc, "NER="+field(t.Ent))
			}
			m := "_"
			if len(misc) > 0 {
				m = strings.Join(misc, "|")
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t_\t%s\n", i-s.Start+1,
				field(t.Form), field(t.Lemma), field(t.UPOS), field(t.XPOS), field(t.Feats), head, rel, m)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// sentenceTextSafe is SentenceText for a sentence known to be in range,
// tolerating offsets that do not fit the text.
func (d *Doc) sentenceTextSafe(s Sentence) string {
	a, b := d.Tokens[s.Start].Start, d.Tokens[s.End-1].End
	if a < 0 || b > len(d.Text) || a > b {
		var sb strings.Builder
		for i := s.Start; i < s.End; i++ {
			sb.WriteString(d.Tokens[i].Form)
			if d.Tokens[i].SpaceAfter && i+1 < s.End {
				sb.WriteByte(' ')
			}
		}
		return sb.String()
	}
	return d.Text[a:b]
}

// field makes s fit one CoNLL-U column: no tabs or line breaks, "_" when
// empty. A form made only of spaces becomes "_" too.
func field(s string) string {
	if strings.TrimSpace(s) == "" {
		return "_"
	}
	if strings.ContainsAny(s, "\t\n\r") {
		return strings.Map(func(r rune) rune {
			if r == '\t' || r == '\n' || r == '\r' {
				return ' '
			}
			return r
		}, s)
	}
	return s
}

// oneLine replaces line breaks and tabs in s by spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}
