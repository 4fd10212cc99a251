// Package petrarch reads PETRARCH-2 dictionaries — verb files with synsets,
// verb blocks and patterns, discard lists and issue lists — so that hearsay
// can code with the Phoenix or PETRARCH validation dictionaries. Verb
// patterns are read into the verbs.Dictionary the event coder uses; actor
// and agent files are read by actor.LoadPetrarch.
//
// The formats are those described in PETRARCH-2's dictionaries-format
// document. Pattern syntax handled: "*" (the verb), "$" (source), "+"
// (target), "%" (compound actor), "^" (skip), words, "{PHRASE}",
// "(PREP NOUN)", "&SYNSET" and "[CODE]" or "[CODE:CODE]"; "~" transformation
// lines are counted and skipped.
package petrarch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"hearsay/event/actor"
	"hearsay/event/verbs"
)

// Error is a malformed entry: the file, line and problem.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// VerbStats counts what a verb file held.
type VerbStats struct {
	Synsets, Blocks, Verbs, Patterns, Transformations int
	Undashed                                          int // patterns written without their leading '-'
	// Problems are the malformed entries, each naming file, line and
	// problem; they are skipped and the rest of the file is read.
	Problems []*Error
}

// ReadVerbs adds the verbs and patterns of a PETRARCH-2 verb file read from
// r to d. name is used in errors and in each entry's rule. A malformed
// entry is skipped and reported in the stats' Problems (the published
// dictionaries hold a few); the error is for failures to read.
func ReadVerbs(d *verbs.Dictionary, r io.Reader, name string) (VerbStats, error) {
	p := &verbParser{d: d, name: name, synsets: map[string][]string{}, plurals: map[string][]string{}}
	err := p.run(r)
	return p.stats, err
}

type verbParser struct {
	d       *verbs.Dictionary
	name    string
	line    int
	stats   VerbStats
	synsets map[string][]string
	plurals map[string][]string // the synsets' plural forms, for a synset used alone
	cur     string              // synset being defined
	block   *block
}

type block struct {
	code  string
	rev   string
	verbs []blockVerb
}

type blockVerb struct {
	key    string   // lemma key ("rule out")
	forms  []string // irregular forms
	before []string // words before the verb in a compound ("wire tap")
	after  []string // words after it beyond a particle
	code   string
	rev    string
	set    bool // the verb line had its own code
}

func (p *verbParser) errf(format string, args ...any) error {
	return &Error{p.name, p.line, fmt.Sprintf(format, args...)}
}

func (p *verbParser) run(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	inXML := false
	for sc.Scan() {
		p.line++
		line := strings.TrimSpace(stripComment(sc.Text()))
		// <!-- ... --> comments, possibly over several lines (older files)
		if inXML || strings.HasPrefix(line, "<!--") {
			inXML = !strings.Contains(line, "-->")
			continue
		}
		if line == "" {
			continue
		}
		var err error
		switch {
		case strings.HasPrefix(line, "---"):
			err = p.header(line)
		case line[0] == '&':
			p.flush()
			name := strings.Fields(line)[0]
			if len(name) < 2 {
				err = p.errf("empty synset name")
				break
			}
			p.cur = synName(name)
			if _, dup := p.synsets[p.cur]; !dup {
				p.synsets[p.cur] = nil
				p.stats.Synsets++
			}
		case line[0] == '+' && p.block == nil:
			err = p.synWord(line[1:])
		case line[0] == '-':
			err = p.pattern(line[1:])
		case line[0] == '*' && p.block != nil:
			// a pattern whose leading '-' was left out (it happens in the
			// PETRARCH validation dictionary); the '*' makes it unambiguous
			p.stats.Undashed++
			err = p.pattern(line)
		case line[0] == '~':
			p.stats.Transformations++
		default:
			err = p.verbLine(line)
		}
		if err != nil {
			var pe *Error
			if !errors.As(err, &pe) {
				return err
			}
			p.stats.Problems = append(p.stats.Problems, pe)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", p.name, err)
	}
	p.flush()
	return nil
}

// stripComment removes a '#' comment, except inside "[...]" ("[###]").
func stripComment(line string) string {
	depth := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '[':
			depth++
		case ']':
			depth--
		case '#':
			if depth <= 0 {
				return line[:i]
			}
		}
	}
	return line
}

