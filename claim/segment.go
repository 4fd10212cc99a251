package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"hearsay/nlp"
)

// Segment splits text into sentences and tokens with a light rule-based
// tokenizer, for callers with no English pipeline at hand. Tokens carry
// their form and byte offsets only (no tags, no parse); Head is -1. The
// attribution scanner works on such a Doc, and does better on a parsed one.
func Segment(text string) *nlp.Doc {
	d := &nlp.Doc{Text: text}
	i := 0
	sentStart := 0
	endSentence := func() {
		if len(d.Tokens) > sentStart {
			d.Sentences = append(d.Sentences, nlp.Sentence{Start: sentStart, End: len(d.Tokens)})
			sentStart = len(d.Tokens)
		}
	}
	add := func(s, e int) {
		d.Tokens = append(d.Tokens, nlp.Token{Start: s, End: e, Form: text[s:e], Head: -1})
	}
	pendingBreak := false // a sentence-final mark was seen; break before the next word that can start a sentence
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			// paragraph break
			if r == '\n' {
				j := i + n
				for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
					j++
				}
				if j < len(text) && text[j] == '\n' {
					endSentence()
					pendingBreak = false
				}
			}
			if len(d.Tokens) > 0 {
				d.Tokens[len(d.Tokens)-1].SpaceAfter = true
			}
			i += n
			continue
		}
		// a whitespace-delimited chunk
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
		chunk := text[i:j]
		if pendingBreak {
			r0, _ := utf8.DecodeRuneInString(chunk)
			if unicode.IsUpper(r0) || unicode.IsDigit(r0) || isQuoteRune(r0) || r0 == '(' || r0 == '-' || r0 == '—' {
				endSentence()
			}
			pendingBreak = false
		}
		for _, t := range splitChunk(chunk) {
			add(i+t[0], i+t[1])
		}
		// sentence end: chunk ends with . ? ! possibly followed by closing quotes/brackets
		k := len(chunk)
		for k > 0 {
			r2, n2 := utf8.DecodeLastRuneInString(chunk[:k])
			if isQuoteRune(r2) || r2 == ')' || r2 == ']' {
				k -= n2
				continue
			}
			break
		}
		if k > 0 {
			last := chunk[k-1]
			initialInName := strings.Count(chunk[:k], ".") > 1 && len(chunk[:k]) <= 6 && len(d.Tokens) > 1 && isCap(d.Tokens[len(d.Tokens)-2].Form)
			if last == '?' || last == '!' || (last == '.' && !isAbbrev(chunk[:k]) && !initialInName) {
				pendingBreak = true
				if k < len(chunk) && last != '.' && saidFollows(text[j:]) {
					pendingBreak = false // "“Who knows?” Clinton said."
				}
			}
		}
		i = j
	}
	endSentence()
	return d
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»':
		return true
	}
	return false
}

var abbrevs = map[string]bool{
	"mr.": true, "mrs.": true, "ms.": true, "dr.": true, "sen.": true, "rep.": true, "gov.": true, "gen.": true,
	"lt.": true, "col.": true, "sgt.": true, "adm.": true, "capt.": true, "maj.": true, "st.": true, "jr.": true,
	"sr.": true, "prof.": true, "rev.": true, "pres.": true, "jan.": true, "feb.": true, "mar.": true, "apr.": true,
	"jun.": true, "jul.": true, "aug.": true, "sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"no.": true, "vs.": true, "v.": true, "inc.": true, "corp.": true, "co.": true, "ltd.": true, "etc.": true,
	"e.g.": true, "i.e.": true, "a.m.": true, "p.m.": true, "u.s.": false, "u.n.": false, "ft.": true, "mt.": true,
}

// isAbbrev reports whether a chunk ending in "." is an abbreviation whose
// period does not end a sentence.
func isAbbrev(w string) bool {
	// strip leading punctuation
	w = strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	lw := strings.ToLower(w)
	if v, ok := abbrevs[lw]; ok {
		return v
	}
	// single capital letter initial: "J."
	if len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	return false
}

// splitChunk splits a whitespace-free chunk into tokens, returning offsets
// relative to the chunk: leading and trailing punctuation come off, as do
// the clitics 's and n't; inner punctuation stays ("U.S.", "al-Assad",
// "3.5").
func splitChunk(c string) [][2]int {
	var out [][2]int
	if k := strings.IndexAny(c, "—–"); k >= 0 {
		_, dn := utf8.DecodeRuneInString(c[k:])
		if k > 0 {
			out = append(out, splitChunk(c[:k])...)
		}
		out = append(out, [2]int{k, k + dn})
		for _, t := range splitChunk(c[k+dn:]) {
			out = append(out, [2]int{k + dn + t[0], k + dn + t[1]})
		}
		return out
	}
	s, e := 0, len(c)
	// leading punctuation, one mark at a time
	for s < e {
		r, n := utf8.DecodeRuneInString(c[s:e])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '#' || r == '@' {
			break
		}
		out = append(out, [2]int{s, s + n})
		s += n
	}
	var tail [][2]int
	for e > s {
		r, n := utf8.DecodeLastRuneInString(c[s:e])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' {
			break
		}
		if r == '.' {
			// keep the period of an abbreviation or of an initialism (U.S.)
			w := c[s:e]
			if isAbbrev(w) || strings.Count(w, ".") > 1 && len(w) <= 6 {
				break
			}
		}
		tail = append(tail, [2]int{e - n, e})
		e -= n
	}
	if s < e {
		w := c[s:e]
		lw := strings.ToLower(w)
		split := -1
		switch {
		case strings.HasSuffix(lw, "n't") && len(lw) > 3:
			split = len(w) - 3
		case strings.HasSuffix(lw, "n’t") && len(lw) > 5:
			split = len(w) - len("n’t")
		case strings.HasSuffix(lw, "'s") && len(lw) > 2, strings.HasSuffix(lw, "'re"), strings.HasSuffix(lw, "'ve"), strings.HasSuffix(lw, "'ll"), strings.HasSuffix(lw, "'d"):
			split = strings.LastIndexByte(w, '\'')
		case strings.HasSuffix(lw, "’s") && len(lw) > 4:
			split = len(w) - len("’s")
		}
		if split > 0 {
			out = append(out, [2]int{s, s + split}, [2]int{s + split, e})
		} else {
			out = append(out, [2]int{s, e})
		}
	}
	for i := len(tail) - 1; i >= 0; i-- {
		out = append(out, tail[i])
	}
	return out
}

// saidFollows reports whether one of the next few words of rest is a
// reporting verb, as after a quotation ending in "?" or "!": “Who knows?”
// Clinton said.
func saidFollows(rest string) bool {
	for i, w := range strings.Fields(rest) {
		if i >= 4 {
			break
		}
		switch strings.ToLower(strings.TrimRight(w, ".,;:!?")) {
		case "said", "says", "asked", "asks", "told", "added", "wrote", "tweeted", "replied", "continued", "explained", "insisted", "shouted", "yelled", "recalled", "joked":
			return true
		}
	}
	return false
}
