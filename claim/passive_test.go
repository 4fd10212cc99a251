package claim

import (
	"testing"

	"hearsay"
)

func TestPassiveTellingHasNoSpeaker(t *testing.T) {
	text := "Syria was told before the overnight raids began, a senior White House official acknowledged.\n\n" +
		"Iran was told by the State Department that the strikes would not target its forces."
	claims := Extract(Segment(text), nil, "")
	var speakers []string
	for _, c := range claims {
		speakers = append(speakers, c.Claimant.Span.Text)
		if c.Claimant.Span.Text == "Syria" || c.Claimant.Span.Text == "Iran" {
			t.Errorf("claim by the hearer %q (cue %q)", c.Claimant.Span.Text, c.Cue.Text)
		}
	}
	want := map[string]bool{"a senior White House official": false, "the State Department": false}
	for _, s := range speakers {
		if _, ok := want[s]; ok {
			want[s] = true
		}
	}
	for s, found := range want {
		if !found {
			t.Errorf("no claim by %q; claimants %q", s, speakers)
		}
	}
}

func TestReportCalledFalse(t *testing.T) {
	for _, c := range []struct {
		text string
		want hearsay.Stance
	}{
		{`Marie Harf wrote that the claim that the United States was giving intelligence to the Assad government was "not true."`, hearsay.Denies},
		{`The ministry said the reports of a secret deal were baseless.`, hearsay.Denies},
		{`The ministry said the report was published on Monday.`, hearsay.Asserts},
	} {
		claims := Extract(Segment(c.text), nil, "")
		if len(claims) == 0 || claims[0].Stance != c.want {
			t.Errorf("%s: claims %+v, want the first %s", c.text, claims, c.want)
		}
	}
}

func TestTheNewspaperIsTheOutletMetLast(t *testing.T) {
	text := "Intelligence is reaching the Syrian government, the pro-government Damascus daily Al-Watan reported on Monday.\n\n" +
		"According to the newspaper, the exchange is indirect."
	claims := Extract(Segment(text), nil, "")
	if len(claims) < 2 || claims[1].Claimant.Name != "Al-Watan" || claims[1].Claimant.Kind != hearsay.MediaOutlet {
		t.Errorf("claims %+v, want the second by Al-Watan", claims)
	}
}

func TestNoSuchDeniesTheReport(t *testing.T) {
	text := "Iran was ready to cooperate with Washington in Iraq if sanctions were lifted, some international agencies reported.\n\n" +
		"\"There has been no such discussion,\" she was quoted as saying by Fars."
	claims := Extract(Segment(text), nil, "")
	var den *hearsay.Claim
	for i := range claims {
		if claims[i].Stance == hearsay.Denies {
			den = &claims[i]
		}
	}
	if den == nil || den.Denies == 0 || claims[den.Denies-1].Claimant.Kind != hearsay.MediaOutlet {
		t.Errorf("claims %+v: want the denial pointing at the agencies' report", claims)
	}
}

func TestWhateverTheySay(t *testing.T) {
	text := "My view is that Washington did ask Tehran for help early on, whatever US officials now say."
	for _, c := range Extract(Segment(text), nil, "") {
		if c.Cue.Text == "say" && (c.Claimant.Span.Text != "US officials" || c.Stance != hearsay.Denies) {
			t.Errorf("claim by %q, %s; want US officials denying", c.Claimant.Span.Text, c.Stance)
		}
	}
}
