// Package polnear reads the PolNeAR attribution corpus: article texts with
// BRAT standoff annotations of attribution relations (source, cue, content).
//
// BRAT offsets count Unicode code points; the reader turns them into byte
// offsets into the article text, as everything else in hearsay uses.
package polnear

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Span is a half-open byte range [Start, End) of the article text. A
// discontinuous BRAT span is kept as its hull.
type Span struct {
	Start, End int
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Relation is one annotated attribution. Source is the zero Span for an
// attribution without a source.
type Relation struct {
	ID      string
	Source  Span
	Cue     Span
	Content Span
}

// HasSource reports whether the relation names a source.
func (r Relation) HasSource() bool { return r.Source.End > r.Source.Start }

// Article is one annotated article.
type Article struct {
	Name      string // file name without annotator suffix and extension
	Annotator string
	Text      string
	Relations []Relation
}

// ReadAnn parses BRAT standoff annotations of text from r. Text-bound
// annotations (T lines) of type Source, Cue and Content, and event lines (E)
// of type Attribution or Attribution-no-source, become relations. Lines that
// are not well-formed annotations are skipped (the corpus holds a few stray
// text lines), as are spans outside the text; a read error is returned.
func ReadAnn(r io.Reader, text string) ([]Relation, error) {
	// byte offset of each code point index, plus the end.
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	offs = append(offs, len(text))

	type tb struct {
		typ  string
		span Span
	}
	spans := map[string]tb{}
	var events [][2]string // id, args
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<24)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 2 || len(f[0]) < 2 {
			continue
		}
		switch f[0][0] {
		case 'T':
			typ, locs, ok := strings.Cut(f[1], " ")
			if !ok {
				continue
			}
			sp, ok := parseLocs(locs, offs)
			if !ok {
				continue
			}
			spans[f[0]] = tb{typ, sp}
		case 'E':
			events = append(events, [2]string{f[0], f[1]})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading annotations: %w", err)
	}
	var out []Relation
	for _, e := range events {
		args := strings.Fields(e[1])
		if len(args) == 0 {
			continue
		}
		head, _, _ := strings.Cut(args[0], ":")
		if head != "Attribution" && head != "Attribution-no-source" {
			continue
		}
		rel := Relation{ID: e[0]}
		var haveCue, haveContent bool
		for _, a := range args[1:] {
			role, id, ok := strings.Cut(a, ":")
			if !ok {
				continue
			}
			t, ok := spans[id]
			if !ok {
				continue
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Source":
				rel.Source = hull(rel.Source, t.span)
			case "Cue":
				rel.Cue = hull(rel.Cue, t.span)
				haveCue = true
			case "Content":
				rel.Content = hull(rel.Content, t.span)
				haveContent = true
			}
		}
		if haveCue && haveContent {
			out = append(out, rel)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cue.Start < out[j].Cue.Start })
	return out, nil
}

// parseLocs reads "10 20" or "10 20;25 30" (code point offsets) and returns
// the hull in bytes.
func parseLocs(locs string, offs []int) (Span, bool) {
	var sp Span
	first := true
	for _, frag := range strings.Split(locs, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(frag), " ")
		if !ok {
			return Span{}, false
		}
		s, err1 := strconv.Atoi(a)
		e, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || s < 0 || e < s || e >= len(offs) {
			return Span{}, false
		}
		cur := Span{offs[s], offs[e]}
		if first {
			sp, first = cur, false
		} else {
			sp = hull(sp, cur)
		}
	}
	return sp, !first
}

func hull(a, b Span) Span {
	if a.End <= a.Start {
		return b
	}
	return Span{min(a.Start, b.Start), max(a.End, b.End)}
}

// ReadDir reads a PolNeAR compartment directory (holding text/ and
// attributions/). An article annotated by several annotators is read once,
// with the annotations of the annotator whose id sorts first.
func ReadDir(dir string) ([]Article, error) {
	all, err := ReadDirAll(dir)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	out := all[:0]
	for _, a := range all {
		if !seen[a.Name] {
			seen[a.Name] = true
			out = append(out, a)
		}
	}
	return out, nil
}

// ReadDirAll reads a PolNeAR compartment directory like ReadDir but keeps
// every annotator's copy of an article, in the order of the annotation
// files' names (so an article's copies come in the order of their
// annotators' ids).
func ReadDirAll(dir string) ([]Article, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, fmt.Errorf("polnear: no annotations under %s", dir)
	}
	sort.Strings(anns)
	var out []Article
	for _, p := range anns {
		base := strings.TrimSuffix(filepath.Base(p), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		name, annotator := base[:i], base[i+1:]
		text, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("polnear: %w", err)
		}
		rels, err := ReadAnn(f, string(text))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("polnear: %s: %w", p, err)
		}
		out = append(out, Article{Name: name, Annotator: annotator, Text: string(text), Relations: rels})
	}
	return out, nil
}
