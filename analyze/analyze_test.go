package analyze

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"hearsay"
)

func TestAnalyzeSeed(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", "003_*"))
	if len(files) != 1 {
		t.Skip("shared seeds absent")
	}
	text, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	art := &hearsay.Article{Text: string(text), Published: time.Date(2014, 9, 24, 0, 0, 0, 0, time.UTC), Outlet: "Financial Tribune"}
	an, err := a.Analyze(context.Background(), art)
	if err != nil {
		t.Fatal(err)
	}
	if len(an.Events) == 0 || len(an.Claims) == 0 {
		t.Fatalf("%d events, %d claims", len(an.Events), len(an.Claims))
	}
	// The State Department official's refusal of military coordination is a
	// claim about a negated USA–IRN event, relayed by Reuters.
	found := false
	for _, c := range an.Claims {
		for _, ei := range c.Events {
			e := an.Events[ei]
			if e.Source.Country == "USA" && e.Target.Country == "IRN" && e.Polarity == hearsay.Negated &&
				c.Stance == hearsay.Denies && c.Claimant.Actor == "USAGOV" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no USAGOV denial of a negated USA–IRN event among %+v", an.Claims)
	}
	// A cancelled context stops the analysis.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := a.Analyze(ctx, art); err == nil {
		t.Error("Analyze with a cancelled context: no error")
	}
}
