package tokenize

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run gen_lexicon.go -data ../../../shared/data -o lexicon.txt

// lexiconText is learned from the training CoNLL-U files by gen_lexicon.go.
//
//go:embed lexicon.txt
var lexiconText string

// lexicon holds the word lists the tokenizer and segmenter consult.
type lexicon struct {
	abbrev   map[string]bool  // tokens that keep their final period: "Inc.", "U.S."
	hyphPre  map[string]bool  // lower-cased prefixes kept joined in hyphenated words: "non"
	hyphWord map[string]bool  // lower-cased hyphenated words kept whole: "e-mail"
	starter  map[string]bool  // lower-cased common words that start sentences: "the"
	mwt      map[string][]int // lower-cased words split into pieces of these byte lengths: "cannot"
	title    map[string]bool  // abbreviations that precede a name and never end a sentence
}

// News abbreviations that the training data does not hold often enough to
// learn; all keep their period, and titles are always followed by a name.
var (
	extraAbbrev = []string{"Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
		"Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.", "Sat.", "Sun.",
		"Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Cos.", "Dept.", "Univ.", "Assn.", "Jr.", "Sr.", "No.", "Nos.", "Vol.", "vol.", "pp.", "approx.", "est.", "cf.", "ca.", "viz.",
		"Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Tex.", "Va.", "Vt.", "Wash.", "Wis.", "Wyo.",
		"U.K.", "U.N.", "E.U.", "D.C.", "U.S.A."}
	titles = []string{"Mr.", "Mrs.", "Ms.", "Messrs.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Cmdr.", "Adm.", "Sgt.", "Cpl.", "Pvt.",
		"Gov.", "Sen.", "Rep.", "Rev.", "Pres.", "Supt.", "Hon.", "Fr.", "Sr.", "St.", "Mt.", "Ft.", "Mlle.", "Mme.", "Amb."}
)

var (
	lexOnce sync.Once
	lex     *lexicon
)

// theLexicon parses the embedded lexicon once.
func theLexicon() *lexicon {
	lexOnce.Do(func() { lex = parseLexicon(lexiconText) })
	return lex
}

func parseLexicon(text string) *lexicon {
	l := &lexicon{abbrev: map[string]bool{}, hyphPre: map[string]bool{}, hyphWord: map[string]bool{},
		starter: map[string]bool{}, mwt: map[string][]int{}, title: map[string]bool{}}
	for _, line := range strings.Split(text, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 2 || strings.HasPrefix(line, "#") {
			continue
		}
		switch f[0] {
		case "abbr":
			l.abbrev[f[1]] = true
		case "hpre":
			l.hyphPre[f[1]] = true
		case "hword":
			l.hyphWord[f[1]] = true
		case "start":
			l.starter[f[1]] = true
		case "mwt":
			if len(f) < 3 {
				continue
			}
			var lens []int
			total := 0
			for _, s := range strings.Split(f[2], ",") {
				n, err := strconv.Atoi(s)
				if err != nil || n <= 0 {
					lens = nil
					break
				}
				lens = append(lens, n)
				total += n
			}
			if total == len(f[1]) && len(lens) > 1 {
				l.mwt[f[1]] = lens
			}
		}
	}
	for _, a := range extraAbbrev {
		l.abbrev[a] = true
	}
	for _, a := range titles {
		l.abbrev[a] = true
		l.title[a] = true
	}
	return l
}
