package story

import (
	"slices"
	"strings"
	"testing"
	"time"

	"hearsay"
)

func TestCountriesNamed(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"But with American aircraft and Iranian advisers working the same battlefield, some information may well be passing between them, directly or through Baghdad.",
			[]string{"USA", "IRN", "IRQ"}},
		{"Officially, no, and the State Department has said so more than once.", []string{"USA"}},
		{"Iran's leaders and Tehran's diplomats", []string{"IRN"}},
		{"a working arrangement that neither side can afford to name", nil},
		{"officials and troops", nil},
	} {
		if got := countriesNamed(c.text, time.Time{}); !slices.Equal(got, c.want) {
			t.Errorf("countriesNamed(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestSentenceBefore(t *testing.T) {
	text := "Title\nWhen the siege was broken on Aug. 31, jets struck. Do the two sides swap intelligence, then? Officially, no, and the State Department has said so.\nNext."
	for _, c := range []struct {
		at   string
		want string
	}{
		{"so.", "Do the two sides swap intelligence, then?"},
		{"jets", ""}, // opens its paragraph
		{"Do the", "When the siege was broken on Aug. 31, jets struck."},
		{"Next", ""},
	} {
		if got := sentenceBefore(text, strings.Index(text, c.at)); got != c.want {
			t.Errorf("sentenceBefore(at %q) = %q, want %q", c.at, got, c.want)
		}
	}
}

func TestMentionParties(t *testing.T) {
	text := "Iran helps Iraq.\n\nDo the two sides swap intelligence? The State Department said no. American jets and Iranian advisers share a battlefield.\n\n" +
		"None of it is an alliance. It may be a working arrangement.\n\nSyria was notified. Some contact may exist.\n\nNothing here."
	for _, c := range []struct {
		at   string // the mention's content begins so
		want []string
	}{
		{"American jets", []string{"USA", "IRN"}},       // its own words
		{"Do the two sides", []string{"USA", "IRN"}},    // its paragraph
		{"It may be a working", []string{"USA", "IRN"}}, // the paragraph before
		{"Some contact", nil},                           // its paragraph names one country only
		{"Nothing here", nil},                           // neither names any
		{"Iran helps Iraq", []string{"IRN", "IRQ"}},
	} {
		at := strings.Index(text, c.at)
		content := text[at:]
		if i := strings.IndexAny(content, ".?"); i >= 0 {
			content = content[:i+1]
		}
		if got := mentionParties(text, content, at, time.Time{}); !slices.Equal(got, c.want) {
			t.Errorf("mentionParties(%q) = %v, want %v", c.at, got, c.want)
		}
	}
}

// TestMentionNamesItsParties checks that a claim naming an act with no doer
// ("some information may well be passing between them", of "American
// aircraft and Iranian advisers"; "the State Department has said so" of the
// question "Do the two sides swap intelligence?") is about the two parties
// its words name, not the article's nearest event of the act's family
// between others, and makes their proposition when the article codes no
// event between them.
func TestMentionNamesItsParties(t *testing.T) {
	day0 := time.Date(2014, 9, 30, 0, 0, 0, 0, time.UTC)
	text := "Kurdish officers described Iranian advisers helping Iraqi fighters choose their targets.\n\n" +
		"Do the two sides swap intelligence, then? Officially, no, and the State Department has said so more than once. " +
		"But with American aircraft and Iranian advisers working the same battlefield, some information may well be passing between them, directly or through Baghdad."
	at := spansIn(t, text)
	events := []hearsay.Event{{Source: hearsay.Actor{Code: "IRNGOV", Country: "IRN", Sector: "GOV"},
		Target: hearsay.Actor{Code: "IRQUAF", Country: "IRQ", Sector: "UAF"}, CAMEO: "070", Trigger: at("helping"), Polarity: hearsay.Asserted}}
	claims := []hearsay.Claim{
		{Claimant: hearsay.Claimant{Kind: hearsay.Government, Span: at("the State Department"), Name: "the State Department", Actor: "USAGOV"},
			Cue: at("has said"), Content: at("so more than once"), Stance: hearsay.Denies},
		{Claimant: hearsay.Claimant{Kind: hearsay.ArticleItself, Name: "A"},
			Content: at("But with American aircraft and Iranian advisers working the same battlefield, some information may well be passing between them, directly or through Baghdad."),
			Stance:  hearsay.Hedges},
	}
	found := false
	for _, p := range propositionsOf(t, text, day0, events, claims) {
		if p.Family != "cooperation" {
			continue
		}
		if p.Source == "IRN" && p.Target == "USA" {
			found = true
			if !p.Contested || len(p.Denied.Claimants) != 1 || len(p.Asserted.Claimants) != 1 {
				t.Errorf("%s: contested %v, denied by %+v, asserted by %+v; want the State Department against the article",
					p.Label, p.Contested, p.Denied.Claimants, p.Asserted.Claimants)
			}
			continue
		}
		if len(p.Denied.Claimants)+len(p.Asserted.Claimants) > 1 {
			t.Errorf("%s %s-%s: denied by %+v, asserted by %+v; the claims are not about it", p.Label, p.Source, p.Target, p.Denied.Claimants, p.Asserted.Claimants)
		}
	}
	if !found {
		t.Error("no proposition of Iran and the United States cooperating")
	}
}

// FuzzMentionParties checks that the look-ups over an article's raw text
// (sentences, paragraphs, the countries and family a text names) never
// panic, whatever the text and offset.
func FuzzMentionParties(f *testing.F) {
	f.Add("Do the two sides swap intelligence, then? Officially, no, and the State Department has said so.", 60)
	f.Add("\n\nAmerican jets.\n\nIt may be a working arrangement. Aug. 31", 3)
	f.Add("?.!\n", 0)
	f.Fuzz(func(t *testing.T, text string, at int) {
		if len(text) > 4000 {
			return
		}
		_ = sentenceBefore(text, at)
		_, _ = paragraphAt(text, at)
		_ = mentionedFamily(text)
		if ps := mentionParties(text, text, at, time.Time{}); ps != nil && len(ps) != 2 {
			t.Errorf("mentionParties gave %v, want two or none", ps)
		}
	})
}
