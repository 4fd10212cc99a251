package claim

import "testing"

func TestCallsFalse(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{`news items in the Western media, which claimed Iran was ready to cooperate, were inaccurate`, true},
		{`the claim that the United States was giving intelligence to the Assad government was "not true"`, true},
		{`the report isn't true`, true},
		{`the report isn’t true`, true},
		{`such talk is a fabrication`, true},
		{`the story was baseless nonsense`, true},
		{`it is true that Washington informed Tehran`, false},
		{`the United States informed Iran in advance`, false},
		{`Washington will not cooperate with Damascus`, false},
		{``, false},
	} {
		if got := CallsFalse(tc.text); got != tc.want {
			t.Errorf("CallsFalse(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
