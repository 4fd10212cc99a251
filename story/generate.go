package story

import (
	"fmt"
	"math/rand/v2"
	"time"

	"hearsay"
)

// Generate makes n synthetic analysed articles for benchmarks, deterministic
// for seed, with article IDs from firstID on: events between 60 countries over
// two years, a tenth of the articles syndicated copies, and claims by a pool
// of named and anonymous claimants.
func Generate(n int, firstID int64, seed uint64) []hearsay.Document {
	r := rand.New(rand.NewPCG(seed, 7))
	countries := make([]string, 60)
	for i := range countries {
		countries[i] = fmt.Sprintf("C%02d", i)
	}
	codes := []string{"010", "020", "030", "040", "042", "051", "062", "064", "111", "121", "130", "173", "190", "193"}
	kinds := []hearsay.ClaimantKind{hearsay.NamedOfficial, hearsay.AnonymousOfficial, hearsay.Government, hearsay.MediaOutlet}
	stances := []hearsay.Stance{hearsay.Asserts, hearsay.Asserts, hearsay.Denies, hearsay.Hedges}
	start := time.Date(2014, 1, 1, 0, 0, 0, 0, time.UTC)
	docs := make([]hearsay.Document, n)
	for i := range docs {
		id := firstID + int64(i)
		pub := start.Add(time.Duration(r.IntN(730*24)) * time.Hour)
		a := hearsay.Article{ID: id, Key: fmt.Sprintf("gen-%d", id), Outlet: fmt.Sprintf("Outlet %d", r.IntN(200)),
			Title: fmt.Sprintf("Story %d about things", r.IntN(5000)), Published: pub}
		if i > 0 && r.IntN(10) == 0 {
			a.CopyOf = id - 1
		}
		an := &hearsay.Analysis{}
		for j := 0; j < 1+r.IntN(6); j++ {
			src, tgt := countries[r.IntN(len(countries))], countries[r.IntN(len(countries))]
			code := codes[r.IntN(len(codes))]
			an.Events = append(an.Events, hearsay.Event{Source: hearsay.Actor{Code: src, Country: src},
				Target: hearsay.Actor{Code: tgt, Country: tgt}, CAMEO: code, Root: code[:2],
				Polarity: hearsay.Asserted, Date: pub.Truncate(24 * time.Hour), SentSpan: hearsay.Span{Text: "A sentence."}})
		}
		for j := 0; j < r.IntN(4); j++ {
			an.Claims = append(an.Claims, hearsay.Claim{
				Claimant: hearsay.Claimant{Kind: kinds[r.IntN(len(kinds))], Span: hearsay.Span{Text: fmt.Sprintf("Claimant %d", r.IntN(3000))}},
				Stance:   stances[r.IntN(len(stances))], Events: []int{r.IntN(len(an.Events))}})
		}
		docs[i] = hearsay.Document{Article: a, Analysis: an}
	}
	return docs
}
