package story

import (
	"context"
	"encoding/json"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"hearsay"
)

// GoldClaim is one claim of the news gold standard (../shared/data/news):
// which proposition, which stance, by whom, in which sentence.
type GoldClaim struct {
	Prop         string `json:"prop"`
	Stance       string `json:"stance"`
	ClaimantText string `json:"claimant_text"`
	ClaimantType string `json:"claimant_type"`
	Sentence     string `json:"sentence"`
}

// NewsScore is how well the propositions found in a corpus match the gold.
type NewsScore struct {
	Propositions    int      `json:"propositions"`     // gold propositions with claims
	Contested       int      `json:"contested"`        // gold propositions asserted and denied or confirmed only in part
	ContestedFound  int      `json:"contested_found"`  // of those, reported as contested
	ContestedRecall float64  `json:"contested_recall"` // ContestedFound / Contested
	Claims          int      `json:"claims"`           // gold claims
	Matched         int      `json:"matched"`          // gold claims found as a claim about some proposition
	RightSide       int      `json:"right_side"`       // found in the gold proposition's cluster on the gold side
	RightSideRate   float64  `json:"right_side_rate"`  // RightSide / Claims
	Misses          []string `json:"misses,omitempty"` // what went wrong, one line each
}

// EvaluateNews scores the propositions in s against gold claims, keyed by
// the articles' Key; texts gives each article's text by Key, to find the
// gold sentences. A gold claim matches a stored claim of the same article
// whose attribution overlaps the gold sentence and whose claimant (as
// written, or the name a pronoun was resolved to) shares a word with the
// gold claimant. Each gold proposition is identified with the
// stored proposition most of its matched claims fall into (a claim about
// several propositions splits its vote).
func EvaluateNews(ctx context.Context, s Store, gold map[string][]GoldClaim, texts map[string]string) (NewsScore, error) {
	type found struct {
		prop int64
		side string
		node claimNode
	}
	byArticle := map[string][]found{}
	ids, err := s.Clusters(ctx, KindClaim, 0)
	if err != nil {
		return NewsScore{}, err
	}
	for _, id := range ids {
		nodes, err := s.Members(ctx, KindClaim, id)
		if err != nil {
			return NewsScore{}, err
		}
		for _, n := range nodes {
			var cn claimNode
			if err := json.Unmarshal(n.Data, &cn); err != nil {
				return NewsScore{}, err
			}
			key, _, _ := strings.Cut(n.ID, "#")
			byArticle[key] = append(byArticle[key], found{prop: id, side: cn.Side, node: cn})
		}
	}
	contested := map[int64]bool{}
	labels := map[int64]string{}
	for _, id := range ids {
		p, err := PropositionByID(ctx, s, id)
		if err != nil {
			return NewsScore{}, err
		}
		contested[p.ID] = p.Contested
		labels[p.ID] = p.Label
	}

	var sc NewsScore
	type hit struct {
		props   map[int64]string // candidate propositions and the side the claim takes in each
		want    string
		article string
		claim   GoldClaim
	}
	votes := map[string]map[int64]float64{}
	hits := map[string][]hit{}
	sides := map[string]map[string]bool{}
	keys := make([]string, 0, len(gold))
	for k := range gold {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		text := texts[key]
		for _, g := range gold[key] {
			sc.Claims++
			want := side(normStance(g.Stance), "", family{})
			if sides[g.Prop] == nil {
				sides[g.Prop] = map[string]bool{}
				votes[g.Prop] = map[int64]float64{}
			}
			sides[g.Prop][want] = true
			gs, ge := locate(text, g.Sentence)
			h := hit{props: map[int64]string{}, want: want, article: key, claim: g}
			for _, f := range byArticle[key] {
				if gs < 0 || f.node.End <= gs || f.node.Start >= ge || !shareWord(f.node.Claimant.Span.Text+" "+f.node.Claimant.Name, g.ClaimantText) {
					continue
				}
				if old, ok := h.props[f.prop]; !ok || (old != want && f.side == want) {
					h.props[f.prop] = f.side
				}
			}
			if len(h.props) == 0 {
				sc.Misses = append(sc.Misses, key+": "+g.Prop+" "+g.Stance+" by "+g.ClaimantText+": no claim found")
			} else {
				sc.Matched++
				for id := range h.props {
					votes[g.Prop][id] += 1 / float64(len(h.props))
				}
			}
			hits[g.Prop] = append(hits[g.Prop], h)
		}
	}
	props := make([]string, 0, len(sides))
	for p := range sides {
		props = append(props, p)
	}
	sort.Strings(props)
	for _, p := range props {
		sc.Propositions++
		var ours int64 = -1
		best := 0.0
		for id, n := range votes[p] {
			if n > best || (n == best && id < ours) {
				ours, best = id, n
			}
		}
		if sides[p]["asserts"] && (sides[p]["denies"] || sides[p]["partly"]) {
			sc.Contested++
			if ours >= 0 && contested[ours] {
				sc.ContestedFound++
			} else {
				sc.Misses = append(sc.Misses, p+": contested in gold, not reported contested")
			}
		}
		for _, h := range hits[p] {
			got, in := h.props[ours]
			switch {
			case in && got == h.want:
				sc.RightSide++
			case in:
				sc.Misses = append(sc.Misses, h.article+": "+p+" "+h.claim.Stance+" by "+h.claim.ClaimantText+": on side "+got)
			case len(h.props) > 0:
				var about []string
				for id := range h.props {
					about = append(about, labels[id])
				}
				sort.Strings(about)
				sc.Misses = append(sc.Misses, h.article+": "+p+" "+h.claim.Stance+" by "+h.claim.ClaimantText+": found about "+
					strings.Join(about, "; ")+", not "+labels[ours])
			}
		}
	}
	if sc.Contested > 0 {
		sc.ContestedRecall = float64(sc.ContestedFound) / float64(sc.Contested)
	}
	if sc.Claims > 0 {
		sc.RightSideRate = float64(sc.RightSide) / float64(sc.Claims)
	}
	return sc, nil
}

