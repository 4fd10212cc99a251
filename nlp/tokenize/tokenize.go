// Package tokenize splits English text into tokens and sentences following
// the conventions of the Universal Dependencies English treebanks (EWT,
// GUM): clitics split off ("don't" → "do" "n't", "can't" → "ca" "n't"),
// punctuation separate, hyphenated words split at the hyphen unless the
// training data keeps them whole ("e-mail", "non-profit"), URLs, e-mail
// addresses, numbers ("1,000.5") and abbreviations ("U.S.", "Gen.") kept
// whole.
//
// Every token's offsets are exact: Text[Start:End] is its surface, and its
// Form is always that surface (no normalisation). The word lists it
// consults (abbreviations, hyphen prefixes, sentence starters, fused words
// such as "cannot") are learned from the training CoNLL-U files by
// gen_lexicon.go and embedded.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"hearsay/nlp"
)

// byte classes for the ASCII fast path
const (
	cSpace = 1 << iota
	cAlpha
	cDigit
	cUpper
	cLower
)

var ascii [128]uint8

func init() {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c < 32 || c == 127:
			ascii[c] = cSpace
		case c >= 'a' && c <= 'z':
			ascii[c] = cAlpha | cLower
		case c >= 'A' && c <= 'Z':
			ascii[c] = cAlpha | cUpper
		case c >= '0' && c <= '9':
			ascii[c] = cDigit
		}
	}
}

// isSpaceRune reports whether r separates tokens: white space, control
// characters and invisible format characters (zero-width space, BOM).
func isSpaceRune(r rune) bool {
	if r < 128 {
		return ascii[r]&cSpace != 0
	}
	return unicode.IsSpace(r) || unicode.IsControl(r) || r == 0x200B || r == 0xFEFF || r == 0x2060 || r == utf8.RuneError
}

