package actor

import (
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// caseRule says how a dictionary word must be capitalised in the text.
type caseRule uint8

const (
	anyCase  caseRule = iota // lower-case in the dictionary: any capitalisation
	notLower                 // capitalised in the dictionary: the text's word must not be all lower-case
	exact                    // an all-capitals acronym ("US", "IS", "U.S."): exactly as written
)

// role is a dated code: a person's office or a PETRARCH date restriction.
// A zero from or to is open-ended. Both limits are inclusive.
type role struct {
	code    string
	title   string
	country string // country part of code, when it has one
	sector  string // sector part of code, when it has one
	from    time.Time
	to      time.Time
}

func (r role) valid(d time.Time) bool {
	return (r.from.IsZero() || !d.Before(r.from)) && (r.to.IsZero() || !d.After(r.to))
}

// entry is one actor, agent or institution with all its names.
type entry struct {
	kind       Kind
	code       string // code when no role applies (a default; "" means none)
	country    string
	sector     string
	name       string
	roles      []role
	metonym    bool
	agentFirst bool
	datedOnly  bool // PETRARCH: no default code, only dated restrictions
	firstRole  bool // PETRARCH: of several valid restrictions the first listed wins
	region     bool // a region, bloc or people (regions.tsv) rather than a country
}

// cand is an entry reachable at a trie node, with the capitalisation its
// words need.
type cand struct {
	entry int32
	rules []caseRule
	title bool // a title phrase (honorific or office) rather than an entry
}

type node struct {
	next  map[string]*node // children by folded word; nil once frozen small
	keys  []string         // children of a frozen node with few of them
	kids  []*node
	cands []cand
	// hasEntry and hasTitle say whether cands holds entries, titles.
	hasEntry, hasTitle bool
	place              []int32 // gazetteer entries ending here
	prul               [][]caseRule
}

func (n *node) child(w string) *node {
	if n.next == nil {
		n.next = make(map[string]*node)
	}
	c := n.next[w]
	if c == nil {
		c = &node{}
		n.next[w] = c
	}
	return c
}

// Table is a loaded set of actor, agent and place entries. Safe for
// concurrent reads; not to be modified after loading.
type Table struct {
	root    node
	entries []entry
	places  []Place
	names   int // names (aliases) inserted, before variants
	roles   int

	countries map[string]bool // country codes, to split "USAGOV" into USA and GOV
	regions   map[string]bool // codes of regions, blocs and peoples (regions.tsv)
	gazetteer *Table          // answers Place when this table has no places of its own
	warnings  []string        // tolerated problems met while loading

	codeNamesOnce sync.Once         // builds codeNameOf on Name's first call
	codeNameOf    map[string]string // code → name for people (see Name)
}

// newTable returns an empty Table.
func newTable() *Table { return &Table{} }

// fold lower-cases a word and normalises typographic apostrophes and dashes,
// appending to buf.
func fold(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		switch r {
		case '\u2019', '\u2018', '\u02bc':
			buf = append(buf, '\'')
			continue
		case '\u2010', '\u2011', '\u2013':
			buf = append(buf, '-')
			continue
		}
		r = unicode.ToLower(r)
		if base, ok := latinBase[r]; ok {
			buf = append(buf, base...)
			continue
		}
		buf = utf8.AppendRune(buf, r)
	}
	return buf
}

func foldString(w string) string { return string(fold(nil, w)) }

// latinBase maps lower-case Latin letters with diacritics to their base
// letters, so that "Erdoğan", "Çavuşoğlu" and "Élysée" also match "Erdogan",
// "Cavusoglu" and "Elysee".
var latinBase = func() map[rune]string {
	m := map[rune]string{'ı': "i", 'ø': "o", 'ł': "l", 'đ': "d", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d", 'ħ': "h"}
	for r := rune(0xC0); r <= 0x24F; r++ {
		if !unicode.IsLower(r) {
			continue
		}
		if _, ok := m[r]; ok {
			continue
		}
		d := norm.NFD.String(string(r))
		base := strings.Map(func(c rune) rune {
			if unicode.Is(unicode.Mn, c) {
				return -1
			}
			return c
		}, d)
		if base != string(r) && base != "" && base[0] < utf8.RuneSelf {
			m[r] = base
		}
	}
	return m
}()

// ruleOf returns the capitalisation rule a dictionary word imposes.
func ruleOf(w string) caseRule {
	letters, upper := 0, 0
	first := true
	firstUpper := false
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
			if first {
				firstUpper = unicode.IsUpper(r)
				first = false
			}
		}
	}
	switch {
	case letters >= 2 && upper == letters:
		return exact
	case letters == 1 && upper == 1 && len(w) <= 2:
		return exact // "U." style initials
	case firstUpper || upper > 0:
		return notLower
	}
	return anyCase
}

