//go:build ignore

// gen_lexicon learns the tokenizer's and segmenter's word lists from the
// training CoNLL-U files (GUM train and dev without the non-commercial
// genres, and EWT dev; never a test file) and writes lexicon.txt:
//
//	go run gen_lexicon.go -data ../../../shared/data -o lexicon.txt
//
// Lines are "kind<TAB>value":
//
//	abbr    a token that ends in a period which stays attached ("Inc.")
//	hpre    a lower-cased prefix kept joined to the rest of a hyphenated word ("non")
//	hword   a lower-cased hyphenated word kept whole ("e-mail")
//	start   a lower-cased word that often starts a sentence and is otherwise a common lower-case word
//	mwt     a lower-cased word split into pieces, with the pieces' byte lengths ("cannot 3,3")
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

type word struct {
	form       string
	spaceAfter bool
	xpos       string
}

type counts map[string]int

func main() {
	data := flag.String("data", "../../../shared/data", "the shared data folder")
	out := flag.String("o", "", "write to this file instead of standard output")
	flag.Parse()
	var files []string
	// LinES and ParTUT are CC BY-NC-SA, like some GUM genres: left out.
	for _, g := range []string{"ud/gum/train/*.conllu", "ud/gum/dev/*.conllu", "ud/ewt/*-dev.conllu"} {
		m, err := filepath.Glob(filepath.Join(*data, g))
		if err != nil {
			log.Fatal(err)
		}
		for _, f := range m {
			// GUM genres under a non-commercial licence are left out (the
			// same rule as models.GUMNonCommercial).
			genre, _, _ := strings.Cut(strings.TrimPrefix(filepath.Base(f), "GUM_"), "_")
			switch genre {
			case "essay", "fiction", "letter", "podcast", "whow", "reddit":
				continue
			}
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		log.Fatalf("no CoNLL-U files under %s", *data)
	}
	abbr, bare := counts{}, counts{}                      // "Inc." as one token; "Inc" followed by a "." token
	hkept, hsplit := counts{}, counts{}                   // by lower-cased prefix
	wkept, wsplit := counts{}, counts{}                   // by lower-cased hyphenated word
	lower, upper, initial := counts{}, counts{}, counts{} // lower-cased word: lower-case uses, capitalised non-initial uses, capitalised initial uses
	mwt := map[string]counts{}
	single := counts{} // lower-cased forms seen as one word
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		var sent []word
		var mwtForm string
		var mwtEnd, mwtID int
		var mwtParts []string
		flush := func() {
			for i, w := range sent {
				lw := strings.ToLower(w.form)
				if n := len(w.form); n > 1 && w.form[n-1] == '.' && strings.IndexFunc(w.form[:n-1], unicode.IsLetter) >= 0 && !strings.Contains(w.form, "..") {
					abbr[w.form]++
				}
				if i+1 < len(sent) && !w.spaceAfter && sent[i+1].form == "." && isAlpha(w.form) {
					bare[w.form+"."]++
				}
				if strings.Contains(w.form, "-") && isHyphenated(w.form) {
					pre, _, _ := strings.Cut(lw, "-")
					hkept[pre]++
					wkept[lw]++
				}
				if i+2 < len(sent) && !w.spaceAfter && sent[i+1].form == "-" && !sent[i+1].spaceAfter && isAlnum(w.form) && isAlnum(sent[i+2].form) {
					hsplit[lw]++
					wsplit[lw+"-"+strings.ToLower(sent[i+2].form)]++
				}
				if !isAlpha(w.form) {
					continue
				}
				r, _ := utf8.DecodeRuneInString(w.form)
				switch {
				case unicode.IsLower(r):
					lower[lw]++
				case unicode.IsUpper(r) && i == 0:
					initial[lw]++
				case unicode.IsUpper(r):
					upper[lw]++
				}
			}
			sent = sent[:0]
		}
		for sc.Scan() {
			line := sc.Text()
			if line == "" {
				flush()
				continue
			}
			if line[0] == '#' {
				continue
			}
			c := strings.Split(line, "\t")
			if len(c) != 10 || strings.Contains(c[0], ".") {
				continue
			}
			if a, b, ok := strings.Cut(c[0], "-"); ok {
				mwtForm = c[1]
				fmt.Sscan(b, &mwtEnd)
				fmt.Sscan(a, &mwtID)
				mwtParts = mwtParts[:0]
				continue
			}
			var id int
			fmt.Sscan(c[0], &id)
			if id <= mwtEnd {
				mwtParts = append(mwtParts, c[1])
				if id == mwtEnd && strings.Join(mwtParts, "") == mwtForm {
					lens := make([]string, len(mwtParts))
					for i, p := range mwtParts {
						lens[i] = fmt.Sprint(len(p))
					}
					lf := strings.ToLower(mwtForm)
					if mwt[lf] == nil {
						mwt[lf] = counts{}
					}
					mwt[lf][strings.Join(lens, ",")]++
				}
				sent = append(sent, word{form: c[1], spaceAfter: id == mwtEnd && !strings.Contains(c[9], "SpaceAfter=No"), xpos: c[4]})
				continue
			}
			single[strings.ToLower(c[1])]++
			sent = append(sent, word{form: c[1], spaceAfter: !strings.Contains(c[9], "SpaceAfter=No"), xpos: c[4]})
		}
		flush()
		fh.Close()
		if err := sc.Err(); err != nil {
			log.Fatalf("%s: %v", f, err)
		}
	}
	dst := os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		dst = f
	}
	w := bufio.NewWriter(dst)
	defer w.Flush()
	fmt.Fprintln(w, "# Generated by gen_lexicon.go from the training CoNLL-U files; do not edit.")
	for _, a := range sorted(abbr) {
		// An abbreviation keeps its period more often than it is written
		// with a separate one.
		if abbr[a] > bare[a] && (abbr[a] >= 2 || strings.Count(a, ".") > 1 || utf8.RuneCountInString(a) == 2) {
			fmt.Fprintf(w, "abbr\t%s\n", a)
		}
	}
	for _, p := range sorted(hkept) {
		if hkept[p] > hsplit[p] && hkept[p] >= 2 {
			fmt.Fprintf(w, "hpre\t%s\n", p)
		}
	}
	for _, x := range sorted(wkept) {
		if wkept[x] > wsplit[x] {
			fmt.Fprintf(w, "hword\t%s\n", x)
		}
	}
	for _, x := range sorted(initial) {
		if initial[x] >= 2 && lower[x] >= 3 && lower[x] > 2*upper[x] {
			fmt.Fprintf(w, "start\t%s\n", x)
		}
	}
	for _, x := range sortedKeys(mwt) {
		best, n, total := "", 0, 0
		for k, c := range mwt[x] {
			total += c
			if c > n || c == n && k < best {
				best, n = k, c
			}
		}
		// Words with an apostrophe are split by the tokenizer's clitic
		// rules; keep the others ("cannot", "gonna") when they are split
		// more often than not.
		if n >= 2 && 2*n > total && n > single[x] && !strings.ContainsAny(x, "'’") {
			fmt.Fprintf(w, "mwt\t%s\t%s\n", x, best)
		}
	}
}

func sorted(c counts) []string {
	out := make([]string, 0, len(c))
	for k := range c {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func sortedKeys(m map[string]counts) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func isAlpha(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func isAlnum(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isHyphenated reports whether s is letters or digits joined by single
// hyphens, starting with a letter.
func isHyphenated(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isAlnum(p) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
