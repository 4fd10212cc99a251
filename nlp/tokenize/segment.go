package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"hearsay/nlp"
)

// MaxSentence is the most tokens Segment puts in one sentence; longer runs
// are cut (at a comma or semicolon near the limit when there is one) so
// that later stages stay linear on text without punctuation.
const MaxSentence = 250

// Doc tokenizes and segments text into a new Doc.
func Doc(text string) *nlp.Doc {
	toks := Tokenize(text)
	return &nlp.Doc{Text: text, Tokens: toks, Sentences: Segment(text, toks)}
}

// Segment splits toks, the tokens of text, into sentences for news text.
// A sentence ends:
//   - after final punctuation (". ! ? ..." and runs of them) with any closing
//     quotes, brackets and reference marks ("[19]") that follow it, when the
//     next token does not continue the sentence (",", ";", a lower-case word
//     after a quote or an ellipsis);
//   - after an abbreviation ("U.S.", "Inc.") when the next token is a
//     capitalised common sentence starter ("The", "He"), unless the
//     abbreviation is a title ("Gen.", "Dr.");
//   - at a blank line, always;
//   - at a line break with no final punctuation (headlines, captions,
//     datelines on their own line), unless the line ends with a comma,
//     hyphen or dash or the next line starts in lower case;
//   - after MaxSentence tokens.
//
// A dateline at the start of a paragraph ("BEIRUT, Aug. 26 (Reuters) -",
// "TEHRAN (AFP) -") is a sentence of its own, as in UD English EWT, so that
// the sentence it introduces parses cleanly; its abbreviations ("Aug.")
// never end it. After a bare ".", "?" or "!" a lower-case word starts a new
// sentence too (web text), but not after a closing quote ("?" he asked).
func Segment(text string, toks []nlp.Token) []nlp.Sentence {
	lex := theLexicon()
	var out []nlp.Sentence
	start := 0
	n := len(toks)
	cut := func(end int) {
		for end-start > MaxSentence {
			out = append(out, nlp.Sentence{Start: start, End: start + capAt(toks[start:end])})
			start = out[len(out)-1].End
		}
		if end > start {
			out = append(out, nlp.Sentence{Start: start, End: end})
			start = end
		}
	}
	paraStart := true // whether token i opens a paragraph (or the text)
	for i := 0; i < n; i++ {
		if paraStart {
			paraStart = false
			if k := datelineEnd(toks, i); k > i {
				cut(k + 1)
				i = k
				continue
			}
		}
		if i+1 < n && newlines(text, toks[i].End, toks[i+1].Start) > 0 {
			paraStart = true
		}
		if i+1 == n {
			cut(n)
			break
		}
		f := toks[i].Form
		nl := newlines(text, toks[i].End, toks[i+1].Start)
		if nl >= 2 {
			cut(i + 1)
			continue
		}
		if isFinal(f) {
			j := i + 1
			for j < n && closes(toks, j) && newlines(text, toks[j-1].End, toks[j].Start) == 0 {
				j++
			}
			// a reference mark after the sentence: "... in 1805. [19]"
			if j+2 < n && toks[j].Form == "[" && allDigits(toks[j+1].Form) && toks[j+2].Form == "]" && newlines(text, toks[j-1].End, toks[j].Start) == 0 {
				j += 3
			}
			if j == n {
				cut(n)
				break
			}
			// After a bare stop, a lower-case word starts a sentence too
			// (web text); after a closing quote it is "he said".
			bare := j == i+1 && (f == "." || f == "?" || f == "!" || f == "!!" || f == "??")
			if newlines(text, toks[j-1].End, toks[j].Start) > 0 || startsSentence(toks[j].Form, f) || bare && startsLower(toks[j].Form) {
				cut(j)
				i = j - 1
				continue
			}
		} else if isAbbrev(f) && !lex.title[f] {
			next := toks[i+1].Form
			r, _ := utf8.DecodeRuneInString(next)
			if unicode.IsUpper(r) && lex.starter[strings.ToLower(next)] {
				cut(i + 1)
				continue
			}
		}
		if nl == 1 && !continuesLine(f, toks[i+1].Form) {
			cut(i + 1)
		}
	}
	if start < n {
		cut(n)
	}
	return out
}

