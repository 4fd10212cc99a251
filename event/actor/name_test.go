package actor

import "testing"

func TestName(t *testing.T) {
	tab := Builtin()
	for _, c := range []struct{ code, want string }{
		{"USA", "United States"},
		{"IMGMUSISI", "Islamic State"},
		{"SYRMIL", "Syria (military)"},
		{"USAGOV", "United States (government)"},
		{"XYZQQQ", "XYZQQQ"},
		{"", ""},
	} {
		if got := tab.Name(c.code); got != c.want {
			t.Errorf("Name(%q) = %q, want %q", c.code, got, c.want)
		}
	}
}
