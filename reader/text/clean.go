// Package text reads plain-text news articles and removes page furniture
// (menus, language switchers, share links, breadcrumbs, repeated titles,
// copyright lines) from article text.
//
// The cleaner does not match a fixed list of phrases. It scores each line on
// its shape (length, sentence punctuation, capitalisation, separators, link
// density when the caller knows it), on its repetition within the article and
// across articles of the same outlet (a Memory shared by the caller), and on
// its position, then keeps the best-scoring contiguous run of lines as the
// body and the headline just above it.
package text

import (
	"hash/fnv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Line is one unit of input to the cleaner: a line or paragraph of text and,
// when known (HTML), the fraction of its characters inside links.
type Line struct {
	Text        string
	LinkDensity float64 // 0..1; 0 when unknown
	Heading     bool    // the source marked it as a heading (h1–h6)
	// Boost is added to the line's content score by a caller that knows
	// more about it: positive inside an element marked as the article,
	// negative inside navigation, comments or sidebars. Lines with Boost
	// of -5 or less are dropped even inside the body.
	Boost float64
}

// Memory remembers which lines each outlet has printed in earlier articles of
// a run, so that furniture repeated from page to page (menus, footers, related
// links) can be recognised even when its shape looks like prose. It is safe
// for concurrent use; share one Memory across all files of a run.
type Memory struct {
	mu      sync.Mutex
	outlets map[string]*outletMemory
}

type outletMemory struct {
	docs   int
	lines  map[uint64]int // furniture line hash → number of articles it was furniture in
	titles map[uint64]int // headline hash → number of articles with that headline
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{outlets: make(map[string]*outletMemory)} }

// count reports in how many earlier articles of outlet the line appeared
// as furniture, and as the headline.
func (m *Memory) count(outlet string, h uint64) (furniture, title int) {
	if m == nil {
		return 0, 0
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	o := m.outlets[outlet]
	if o == nil {
		return 0, 0
	}
	return o.lines[h], o.titles[h]
}

// record adds the distinct furniture line hashes and the headline of one
// article of outlet.
func (m *Memory) record(outlet string, hashes []uint64, title uint64, hasTitle bool) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.outlets == nil {
		m.outlets = make(map[string]*outletMemory)
	}
	o := m.outlets[outlet]
	if o == nil {
		o = &outletMemory{lines: make(map[uint64]int), titles: make(map[uint64]int)}
		m.outlets[outlet] = o
	}
	o.docs++
	if hasTitle {
		o.titles[title]++
	}
	seen := make(map[uint64]bool, len(hashes))
	for _, h := range hashes {
		if !seen[h] {
			seen[h] = true
			o.lines[h]++
		}
	}
	// Bound memory on very long runs: forget lines seen once when the
	// table grows large; repeated furniture survives.
	for _, tab := range []map[uint64]int{o.lines, o.titles} {
		if len(tab) > 200000 {
			for k, v := range tab {
				if v < 2 {
					delete(tab, k)
				}
			}
		}
	}
}

// Cleaner removes furniture from article text.
type Cleaner struct {
	// Memory, when not nil, is consulted and updated with each article's
	// lines, keyed by outlet.
	Memory *Memory
}

// Result is a cleaned article.
type Result struct {
	Title string // the headline found in the text, or the title given
	Text  string // headline then body paragraphs, separated by "\n\n"
	Site  string // a bare site name among the furniture ("Financialtribune.com"), or ""
}

// CleanText cleans a plain-text article. Paragraphs are separated by blank
// lines; within a paragraph, hard-wrapped prose is joined and other lines
// (menus, lists) are kept apart. outlet keys the repetition memory (use the
// outlet name, or the host, or "" when unknown); title is the known
// headline, or "".
func (c *Cleaner) CleanText(s, outlet, title string) Result {
	return c.Clean(SplitLines(s), outlet, title)
}

// SplitLines turns plain text into cleaner input: blank-line separated
// blocks, with hard-wrapped prose joined into one line per paragraph.
func SplitLines(s string) []Line {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []Line
	var block []string
	flush := func() {
		if len(block) == 0 {
			return
		}
		if wrapped(block) {
			out = append(out, Line{Text: strings.Join(block, " ")})
		} else {
			for _, l := range block {
				out = append(out, Line{Text: l})
			}
		}
		block = block[:0]
	}
	for l := range strings.SplitSeq(s, "\n") {
		l = normSpace(l)
		if l == "" {
			flush()
			continue
		}
		block = append(block, l)
	}
	flush()
	return out
}

// wrapped reports whether a block of lines is one hard-wrapped paragraph:
// its lines (but the last) are long and most do not end a sentence.
func wrapped(block []string) bool {
	if len(block) < 2 {
		return false
	}
	ends := 0
	for i, l := range block[:len(block)-1] {
		if utf8.RuneCountInString(l) < 40 || separators(l) > 0 {
			return false
		}
		if endsSentence(l) {
			ends++
		}
		// The next line continues the sentence when it starts lower case.
		next, _ := utf8.DecodeRuneInString(block[i+1])
		if unicode.IsLower(next) {
			ends--
		}
	}
	return ends*2 < len(block)-1
}

// normSpace trims a line and turns runs of white space (including
// non-breaking spaces) into one space.
func normSpace(s string) string {
	if isNormal(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// isNormal reports whether s has no leading, trailing or repeated white
// space and only plain spaces: normSpace would return it unchanged.
func isNormal(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
			continue
		case c < ' ' || c == 0x7f:
			return false
		case c >= 0x80:
			// Non-ASCII: U+00A0, U+2000–U+200B, U+3000, U+FEFF and the
			// like need the slow path; be conservative.
			if c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3 || c == 0xef {
				return false
			}
		}
		prevSpace = false
	}
	return true
}

// lineInfo is the cleaner's view of one line.
type lineInfo struct {
	text    string
	key     string // normalised for comparison
	hash    uint64
	words   int
	score   float64
	strong  bool // strong furniture: dropped even inside the body
	prose   bool
	heading bool
	ld      float64 // link density, when known
	boost   float64 // the caller's score adjustment
	menu    bool    // shaped like a menu: capitalised words without glue
}

// Clean cleans a sequence of lines (see CleanText).
func (c *Cleaner) Clean(lines []Line, outlet, title string) Result {
	infos := make([]lineInfo, 0, len(lines))
	for _, l := range lines {
		t := normSpace(l.Text)
		if t == "" {
			continue
		}
		infos = append(infos, lineInfo{text: t, heading: l.Heading, ld: l.LinkDensity, boost: l.Boost})
	}
	if len(infos) == 0 {
		return Result{Title: title}
	}
	siteKey := normKey(outlet)
	titleKey := normKey(title)
	counts := make(map[string]int, len(infos))
	for i := range infos {
		in := &infos[i]
		in.key = normKey(in.text)
		in.hash = hashKey(in.key)
		counts[in.key]++
	}
	firstProse := len(infos)
	for i := range infos {
		in := &infos[i]
		in.words = wordCount(in.text)
		in.menu = menuShaped(in.text)
		in.prose = isProse(in.text, in.words, in.menu)
		if in.prose && in.words >= 8 && i < firstProse {
			firstProse = i
		}
	}
	seen := make(map[string]int, len(infos))
	for i := range infos {
		in := &infos[i]
		in.score, in.strong = scoreLine(in, in.ld, siteKey, titleKey)
		seen[in.key]++
		if seen[in.key] > 1 && !in.prose {
			// A line repeated within the article (a title printed
			// thrice, "Show Comments" twice) is furniture after its
			// first appearance.
			in.score -= 4
			in.strong = true
		}
		if counts[in.key] > 1 && !in.prose {
			in.score -= 2
		}
		furn, titles := c.Memory.count(outlet, in.hash)
		if i > firstProse && titles > 0 && in.words < 20 {
			// Another article's headline below this one's first
			// sentence: a related-stories link.
			furn += titles
		}
		if furn > 0 {
			in.score -= 4 + 2*float64(min(furn, 5)) + float64(in.words)
			in.strong = true
		}
	}

	// The body is the contiguous run of lines with the largest total score.
	start, end := bestRun(infos)
	if start < 0 {
		c.remember(outlet, infos, -1, len(infos), len(infos))
		return Result{Title: title}
	}
	// The headline sits just above the body (or is its first line when
	// the source marked it as a heading).
	head := findHeadline(infos, start, titleKey)
	var b strings.Builder
	res := Result{Title: title}
	headKey := ""
	if head >= 0 {
		res.Title = infos[head].text
		headKey = infos[head].key
		b.WriteString(infos[head].text)
		if head >= start {
			start = head + 1
		}
	}
	for i := start; i < end; i++ {
		in := &infos[i]
		if in.strong || in.key == headKey || (titleKey != "" && in.key == titleKey) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(in.text)
	}
	res.Text = b.String()
	for i := range infos {
		if (i < start || i >= end) && isDomain(infos[i].text) {
			res.Site = infos[i].text
			break
		}
	}
	c.remember(outlet, infos, head, start, end)
	return res
}

// remember records the article's furniture lines (those outside its
// headline and body) and its headline in the memory. Body lines are not
// recorded: the same story read twice, or a sentence that recurs in an
// outlet's reports, must not be learnt as furniture.
func (c *Cleaner) remember(outlet string, infos []lineInfo, head, start, end int) {
	if c.Memory == nil {
		return
	}
	hashes := make([]uint64, 0, len(infos))
	for i := range infos {
		if i == head || i >= start && i < end {
			continue
		}
		hashes = append(hashes, infos[i].hash)
	}
	var title uint64
	if head >= 0 {
		title = infos[head].hash
	}
	c.Memory.record(outlet, hashes, title, head >= 0)
}

// bestRun returns the half-open range of lines with the largest score sum
// that contains at least one prose line, or -1, -1 when there is none.
func bestRun(infos []lineInfo) (int, int) {
	best, bestStart, bestEnd := 0.0, -1, -1
	sum, s := 0.0, 0
	for i := range infos {
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += infos[i].score
		if sum > best {
			best, bestStart, bestEnd = sum, s, i+1
		}
	}
	if bestStart < 0 {
		return -1, -1
	}
	// Trim leading and trailing non-positive lines.
	for bestStart < bestEnd && infos[bestStart].score <= 0 {
		bestStart++
	}
	for bestEnd > bestStart && infos[bestEnd-1].score <= 0 {
		bestEnd--
	}
	if bestStart >= bestEnd {
		return -1, -1
	}
	return bestStart, bestEnd
}

// findHeadline looks for the headline at or above the body start: the
// known title when it is there, else the nearest line shaped like a
// headline. It returns -1 when there is none.
func findHeadline(infos []lineInfo, start int, titleKey string) int {
	lo := max(0, start-8)
	if titleKey != "" {
		for i := start; i >= max(0, start-40); i-- {
			if infos[i].key == titleKey {
				return i
			}
		}
		// A heading just above the body that is the title in other
		// words ("Talks resume" for "Talks resume | Example Times").
		for i := start; i >= max(0, start-40); i-- {
			if infos[i].heading && !infos[i].strong && overlap(infos[i].key, titleKey) >= 0.6 {
				return i
			}
		}
	}
	if infos[start].heading && !infos[start].prose {
		return start
	}
	for i := start - 1; i >= lo; i-- {
		in := &infos[i]
		if headlineShaped(in) {
			if titleKey != "" && overlap(in.key, titleKey) < 0.5 {
				return -1
			}
			return i
		}
		if in.prose && in.words >= 12 {
			break
		}
	}
	return -1
}

// headlineShaped reports whether a line looks like a headline: a few words,
// no menu separators, not a bare site name, date line, number or label.
func headlineShaped(in *lineInfo) bool {
	if in.strong || in.words < 3 || in.words > 30 {
		return false
	}
	t := in.text
	if separators(t) > 0 || strings.HasSuffix(t, ":") || isByline(t) {
		return false
	}
	if strings.HasSuffix(t, ".") && in.words > 20 {
		return false
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 10 {
		return false
	}
	// Menus of capitalised words with no function words ("Middle East
	// Near You" passes, "Home World Business" does not).
	return !in.menu
}

// overlap is the fraction of the words of b found in a.
func overlap(a, b string) float64 {
	aw := make(map[string]bool)
	for w := range strings.FieldsSeq(a) {
		aw[w] = true
	}
	n, hit := 0, 0
	for w := range strings.FieldsSeq(b) {
		n++
		if aw[w] {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// scoreLine gives a line's content score: positive for prose, negative for
// furniture, and whether it is strong furniture.
func scoreLine(in *lineInfo, linkDensity float64, siteKey, titleKey string) (float64, bool) {
	t := in.text
	w := in.words
	var s float64
	switch {
	case in.prose:
		s = float64(w)
		if strings.HasSuffix(t, "?") && w < 12 {
			// A short question is as often a related-story title.
			s = float64(w) / 3
		}
	case w >= 15:
		s = float64(w) / 3
	case w >= 5:
		s = -1
	default:
		s = -3
	}
	strong := false
	if seps := separators(t); seps > 0 {
		s -= 3 + 2*float64(min(seps, 5))
		strong = seps >= 2 || w < 8
	}
	if in.menu && w >= 3 {
		s -= 3
		strong = strong || w >= 5
	}
	if strings.HasSuffix(t, ":") && w <= 4 {
		s -= 2 // a label: "Share this:", "Tags:"
	}
	if strings.ContainsAny(t, "©®™") {
		s -= 10
		strong = true
	}
	if isNumberish(t) {
		s -= 4
		strong = true
	}
	if siteKey != "" && in.key == siteKey || isDomain(t) {
		s -= 8
		strong = true
	}
	if isByline(t) && w < 12 {
		s -= 2
	}
	if linkDensity > 0 {
		s -= linkDensity * (float64(w) + 6)
		if linkDensity > 0.5 {
			strong = true
		}
	}
	s += in.boost
	if in.boost <= -5 {
		strong = true
	}
	if titleKey != "" && in.key == titleKey {
		s = min(s, -1)
	}
	return s, strong
}

// isProse reports whether a line reads as a sentence: enough words,
// sentence-final punctuation, and not mostly capitalised words.
func isProse(t string, words int, menu bool) bool {
	if words < 5 || !endsSentence(t) {
		return false
	}
	if separators(t) >= 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsLower(r) && words < 8 {
		return false
	}
	if words <= 12 && titleCase(t) {
		// "Our Standards: The Trust Principles." reads as a title or
		// a label, not a sentence.
		return false
	}
	return !menu || words >= 12
}

// titleCase reports whether most words of a line, function words aside,
// start with a capital letter, as in titles and labels.
func titleCase(t string) bool {
	caps, n := 0, 0
	for w := range strings.FieldsSeq(t) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if w == "" || len(w) <= 7 && functionWords[lowerASCII(w)] {
			continue
		}
		n++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return n >= 3 && caps*4 >= n*3
}

// endsSentence reports whether a line ends with sentence punctuation,
// allowing closing quotes and brackets after it.
func endsSentence(t string) bool {
	t = strings.TrimRightFunc(t, func(r rune) bool {
		return strings.ContainsRune("\"'”’»)]", r)
	})
	if strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?'
}

// separators counts menu separators in a line: vertical bars, bullets,
// breadcrumb arrows, slashes between words, middle dots.
func separators(t string) int {
	n := 0
	for f := range strings.FieldsSeq(t) {
		switch f {
		case "|", "/", "•", "·", "›", "»", "«", "‹", ">", "<", "–", "☰", "::", "||":
			n++
		}
	}
	if strings.HasPrefix(t, "•") || strings.HasPrefix(t, "›") || strings.HasPrefix(t, "☰") {
		n++
	}
	// Glued menus: "Asia & AmericasMiddle EastNewsSyriaUS" — lower case
	// letter directly followed by an upper case one, repeatedly.
	glued := 0
	prev := rune(0)
	for _, r := range t {
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			glued++
		}
		prev = r
	}
	if glued >= 2 {
		n += glued
	}
	// Runs of three or more spaces separate menu items in some scrapes.
	return n
}

// function words that appear in headlines and sentences but seldom in menus.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "with": true, "by": true, "from": true, "and": true, "or": true, "but": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "has": true, "have": true,
	"had": true, "says": true, "said": true, "will": true, "would": true, "not": true, "no": true,
	"as": true, "it": true, "its": true, "that": true, "this": true, "into": true, "over": true,
	"after": true, "before": true, "against": true, "about": true, "near": true, "you": true,
	"we": true, "he": true, "she": true, "they": true, "his": true, "her": true, "their": true,
	"up": true, "out": true, "if": true, "than": true, "can": true, "could": true, "may": true,
}

// menuShaped reports whether a line is a run of capitalised words without
// function words or verbs-like glue: "Home World Business Tech".
func menuShaped(t string) bool {
	caps, fn, nw := 0, 0, 0
	for w := range strings.FieldsSeq(t) {
		nw++
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		if len(w) <= 7 && functionWords[lowerASCII(w)] {
			fn++
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return fn == 0 && caps*10 >= nw*8 && nw >= 4
}

// isNumberish reports whether a line is only digits and punctuation ("0",
// "12 Comments" is not; "3/4" is).
func isNumberish(t string) bool {
	for _, r := range t {
		if unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isDomain reports whether the line is a bare domain name such as
// "Financialtribune.com".
func isDomain(t string) bool {
	if strings.ContainsAny(t, " \t") || !strings.Contains(t, ".") {
		return false
	}
	t = strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(t), "https://"), "http://")
	t = strings.TrimPrefix(t, "www.")
	t = strings.TrimSuffix(t, "/")
	i := strings.LastIndexByte(t, '.')
	if i <= 0 || i == len(t)-1 {
		return false
	}
	tld := t[i+1:]
	if len(tld) < 2 || len(tld) > 10 {
		return false
	}
	for _, r := range t {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '/') {
			return false
		}
	}
	for _, r := range tld {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

var months = []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// isByline reports whether a line looks like a byline or dateline such as
// "By Jane Doe" or "Posted September 30, 2014 by the editor".
func isByline(t string) bool {
	l := strings.ToLower(t)
	if strings.HasPrefix(l, "by ") && wordCount(t) <= 8 {
		return true
	}
	hasYear := false
	for i := 0; i+4 <= len(l); i++ {
		if (l[i] == '1' && l[i+1] == '9' || l[i] == '2' && l[i+1] == '0') && isDigit(l[i+2]) && isDigit(l[i+3]) &&
			(i == 0 || !isDigit(l[i-1])) && (i+4 == len(l) || !isDigit(l[i+4])) {
			hasYear = true
			break
		}
	}
	if !hasYear {
		return false
	}
	for _, m := range months {
		if strings.Contains(l, m) {
			return true
		}
	}
	return strings.Count(l, "/") >= 2 || strings.Count(l, "-") >= 2
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// wordCount counts words with at least one letter or digit.
func wordCount(t string) int {
	n := 0
	for f := range strings.FieldsSeq(t) {
		for _, r := range f {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
				break
			}
		}
	}
	return n
}

// normKey lower-cases a line and keeps only letters and digits separated by
// single spaces, for comparing lines.
func normKey(t string) string {
	var b strings.Builder
	b.Grow(len(t))
	space := false
	for _, r := range t {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

func hashKey(k string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(k))
	return h.Sum64()
}

// lowerASCII lower-cases ASCII letters; short words only, no allocation
// when already lower case.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
