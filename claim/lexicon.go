package claim

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"hearsay/claim/polnear"
)

// cues.tsv is learned from PolNeAR train by "hearsay train cues": for each
// lower-cased word form, its lemma, how often it lay inside an annotated
// cue and how often it occurred at all.
//
//go:embed cues.tsv
var cuesTSV string

// CueStat is what the lexicon knows about one word form.
type CueStat struct {
	Form, Lemma string
	InCue       int // occurrences inside an annotated cue span
	Total       int // occurrences in the training text
}

// P returns the smoothed probability that an occurrence of the form is part
// of a cue.
func (c CueStat) P() float64 { return float64(c.InCue) / float64(c.Total+2) }

// Lexicon maps lower-cased word forms to their cue statistics.
type Lexicon map[string]CueStat

// ReadLexicon reads a lexicon in the tab-separated form WriteTo writes.
func ReadLexicon(r io.Reader) (Lexicon, error) {
	lx := Lexicon{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("cue lexicon line %d: %d fields, want 4", line, len(f))
		}
		in, err1 := strconv.Atoi(f[2])
		tot, err2 := strconv.Atoi(f[3])
		if err1 != nil || err2 != nil || in < 0 || tot < in {
			return nil, fmt.Errorf("cue lexicon line %d: bad counts", line)
		}
		lx[f[0]] = CueStat{Form: f[0], Lemma: f[1], InCue: in, Total: tot}
	}
	return lx, sc.Err()
}

// WriteTo writes the lexicon as "form\tlemma\tincue\ttotal" lines, most
// frequent cue words first.
func (lx Lexicon) WriteTo(w io.Writer) (int64, error) {
	st := make([]CueStat, 0, len(lx))
	for _, c := range lx {
		st = append(st, c)
	}
	sort.Slice(st, func(i, j int) bool {
		if st[i].InCue != st[j].InCue {
			return st[i].InCue > st[j].InCue
		}
		return st[i].Form < st[j].Form
	})
	bw := bufio.NewWriter(w)
	var n int64
	k, _ := fmt.Fprintf(bw, "# form\tlemma\tin_cue\ttotal (learned from PolNeAR train)\n")
	n += int64(k)
	for _, c := range st {
		k, _ = fmt.Fprintf(bw, "%s\t%s\t%d\t%d\n", c.Form, c.Lemma, c.InCue, c.Total)
		n += int64(k)
	}
	return n, bw.Flush()
}

// LearnCues counts, over the articles, how often each word form lies
// inside an annotated cue. Words inside quotations are not counted (the
// scanner never looks for cues there); forms never seen in a cue,
// punctuation and words of one letter are left out.
func LearnCues(arts []polnear.Article) Lexicon {
	type cnt struct{ in, tot int }
	counts := map[string]*cnt{}
	for _, a := range arts {
		d := Segment(a.Text)
		sc := newScanner(d) // for its map of quoted tokens: cues are never looked for inside quotations
		ri := 0
		rels := a.Relations
		sort.Slice(rels, func(i, j int) bool { return rels[i].Cue.Start < rels[j].Cue.Start })
		for ti, t := range d.Tokens {
			f := strings.ToLower(t.Form)
			if !isWordy(f) || sc.quoted(ti) {
				continue
			}
			c := counts[f]
			if c == nil {
				c = &cnt{}
				counts[f] = c
			}
			c.tot++
			for ri < len(rels) && rels[ri].Cue.End <= t.Start {
				ri++
			}
			for k := ri; k < len(rels) && rels[k].Cue.Start < t.End; k++ {
				if rels[k].Cue.Start <= t.Start && t.End <= rels[k].Cue.End {
					c.in++
					break
				}
			}
		}
	}
	lx := Lexicon{}
	for f, c := range counts {
		if c.in == 0 {
			continue
		}
		lx[f] = CueStat{Form: f, Lemma: lemma(f), InCue: c.in, Total: c.tot}
	}
	return lx
}

func isWordy(f string) bool {
	n := 0
	for _, r := range f {
		if r >= 'a' && r <= 'z' || r > 127 {
			n++
		}
	}
	return n >= 2
}

var builtinLexicon = func() Lexicon {
	lx, err := ReadLexicon(strings.NewReader(cuesTSV))
	if err != nil {
		panic("claim: embedded cue lexicon: " + err.Error())
	}
	return lx
}()
