// Package lemma is hearsay's English lemmatizer: suffix rules keyed on the
// part-of-speech tag ("NNS" + "-ies" → "-y") plus a table of exceptions
// ("VBD" "went" → "go"), both learned from UD training data by Train and
// stored in a model file (nlp/models/lemma.model).
//
// A word's tag is its Penn Treebank XPOS when it has one, else its UPOS.
// Proper nouns keep their case; other lemmas are lower-cased unless an
// exception says otherwise ("I").
package lemma

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"hearsay/nlp"
	"hearsay/nlp/models"
)

// Format is the payload format version of the model files this package
// writes and reads.
const Format = 1

// maxSuffix is the longest suffix, in bytes, a rule is keyed on.
const maxSuffix = 5

// rule turns a word into its lemma: cut bytes off its end, then add a
// string.
type rule struct {
	cut int
	add string
}

// Model is a trained lemmatizer. It is safe for concurrent use.
type Model struct {
	Header models.Header
	rules  map[string]rule   // tag + "\x00" + suffix → rule
	exc    map[string]string // tag + "\x00" + key form → lemma
	vocab  map[string]bool   // lower-cased lemmas of open-class words seen in training
}

// tagOf returns the tag rules are keyed on.
func tagOf(upos, xpos string) string {
	if xpos != "" && xpos != "_" {
		return xpos
	}
	return "U:" + upos
}

// proper reports whether a word with these tags keeps its case.
func proper(upos, xpos string) bool {
	return upos == "PROPN" || strings.HasPrefix(xpos, "NNP")
}

// keyForm is the form exceptions are keyed on: as written for proper nouns,
// lower-cased otherwise.
func keyForm(form, upos, xpos string) string {
	if proper(upos, xpos) {
		return form
	}
	return strings.ToLower(form)
}

// Lemma returns the lemma of a word with the given form and tags.
func (m *Model) Lemma(form, upos, xpos string) string {
	if form == "" {
		return ""
	}
	tag := tagOf(upos, xpos)
	kf := keyForm(form, upos, xpos)
	if l, ok := m.exc[tag+"\x00"+kf]; ok {
		return l
	}
	if !hasAlnum(form) { // punctuation and symbols are their own lemma
		return form
	}
	if acronym(form) && (xpos == "NN" || xpos == "NNS" || xpos == "" && upos == "NOUN") {
		kf = form
	}
	return m.byRule(tag, kf)
}

