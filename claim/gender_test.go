package claim

import "testing"

func TestPronounGender(t *testing.T) {
	text := "Foreign Ministry spokeswoman Marzieh Afkham said the report was false.\n\n" +
		"Foreign Minister Mohammad Javad Zarif said Iran was ready to help.\n\n" +
		"\"There has been no such discussion,\" she said.\n\n" +
		"\"We are ready,\" he added."
	claims := Extract(Segment(text), nil, "")
	got := map[string]string{}
	for _, c := range claims {
		got[c.Claimant.Span.Text] = c.Claimant.Name
	}
	if got["she"] != "Marzieh Afkham" || got["he"] != "Mohammad Javad Zarif" {
		t.Errorf("she → %q, he → %q; want Marzieh Afkham and Mohammad Javad Zarif (claims %+v)", got["she"], got["he"], claims)
	}
}

func TestSheAfterLowerCaseRole(t *testing.T) {
	text := "He said Secretary of State John Kerry had also put a request to Iranian Foreign Minister Mohammad Javad Zarif.\n\n" +
		"The State Department, in a statement issued by spokeswoman Jen Psaki, said that there was no cooperation, though she said there might be talks."
	claims := Extract(Segment(text), nil, "")
	for _, c := range claims {
		if c.Claimant.Span.Text == "she" && c.Claimant.Name != "Jen Psaki" {
			t.Errorf("she → %q, want Jen Psaki", c.Claimant.Name)
		}
	}
}