// splitName splits a dictionary name into words the way our tokenizer does:
// on blanks, with a possessive "'s" and surrounding brackets and commas as
// words of their own.
func splitName(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		for strings.HasPrefix(f, "(") && len(f) > 1 {
			out = append(out, "(")
			f = f[1:]
		}
		var tail []string
		for len(f) > 1 && (strings.HasSuffix(f, ")") || strings.HasSuffix(f, ",")) {
			tail = append([]string{f[len(f)-1:]}, tail...)
			f = f[:len(f)-1]
		}
		lf := strings.ToLower(f)
		if len(f) > 2 && (strings.HasSuffix(lf, "'s") || strings.HasSuffix(lf, "\u2019s")) {
			k := strings.LastIndexAny(f, "'\u2019")
			out = append(out, f[:k], f[k:])
		} else if f != "" {
			out = append(out, f)
		}
		out = append(out, tail...)
	}
	return out
}

// variants returns a name's word sequence and the variants our tokenizer or
// writers may produce for hyphenated words: "al-Assad" also as "al - Assad"
// and "al Assad".
func variants(words []string) [][]string {
	out := [][]string{words}
	for k, w := range words {
		if len(w) > 1 && (strings.HasSuffix(w, "'") || strings.HasSuffix(w, "\u2019")) {
			// "Workers'" is also tokenized "Workers" "'"
			r, size := utf8.DecodeLastRuneInString(w)
			split := append(append(append([]string{}, words[:k]...), w[:len(w)-size], string(r)), words[k+1:]...)
			out = append(out, split)
		}
	}
	hy := false
	for _, w := range words {
		if k := strings.IndexByte(w, '-'); k > 0 && k < len(w)-1 {
			hy = true
			break
		}
	}
	if !hy {
		return out
	}
	var split, spaced []string
	for _, w := range words {
		parts := strings.Split(w, "-")
		ok := len(parts) > 1
		for _, p := range parts {
			if p == "" {
				ok = false
			}
		}
		if !ok {
			split = append(split, w)
			spaced = append(spaced, w)
			continue
		}
		for j, p := range parts {
			if j > 0 {
				split = append(split, "-")
			}
			split = append(split, p)
			spaced = append(spaced, p)
		}
	}
	return append(out, split, spaced)
}

// withArticle adds to a name's variants their spellings with the Arabic
// article written "el" rather than "al" ("Omar al-Bashir" also as "Omar
// el-Bashir" and "Omar El Bashir", "Al-Ahram" as "El-Ahram"), as Egyptian
// and Maghrebi names and many wire services write it.
func withArticle(vs [][]string) [][]string {
	n := len(vs)
	for _, v := range vs[:n] {
		var alt []string
		for k, w := range v {
			var e string
			switch {
			case w == "al" || w == "Al":
				e = string(w[0]+'e'-'a') + "l"
			case len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "Al-")):
				e = string(w[0]+'e'-'a') + w[1:]
			default:
				continue
			}
			if alt == nil {
				alt = append([]string(nil), v...)
			}
			alt[k] = e
		}
		if alt != nil {
			vs = append(vs, alt)
		}
	}
	return vs
}

// add indexes a name for entry e.
func (t *Table) add(name string, e int32, title bool) {
	words := splitName(name)
	if len(words) == 0 {
		return
	}
	t.names++
	for _, v := range withArticle(variants(words)) {
		n := &t.root
		rules := make([]caseRule, len(v))
		for k, w := range v {
			n = n.child(foldString(w))
			rules[k] = ruleOf(w)
		}
		dup := false
		for _, c := range n.cands {
			if c.entry == e && c.title == title && equalRules(c.rules, rules) {
				dup = true
				break
			}
		}
		if !dup {
			n.cands = append(n.cands, cand{entry: e, rules: rules, title: title})
			n.hasTitle = n.hasTitle || title
			n.hasEntry = n.hasEntry || !title
		}
	}
}

