package claim

import "testing"

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
