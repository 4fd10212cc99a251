// Package verbs holds hearsay's event knowledge: which verbs, nouns and
// constructions name which CAMEO events, the CAMEO code table (label,
// Goldstein score, QuadClass) and the CAMEO→PLOVER mapping. The built-in
// dictionary is read from plain-text files embedded in the binary (see
// data/verbs.txt for the format); event/petrarch reads PETRARCH-2 verb
// dictionaries into the same Dictionary type.
package verbs

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.txt
var data embed.FS

// Code is one CAMEO event code with its published scores.
type Code struct {
	Code      string  // "190"
	Label     string  // "Use conventional military force"
	Quad      int     // QuadClass: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Goldstein float64 // -10..10
}

// PLOVER is the PLOVER event type and mode a CAMEO code maps to.
type PLOVER struct {
	Type string // "ASSAULT"; empty when the code has no PLOVER counterpart
	Mode string // "aerial"; may be empty
}

// CondKind says what a Cond tests.
type CondKind int

// Kinds of condition on an entry.
const (
	Obj     CondKind = iota // the direct object's head lemma is one of Words
	Prep                    // a dependent introduced by preposition Prep (whose head is one of Words, if any)
	Mod                     // a modifier of the trigger is one of Words
	Passive                 // the verb is passive
	After                   // Words appear, in order, after the trigger in its phrase (PETRARCH patterns)
	Before                  // Words appear, in order, before the trigger in its phrase
	Pred                    // the trigger is an adjective or participle heading a clause ("Syria is open to")
	Comp                    // the head of a clausal complement (xcomp) of the trigger is one of Words ("let X know")
)

// Cond is one condition an entry puts on its trigger's context. Words are
// lower-case lemmas; a word with blanks is a phrase of consecutive words.
type Cond struct {
	Kind  CondKind
	Prep  string
	Words []string   // Obj, Prep, Mod, Comp: any of these
	Seq   [][]string // After, Before: a sequence of alternatives
}

// Entry is one way a verb or noun names an event.
type Entry struct {
	Lemma string // lower case; particle verbs and compounds joined by a blank: "rule out"
	Noun  bool   // a nominal event ("airstrike") rather than a verb
	Conds []Cond
	Code  string // CAMEO code; "" for "no event"
	// Reverse, when set, codes the same act seen from the target: PETRARCH's
	// "[042:043]" (a visit made is a visit hosted) also yields target →
	// source with this code.
	Reverse string
	// SourceAfter and TargetBefore mark PETRARCH patterns whose source
	// follows the verb ("$" after "*") or whose target precedes it ("+"
	// before "*"): the coder swaps the usual roles.
	SourceAfter, TargetBefore bool
	// Compound marks PETRARCH patterns with "%" before "*" ("- % HAVE *
	// [191]"): coordinated subjects act on each other, whatever else
	// the clause names.
	Compound bool
	// TargetAfter marks PETRARCH patterns whose "+" follows their last
	// word after "*" ("- * THEIR ^ ABOUT +"): the target is the actor
	// named after those words, past TargetSkip actors (one per "^"
	// between the last word and the "+": "- * AT ^ +").
	TargetAfter bool
	TargetSkip  int
	Rule        string // where the entry came from: "verbs.txt:120"
}

// Dictionary maps triggers to CAMEO codes. It is safe for concurrent reads
// once built.
type Dictionary struct {
	codes   map[string]Code
	plover  map[string]PLOVER
	verbs   map[string][]*Entry
	nouns   map[string][]*Entry
	light   map[string]bool
	combine map[[2]string]string
}

// New returns a dictionary with the CAMEO code table and PLOVER mapping
// but no triggers.
func New() *Dictionary {
	d := &Dictionary{
		codes:   make(map[string]Code),
		plover:  make(map[string]PLOVER),
		verbs:   make(map[string][]*Entry),
		nouns:   make(map[string][]*Entry),
		light:   make(map[string]bool),
		combine: make(map[[2]string]string),
	}
	t := tables()
	for k, v := range t.codes {
		d.codes[k] = v
	}
	for k, v := range t.plover {
		d.plover[k] = v
	}
	return d
}

var tables = sync.OnceValue(func() *Dictionary {
	d := &Dictionary{codes: make(map[string]Code), plover: make(map[string]PLOVER)}
	if err := d.readCodes(mustOpen("data/cameo.txt"), "cameo.txt"); err != nil {
		panic(err)
	}
	if err := d.readPLOVER(mustOpen("data/plover.txt"), "plover.txt"); err != nil {
		panic(err)
	}
	return d
})

func mustOpen(name string) io.Reader {
	f, err := data.Open(name)
	if err != nil {
		panic(err)
	}
	return f
}

var builtin = sync.OnceValue(func() *Dictionary {
	d := New()
	if err := d.Read(mustOpen("data/verbs.txt"), "verbs.txt"); err != nil {
		panic(err)
	}
	return d
})

