package claim

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"hearsay"
	"hearsay/nlp"
)

// NewsArticle is one article of the synthetic news evaluation set.
type NewsArticle struct {
	ID     string `json:"id"`
	Outlet string `json:"outlet"`
	Title  string `json:"title"`
	Text   string `json:"text"`
}

// GoldClaim is one gold claim of the news evaluation set.
type GoldClaim struct {
	Prop          string  `json:"prop"`
	Stance        string  `json:"stance"`
	ClaimantText  string  `json:"claimant_text"`
	ClaimantType  string  `json:"claimant_type"`
	ClaimantActor string  `json:"claimant_actor"`
	ReportedVia   *string `json:"reported_via"`
	Sentence      string  `json:"sentence"`
}

// NewsGold is the gold annotation of one news article.
type NewsGold struct {
	ID     string      `json:"id"`
	Claims []GoldClaim `json:"claims"`
}

// ReadJSONL decodes one JSON value per non-blank line of r into a slice.
func ReadJSONL[T any](r io.Reader) ([]T, error) {
	var out []T
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return out, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

// NewsScores are the claim scores on a news set. Gold claims that differ
// only in proposition (one statement about two propositions) count once:
// claims are per statement here, not per proposition.
type NewsScores struct {
	Articles  int      `json:"articles"`
	Gold      int      `json:"gold_claims"`      // distinct (sentence, claimant, stance) gold claims
	Predicted int      `json:"predicted_claims"` // attributed claims Extract returned
	Found     int      `json:"found"`            // gold claims with a predicted claim in their sentence
	Stance    int      `json:"right_stance"`     // ... with the right stance
	Kind      int      `json:"right_kind"`       // ... with the right claimant kind
	Correct   int      `json:"correct"`          // ... with both right
	Via       int      `json:"right_via"`        // correct claims whose Via starts with the gold's reported_via (when gold has one)
	ViaGold   int      `json:"via_gold"`         // correct claims whose gold names a reported_via
	FoundRate float64  `json:"found_rate"`
	Accuracy  float64  `json:"accuracy"` // Correct / Gold: the figure the target is set on
	Misses    []string `json:"misses,omitempty"`
}

// ScoreNews runs Extract (without events) over each article with gold and
// scores its claims. analyze turns text into a Doc; nil uses Segment.
func ScoreNews(arts []NewsArticle, gold []NewsGold, analyze func(string) *nlp.Doc) NewsScores {
	var sc NewsScores
	byID := map[string]NewsGold{}
	for _, g := range gold {
		byID[g.ID] = g
	}
	for _, a := range arts {
		g, ok := byID[a.ID]
		if !ok {
			continue
		}
		sc.Articles++
		var d *nlp.Doc
		if analyze != nil {
			d = analyze(a.Text)
		} else {
			d = Segment(a.Text)
		}
		claims := Extract(d, nil, a.Outlet)
		sc.Predicted += len(claims)
		seen := map[string]bool{}
		used := make([]bool, len(claims))
		for _, gc := range g.Claims {
			key := gc.Sentence + "\x00" + gc.ClaimantText + "\x00" + gc.Stance
			if seen[key] {
				continue
			}
			seen[key] = true
			sc.Gold++
			st := strings.Index(a.Text, gc.Sentence)
			if st < 0 {
				sc.Misses = append(sc.Misses, a.ID+": gold sentence not in text: "+gc.Sentence)
				continue
			}
			en := st + len(gc.Sentence)
			best, bestScore := -1, -1
			for i, c := range claims {
				in := c.Cue.Start >= st && c.Cue.End <= en || c.Content.Start <= st && en <= c.Content.End
				if !in {
					continue
				}
				score := 0
				if string(c.Stance) == gc.Stance {
					score += 2
				}
				if kindOf(c) == gc.ClaimantType {
					score += 2
				}
				if strings.Contains(c.Claimant.Span.Text, gc.ClaimantText) || strings.Contains(gc.ClaimantText, c.Claimant.Span.Text) && c.Claimant.Span.Text != "" {
					score++
				}
				if used[i] {
					score -= 3
				}
				if score > bestScore {
					best, bestScore = i, score
				}
			}
			if best < 0 {
				sc.Misses = append(sc.Misses, fmt.Sprintf("%s: MISSING %s %s %q in %.90q", a.ID, gc.Stance, gc.ClaimantType, gc.ClaimantText, gc.Sentence))
				continue
			}
			used[best] = true
			c := claims[best]
			sc.Found++
			okS, okK := string(c.Stance) == gc.Stance, kindOf(c) == gc.ClaimantType
			if okS {
				sc.Stance++
			}
			if okK {
				sc.Kind++
			}
			if okS && okK {
				sc.Correct++
				if gc.ReportedVia != nil {
					sc.ViaGold++
					if len(c.Via) > 0 && strings.EqualFold(c.Via[0], *gc.ReportedVia) {
						sc.Via++
					} else {
						sc.Misses = append(sc.Misses, fmt.Sprintf("%s: VIA gold %q, got %q for %q in %.80q", a.ID, *gc.ReportedVia, c.Via, c.Claimant.Span.Text, gc.Sentence))
					}
				}
			} else {
				sc.Misses = append(sc.Misses, fmt.Sprintf("%s: WRONG gold %s/%s %q, got %s/%s %q cue %q", a.ID, gc.Stance, gc.ClaimantType, gc.ClaimantText, c.Stance, kindOf(c), c.Claimant.Span.Text, c.Cue.Text))
			}
		}
	}
	if sc.Gold > 0 {
		sc.FoundRate = float64(sc.Found) / float64(sc.Gold)
		sc.Accuracy = float64(sc.Correct) / float64(sc.Gold)
	}
	return sc
}

// kindOf names a claim's claimant kind as the gold does: the article
// speaking for itself is its outlet.
func kindOf(c hearsay.Claim) string {
	if c.Claimant.Kind == hearsay.ArticleItself {
		return string(hearsay.MediaOutlet)
	}
	return string(c.Claimant.Kind)
}
