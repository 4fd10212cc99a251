package claim

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"hearsay"
	"hearsay/nlp"
)

// FactItem is one predicate of UDS It-Happened with its majority judgement.
type FactItem struct {
	Sentence int // 0-based sentence index in the CoNLL-U file
	Token    int // 0-based word index in the sentence
	Lemma    string
	Happened bool
	Votes    int
}

// ReadItHappened reads UDS It-Happened judgements (tab-separated, with a
// header naming Sentence.ID, Pred.Token, Pred.Lemma, Is.Predicate,
// Is.Understandable, Happened and, optionally, Keep) and returns one item per
// predicate with the majority of the kept judgements; ties are left out.
func ReadItHappened(r io.Reader) ([]FactItem, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("it-happened: empty input")
	}
	col := map[string]int{}
	for i, h := range strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t") {
		col[h] = i
	}
	for _, need := range []string{"Sentence.ID", "Pred.Token", "Happened"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("it-happened: no %s column", need)
		}
	}
	get := func(f []string, name string) string {
		if i, ok := col[name]; ok && i < len(f) {
			return f[i]
		}
		return ""
	}
	type key struct{ s, t int }
	votes := map[key][2]int{}
	lemmas := map[key]string{}
	line := 1
	for sc.Scan() {
		line++
		f := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(f) < 3 {
			continue
		}
		if strings.EqualFold(get(f, "Keep"), "false") || strings.EqualFold(get(f, "Is.Predicate"), "false") || strings.EqualFold(get(f, "Is.Understandable"), "false") {
			continue
		}
		h := strings.ToLower(get(f, "Happened"))
		if h != "true" && h != "false" {
			continue
		}
		sid := get(f, "Sentence.ID")
		n, err := strconv.Atoi(sid[strings.LastIndexByte(sid, ' ')+1:])
		if err != nil || n < 1 {
			return nil, fmt.Errorf("it-happened line %d: bad sentence id %q", line, sid)
		}
		tok, err := strconv.Atoi(get(f, "Pred.Token"))
		if err != nil || tok < 1 {
			return nil, fmt.Errorf("it-happened line %d: bad token %q", line, get(f, "Pred.Token"))
		}
		k := key{n - 1, tok - 1}
		v := votes[k]
		if h == "true" {
			v[0]++
		} else {
			v[1]++
		}
		votes[k] = v
		lemmas[k] = get(f, "Pred.Lemma")
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	var out []FactItem
	for k, v := range votes {
		if v[0] == v[1] {
			continue
		}
		out = append(out, FactItem{Sentence: k.s, Token: k.t, Lemma: lemmas[k], Happened: v[0] > v[1], Votes: v[0] + v[1]})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Sentence != out[j].Sentence {
			return out[i].Sentence < out[j].Sentence
		}
		return out[i].Token < out[j].Token
	})
	return out, nil
}

// FactScores is the accuracy of PredicateStance read as "happened" (Asserts)
// or not, against the majority judgements.
type FactScores struct {
	Items, Skipped                       int
	Correct                              int
	Accuracy                             float64
	MajorityBaseline                     float64 // accuracy of always answering "happened"
	TruePos, FalsePos, FalseNeg, TrueNeg int
	// Misses counts the wrong answers by the rule of PredicateStance that
	// gave them and the gold judgement: "modal/happened" is a predicate under
	// a modal that the annotators judged as having happened.
	Misses map[string]int `json:",omitempty"`
}

// ScoreFactuality scores PredicateStance on the items over d, a Doc holding
// the sentences the items point into.
func ScoreFactuality(d *nlp.Doc, items []FactItem) FactScores {
	var sc FactScores
	yes := 0
	for _, it := range items {
		if it.Sentence >= len(d.Sentences) {
			sc.Skipped++
			continue
		}
		s := d.Sentences[it.Sentence]
		i := s.Start + it.Token
		if i >= s.End {
			sc.Skipped++
			continue
		}
		sc.Items++
		st, rule := predicateStance(d, i)
		pred := st == hearsay.Asserts
		if pred != it.Happened {
			if sc.Misses == nil {
				sc.Misses = map[string]int{}
			}
			gold := "not"
			if it.Happened {
				gold = "happened"
			}
			sc.Misses[rule+"/"+gold]++
		}
		if it.Happened {
			yes++
		}
		switch {
		case pred && it.Happened:
			sc.TruePos++
		case pred && !it.Happened:
			sc.FalsePos++
		case !pred && it.Happened:
			sc.FalseNeg++
		default:
			sc.TrueNeg++
		}
	}
	sc.Correct = sc.TruePos + sc.TrueNeg
	if sc.Items > 0 {
		sc.Accuracy = float64(sc.Correct) / float64(sc.Items)
		sc.MajorityBaseline = float64(yes) / float64(sc.Items)
	}
	return sc
}