func (p *verbParser) synWord(w string) error {
	if p.cur == "" {
		return p.errf("synset word %q outside a synset", w)
	}
	w = strings.TrimSpace(w)
	if w == "" {
		return p.errf("empty synset word")
	}
	if w[0] == '&' {
		name := synName(strings.Fields(w)[0])
		sub, ok := p.synsets[name]
		if !ok {
			return p.errf("synset %s used before it is defined", w)
		}
		p.synsets[p.cur] = append(p.synsets[p.cur], sub...)
		p.plurals[p.cur] = append(p.plurals[p.cur], p.plurals[name]...)
		return nil
	}
	// "(TO THE END)" phrases: keep the words.
	w = strings.Trim(w, "()")
	ph := phrase(w)
	p.synsets[p.cur] = append(p.synsets[p.cur], ph)
	if pl := plural(ph); pl != ph && !strings.HasSuffix(strings.TrimSpace(w), "_") {
		// a synset word stands for its plural too, unless a final '_'
		// turns that off ("+CASH_"); pattern words match the text's
		// words as written
		p.plurals[p.cur] = append(p.plurals[p.cur], pl)
	}
	return nil
}

// notNouns are the last words of synset phrases that take no plural.
var notNouns = map[string]bool{"not": true, "out": true, "off": true, "down": true, "over": true, "with": true, "for": true, "the": true, "and": true}

// plural returns the regular plural of a phrase's last word ("treaty" →
// "treaties", "ceasefire" → "ceasefires", "cease fire" → "cease fires").
// A last word that is no noun ("will not", "did n't") has none.
func plural(ph string) string {
	n := len(ph)
	last := ph[strings.LastIndexByte(ph, ' ')+1:]
	if len(last) < 3 || notNouns[last] || strings.IndexFunc(last, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return ph
	}
	switch {
	case strings.HasSuffix(ph, "s"):
		return ph // "ties", "troops": a plural already
	case strings.HasSuffix(ph, "x") || strings.HasSuffix(ph, "z") || strings.HasSuffix(ph, "ch") || strings.HasSuffix(ph, "sh"):
		return ph + "es"
	case ph[n-1] == 'y' && n > 1 && !strings.ContainsRune("aeiou", rune(ph[n-2])):
		return ph[:n-1] + "ies"
	}
	return ph + "s"
}

// synName normalises a synset label: upper case, without the trailing '_'
// that only turns plurals off ("&PREPOSIT1_" is used as "&PREPOSIT1").
func synName(s string) string { return strings.TrimRight(strings.ToUpper(s), "_") }

// phrase turns "CEASE_FIRE" or "REVOLUTIONARY MANIFESTO" into lower-case
// words separated by blanks, dropping the no-plural marks.
func phrase(w string) string {
	w = strings.ReplaceAll(w, "_", " ")
	return strings.ToLower(strings.Join(strings.Fields(w), " "))
}

func (p *verbParser) header(line string) error {
	p.flush()
	p.block = &block{} // even when the code is bad, what follows belongs to this block
	inner := strings.Trim(line, "- \t")
	if i := strings.IndexByte(inner, '['); i >= 0 {
		j := strings.IndexByte(inner[i:], ']')
		if j < 0 {
			return p.errf("unclosed '[' in block header")
		}
		c, r, err := p.codes(inner[i+1 : i+j])
		if err != nil {
			return err
		}
		p.block.code, p.block.rev = c, r
	}
	p.cur = ""
	p.stats.Blocks++
	return nil
}

// code validates a bracketed code: "190", "075A", "037:037", ":190", "---".
func (p *verbParser) code(s string) (string, error) {
	c, _, err := p.codes(s)
	return c, err
}