// hasAlnum reports whether s holds a letter or a digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// acronym reports whether s is two or more capitals and nothing else
// ("GISB"): such words keep their case.
func acronym(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// capitalised reports whether s is a capital followed by lower-case
// letters ("Palestinian").
func capitalised(s string) bool {
	for i, r := range s {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

// byRule applies the rule of the longest suffix of w known for tag.
func (m *Model) byRule(tag, w string) string {
	if tag == "NNP" || tag == "U:PROPN" || acronym(w) {
		return w // a singular proper noun or an acronym is its own lemma
	}
	for n := min(maxSuffix, len(w)); n >= 0; n-- {
		if r, ok := m.rules[tag+"\x00"+w[len(w)-n:]]; ok {
			if r.cut > len(w) || (r.cut == len(w) && r.add == "") {
				return w
			}
			return m.known(w[:len(w)-r.cut]+r.add, w)
		}
	}
	return w
}

// known checks a rule's lemma c of word w against the lemmas seen in
// training: when c is unknown but a close variant is known ("provok" →
// "provoke", "stopp" → "stop", "hope" → "hop"), the variant wins.
func (m *Model) known(c, w string) string {
	if len(m.vocab) == 0 || c == w || m.vocab[c] || len(c) < 3 {
		return c
	}
	if strings.HasSuffix(c, "e") && m.vocab[c[:len(c)-1]] {
		return c[:len(c)-1]
	}
	if m.vocab[c+"e"] {
		return c + "e"
	}
	if n := len(c); c[n-1] == c[n-2] && m.vocab[c[:n-1]] {
		return c[:n-1]
	}
	return c
}

// Annotate fills the Lemma of every token of d from its form and tags.
func (m *Model) Annotate(d *nlp.Doc) {
	for _, s := range d.Sentences {
		for i := s.Start; i < s.End && i < len(d.Tokens); i++ {
			t := &d.Tokens[i]
			t.Lemma = m.Lemma(t.Form, t.UPOS, t.XPOS)
			// A capitalised adjective inside a sentence that training never
			// saw in lower case names a people or a place ("Palestinian",
			// "Sunni") and keeps its case; a title word ("Best") does not.
			if i > s.Start && (t.UPOS == "ADJ" || t.XPOS == "JJ") && capitalised(t.Form) && strings.EqualFold(t.Lemma, t.Form) && !m.vocab[t.Lemma] {
				t.Lemma = t.Form
			}
		}
	}
}

// Word is one training example.
type Word struct {
	Form, UPOS, XPOS, Lemma string
}

// Words returns the training examples of d: every token with a lemma.
func Words(d *nlp.Doc) []Word {
	out := make([]Word, 0, len(d.Tokens))
	for _, t := range d.Tokens {
		if t.Lemma == "" || t.Lemma == "_" && t.Form != "_" {
			continue
		}
		out = append(out, Word{Form: t.Form, UPOS: t.UPOS, XPOS: t.XPOS, Lemma: t.Lemma})
	}
	return out
}

// transform returns the rule that turns w into lemma.
func transform(w, lemma string) rule {
	p := 0
	for p < len(w) && p < len(lemma) && w[p] == lemma[p] {
		p++
	}
	return rule{cut: len(w) - p, add: lemma[p:]}
}

// Train learns suffix rules and exceptions from words. Training is
// deterministic.
func Train(words []Word) *Model {
	type key struct{ tag, suffix string }
	counts := map[key]map[rule]int{}
	type fkey struct{ tag, form string }
	lemmas := map[fkey]map[string]int{}
	for _, w := range words {
		tag := tagOf(w.UPOS, w.XPOS)
		kf := keyForm(w.Form, w.UPOS, w.XPOS)
		lem := w.Lemma
		if !proper(w.UPOS, w.XPOS) && lem != "I" {
			lem = strings.ToLower(lem)
		}
		fk := fkey{tag, kf}
		if lemmas[fk] == nil {
			lemmas[fk] = map[string]int{}
		}
		lemmas[fk][w.Lemma]++
		r := transform(kf, lem)
		for n := 0; n <= min(maxSuffix, len(kf)); n++ {
			k := key{tag, kf[len(kf)-n:]}
			if counts[k] == nil {
				counts[k] = map[rule]int{}
			}
			counts[k][r]++
		}
	}
	m := &Model{rules: map[string]rule{}, exc: map[string]string{}, vocab: map[string]bool{}}
	for _, w := range words {
		if openClass(w.UPOS) && !proper(w.UPOS, w.XPOS) && isLowerWord(w.Lemma) {
			m.vocab[w.Lemma] = true
		}
	}
	best := func(c map[rule]int) (rule, int) {
		var b rule
		n := -1
		for r, k := range c {
			if k > n || k == n && (r.cut < b.cut || r.cut == b.cut && r.add < b.add) {
				b, n = r, k
			}
		}
		return b, n
	}
	for k, c := range counts {
		r, n := best(c)
		if n < 2 {
			continue
		}
		if k.suffix != "" {
			if pr, ok := counts[key{k.tag, k.suffix[1:]}]; ok {
				if p, _ := best(pr); p == r {
					continue // the shorter suffix says the same
				}
			}
		}
		m.rules[k.tag+"\x00"+k.suffix] = r
	}
	for fk, c := range lemmas {
		lem, n := "", -1
		for l, k := range c {
			if k > n || k == n && l < lem {
				lem, n = l, k
			}
		}
		if m.byRule(fk.tag, fk.form) != lem {
			m.exc[fk.tag+"\x00"+fk.form] = lem
		}
	}
	return m
}

// Write writes m as a model file with header h.
func (m *Model) Write(w io.Writer, h models.Header) error {
	h.Format = Format
	zw, err := models.WriteHeader(w, h)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, k := range sortedKeys(m.rules) {
		r := m.rules[k]
		tag, suf, _ := strings.Cut(k, "\x00")
		fmt.Fprintf(bw, "R\t%s\t%s\t%d\t%s\n", tag, suf, r.cut, r.add)
	}
	for _, k := range sortedKeys(m.exc) {
		tag, form, _ := strings.Cut(k, "\x00")
		fmt.Fprintf(bw, "E\t%s\t%s\t%s\n", tag, form, m.exc[k])
	}
	for _, k := range sortedKeys(m.vocab) {
		fmt.Fprintf(bw, "V\t%s\n", k)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model file written by Write.
func Load(r io.Reader) (*Model, error) {
	h, payload, err := models.ReadHeader(r)
	if err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	if h.Format != Format {
		return nil, fmt.Errorf("lemma: model format %d, want %d", h.Format, Format)
	}
	m := &Model{Header: h, rules: map[string]rule{}, exc: map[string]string{}, vocab: map[string]bool{}}
	sc := bufio.NewScanner(payload)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	line := 1 // the header
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		switch {
		case len(f) == 5 && f[0] == "R":
			cut, err := strconv.Atoi(f[3])
			if err != nil || cut < 0 {
				return nil, fmt.Errorf("lemma: line %d: bad cut %q", line, f[3])
			}
			m.rules[f[1]+"\x00"+f[2]] = rule{cut: cut, add: f[4]}
		case len(f) == 4 && f[0] == "E":
			m.exc[f[1]+"\x00"+f[2]] = f[3]
		case len(f) == 2 && f[0] == "V":
			m.vocab[f[1]] = true
		default:
			return nil, fmt.Errorf("lemma: line %d: malformed", line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lemma: line %d: %w", line+1, err)
	}
	return m, nil
}

// Sizes returns the number of rules and of exceptions in m.
func (m *Model) Sizes() (rules, exceptions int) { return len(m.rules), len(m.exc) }

// Accuracy returns the share of words whose lemma m predicts exactly,
// from their gold form and tags.
func (m *Model) Accuracy(words []Word) float64 {
	if len(words) == 0 {
		return 0
	}
	ok := 0
	for _, w := range words {
		if m.Lemma(w.Form, w.UPOS, w.XPOS) == w.Lemma {
			ok++
		}
	}
	return float64(ok) / float64(len(words))
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// openClass reports whether upos is a noun, verb, adjective or adverb.
func openClass(upos string) bool {
	return upos == "NOUN" || upos == "VERB" || upos == "ADJ" || upos == "ADV"
}

// isLowerWord reports whether s is lower-case ASCII letters only.
func isLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}