// addPlace indexes a gazetteer name for place p.
func (t *Table) addPlace(name string, p int32) {
	words := splitName(name)
	if len(words) == 0 {
		return
	}
	for _, v := range withArticle(variants(words)) {
		n := &t.root
		rules := make([]caseRule, len(v))
		for k, w := range v {
			n = n.child(foldString(w))
			rules[k] = ruleOf(w)
		}
		n.place = append(n.place, p)
		n.prul = append(n.prul, rules)
	}
}

func equalRules(a, b []caseRule) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// step follows word w from n, without allocating for short words.
func (n *node) step(w string) *node {
	var buf [64]byte
	var key []byte
	if len(w) <= len(buf)/2 {
		key = fold(buf[:0], w)
	} else {
		key = fold(nil, w)
	}
	if n.next != nil {
		return n.next[string(key)]
	}
	for k, s := range n.keys {
		if s == string(key) {
			return n.kids[k]
		}
	}
	return nil
}

// smallNode is the most children a node keeps in slices rather than a map
// once frozen: a short linear scan beats hashing the word.
const smallNode = 6

// freeze compacts the trie for lookups; the table is read-only afterwards.
func (n *node) freeze() {
	for _, c := range n.next {
		c.freeze()
	}
	if len(n.next) <= smallNode {
		for k, c := range n.next {
			n.keys = append(n.keys, k)
			n.kids = append(n.kids, c)
		}
		n.next = nil
	}
}

// casesFit checks the capitalisation of words[i:i+len(rules)] against the
// dictionary words along the path. The dictionary words are recovered from
// the rules alone: exact rules compare folded forms (already equal) plus
// upper case.
func casesFit(words []string, i int, rules []caseRule) bool {
	for k, r := range rules {
		w := words[i+k]
		switch r {
		case exact:
			for _, c := range w {
				if unicode.IsLower(c) {
					return false
				}
			}
		case notLower:
			if !hasUpper(w) {
				return false
			}
		}
	}
	return true
}