// codes returns the code and the reverse code of "[a:b]".
func (p *verbParser) codes(s string) (string, string, error) {
	s = strings.TrimSpace(s)
	if s == "---" || s == "" || s == "###" || s == "+++" {
		return "", "", nil // null codes: no event ("###" and "+++" are TABARI's discard marks)
	}
	a, b, two := strings.Cut(s, ":")
	if !validCode(a) && a != "" && a != "---" || two && !validCode(b) && b != "" && b != "---" {
		return "", "", p.errf("bad event code %q", s)
	}
	if a == "---" {
		a = ""
	}
	if b == "---" {
		b = ""
	}
	if a == "" {
		return b, "", nil // "[:190]"
	}
	return a, b, nil
}

// validCode accepts CAMEO codes ("190", "0871"), dialect variants ("075A")
// and the user-defined codes PETRARCH allows: one to six letters or digits.
func validCode(s string) bool {
	if len(s) < 1 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

func (p *verbParser) verbLine(line string) error {
	if p.block == nil {
		return p.errf("verb %q before any '--- NAME [CODE] ---' block header", line)
	}
	code, rev, set := p.block.code, p.block.rev, false
	if i := strings.IndexByte(line, '['); i >= 0 {
		j := strings.IndexByte(line[i:], ']')
		if j < 0 {
			return p.errf("unclosed '['")
		}
		c, r, err := p.codes(line[i+1 : i+j])
		if err != nil {
			return err
		}
		code, rev, set = c, r, true
		line = line[:i] + line[i+j+1:]
	}
	var forms []string
	if i := strings.IndexByte(line, '{'); i >= 0 {
		j := strings.IndexByte(line, '}')
		if j < i {
			return p.errf("unclosed '{'")
		}
		for _, f := range strings.Fields(line[i+1 : j]) {
			forms = append(forms, f)
		}
		line = line[:i]
	}
	fs := strings.Fields(line)
	if len(fs) == 0 || len(fs) > 4 {
		return p.errf("verb line %q: want one word or a phrase", strings.TrimSpace(line))
	}
	// "RULE OUT" in older files is "RULE_OUT"
	bv, err := p.compound(strings.Join(fs, "_"))
	if err != nil {
		return err
	}
	for _, f := range forms {
		k, err := p.compound(f)
		if err != nil {
			return err
		}
		bv.forms = append(bv.forms, k.key)
	}
	bv.code, bv.rev, bv.set = code, rev, set
	p.block.verbs = append(p.block.verbs, bv)
	p.stats.Verbs++
	return nil
}

// compound splits "WIRE_+TAP" or "+CORDON_OFF" around the '+'-marked verb.
func (p *verbParser) compound(w string) (blockVerb, error) {
	parts := strings.Split(strings.ToLower(w), "_")
	verb := -1
	for i, x := range parts {
		if strings.HasPrefix(x, "+") {
			if verb >= 0 {
				return blockVerb{}, p.errf("two '+' verbs in %q", w)
			}
			verb = i
			parts[i] = x[1:]
		}
	}
	if verb < 0 {
		if len(parts) > 1 {
			verb = 0
		} else {
			verb = 0
		}
	}
	for _, x := range parts {
		if x == "" {
			return blockVerb{}, p.errf("empty word in %q", w)
		}
	}
	bv := blockVerb{key: parts[verb], before: parts[:verb]}
	after := parts[verb+1:]
	if len(after) == 1 {
		bv.key += " " + after[0] // a particle verb: "cordon off"
	} else {
		bv.after = after
	}
	return bv, nil
}

// pattern reads "- [pre] * [post] [CODE]" and adds it to every verb of the
// block.
func (p *verbParser) pattern(s string) error {
	if p.block == nil {
		return p.errf("pattern before any block header")
	}
	i := strings.LastIndexByte(s, '[')
	j := strings.LastIndexByte(s, ']')
	if i < 0 || j < i {
		return p.errf("pattern without [CODE]")
	}
	code, rev, err := p.codes(s[i+1 : j])
	if err != nil {
		return err
	}
	toks, err := p.tokens(s[:i])
	if err != nil {
		return err
	}
	var pre, post [][]string
	star, srcAfter, tgtBefore, compound := false, false, false, false
	for _, t := range toks {
		switch t.kind {
		case '*':
			if star {
				return p.errf("two '*' in pattern")
			}
			star = true
		case '$':
			if star {
				srcAfter = true
			}
		case '+':
			if !star {
				tgtBefore = true
			}
		case '%':
			compound = compound || !star
		case '^':
		case 'w':
			if star {
				post = append(post, t.alts)
			} else {
				pre = append(pre, t.alts)
			}
		}
	}
	if !star {
		return p.errf("pattern without '*'")
	}
	roles := entryRoles{srcAfter: srcAfter, tgtBefore: tgtBefore, compound: compound}
	roles.tgtAfter, roles.tgtSkip = targetAfterWords(toks)
	rule := fmt.Sprintf("%s:%d", p.name, p.line)
	for _, seq := range byLength(append(pre, post...)) {
		var conds []verbs.Cond
		if len(pre) > 0 {
			conds = append(conds, verbs.Cond{Kind: verbs.Before, Seq: seq[:len(pre)]})
		}
		if len(post) > 0 {
			conds = append(conds, verbs.Cond{Kind: verbs.After, Seq: seq[len(pre):]})
		}
		for _, v := range p.block.verbs {
			p.addEntry(v, conds, code, rev, rule, roles)
		}
	}
	p.stats.Patterns++
	return nil
}

// maxVariants bounds the entries one pattern is split into by byLength.
const maxVariants = 16

// byLength splits a pattern's word sequence whose synsets hold phrases of
// different lengths into one sequence per combination of lengths, longest
// first, so that the longest phrase a text holds decides between
// patterns as in PETRARCH: "contributed a million austrian gold florin"
// is "&HYPERCURR" (AUSTRIAN GOLD FLORIN), not "&CURRENCY" (FLORIN). A
// sequence with no such synset, or too many combinations, is kept whole.
func byLength(seq [][]string) [][][]string {
	out := [][][]string{nil}
	for _, alts := range seq {
		groups := map[int][]string{}
		var lens []int
		for _, a := range alts {
			n := len(strings.Fields(a))
			if _, ok := groups[n]; !ok {
				lens = append(lens, n)
			}
			groups[n] = append(groups[n], a)
		}
		if len(out)*len(lens) > maxVariants {
			return [][][]string{seq}
		}
		sort.Sort(sort.Reverse(sort.IntSlice(lens)))
		next := make([][][]string, 0, len(out)*len(lens))
		for _, o := range out {
			for _, n := range lens {
				next = append(next, append(slices.Clone(o), groups[n]))
			}
		}
		out = next
	}
	return out
}

type ptok struct {
	kind byte // 'w' word or phrase, or one of * $ + % ^
	alts []string
}

// tokens splits a pattern's words: "{A B}" and "(P N)" groups become one
// word each ("a b", "p n"), "&SET" its alternatives.
func (p *verbParser) tokens(s string) ([]ptok, error) {
	var out []ptok
	s = strings.NewReplacer("{", " { ", "}", " } ", "(", " ( ", ")", " ) ", "*", " * ").Replace(s)
	var group []string
	var groupAlts [][]string
	depth := 0
	for _, f := range strings.Fields(s) {
		switch f {
		case "{", "(":
			depth++
			continue
		case "}", ")":
			if depth == 0 {
				return nil, p.errf("unbalanced %q in pattern", f)
			}
			depth--
			if depth == 0 && len(group) > 0 {
				// Words of a group are kept as a sequence of alternatives.
				for k := range group {
					out = append(out, ptok{kind: 'w', alts: groupAlts[k]})
				}
				group, groupAlts = nil, nil
			}
			continue
		}
		if len(f) == 1 && strings.ContainsRune("*$+%^", rune(f[0])) {
			if depth > 0 {
				if f == "*" {
					return nil, p.errf("'*' inside a group")
				}
				continue // "(FROM ^)", "(BY $)": an actor slot inside a phrase
			}
			out = append(out, ptok{kind: f[0]})
			continue
		}
		alts := []string{phrase(f)}
		if strings.Contains(f, "&") {
			var err error
			if alts, err = p.expand(f); err != nil {
				return nil, err
			}
		}
		if depth > 0 {
			group = append(group, f)
			groupAlts = append(groupAlts, alts)
			continue
		}
		out = append(out, ptok{kind: 'w', alts: alts})
	}
	if depth != 0 {
		return nil, p.errf("unclosed group in pattern")
	}
	return out, nil
}

// maxAlts bounds the phrases one pattern word with synsets joined to
// words expands to.
const maxAlts = 4096

// expand returns the phrases a pattern word naming synsets stands for:
// "&TIETYPES" its words, "NEW_&TIETYPES_RELATIONS" and
// "&NEGATVAUXVRB_WANT" (a synset joined by "_" to the words next to
// it) every phrase of the joined words with each synset word in turn
// ("new military relations", "did n't want", ...). A synset's name may
// itself hold "_" ("&FIGHT_OF_WORDS"): the longest defined name wins.
func (p *verbParser) expand(f string) ([]string, error) {
	if f[0] == '&' {
		if set, ok := p.synsets[synName(f)]; ok {
			if len(set) == 0 {
				return nil, p.errf("synset %s has no words", f)
			}
			return append(slices.Clip(set), p.plurals[synName(f)]...), nil
		}
	}
	parts := strings.Split(strings.ToUpper(f), "_")
	alts := []string{""}
	for i := 0; i < len(parts); {
		var words []string
		n := 1
		switch {
		case parts[i] == "":
		case parts[i][0] == '&':
			n = 0
			for j := len(parts); j > i; j-- {
				if set, ok := p.synsets[strings.Join(parts[i:j], "_")]; ok {
					if len(set) == 0 {
						return nil, p.errf("synset %s has no words", strings.Join(parts[i:j], "_"))
					}
					words, n = set, j-i
					break
				}
			}
			if n == 0 && len(parts) == 1 {
				return nil, p.errf("undefined synset %s", f)
			}
			if n == 0 {
				return nil, p.errf("undefined synset %s in %s", parts[i], f)
			}
		default:
			words = []string{strings.ToLower(parts[i])}
		}
		if len(words) > 0 {
			if len(alts)*len(words) > maxAlts {
				return nil, p.errf("%s stands for more than %d phrases", f, maxAlts)
			}
			next := make([]string, 0, len(alts)*len(words))
			for _, a := range alts {
				for _, w := range words {
					next = append(next, strings.TrimSpace(a+" "+w))
				}
			}
			alts = next
		}
		i += n
	}
	if len(alts) == 1 && alts[0] == "" {
		return nil, p.errf("empty pattern word %s", f)
	}
	return alts, nil
}

// entryRoles are a pattern's marks on where its actors stand: "$" after
// "*", "+" before it, "%" before it, "+" after its last word after it
// (past tgtSkip "^").
type entryRoles struct {
	srcAfter, tgtBefore, compound bool
	tgtAfter                      bool
	tgtSkip                       int
}

// targetAfterWords reports whether a pattern ends in "+" after a word that
// follows its "*" ("* THEIR ^ ABOUT +", "* AT ^ +"), and how many "^"
// stand between that word and the "+".
func targetAfterWords(toks []ptok) (bool, int) {
	n := len(toks)
	if n == 0 || toks[n-1].kind != '+' {
		return false, 0
	}
	k, skip := n-2, 0
	for k >= 0 && toks[k].kind == '^' {
		skip++
		k--
	}
	if k < 0 || toks[k].kind != 'w' {
		return false, 0
	}
	for j := k - 1; j >= 0; j-- {
		if toks[j].kind == '*' {
			return true, skip
		}
	}
	return false, 0
}

func (p *verbParser) addEntry(v blockVerb, conds []verbs.Cond, code, rev, rule string, r entryRoles) {
	all := conds
	if len(v.before) > 0 {
		all = append([]verbs.Cond{{Kind: verbs.Before, Seq: words(v.before)}}, all...)
	}
	if len(v.after) > 0 {
		all = append([]verbs.Cond{{Kind: verbs.After, Seq: words(v.after)}}, all...)
	}
	for _, k := range append([]string{v.key}, v.forms...) {
		p.d.Add(&verbs.Entry{Lemma: k, Conds: all, Code: code, Reverse: rev, Rule: rule, SourceAfter: r.srcAfter, TargetBefore: r.tgtBefore, Compound: r.compound, TargetAfter: r.tgtAfter, TargetSkip: r.tgtSkip})
	}
}

func words(ws []string) [][]string {
	out := make([][]string, len(ws))
	for i, w := range ws {
		out[i] = []string{w}
	}
	return out
}

// flush adds the bare verbs of the finished block.
func (p *verbParser) flush() {
	if p.block == nil {
		return
	}
	rule := fmt.Sprintf("%s:block", p.name)
	for _, v := range p.block.verbs {
		p.addEntry(v, nil, v.code, v.rev, rule, entryRoles{})
	}
	p.block = nil
}

// Discards is a PETRARCH discard list: phrases whose presence stops a
// sentence (or, with '+', a whole story) from being coded.
type Discards struct {
	entries []discard
}

type discard struct {
	text  string // lower case, with a leading blank
	story bool
	word  bool // must end at a word boundary
}

// ReadDiscards reads a discard file.
func ReadDiscards(r io.Reader, name string) (*Discards, error) {
	d := &Discards{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "<") {
			continue
		}
		e := discard{}
		if line[0] == '+' {
			e.story = true
			line = strings.TrimSpace(line[1:])
		}
		if strings.HasSuffix(line, "_") {
			e.word = true
			line = strings.TrimSuffix(line, "_")
		}
		line = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(line, "_", " ")), " "))
		if line == "" {
			return nil, &Error{name, n, "empty discard phrase"}
		}
		e.text = " " + line
		d.entries = append(d.entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

// Len returns the number of discard phrases.
func (d *Discards) Len() int { return len(d.entries) }

// Match reports whether sentence text holds a discard phrase, and whether
// that phrase discards the whole story.
func (d *Discards) Match(text string) (matched, story bool) {
	t := " " + strings.ToLower(strings.Join(strings.Fields(text), " ")) + " "
	for _, e := range d.entries {
		k := strings.Index(t, e.text)
		for k >= 0 {
			end := k + len(e.text)
			if !e.word || end >= len(t) || !isLetter(t[end]) {
				matched = true
				story = story || e.story
				break
			}
			next := strings.Index(t[k+1:], e.text)
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return matched, story
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }

// Issue is one issue phrase and its code.
type Issue struct {
	Phrase string // lower case
	Code   string
	Ignore bool // a "~" phrase that cancels issue coding
}

// ReadIssues reads an issues file ("phrase [CODE]" lines, "<ISSUE ...>"
// category tags, "n:", "v:" and "+" expansion prefixes, "~" ignores).
func ReadIssues(r io.Reader, name string) ([]Issue, error) {
	var out []Issue
	category := ""
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "</") {
			category = ""
			continue
		}
		if strings.HasPrefix(line, "<") {
			if _, v, ok := strings.Cut(line, `CATEGORY="`); ok {
				category, _, _ = strings.Cut(v, `"`)
			}
			continue
		}
		if line[0] == '~' {
			out = append(out, Issue{Phrase: strings.ToLower(strings.TrimLeft(line, "~ ")), Ignore: true})
			continue
		}
		i := strings.LastIndexByte(line, '[')
		j := strings.LastIndexByte(line, ']')
		var code, ph string
		switch {
		case i >= 0 && j > i:
			code, ph = strings.TrimSpace(line[i+1:j]), strings.TrimSpace(line[:i])
		case category != "":
			code, ph = category, line // inside <ISSUE CATEGORY="...">
		default:
			return nil, &Error{name, n, fmt.Sprintf("issue %q without [CODE] outside an <ISSUE> block", line)}
		}
		if code == "" || ph == "" {
			return nil, &Error{name, n, "empty issue phrase or code"}
		}
		var ws []string
		for _, w := range strings.Fields(ph) {
			for _, pre := range []string{"n:", "v:", "+"} {
				w = strings.TrimPrefix(w, pre)
			}
			if w != "" {
				ws = append(ws, strings.ToLower(w))
			}
		}
		if len(ws) == 0 {
			return nil, &Error{name, n, fmt.Sprintf("issue line %q has no words", line)}
		}
		out = append(out, Issue{Phrase: strings.Join(ws, " "), Code: code})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// Set is a directory of PETRARCH dictionaries, loaded.
type Set struct {
	Verbs     *verbs.Dictionary
	Actors    *actor.Table // nil when the directory has no actor files
	Discards  *Discards
	Issues    []Issue
	Files     map[string][]string // kind ("verbs", "actors", ...) → files read
	VerbStats VerbStats
}

// Kind classifies a dictionary file by its name: "verbs", "actors",
// "agents", "discards", "issues", or "" for files that are not dictionaries.
func Kind(name string) string {
	b := strings.ToLower(filepath.Base(name))
	if !strings.HasSuffix(b, ".txt") {
		return ""
	}
	switch {
	case strings.Contains(b, "verbs") || strings.HasPrefix(b, "cameo."):
		return "verbs"
	case strings.Contains(b, "actors"):
		return "actors"
	case strings.Contains(b, "agents"):
		return "agents"
	case strings.Contains(b, "discard"):
		return "discards"
	case strings.Contains(b, "issue"):
		return "issues"
	}
	return ""
}

// LoadDir loads every dictionary in dir. Of several verb files, those in
// the 2.0 format ("2.0" in the name) are preferred.
func LoadDir(dir string) (*Set, error) { return LoadDirVerbs(dir, "") }

// LoadDirVerbs is LoadDir with the verb file chosen by name (a file in dir)
// when verbFile is not empty.
func LoadDirVerbs(dir, verbFile string) (*Set, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	files := map[string][]string{}
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		if k := Kind(e.Name()); k != "" {
			files[k] = append(files[k], filepath.Join(dir, e.Name()))
		}
	}
	if vs := files["verbs"]; len(vs) > 1 {
		var v2 []string
		for _, f := range vs {
			if strings.Contains(filepath.Base(f), "2.0") {
				v2 = append(v2, f)
			}
		}
		if len(v2) > 0 {
			files["verbs"] = v2
		}
	}
	if verbFile != "" {
		files["verbs"] = []string{filepath.Join(dir, verbFile)}
	}
	for _, fs := range files {
		sort.Strings(fs)
	}
	set := &Set{Verbs: verbs.New(), Discards: &Discards{}, Files: files}
	set.Verbs.AddCombinations(verbs.Builtin())
	if len(files["verbs"]) == 0 {
		return nil, fmt.Errorf("%s: no verb dictionary (a file named *verbs*.txt or CAMEO.*.txt)", dir)
	}
	for _, f := range files["verbs"] {
		st, err := readFile(f, func(r io.Reader) (VerbStats, error) { return ReadVerbs(set.Verbs, r, filepath.Base(f)) })
		if err != nil {
			return nil, err
		}
		set.VerbStats.Synsets += st.Synsets
		set.VerbStats.Blocks += st.Blocks
		set.VerbStats.Verbs += st.Verbs
		set.VerbStats.Patterns += st.Patterns
		set.VerbStats.Transformations += st.Transformations
		set.VerbStats.Undashed += st.Undashed
		set.VerbStats.Problems = append(set.VerbStats.Problems, st.Problems...)
	}
	for _, f := range files["discards"] {
		d, err := readFile(f, func(r io.Reader) (*Discards, error) { return ReadDiscards(r, filepath.Base(f)) })
		if err != nil {
			return nil, err
		}
		set.Discards.entries = append(set.Discards.entries, d.entries...)
	}
	for _, f := range files["issues"] {
		is, err := readFile(f, func(r io.Reader) ([]Issue, error) { return ReadIssues(r, filepath.Base(f)) })
		if err != nil {
			return nil, err
		}
		set.Issues = append(set.Issues, is...)
	}
	if af := append(append([]string{}, files["actors"]...), files["agents"]...); len(af) > 0 {
		t, err := actor.LoadPetrarch(af...)
		if err != nil {
			return nil, err
		}
		set.Actors = t
	}
	return set, nil
}

func readFile[T any](name string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(name)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	return read(f)
}
