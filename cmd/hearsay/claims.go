package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"hearsay"
	"hearsay/sqlite"
)

func init() {
	register(&command{name: "claims", summary: "list stored claims (who asserts, denies or hedges what) with filters", run: runClaims})
}

func runClaims(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "claims")
	db := fs.String("db", defaultDB(e), "database `FILE` (default $HEARSAY_DB or ./hearsay.db)")
	asJSON := fs.Bool("json", false, "write JSON Lines")
	var f hearsay.ClaimFilter
	fs.StringVar(&f.Actor, "actor", "", "actor code `PREFIX` of the claimant or of an event the claim is about (USA, IRNGOV)")
	stance := fs.String("stance", "", "asserts, denies, hedges, confirms_partly, future, hypothetical or questions")
	kind := fs.String("claimant-kind", "", "named_official, anonymous (anonymous_official), government, organization, media_outlet, analyst or article")
	since := fs.String("since", "", "articles published on or after `YYYY-MM-DD`")
	until := fs.String("until", "", "articles published before `YYYY-MM-DD`")
	fs.StringVar(&f.Outlet, "outlet", "", "outlet `NAME`")
	fs.Int64Var(&f.ArticleID, "article", 0, "claims of article `ID` only")
	fs.IntVar(&f.Limit, "limit", 0, "at most `N` claims (0: all)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	var err error
	if f.Stance, err = parseStance(*stance); err != nil {
		return err
	}
	if f.ClaimantKind, err = parseClaimantKind(*kind); err != nil {
		return err
	}
	if f.Since, err = flagDay("since", *since); err != nil {
		return err
	}
	if f.Until, err = flagDay("until", *until); err != nil {
		return err
	}
	store, err := sqlite.Open(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	cls, err := store.Claims(ctx, f)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	if *asJSON {
		enc := json.NewEncoder(w)
		for _, c := range cls {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
		return w.Flush()
	}
	fmt.Fprintf(w, "%-8s %-16s %-18s %-9s %-28s %s\n", "article", "stance", "claimant kind", "actor", "claimant", "content (via)")
	for _, c := range cls {
		who := c.Claimant.Span.Text
		if who == "" {
			who = c.Claimant.Name
		}
		content := c.Content.Text
		if len(content) > 90 {
			content = content[:87] + "..."
		}
		via := ""
		if len(c.Via) > 0 {
			via = " (via " + strings.Join(c.Via, " → ") + ")"
		}
		fmt.Fprintf(w, "%-8d %-16s %-18s %-9s %-28.28s %s%s\n", c.ArticleID, c.Stance, c.Claimant.Kind, c.Claimant.Actor, oneLine(who), oneLine(content), via)
	}
	return w.Flush()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func parseStance(s string) (hearsay.Stance, error) {
	switch st := hearsay.Stance(strings.ToLower(s)); st {
	case "", hearsay.Asserts, hearsay.Denies, hearsay.Hedges, hearsay.ConfirmsPartly, hearsay.Intends, hearsay.Conditional, hearsay.Questions:
		return st, nil
	case "denied", "deny":
		return hearsay.Denies, nil
	case "asserted", "assert":
		return hearsay.Asserts, nil
	case "hedged", "hedge":
		return hearsay.Hedges, nil
	}
	return "", fmt.Errorf("%w: --stance %q", errUsage, s)
}

func parseClaimantKind(s string) (hearsay.ClaimantKind, error) {
	switch k := hearsay.ClaimantKind(strings.ToLower(s)); k {
	case "", hearsay.NamedOfficial, hearsay.AnonymousOfficial, hearsay.Government, hearsay.Organization, hearsay.MediaOutlet, hearsay.Analyst, hearsay.ArticleItself:
		return k, nil
	case "anonymous":
		return hearsay.AnonymousOfficial, nil
	case "named":
		return hearsay.NamedOfficial, nil
	case "media", "outlet":
		return hearsay.MediaOutlet, nil
	}
	return "", fmt.Errorf("%w: --claimant-kind %q", errUsage, s)
}
