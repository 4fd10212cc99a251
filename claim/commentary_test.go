package claim

import (
	"testing"

	"hearsay"
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