func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			for _, r := range w[i:] {
				if unicode.IsUpper(r) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// maxTitleSteps bounds the title words ("Syrian", "President", "Ayatollah")
// skipped before a person's name.
const maxTitleSteps = 6

// Match returns the longest entry starting at words[i]. Matching is
// case-insensitive except that words capitalised in the dictionary must not
// be all lower-case in the text and all-capitals acronyms ("US", "IS") must
// be written in capitals. A person's code and role are those valid at date
// (a zero date takes the most recent role). A person preceded by titles,
// countries or institutions ("White House spokesman Josh Earnest",
// "President Hassan Rouhani") is matched over the whole phrase.
func (t *Table) Match(words []string, i int, date time.Time) (Match, bool) {
	if i < 0 || i >= len(words) {
		return Match{}, false
	}
	m, ok, tl := t.scan(words, i, date)
	if !ok && tl == 0 {
		return t.hyphenated(words[i], date)
	}
	if ok && m.Kind == Person {
		return m, true
	}
	if tl != 0 || ok && affiliation(m.Kind) {
		// A person after titles and affiliations.
		if pm, pok := t.titledPerson(words, i, date, m, ok, tl); pok && (!ok || pm.Len > m.Len) {
			return pm, true
		}
	}
	if ok && m.Kind == Country && !m.Metonym && i+m.Len < len(words) && hasUpper(words[i+m.Len]) {
		// every name of a country, region or people has a capital
		m.Len = t.people(words, i, &m, date)
	}
	return m, ok
}

// people joins a country and a people, region or bloc next to it into one
// match of the country: "Iraqi Kurds", "Lebanese Shiites", "Syrian
// Christians" and "Kurdish Iraqis", "Sunni Iraqis" are Iraqi, Lebanese,
// Syrian actors; "Western Cambodia" is Cambodia. A capital standing for its
// government and two countries side by side are left alone. m is a country
// match at words[i]; people returns the joined length, with *m replaced by
// the country when the people comes first.
func (t *Table) people(words []string, i int, m *Match, date time.Time) int {
	n, nok, _ := t.scan(words, i+m.Len, date)
	if !nok || n.Kind != Country || n.Metonym {
		return m.Len
	}
	r1, r2 := t.regions[m.Code], t.regions[n.Code]
	switch {
	case !r1 && r2:
		return m.Len + n.Len
	case r1 && !r2:
		n.Len += m.Len
		*m = n
		return n.Len
	}
	return m.Len
}

// hyphenSuffixes are the second parts of hyphenated compounds whose first
// part names the actor: "US-led", "Kurdish-held", "IS-held",
// "Iranian-backed", "al-Qaeda-linked". Compounds of a place ("London-based")
// or an origin ("Russian-made") are not among them.
var hyphenSuffixes = map[string]bool{
	"led": true, "held": true, "backed": true, "controlled": true, "occupied": true, "run": true,
	"linked": true, "allied": true, "aligned": true, "affiliated": true, "owned": true, "sponsored": true,
	"funded": true, "supported": true, "armed": true, "dominated": true, "ruled": true, "administered": true,
	"brokered": true, "trained": true, "appointed": true, "installed": true, "organised": true,
	"organized": true, "commanded": true, "manned": true, "friendly": true, "leaning": true,
}

// maxSuffix is the length of the longest of hyphenSuffixes.
const maxSuffix = len("administered")

// hyphenated matches a single token that is a hyphenated compound of an
// actor and a participle ("US-led", "Kurdish-held", "al-Qaeda-linked"), as
// a tokenizer that keeps such words whole gives them: the match is the
// actor of the first part, over the whole token.
func (t *Table) hyphenated(w string, date time.Time) (Match, bool) {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k >= len(w)-1 || len(w)-k-1 > maxSuffix {
		return Match{}, false
	}
	var buf [maxSuffix]byte
	suf := buf[:0]
	for i := k + 1; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		suf = append(suf, c)
	}
	if !hyphenSuffixes[string(suf)] {
		return Match{}, false
	}
	one := [1]string{w[:k]}
	m, ok, _ := t.scan(one[:], 0, date)
	if !ok || m.Len != 1 || m.Kind == Agent || m.Kind == Location {
		return Match{}, false
	}
	return m, true
}

// affiliation reports whether an entry of kind k may precede a person's
// name as part of a title ("White House spokesman", "Syrian President").
func affiliation(k Kind) bool {
	return k == Country || k == Institution || k == Organization || k == Group
}

// scan walks the trie once from words[i]: it returns the longest entry and
// the length of the longest title phrase starting there.
func (t *Table) scan(words []string, i int, date time.Time) (best Match, found bool, titleLen int) {
	n := &t.root
	for j := i; j < len(words); j++ {
		n = n.step(words[j])
		if n == nil {
			break
		}
		if len(n.cands) == 0 {
			continue
		}
		if n.hasEntry {
			if m, ok := t.pick(n.cands, words, i, j+1-i, date, false); ok {
				best, found = m, true
			}
		}
		if n.hasTitle {
			if _, ok := t.pick(n.cands, words, i, j+1-i, date, true); ok {
				titleLen = j + 1 - i
			}
		}
	}
	return best, found, titleLen
}

// pick chooses among the candidates ending at one node: the first whose
// capitalisation fits, preferring an entry with a role valid at date (or,
// with no date, one whose role is still open).
func (t *Table) pick(cands []cand, words []string, i, l int, date time.Time, titles bool) (Match, bool) {
	first := -1
	for k, c := range cands {
		if c.title != titles || !casesFit(words, i, c.rules) {
			continue
		}
		if titles {
			return Match{Len: l}, true
		}
		e := &t.entries[c.entry]
		if len(e.roles) == 0 {
			if e.code == "" && e.datedOnly {
				continue // known but never coded (PETRARCH's null code)
			}
			if first < 0 {
				first = k
			}
			continue
		}
		at := -1
		if date.IsZero() {
			if last := e.latest(); last >= 0 && e.roles[last].to.IsZero() {
				at = last
			}
		} else {
			at = e.roleAt(date)
		}
		if at >= 0 && e.roles[at].code != "" {
			first = k
			break
		}
		if e.datedOnly && (!date.IsZero() || at < 0 && e.latestCode() == "") {
			continue // no code at this date
		}
		if first < 0 {
			first = k
		}
	}
	if first < 0 {
		return Match{}, false
	}
	return t.entries[cands[first].entry].match(l, date), true
}