// Builtin returns hearsay's own dictionary, parsed once from the embedded
// files. Callers must not modify it.
func Builtin() *Dictionary { return builtin() }

// AddCombinations copies the combination table of src into d (PETRARCH
// dictionaries have none in our form; the coder uses ours with them).
func (d *Dictionary) AddCombinations(src *Dictionary) {
	for k, v := range src.combine {
		d.combine[k] = v
	}
}

// Add adds an entry.
func (d *Dictionary) Add(e *Entry) {
	m := d.verbs
	if e.Noun {
		m = d.nouns
	}
	// Most specific first (more conditions, then more condition words);
	// equal weights keep their file order.
	l := m[e.Lemma]
	w := weight(e)
	i := sort.Search(len(l), func(i int) bool { return weight(l[i]) < w })
	m[e.Lemma] = slices.Insert(l, i, e)
}

func weight(e *Entry) int {
	w := 0
	for _, c := range e.Conds {
		w += 10
		for _, s := range c.Seq {
			if len(s) > 0 {
				w += 10 * len(strings.Fields(s[0]))
			}
		}
		if c.Prep != "" && len(c.Words) > 0 {
			w += 5
		}
	}
	return w
}

// AddLight marks a verb as light: it passes its subject to the event noun it
// governs ("launch strikes").
func (d *Dictionary) AddLight(lemma string) { d.light[lemma] = true }

// AddCombination records that an event coded outer governing an event coded
// inner (both code prefixes) is coded code.
func (d *Dictionary) AddCombination(outer, inner, code string) {
	d.combine[[2]string{outer, inner}] = code
}

// Verb returns the entries for a verb lemma, most specific first.
func (d *Dictionary) Verb(lemma string) []*Entry { return d.verbs[lemma] }

// Noun returns the entries for a nominal event lemma, most specific first.
func (d *Dictionary) Noun(lemma string) []*Entry { return d.nouns[lemma] }

// Light reports whether lemma is a light verb.
func (d *Dictionary) Light(lemma string) bool { return d.light[lemma] }

// Combine returns the code for an event coded outer governing an event
// coded inner, from the longest matching pair of prefixes.
func (d *Dictionary) Combine(outer, inner string) (string, bool) {
	for i := len(outer); i >= 2; i-- {
		for j := len(inner); j >= 2; j-- {
			if c, ok := d.combine[[2]string{outer[:i], inner[:j]}]; ok {
				return c, true
			}
		}
	}
	return "", false
}

// Code returns the CAMEO code table entry for code. A code not in the table
// whose prefix is (a four-digit code or a dialect's variant such as "075A")
// takes its nearest listed parent's scores.
func (d *Dictionary) Code(code string) (Code, bool) {
	if c, ok := d.codes[code]; ok {
		return c, true
	}
	for i := len(code) - 1; i >= 2; i-- {
		if c, ok := d.codes[code[:i]]; ok {
			c.Code = code
			return c, true
		}
	}
	return Code{}, false
}

// PLOVER returns the PLOVER type and mode of a CAMEO code (longest listed
// prefix); the zero PLOVER when there is none.
func (d *Dictionary) PLOVER(code string) PLOVER {
	for i := len(code); i >= 2; i-- {
		if p, ok := d.plover[code[:i]]; ok {
			return p
		}
	}
	return PLOVER{}
}

// HasNouns reports whether the dictionary knows any nominal event.
func (d *Dictionary) HasNouns() bool { return len(d.nouns) > 0 }

// Counts reports the number of verb lemmas, noun lemmas and entries.
func (d *Dictionary) Counts() (verbs, nouns, entries int) {
	for _, es := range d.verbs {
		entries += len(es)
	}
	for _, es := range d.nouns {
		entries += len(es)
	}
	return len(d.verbs), len(d.nouns), entries
}

