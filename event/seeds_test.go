package event

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hearsay"
	"hearsay/event/actor"
	"hearsay/event/verbs"
	"hearsay/nlp/english"
)

// pipeline returns the English pipeline, skipping when its parser model is
// not built yet.
func pipeline(t *testing.T) *english.Pipeline {
	t.Helper()
	p, err := english.Default()
	if err != nil {
		t.Skipf("English pipeline not loadable (its own tests cover that): %v", err)
	}
	for _, l := range []string{english.Tagger, english.Parser} {
		if !p.Has(l) {
			t.Skipf("English %s model not built yet", l)
		}
	}
	return p
}

func seedText(t *testing.T, prefix string) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "seeds", prefix+"_*.txt"))
	if len(files) != 1 {
		t.Skipf("seed %s not available", prefix)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSeeds checks the events the acceptance list names for the two
// seed articles, coded end to end with our own parse and dictionaries.
func TestSeeds(t *testing.T) {
	p := pipeline(t)
	c := New(actor.Builtin(), verbs.Builtin())
	tests := []struct {
		seed, date string
		want       []struct {
			what, src, tgt, root string
			pol                  hearsay.Polarity
			in                   string // a phrase of the sentence
			place                string
		}
	}{
		{"000", "2014-08-27", []struct {
			what, src, tgt, root string
			pol                  hearsay.Polarity
			in                   string
			place                string
		}{
			{"US air strikes on IS", "USA", "ISIS", "19", "", "", ""},
			{"US rejects coordination with Syria", "USA", "SYR", "12", hearsay.Asserted, "ruled out", ""},
			{"Syria willing to cooperate with the US", "SYR", "USA", "03", hearsay.Asserted, "willingness", ""},
			{"Damascus warns the US", "SYR", "USA", "13", hearsay.Asserted, "Damascus warned", ""},
			{"US provides Damascus with information", "USA", "SYR", "06", hearsay.Asserted, "provide Damascus", ""},
			{"Syrian warplanes raid IS in Deir ez-Zor", "SYR", "ISIS", "19", hearsay.Asserted, "warplanes", "Deir ez-Zor"},
			{"Obama vows to prosecute IS militants", "USA", "ISIS", "13", hearsay.Asserted, "vowed", ""},
		}},
		{"003", "2014-09-24", []struct {
			what, src, tgt, root string
			pol                  hearsay.Polarity
			in                   string
			place                string
		}{
			{"US informs Iran in advance", "USA", "IRN", "04", hearsay.Asserted, "informed Iran in advance", ""},
			{"US will not target Assad's forces", "USA", "SYR", "19", hearsay.Negated, "would not target", ""},
			{"US airstrikes on IS in Syria", "USA", "ISIS", "19", hearsay.Asserted, "airstrikes launched", ""},
			{"US refuses military coordination with Iran", "USA", "IRN", "06", hearsay.Negated, "coordinating military action", ""},
			{"Rouhani questions the strikes' legality", "IRN", "USA", "11", hearsay.Asserted, "raised questions", ""},
			{"Khamenei rules out cooperation with the US", "IRN", "USA", "12", hearsay.Asserted, "ruled out cooperating", ""},
		}},
	}
	for _, tt := range tests {
		text := seedText(t, tt.seed)
		date, _ := time.Parse("2006-01-02", tt.date)
		evs := c.Code(p.Analyze(text), date)
		for _, w := range tt.want {
			found := false
			for _, e := range evs {
				if Label(e.Source) != w.src || Label(e.Target) != w.tgt || e.Root != w.root {
					continue
				}
				if w.pol != "" && e.Polarity != w.pol {
					continue
				}
				if w.in != "" && !strings.Contains(strings.Join(strings.Fields(e.SentSpan.Text), " "), w.in) {
					continue
				}
				if w.place != "" && (e.Place == nil || e.Place.Name != w.place) {
					continue
				}
				found = true
				break
			}
			if !found {
				t.Errorf("seed %s: missing %s (%s→%s root %s %s)", tt.seed, w.what, w.src, w.tgt, w.root, w.pol)
			}
		}
		if t.Failed() {
			for _, e := range evs {
				t.Logf("coded: %s→%s %s %s %q [%s] %s", e.Source.Code, e.Target.Code, e.CAMEO, e.Polarity, e.Trigger.Text, e.Rule, trunc(e.SentSpan.Text))
			}
		}
	}
}

func trunc(s string) string {
	if len(s) > 80 {
		return s[:80]
	}
	return s
}
