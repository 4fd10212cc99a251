package story

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"hearsay"
	"hearsay/event/actor"
)

// countriesNamed returns the countries text names, distinct, in the order
// they first appear: by name, adjective or capital ("American aircraft and
// Iranian advisers", "through Baghdad"), or by a body or person of theirs
// ("the State Department"). Roles, places that are not countries' and
// armed groups name none.
func countriesNamed(text string, date time.Time) []string {
	words := wordsOf(text)
	tab := actor.Builtin()
	var out []string
	for i := 0; i < len(words); i++ {
		m, ok := tab.Match(words, i, date)
		if !ok {
			continue
		}
		if m.Len > 1 {
			i += m.Len - 1
		}
		if m.Country == "" || m.Kind == actor.Location || m.Kind == actor.Agent || m.Kind == actor.Group {
			continue
		}
		if !slices.Contains(out, m.Country) {
			out = append(out, m.Country)
		}
	}
	return out
}

// wordsOf splits text into the word forms the actor dictionary matches:
// words with their hyphens and inner dots ("U.S."), a possessive split off
// ("Iran's" → "Iran", "'s"), other punctuation dropped.
func wordsOf(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '.' || r == '\'' || r == '’')
	}) {
		f = strings.Trim(f, ".'’-")
		for _, p := range []string{"'s", "’s"} {
			if base, ok := strings.CutSuffix(f, p); ok && base != "" {
				out = append(out, base, "'s")
				f = ""
				break
			}
		}
		if f != "" {
			out = append(out, f)
		}
	}
	return out
}

// paragraphAt returns the paragraph of text (a line; scraped pages put one
// paragraph a line) that holds byte offset at, and its start; the empty
// string when at lies outside text.
func paragraphAt(text string, at int) (string, int) {
	if at < 0 || at >= len(text) {
		return "", 0
	}
	start := strings.LastIndexByte(text[:at], '\n') + 1
	end := strings.IndexByte(text[at:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += at
	}
	return text[start:end], start
}

// mentionParties returns the two countries a bare mention at byte offset
// at (its content, text) is about, when its words leave them open: those
// its content names ("some information may well be passing between them",
// of "American aircraft and Iranian advisers"), else those of its
// paragraph, else those of the paragraph before ("a working arrangement
// that neither side can afford to name", after a paragraph on the two).
// It returns nil when none of these names two.
func mentionParties(text, content string, at int, date time.Time) []string {
	if cs := countriesNamed(content, date); len(cs) >= 2 {
		return cs[:2]
	}
	p, start := paragraphAt(text, at)
	for range 2 {
		if strings.TrimSpace(p) != "" {
			if cs := countriesNamed(p, date); len(cs) >= 2 {
				return cs[:2]
			} else if len(cs) == 1 {
				return nil // the paragraph is about one country and someone it does not name
			}
		}
		if start < 2 {
			break
		}
		// the paragraph before, past blank lines
		k := start - 1
		for k > 0 && (text[k-1] == '\n' || text[k-1] == '\r' || text[k-1] == ' ') {
			k--
		}
		if k <= 0 {
			break
		}
		p, start = paragraphAt(text, k-1)
	}
	return nil
}

// sentenceBefore returns the sentence of text before the one holding byte
// offset at, within its paragraph ("" when the sentence opens the
// paragraph): what a content "so" stands for ("Do the two sides swap
// intelligence, then? Officially, no, and the State Department has said
// so").
func sentenceBefore(text string, at int) string {
	if at <= 0 || at > len(text) {
		return ""
	}
	j := strings.LastIndexAny(text[:at], ".?!\n")
	for j > 0 && text[j] != '\n' && !endsSentence(text, j) {
		j = strings.LastIndexAny(text[:j], ".?!\n")
	}
	if j <= 0 || text[j] == '\n' {
		return ""
	}
	k := strings.LastIndexAny(text[:j], ".?!\n")
	for k > 0 && text[k] != '\n' && !endsSentence(text, k) {
		k = strings.LastIndexAny(text[:k], ".?!\n")
	}
	return strings.TrimSpace(text[k+1 : j+1])
}

// endsSentence reports whether the punctuation at text[i] ends a sentence:
// a space follows it, and it is no abbreviation's dot ("Aug. 31").
func endsSentence(text string, i int) bool {
	if i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\n' {
		return false
	}
	if text[i] != '.' {
		return true
	}
	w := i
	for w > 0 && unicode.IsLetter(rune(text[w-1])) {
		w--
	}
	word := text[w:i]
	return !(len(word) <= 4 && len(word) > 0 && unicode.IsUpper(rune(word[0])) && i+2 < len(text) && unicode.IsDigit(rune(text[i+2])))
}

// soAnaphor reports whether a content is "so" standing for what was said
// before ("has said so more than once").
func soAnaphor(content string) bool {
	f := strings.Fields(strings.ToLower(content))
	return len(f) > 0 && len(f) <= 5 && strings.Trim(f[0], ".,;") == "so"
}

// namedEvent is the proposition a bare mention makes between two parties
// when the article codes no event of the family between them: family fam's
// own code, the parties as actors.
func namedEvent(fam string, parties []string) (hearsay.Event, bool) {
	for code, f := range families {
		if f.Name == fam && len(code) == 2 && !f.Negates && f.Symmetric {
			return hearsay.Event{
				Source:   hearsay.Actor{Code: parties[0], Country: parties[0]},
				Target:   hearsay.Actor{Code: parties[1], Country: parties[1]},
				CAMEO:    code,
				Polarity: hearsay.Asserted,
			}, true
		}
	}
	return hearsay.Event{}, false
}