// Codes returns the CAMEO code table, sorted by code.
func (d *Dictionary) Codes() []Code {
	out := make([]Code, 0, len(d.codes))
	for _, c := range d.codes {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// SyntaxError reports a malformed line of a dictionary file.
type SyntaxError struct {
	File string
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// lines calls fn for each non-blank line of r with its comment removed.
func lines(r io.Reader, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
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
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

// ValidCode reports whether s looks like a CAMEO code: two to four digits.
func ValidCode(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func (d *Dictionary) readCodes(r io.Reader, name string) error {
	return lines(r, func(n int, line string) error {
		f := strings.Split(line, "|")
		if len(f) != 4 {
			return &SyntaxError{name, n, "want 4 fields separated by '|'"}
		}
		code := strings.TrimSpace(f[0])
		if !ValidCode(code) {
			return &SyntaxError{name, n, fmt.Sprintf("bad code %q", code)}
		}
		q, err := strconv.Atoi(strings.TrimSpace(f[1]))
		if err != nil || q < 1 || q > 4 {
			return &SyntaxError{name, n, fmt.Sprintf("bad quad class %q", f[1])}
		}
		g, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		if err != nil || g < -10 || g > 10 {
			return &SyntaxError{name, n, fmt.Sprintf("bad Goldstein score %q", f[2])}
		}
		d.codes[code] = Code{Code: code, Label: strings.TrimSpace(f[3]), Quad: q, Goldstein: g}
		return nil
	})
}

func (d *Dictionary) readPLOVER(r io.Reader, name string) error {
	return lines(r, func(n int, line string) error {
		f := strings.Split(line, "|")
		if len(f) != 3 {
			return &SyntaxError{name, n, "want 3 fields separated by '|'"}
		}
		code := strings.TrimSpace(f[0])
		if !ValidCode(code) {
			return &SyntaxError{name, n, fmt.Sprintf("bad code %q", code)}
		}
		d.plover[code] = PLOVER{Type: strings.TrimSpace(f[1]), Mode: strings.TrimSpace(f[2])}
		return nil
	})
}

// Read adds the entries of a dictionary in hearsay's format (see
// data/verbs.txt) read from r; name is used in errors and rules.
func (d *Dictionary) Read(r io.Reader, name string) error {
	return lines(r, func(n int, line string) error {
		if err := d.readLine(line, fmt.Sprintf("%s:%d", name, n)); err != nil {
			return &SyntaxError{name, n, err.Error()}
		}
		return nil
	})
}

func (d *Dictionary) readLine(line, rule string) error {
	kind, rest, _ := strings.Cut(line, " ")
	rest = strings.TrimSpace(rest)
	if kind == "light" {
		for _, w := range splitList(rest) {
			d.AddLight(lemmaKey(w))
		}
		return nil
	}
	lhs, code, ok := strings.Cut(rest, "=")
	if !ok {
		return fmt.Errorf("missing '= CODE'")
	}
	code = strings.TrimSpace(code)
	if code == "-" {
		code = ""
	} else if !ValidCode(code) {
		return fmt.Errorf("bad code %q", code)
	} else if _, ok := d.Code(code); !ok {
		return fmt.Errorf("unknown CAMEO code %q", code)
	}
	switch kind {
	case "combine":
		f := strings.Fields(lhs)
		if len(f) != 2 || !ValidCode(f[0]) || !ValidCode(f[1]) {
			return fmt.Errorf("combine wants two code prefixes")
		}
		d.AddCombination(f[0], f[1], code)
		return nil
	case "verb", "noun":
	default:
		return fmt.Errorf("unknown entry kind %q", kind)
	}
	// Lemmas run up to the first condition (a field with ':', "pass" or
	// "pred").
	fields := strings.Fields(lhs)
	var lemmaText []string
	var conds []Cond
	for _, f := range fields {
		if len(conds) == 0 && !strings.Contains(f, ":") && f != "pass" && f != "pred" {
			lemmaText = append(lemmaText, f)
			continue
		}
		c, err := parseCond(f)
		if err != nil {
			return err
		}
		conds = append(conds, c)
	}
	lemmas := splitList(strings.Join(lemmaText, " "))
	if len(lemmas) == 0 {
		return fmt.Errorf("no lemma")
	}
	for _, l := range lemmas {
		d.Add(&Entry{Lemma: lemmaKey(l), Noun: kind == "noun", Conds: conds, Code: code, Rule: rule})
	}
	return nil
}

func parseCond(f string) (Cond, error) {
	switch f {
	case "pass":
		return Cond{Kind: Passive}, nil
	case "pred":
		return Cond{Kind: Pred}, nil
	}
	k, v, _ := strings.Cut(f, ":")
	switch k {
	case "obj", "mod", "comp":
		if v == "" {
			return Cond{}, fmt.Errorf("empty condition %q", f)
		}
		kind := Obj
		switch k {
		case "mod":
			kind = Mod
		case "comp":
			kind = Comp
		}
		return Cond{Kind: kind, Words: words(v)}, nil
	case "prep":
		p, w, _ := strings.Cut(v, ":")
		if p == "" {
			return Cond{}, fmt.Errorf("empty preposition in %q", f)
		}
		c := Cond{Kind: Prep, Prep: strings.ToLower(p)}
		if w != "" {
			c.Words = words(w)
		}
		return c, nil
	}
	return Cond{}, fmt.Errorf("unknown condition %q", f)
}

func words(s string) []string {
	var out []string
	for _, w := range strings.Split(s, "|") {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, lemmaKey(w))
		}
	}
	return out
}

func splitList(s string) []string {
	var out []string
	for _, w := range strings.Split(s, ",") {
		if w = strings.TrimSpace(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// lemmaKey turns "rule_out" into "rule out", lower case.
func lemmaKey(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "_", " "))
}