// titledPerson matches [title|affiliation|'s]* person at words[i], given
// the scan of words[i].
func (t *Table) titledPerson(words []string, i int, date time.Time, m Match, ok bool, tl int) (Match, bool) {
	j := i
	country := ""  // the country named in the titles ("Algerian President ...")
	var body Match // the institution or organisation named in the titles
	for step := 0; step < maxTitleSteps && j < len(words); step++ {
		if step > 0 {
			if w := words[j]; w == "'s" || w == "\u2019s" {
				j++
				continue
			}
			m, ok, tl = t.scan(words, j, date)
			if ok && m.Kind == Person {
				if country != "" && m.Country != "" && m.Country != country {
					// "Algerian President Ahmed ..." is not Ethiopia's Abiy Ahmed
					return Match{}, false
				}
				m.Len = j + m.Len - i
				if body.Code != "" && (m.Role == "" || strings.HasPrefix(m.Role, "former ")) && !formerIn(words[i:j]) {
					// no office of ours at this date, but the text gives
					// one: "Arab League Secretary-General Chedli Klibi"
					m.Code, m.Country, m.Sector, m.Role = body.Code, body.Country, body.Sector, ""
				}
				return m, true
			}
		}
		adv := tl
		if ok && affiliation(m.Kind) && m.Len > adv {
			adv = m.Len
			if m.Kind == Institution || m.Kind == Organization {
				body = m
			}
			if m.Kind == Country && m.Country != "" && !t.regions[m.Code] {
				// a people or region ("Iraqi Kurdish leader") does not
				// restrict the person's country
				country = m.Country
			}
		}
		if adv == 0 {
			return Match{}, false
		}
		j += adv
	}
	return Match{}, false
}

// formerIn reports whether titles speak of a past office ("former",
// "ex-", "then").
func formerIn(ws []string) bool {
	for _, w := range ws {
		if strings.EqualFold(w, "former") || strings.EqualFold(w, "then") || strings.EqualFold(w, "ex") ||
			len(w) > 3 && strings.EqualFold(w[:3], "ex-") {
			return true
		}
	}
	return false
}

// roleAt returns the index of the role valid at d, or -1. Later roles in
// the list win over earlier ones when both are valid (a promotion), except
// in a PETRARCH actors file, whose restrictions are tried in the order
// written ("[ORCHOB 20100109-20100112]" before "[HOBMIL
// 20080120-20121109]" overrides it).
func (e *entry) roleAt(d time.Time) int {
	if e.firstRole {
		for k, r := range e.roles {
			if r.valid(d) {
				return k
			}
		}
		return -1
	}
	for k := len(e.roles) - 1; k >= 0; k-- {
		if e.roles[k].valid(d) {
			return k
		}
	}
	return -1
}

// latest returns the index of the most recent role: the one ending last
// (open-ended first), then starting last.
func (e *entry) latest() int {
	best := -1
	for k, r := range e.roles {
		if best < 0 {
			best = k
			continue
		}
		b := e.roles[best]
		switch {
		case r.to.IsZero() && !b.to.IsZero():
			best = k
		case !r.to.IsZero() && b.to.IsZero():
		case r.to.After(b.to):
			best = k
		case r.to.Equal(b.to) && !r.from.Before(b.from):
			best = k
		}
	}
	return best
}

// latestCode returns the code of the most recent role, or "".
func (e *entry) latestCode() string {
	if k := e.latest(); k >= 0 {
		return e.roles[k].code
	}
	return ""
}