// capAt returns where to cut a run of more than MaxSentence tokens: after
// the last comma or semicolon in the final fifth, or at MaxSentence.
func capAt(toks []nlp.Token) int {
	for k := MaxSentence - 1; k > MaxSentence*4/5; k-- {
		if f := toks[k].Form; f == "," || f == ";" {
			return k + 1
		}
	}
	return MaxSentence
}

// newlines counts the line breaks in text[a:b].
func newlines(text string, a, b int) int {
	if b <= a {
		return 0
	}
	return strings.Count(text[a:b], "\n")
}

// isFinal reports whether f is sentence-final punctuation.
func isFinal(f string) bool {
	if f == "…" {
		return true
	}
	if f == "" {
		return false
	}
	for i := 0; i < len(f); i++ {
		if c := f[i]; c != '.' && c != '!' && c != '?' {
			return false
		}
	}
	return true
}

// isAbbrev reports whether f is a word ending in a period.
func isAbbrev(f string) bool {
	return len(f) > 1 && f[len(f)-1] == '.' && f[len(f)-2] != '.'
}

// closes reports whether token j closes a quotation or a bracket: a closing
// quote or bracket, or a straight quote attached to what precedes it.
func closes(toks []nlp.Token, j int) bool {
	switch toks[j].Form {
	case "”", "’", "»", ")", "]", "}", "''", "›":
		return true
	case "\"", "'":
		return !toks[j-1].SpaceAfter
	}
	return false
}

// startsSentence reports whether a token of form next, after final
// punctuation fin, opens a new sentence.
func startsSentence(next, fin string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) {
		return false
	}
	if strings.HasPrefix(fin, "..") || fin == "…" {
		// an ellipsis often pauses inside a sentence
		return unicode.IsUpper(r) || strings.ContainsRune("\"“‘'([", r)
	}
	switch next {
	case ",", ";", ":", ")", "]", "%":
		return false
	}
	if len(next) > 1 && emoticon(next) == len(next) {
		return false // "Great!! :-)" ends after the emoticon
	}
	return !isFinal(next)
}

// continuesLine reports whether a line ending in token last goes on with a
// line starting with token next.
func continuesLine(last, next string) bool {
	switch last {
	case ",", ";", "-", "--", "–", "—", "(", "&", ":", "/":
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) || next == "," || next == ")" || next == "%"
}

// startsLower reports whether f starts with a lower-case letter.
func startsLower(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsLower(r)
}

// datelineEnd returns the index of the dash that ends a news dateline
// opening at token p ("TEHRAN (AFP) -", "BEIRUT, Aug. 26 (Reuters) --",
// "WASHINGTON -"), or -1. A dateline starts with a word in capitals and
// ends, within a dozen tokens, with a dash followed by a capitalised word.
func datelineEnd(toks []nlp.Token, p int) int {
	if !allCaps(toks[p].Form) {
		return -1
	}
	for k := p + 1; k < len(toks) && k < p+14; k++ {
		f := toks[k].Form
		switch {
		case f == "-" || f == "--" || f == "–" || f == "—":
			if k+1 < len(toks) && k > p {
				r, _ := utf8.DecodeRuneInString(toks[k+1].Form)
				if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“'‘", r) {
					return k
				}
			}
			return -1
		case isFinal(f) || f == ";" || f == ":":
			return -1
		case startsLower(f):
			return -1
		}
	}
	return -1
}

// allCaps reports whether f is at least two letters, all capitals.
func allCaps(f string) bool {
	n := 0
	for _, r := range f {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}
