package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is a direct quotation in a text: Start and End are byte offsets of
// the whole quotation including its marks; a quotation that runs over
// several paragraphs is one Quote, its paragraph-opening marks included.
// Closed is false for a quotation that never closes (it then ends with its
// paragraph).
type Quote struct {
	Start, End int
	Closed     bool
}

// Inner returns the offsets of the quotation without its outer marks.
func (q Quote) Inner(text string) (int, int) {
	s, e := q.Start, q.End
	if strings.HasPrefix(text[s:e], "''") {
		s += 2
	} else if r, n := utf8.DecodeRuneInString(text[s:e]); isOpenQuote(r) || r == '"' {
		s += n
	}
	if q.Closed && e > s {
		if strings.HasSuffix(text[s:e], "''") {
			e -= 2
		} else if r, n := utf8.DecodeLastRuneInString(text[s:e]); r == '”' || r == '"' {
			e -= n
		}
	}
	return s, e
}

func isOpenQuote(r rune) bool  { return r == '“' || r == '«' || r == '„' }
func isCloseQuote(r rune) bool { return r == '”' || r == '»' }

// Quotes finds the double-quoted passages of text. Curly (“ ”), straight (")
// and guillemet marks are recognised and may be mixed; a straight mark opens
// a quotation after a space, an opening bracket or at the start of a
// paragraph, and closes one otherwise. A paragraph (text between blank
// lines) that ends inside a quotation continues it when the next paragraph
// opens with a quotation mark, as in long quotations in print; otherwise
// the quotation is taken to end with its paragraph, unclosed. Single quotes
// are left alone: they are too often apostrophes.
func Quotes(text string) []Quote {
	var out []Quote
	open := -1          // start of the current quotation, or -1
	paraEnd := -1       // end of the paragraph that ended inside the open quotation
	atParaStart := true // only whitespace since the last paragraph break
	prev := rune(' ')
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			// blank line: paragraph break
			j := i + n
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' {
				if open >= 0 && paraEnd < 0 {
					paraEnd = trimRightSpace(text, i)
				}
				atParaStart = true
				prev = '\n'
				i = j + 1
				continue
			}
		}
		if unicode.IsSpace(r) {
			prev = r
			i += n
			continue
		}
		if atParaStart && paraEnd >= 0 {
			// a new paragraph while a quotation was left open
			if isOpenQuote(r) || r == '"' || r == '\'' && i+1 < len(text) && text[i+1] == '\'' {
				if r == '\'' {
					n = 2
				}
				paraEnd = -1 // continues; this mark reopens it
				atParaStart = false
				prev = r
				i += n
				continue
			}
			out = append(out, Quote{Start: open, End: paraEnd})
			open, paraEnd = -1, -1
		}
		atParaStart = false
		switch {
		case isOpenQuote(r):
			if open < 0 {
				open = i
			}
		case isCloseQuote(r):
			if open >= 0 {
				out = append(out, Quote{Start: open, End: i + n, Closed: true})
				open = -1
			}
		case r == '"' || r == '\'' && i+1 < len(text) && text[i+1] == '\'':
			if r == '\'' {
				n = 2 // two apostrophes standing for a double quotation mark, as some papers print them
			}
			opening := unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '-' || prev == '\n' || i == 0
			if open < 0 && opening {
				open = i
			} else if open >= 0 && !opening {
				out = append(out, Quote{Start: open, End: i + n, Closed: true})
				open = -1
			} else if open >= 0 && opening {
				// a straight mark after a space while a quotation is open:
				// the open one was never closed; start afresh here
				out = append(out, Quote{Start: open, End: trimRightSpace(text, i)})
				open = i
			}
		}
		prev = r
		i += n
	}
	if open >= 0 {
		end := len(text)
		if paraEnd >= 0 {
			end = paraEnd
		}
		out = append(out, Quote{Start: open, End: trimRightSpace(text, end)})
	}
	return out
}

func trimRightSpace(text string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= n
	}
	return i
}
