package story

import "testing"

func TestLocate(t *testing.T) {
	text := "Headline\n\nThe United States informed Iran in advance, an official said.  Next one."
	tests := []struct {
		sentence string
		want     string
	}{
		{"The United States informed Iran in advance, an official said.", "The United States informed Iran in advance, an official said."},
		{"The United States informed\u00a0Iran\u00a0in advance, an official said.", "The United States informed Iran in advance, an official said."},
		{"Next   one.", "Next one."},
		{"Not there.", ""},
	}
	for _, tt := range tests {
		s, e := locate(text, tt.sentence)
		got := ""
		if s >= 0 {
			got = text[s:e]
		}
		if got != tt.want {
			t.Errorf("locate(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
