package claim

import (
	"strings"
	"testing"

	"hearsay"
	"hearsay/nlp/english"
)

func TestCommentary(t *testing.T) {
	cases := []struct {
		name, text string
		claimant   hearsay.ClaimantKind // "" : no claim of partial confirmation
		content    string               // the claim's content begins so
	}{
		{"article's own reframing", "Syria offered to help. For Damascus, the pitch appears to be as much about recognition as about military help.",
			hearsay.ArticleItself, "For Damascus, the pitch"},
		{"more about than", "Iran offered talks. The offer is more about sanctions than about Iraq.",
			hearsay.ArticleItself, "The offer is more"},
		{"not so much about", "The move was not so much about security as about votes.",
			hearsay.ArticleItself, "The move was"},
		{"attributed reframing", "The offer is largely about recognition, analysts said.",
			hearsay.Analyst, "The offer is largely"},
		{"no act noun", "The war is as much about land as about faith.", "", ""},
		{"no determiner", "An offer is more about trust than about money.", "", ""},
		{"no reframing", "The offer appears to be genuine.", "", ""},
		{"inside a quotation", `"The offer is mostly about recognition," he said.`, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			claims := Extract(Segment(c.text), nil, "Daily Test")
			var got *hearsay.Claim
			for i := range claims {
				if claims[i].Stance == hearsay.ConfirmsPartly {
					got = &claims[i]
				}
			}
			switch {
			case c.claimant == "" && got != nil:
				t.Fatalf("unexpected partial confirmation %+v", *got)
			case c.claimant == "":
			case got == nil:
				t.Fatalf("no partial confirmation in %+v", claims)
			case got.Claimant.Kind != c.claimant || len(got.Content.Text) < len(c.content) || got.Content.Text[:len(c.content)] != c.content:
				t.Errorf("got %s claim with content %q, want %s with %q...", got.Claimant.Kind, got.Content.Text, c.claimant, c.content)
			case got.Claimant.Kind == hearsay.ArticleItself && (got.Claimant.Name != "Daily Test" || len(got.Events) != 0):
				t.Errorf("article claim %+v: want the outlet's name and no event", *got)
			}
		})
	}
}

func TestAuthorVoice(t *testing.T) {
	cases := []struct {
		name, text string
		content    string         // "": no claim in the writer's voice
		stance     hearsay.Stance // of that claim
	}{
		{"my read", "My read: there may well be an indirect flow of information.",
			"there may well be an indirect flow of information", hearsay.Hedges},
		{"my view is that", "My view is that Washington did ask Tehran for help early on, whatever US officials now say.",
			"Washington did ask Tehran for help early on, whatever US officials now say", hearsay.Asserts},
		{"in my view", "But in my view, the two sides do not share intelligence.",
			"the two sides do not share intelligence", hearsay.Denies},
		{"i suspect", "I suspect that the offer was real.", "the offer was real", hearsay.Hedges},
		{"quoted", `"My view is that they talk," the diplomat said.`, "", ""},
		{"someone else's view", "His view is that they talk.", "", ""},
		{"no frame", "The view from Damascus is that they talk.", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got *hearsay.Claim
			for _, cl := range Extract(Segment(c.text), nil, "Daily Test") {
				if cl.Claimant.Kind == hearsay.ArticleItself && cl.Cue.End > cl.Cue.Start {
					got = &cl
				}
			}
			switch {
			case c.content == "" && got != nil:
				t.Fatalf("unexpected claim in the writer's voice %+v", *got)
			case c.content == "":
			case got == nil:
				t.Fatal("no claim in the writer's voice")
			case got.Content.Text != c.content || got.Stance != c.stance || got.Claimant.Name != "Daily Test":
				t.Errorf("got %q, %s, by %q; want %q, %s, by the outlet", got.Content.Text, got.Stance, got.Claimant.Name, c.content, c.stance)
			}
		})
	}
}

func TestHedgedRemarks(t *testing.T) {
	p, err := english.Default()
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		name, text string
		content    string // the hedging claim by the article begins so; "": none
	}{
		{"may well be passing", "But with American aircraft and Iranian advisers working the same battlefield, some information may well be passing between them, directly or through Baghdad.",
			"But with American aircraft"},
		{"may amount", "None of this amounts to an alliance. It may amount to something more durable: a working arrangement that neither side can afford to name.",
			"It may amount"},
		{"might", "The two air forces might be sharing a map.", "The two air forces"},
		{"no modal", "The two air forces share a map.", ""},
		{"modal in a subordinate clause", "The militants fled before the jets that might have hit them arrived.", ""},
		{"attributed", "Some information may be passing between them, a diplomat said.", ""},
		{"quoted", `"Some information may be passing between them," he said.`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []hearsay.Claim
			for _, cl := range Extract(p.Analyze(c.text), nil, "Daily Test") {
				if cl.Claimant.Kind == hearsay.ArticleItself && cl.Stance == hearsay.Hedges {
					got = append(got, cl)
				}
			}
			switch {
			case c.content == "" && len(got) > 0:
				t.Fatalf("unexpected hedge by the article: %+v", got)
			case c.content == "":
			case len(got) != 1:
				t.Fatalf("got %d hedges by the article, want 1: %+v", len(got), got)
			case !strings.HasPrefix(got[0].Content.Text, c.content) || got[0].Claimant.Name != "Daily Test" || len(got[0].Events) != 0:
				t.Errorf("got %+v, want the outlet hedging %q... with no event", got[0], c.content)
			}
		})
	}
}