// isWordRune reports whether r belongs inside a word: a letter, a digit or
// a combining mark.
func isWordRune(r rune) bool {
	if r < 128 {
		return ascii[r]&(cAlpha|cDigit) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// runeAt decodes the rune at s[i] with an ASCII fast path.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Tokenize splits text into tokens. Tokens have exact offsets, Form set to
// the surface, Head -1 and SpaceAfter telling whether white space follows.
func Tokenize(text string) []nlp.Token {
	return AppendTokens(make([]nlp.Token, 0, len(text)/5+1), text)
}

// AppendTokens appends the tokens of text to toks and returns the result.
func AppendTokens(toks []nlp.Token, text string) []nlp.Token {
	t := tokenizer{text: text, toks: toks, lex: theLexicon()}
	t.run()
	return t.toks
}

type tokenizer struct {
	text string
	toks []nlp.Token
	lex  *lexicon
}

func (t *tokenizer) emit(a, b int) {
	if a >= b {
		return
	}
	t.toks = append(t.toks, nlp.Token{Start: a, End: b, Form: t.text[a:b], Head: -1})
}

func (t *tokenizer) run() {
	s := t.text
	i := 0
	for i < len(s) {
		r, n := runeAt(s, i)
		if isSpaceRune(r) {
			if len(t.toks) > 0 {
				t.toks[len(t.toks)-1].SpaceAfter = true
			}
			i += n
			continue
		}
		j := i + n
		for j < len(s) {
			r, n := runeAt(s, j)
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		t.chunk(i, j)
		i = j
	}
}

// chunk splits one run of non-space text s[a:b].
func (t *tokenizer) chunk(a, b int) {
	s := t.text
	// Opening punctuation before a URL or e-mail address.
	p := a
	for p < b && strings.IndexByte("\"'([{<", s[p]) >= 0 {
		p++
	}
	if e := urlEnd(s, p, b); e > p {
		for k := a; k < p; k++ {
			t.emit(k, k+1)
		}
		t.emit(p, e)
		if e < b {
			t.chunkGeneral(e, b)
		}
		return
	}
	t.chunkGeneral(a, b)
}

// urlEnd returns the end of a URL or e-mail address starting at s[a] within
// s[:b], trailing punctuation left out, or a when there is none.
func urlEnd(s string, a, b int) int {
	w := s[a:b]
	isURL := false
	switch {
	case hasPrefixFold(w, "http://"), hasPrefixFold(w, "https://"), hasPrefixFold(w, "ftp://"):
		isURL = true
	case hasPrefixFold(w, "www.") && len(w) > 5:
		isURL = true
	}
	if !isURL {
		at := strings.IndexByte(w, '@')
		if at <= 0 || at == len(w)-1 {
			return a
		}
		dot := strings.IndexByte(w[at:], '.')
		if dot < 2 || !isWordRuneAt(w, at-1) || !isWordRuneAt(w, at+1) {
			return a
		}
		for k := 0; k < at; k++ {
			c := w[k]
			if c < 128 && ascii[c]&(cAlpha|cDigit) == 0 && strings.IndexByte("._%+-", c) < 0 {
				return a
			}
		}
	}
	e := len(w)
	for e > 0 {
		c := w[e-1]
		if strings.IndexByte(".,;:!?'\"", c) >= 0 {
			e--
			continue
		}
		if c == ')' && strings.Count(w[:e], "(") < strings.Count(w[:e], ")") {
			e--
			continue
		}
		if (c == ']' || c == '}' || c == '>') && !strings.ContainsRune(w[:e-1], rune(map[byte]byte{']': '[', '}': '{', '>': '<'}[c])) {
			e--
			continue
		}
		if c >= 0x80 { // closing curly quotes and the like
			r, n := utf8.DecodeLastRuneInString(w[:e])
			if unicode.IsPunct(r) {
				e -= n
				continue
			}
		}
		break
	}
	if e < 4 {
		return a
	}
	return a + e
}

func isWordRuneAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return isWordRune(r)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// chunkGeneral splits s[a:b] into words and punctuation.
func (t *tokenizer) chunkGeneral(a, b int) {
	s := t.text
	i := a
	for i < b {
		r, n := runeAt(s, i)
		switch {
		case isWordRune(r), (r == '-' || r == '+') && i == a && i+1 < b && isDigitByte(s[i+1]) && (i+2 >= b || !isWordRuneAt(s, i+2) || isDigitByte(s[i+2])):
			i = t.word(i, b)
		case r == '.' || r == '!' || r == '?':
			j := i + 1
			for j < b && (s[j] == '.' || s[j] == '!' || s[j] == '?') {
				j++
			}
			t.emit(i, j)
			i = j
		case r == '-' || r == '`' || r == '*' || r == '=' || r == '_' || r == '~':
			j := i + 1
			for j < b && s[j] == byte(r) {
				j++
			}
			t.emit(i, j)
			i = j
		case (r == ':' || r == ';' || r == '=') && emoticon(s[i:b]) > 0:
			n := emoticon(s[i:b])
			t.emit(i, i+n)
			i += n
		case r == '\'' && i+1 < b && s[i+1] == '\'':
			t.emit(i, i+2)
			i += 2
		case r == '\'' && i+1 < b && isWordRuneAt(s, i+1) && t.leadingClitic(i, b):
			i = t.word(i, b)
		default:
			j := i + n
			// Emoji sequences: joiners, variation selectors, skin tones,
			// keycaps and flag pairs stay in one token.
			for j < b {
				r2, n2 := runeAt(s, j)
				if r2 == 0x200D || r2 == 0xFE0F || r2 == 0x20E3 || (r2 >= 0x1F3FB && r2 <= 0x1F3FF) || (r2 >= 0xE0020 && r2 <= 0xE007F) {
					j += n2
					if r2 == 0x200D && j < b {
						_, n3 := runeAt(s, j)
						j += n3
					}
					continue
				}
				if r >= 0x1F1E6 && r <= 0x1F1FF && r2 >= 0x1F1E6 && r2 <= 0x1F1FF && j == i+n {
					j += n2
					continue
				}
				break
			}
			t.emit(i, j)
			i = j
		}
	}
}

// leadingClitic reports whether the apostrophe at s[i] starts a word such
// as "'em", "'cause" or "'90s" rather than opening a quotation.
func (t *tokenizer) leadingClitic(i, b int) bool {
	w := t.text[i+1 : b]
	if len(w) >= 3 && isDigitByte(w[0]) && isDigitByte(w[1]) && w[2] == 's' {
		return true
	}
	for _, p := range []string{"em", "cause", "til", "tis", "twas"} {
		if hasPrefixFold(w, p) && (len(w) == len(p) || !isWordRuneAt(w, len(p))) {
			return true
		}
	}
	return false
}

// word reads a word starting at s[a] (within s[:b]), emits it, split into
// its parts, and returns where it ends.
func (t *tokenizer) word(a, b int) int {
	s := t.text
	j := a
	r, n := runeAt(s, j)
	if !isWordRune(r) { // a sign or a leading apostrophe
		j += n
	}
	hyphens := 0
	for j < b {
		r, n := runeAt(s, j)
		if isWordRune(r) {
			j += n
			continue
		}
		if j+n >= b {
			break
		}
		next, _ := runeAt(s, j+n)
		prevDigit := isDigitByte(s[j-1])
		ok := false
		switch r {
		case '.':
			ok = isWordRune(next)
		case ',':
			// 1,000 but not "1,2": three digits then no more digits
			ok = prevDigit && j+4 <= b && isDigitByte(s[j+1]) && isDigitByte(s[j+2]) && isDigitByte(s[j+3]) && (j+4 == b || !isDigitByte(s[j+4]))
		case ':', '/':
			ok = prevDigit && isDigitByte(s[j+1])
		case '&':
			ok = s[j-1] < utf8.RuneSelf && ascii[s[j-1]]&cUpper != 0 && s[j+1] < utf8.RuneSelf && ascii[s[j+1]]&cUpper != 0
		case '\'', '’':
			ok = isWordRune(next)
		case '-':
			if isWordRune(next) {
				ok = true
				hyphens++
			}
		}
		if !ok {
			break
		}
		j += n
	}
	// A final period stays on abbreviations and initials; "Inc.." is
	// "Inc." and a full stop.
	if j < b && s[j] == '.' && (j+1 >= b || s[j+1] != '.' || j+2 >= b || s[j+2] != '.') && t.keepsPeriod(a, j) {
		t.emit(a, j+1)
		return j + 1
	}
	if hyphens > 0 {
		t.splitHyphens(a, j)
	} else {
		t.clitics(a, j)
	}
	return j
}

// keepsPeriod reports whether the word s[a:e] followed by "." is an
// abbreviation or an initial.
func (t *tokenizer) keepsPeriod(a, e int) bool {
	w := t.text[a:e]
	if t.lex.abbrev[t.text[a:e+1]] {
		return true
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) && unicode.IsUpper(r) { // an initial: "J."
		return true
	}
	// Letters joined by periods, each part short: "U.S", "e.g", "Ph.D".
	if strings.IndexByte(w, '.') < 0 {
		return false
	}
	for part := range strings.SplitSeq(w, ".") {
		if part == "" || utf8.RuneCountInString(part) > 3 {
			return false
		}
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// splitHyphens emits s[a:e], a word holding hyphens, split at the hyphens
// that UD English splits at.
func (t *tokenizer) splitHyphens(a, e int) {
	s := t.text
	w := s[a:e]
	if t.lex.hyphWord[strings.ToLower(w)] {
		t.emit(a, e)
		return
	}
	start := a
	for k := a; k < e; k++ {
		if s[k] != '-' || k == a {
			continue
		}
		left := s[start:k]
		keep := t.lex.hyphPre[strings.ToLower(left)] && start == a
		seg := k - 1 // the digits right before this hyphen: "303-832-8160"
		for seg > a && s[seg-1] != '-' {
			seg--
		}
		if !keep && allDigits(s[seg:k]) {
			// Phone and reference numbers stay whole ("853-3242",
			// "713-664-7478", "22-506"); ranges are split ("13-17",
			// "1998-2001").
			end := k + 1
			for end < e && s[end] != '-' {
				end++
			}
			right := s[k+1 : end]
			keep = allDigits(right) && (seg > a || end < e || len(right) >= 3 && k-seg != 4)
		}
		if keep {
			continue
		}
		t.clitics(start, k)
		t.emit(k, k+1)
		start = k + 1
	}
	t.clitics(start, e)
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) {
			return false
		}
	}
	return true
}

// clitic suffixes split off a word, lower-cased, with the straight
// apostrophe; the curly one (’) is matched too.
var clitics = []string{"n't", "'s", "'m", "'d", "'ll", "'re", "'ve"}

// clitics emits the word s[a:e], with its clitics and fused parts split off.
func (t *tokenizer) clitics(a, e int) {
	s := t.text
	w := s[a:e]
	if len(w) >= 2 && len(w) <= 8 {
		if lens, ok := t.lex.mwt[lowerASCII(w)]; ok {
			for _, n := range lens {
				t.emit(a, a+n)
				a += n
			}
			return
		}
	}
	for _, c := range clitics {
		k := cliticAt(w, c)
		if k > 0 {
			t.emit(a, a+k)
			t.emit(a+k, e)
			return
		}
	}
	t.emit(a, e)
}

// cliticAt returns where clitic c starts at the end of w, matching case
// and apostrophes loosely, or -1.
func cliticAt(w, c string) int {
	// straight apostrophe
	if len(w) > len(c) && strings.EqualFold(w[len(w)-len(c):], c) {
		return len(w) - len(c)
	}
	// curly apostrophe: three bytes instead of one
	q := strings.IndexByte(c, '\'')
	lc := len(c) + 2
	if len(w) > lc {
		tail := w[len(w)-lc:]
		if strings.EqualFold(tail[:q], c[:q]) && tail[q:q+3] == "’" && strings.EqualFold(tail[q+3:], c[q+1:]) {
			return len(w) - lc
		}
	}
	return -1
}

// lowerASCII lower-cases the ASCII letters of s.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// emoticon returns the length of the emoticon at the start of w (":)",
// ":-(", ";-)", ":P", ":D"), or 0. A letter after it ("so:Dear") means
// there is none.
func emoticon(w string) int {
	n := 1
	if n < len(w) && (w[n] == '-' || w[n] == '\'') {
		n++
	}
	if n >= len(w) || strings.IndexByte(")(DPpO/|][", w[n]) < 0 {
		return 0
	}
	n++
	for n < len(w) && w[n] == w[n-1] && (w[n] == ')' || w[n] == '(') {
		n++
	}
	if n < len(w) && isWordRuneAt(w, n) || (w[n-1] == 'D' || w[n-1] == 'P' || w[n-1] == 'p' || w[n-1] == 'O') && n == 2 && w[0] != ':' {
		return 0
	}
	return n
}