// match builds the Match for the entry as of date.
func (e *entry) match(l int, date time.Time) Match {
	m := Match{Len: l, Kind: e.kind, Code: e.code, Country: e.country, Sector: e.sector,
		Name: e.name, Metonym: e.metonym, AgentFirst: e.agentFirst}
	if len(e.roles) == 0 {
		return m
	}
	k := -1
	if date.IsZero() {
		k = e.latest()
	} else {
		k = e.roleAt(date)
	}
	if k < 0 {
		if e.kind == Person && m.Code == "" && e.country != "" {
			m.Code, m.Sector = e.country+"ELI", "ELI"
		}
		if e.kind == Person && !date.IsZero() {
			// the office most recently left before date
			last := -1
			for k, r := range e.roles {
				if !r.to.IsZero() && r.to.Before(date) && (last < 0 || r.to.After(e.roles[last].to)) {
					last = k
				}
			}
			if last >= 0 {
				m.Role = "former " + e.roles[last].title
			}
		}
		return m
	}
	r := e.roles[k]
	m.Code, m.Role = r.code, r.title
	if r.country != "" || r.sector != "" {
		m.Country, m.Sector = r.country, r.sector
	}
	return m
}

// splitCode splits a code such as "USAGOV" into its country part ("USA",
// when isCountry says so) and its primary sector (the next three letters,
// or the first three when there is no country: "IGO" for "IGOUNO").
func splitCode(code string, isCountry func(string) bool) (country, sector string) {
	if len(code) < 3 {
		return "", ""
	}
	if isCountry(code[:3]) {
		if len(code) >= 6 {
			return code[:3], code[3:6]
		}
		return code[:3], ""
	}
	return "", code[:3]
}

// Place returns the longest place name at words[i]: the place, the number
// of words matched and whether one was found. Capitalisation follows the
// rules of Match.
func (t *Table) Place(words []string, i int) (Place, int, bool) {
	if i < 0 || i >= len(words) {
		return Place{}, 0, false
	}
	if len(t.places) == 0 && t.gazetteer != nil {
		return t.gazetteer.Place(words, i)
	}
	n := &t.root
	var best Place
	bl := 0
	for j := i; j < len(words); j++ {
		n = n.step(words[j])
		if n == nil {
			break
		}
		found := -1
		for k, p := range n.place {
			if !casesFit(words, i, n.prul[k]) {
				continue
			}
			if found < 0 || t.places[n.place[found]].Kind == "country" && t.places[p].Kind != "country" {
				found = k
			} else if t.places[p].Country != t.places[n.place[found]].Country && t.places[p].Kind != "country" &&
				t.namesCountry(words, i, j+1, t.places[p].Country) && !t.namesCountry(words, i, j+1, t.places[n.place[found]].Country) {
				// a name of places in two countries ("Tripoli"): the one
				// whose country the text names elsewhere ("militias in
				// Tripoli ... the north Lebanese port")
				found = k
			}
		}
		if found >= 0 {
			best, bl = t.places[n.place[found]], j+1-i
		}
	}
	return best, bl, bl > 0
}

// namesCountry reports whether words outside [from, to) name country c
// (its name, adjective or demonym).
func (t *Table) namesCountry(words []string, from, to int, c string) bool {
	for k := 0; k < len(words); k++ {
		if k >= from && k < to {
			continue
		}
		m, ok, _ := t.scan(words, k, time.Time{})
		if ok && m.Kind == Country && m.Country == c && !m.Metonym && (k+m.Len <= from || k >= to) {
			return true
		}
	}
	return false
}

// Counts returns the number of entries per kind (keyed by Kind.String:
// "Country", "Person", ..., "Location" for gazetteer places), plus
// "Metonym" (capitals standing for their governments), "Uncoded" (PETRARCH
// actors with the null code), "Role" (dated roles
// and date restrictions) and "Name" (names and aliases indexed).
func (t *Table) Counts() map[string]int {
	c := make(map[string]int)
	for _, e := range t.entries {
		if e.metonym {
			c["Metonym"]++
			continue
		}
		if e.code == "" && e.datedOnly && len(e.roles) == 0 {
			c["Uncoded"]++
			continue
		}
		c[e.kind.String()]++
	}
	c[Location.String()] = len(t.places)
	c["Role"] = t.roles
	c["Name"] = t.names
	return c
}

// Region reports whether code is a region, bloc or people of the tables
// (regions.tsv: "SHI" for Shiites, "KUR", "WST") rather than a country.
func (t *Table) Region(code string) bool {
	return t.regions[code]
}