// normStance maps the gold's stance names to ours (they are the same).
func normStance(s string) hearsay.Stance { return hearsay.Stance(s) }

// shareWord reports whether two claimant texts share a word of three or
// more letters (so "the senior US State Department official" matches "a
// senior US State Department official", and "he" matches nothing).
func shareWord(a, b string) bool {
	wa := strings.Fields(normName(a))
	for _, w := range strings.Fields(normName(b)) {
		if len(w) < 3 {
			continue
		}
		for _, x := range wa {
			if x == w {
				return true
			}
		}
	}
	return false
}

// locate finds sentence in text, exactly or else with every run of white
// space (non-breaking spaces included, which cleaning turns into plain ones)
// taken as one space; it returns the byte span in text, or -1, -1.
func locate(text, sentence string) (int, int) {
	if i := strings.Index(text, sentence); i >= 0 {
		return i, i + len(sentence)
	}
	// norm returns s with white space collapsed, and for each of its bytes
	// the start and end in s of the rune (or space run) it came from.
	norm := func(s string) (string, []int, []int) {
		var b strings.Builder
		var from, to []int
		spaceAt := -1
		for i, r := range s {
			if unicode.IsSpace(r) {
				if spaceAt < 0 {
					spaceAt = i
				}
				continue
			}
			if spaceAt >= 0 && b.Len() > 0 {
				b.WriteByte(' ')
				from, to = append(from, spaceAt), append(to, i)
			}
			spaceAt = -1
			n := b.Len()
			b.WriteRune(r)
			for k := n; k < b.Len(); k++ {
				from, to = append(from, i), append(to, i+utf8.RuneLen(r))
			}
		}
		return b.String(), from, to
	}
	nt, from, to := norm(text)
	ns, _, _ := norm(sentence)
	i := strings.Index(nt, ns)
	if i < 0 || ns == "" {
		return -1, -1
	}
	return from[i], to[i+len(ns)-1]
}
