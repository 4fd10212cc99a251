package actor

import (
	"strings"
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestBuiltinLoads guards the embedded files: Builtin panics on a bad line,
// and the error names file and line.
func TestBuiltinLoads(t *testing.T) {
	tab, err := loadBuiltin()
	if err != nil {
		t.Fatal(err)
	}
	c := tab.Counts()
	t.Logf("counts: %v", c)
	for _, k := range []string{"Country", "Person", "Institution", "Organization", "Group", "Agent", "Location", "Role"} {
		if c[k] == 0 {
			t.Errorf("no %s entries", k)
		}
	}
}

func TestMatchPhrases(t *testing.T) {
	tab := Builtin()
	d2014 := day("2014-09-23")
	tests := []struct {
		text    string
		at      int
		date    time.Time
		len     int
		kind    Kind
		code    string
		country string
		sector  string
		name    string
		role    string
	}{
		{"White House spokesman Josh Earnest", 0, d2014, 5, Person, "USAGOV", "USA", "GOV", "Josh Earnest", "press secretary"},
		{"White House said", 0, d2014, 2, Institution, "USAGOV", "USA", "GOV", "White House", ""},
		{"the Assad regime", 1, d2014, 2, Institution, "SYRGOV", "SYR", "GOV", "Assad regime", ""},
		{"Damascus warned", 0, d2014, 1, Country, "SYRGOV", "SYR", "GOV", "Damascus", ""},
		{"Islamic State ( IS )", 0, d2014, 2, Group, "IMGMUSISI", "", "REB", "Islamic State", ""},
		{"Islamic State ( IS )", 3, d2014, 1, Group, "IMGMUSISI", "", "REB", "Islamic State", ""},
		{"Daesh fighters", 0, d2014, 1, Group, "IMGMUSISI", "", "REB", "Islamic State", ""},
		{"Syrian warplanes", 0, d2014, 1, Country, "SYR", "SYR", "", "Syria", ""},
		{"Syrian warplanes", 1, d2014, 1, Agent, "MIL", "", "MIL", "warplane", ""},
		{"an Iranian official", 1, d2014, 1, Country, "IRN", "IRN", "", "Iran", ""},
		{"an Iranian official", 2, d2014, 1, Agent, "GOV", "", "GOV", "official", ""},
		{"Ayatollah Seyyed Ali Khamenei", 0, d2014, 4, Person, "IRNGOV", "IRN", "GOV", "Ali Khamenei", "supreme leader"},
		{"President Hassan Rouhani", 0, d2014, 3, Person, "IRNGOV", "IRN", "GOV", "Hassan Rouhani", "president"},
		{"the Syrian Observatory for Human Rights", 1, d2014, 5, Organization, "SYRNGOHRI", "SYR", "NGO", "Syrian Observatory for Human Rights", ""},
		{"Syrians fled", 0, d2014, 1, Country, "SYR", "SYR", "", "Syria", ""},
		{"Bashar Al-Assad 's", 0, d2014, 2, Person, "SYRGOV", "SYR", "GOV", "Bashar al-Assad", "president"},
		{"Assad 's forces", 0, d2014, 1, Person, "SYRGOV", "SYR", "GOV", "Bashar al-Assad", "president"},
		{"U.S. officials", 0, d2014, 1, Country, "USA", "USA", "", "United States", ""},
		{"US officials", 0, d2014, 1, Country, "USA", "USA", "", "United States", ""},
		{"Tehran", 0, d2014, 1, Country, "IRNGOV", "IRN", "GOV", "Tehran", ""},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.text)
		m, ok := tab.Match(words, tc.at, tc.date)
		if !ok {
			t.Errorf("%q at %d: no match", tc.text, tc.at)
			continue
		}
		if m.Len != tc.len || m.Kind != tc.kind || m.Code != tc.code || m.Country != tc.country || m.Sector != tc.sector || m.Name != tc.name || m.Role != tc.role {
			t.Errorf("%q at %d: got %+v, want len %d %v %s %s %s %q %q", tc.text, tc.at, m, tc.len, tc.kind, tc.code, tc.country, tc.sector, tc.name, tc.role)
		}
	}
}

func TestMatchCase(t *testing.T) {
	tab := Builtin()
	for _, tc := range []struct {
		text string
		ok   bool
	}{
		{"us", false},
		{"is", false},
		{"IS", true},
		{"US", true},
		{"turkey", false},
		{"Turkey", true},
		{"TURKEY", true},
		{"SYRIA", true},
	} {
		m, ok := tab.Match([]string{tc.text}, 0, time.Time{})
		if ok && m.Kind == Agent {
			ok = false
		}
		if ok != tc.ok {
			t.Errorf("%q: match %v (%+v), want %v", tc.text, ok, m, tc.ok)
		}
	}
}

func TestMatchDated(t *testing.T) {
	tab := Builtin()
	for _, tc := range []struct {
		text string
		date string
		code string
		role string
	}{
		{"Barack Obama", "2007-05-01", "USALEG", "senator"},
		{"Barack Obama", "2014-09-23", "USAGOV", "president"},
		{"Barack Obama", "2019-03-01", "USAELI", "former president"},
		{"Obama", "", "USAGOV", "president"},
		{"Hassan Rouhani", "2014-01-01", "IRNGOV", "president"},
		{"Hassan Rouhani", "2010-01-01", "IRNELI", "former secretary of the supreme national security council"},
		{"Bashar al-Assad", "2014-09-23", "SYRGOV", "president"},
		{"Bashar al-Assad", "2025-06-01", "SYRELI", "former president"},
		{"Josh Earnest", "2015-01-01", "USAGOV", "press secretary"},
		{"Khamenei", "1995-01-01", "IRNGOV", "supreme leader"},
	} {
		var d time.Time
		if tc.date != "" {
			d = day(tc.date)
		}
		m, ok := tab.Match(strings.Fields(tc.text), 0, d)
		if !ok || m.Code != tc.code || m.Role != tc.role {
			t.Errorf("%s on %s: got %+v (%v), want %s %q", tc.text, tc.date, m, ok, tc.code, tc.role)
		}
	}
}

func TestPlace(t *testing.T) {
	tab := Builtin()
	for _, tc := range []struct {
		text    string
		name    string
		country string
		n       int
	}{
		{"Deir Ez-Zor province", "Deir ez-Zor", "SYR", 2},
		{"Deir al-Zor", "Deir ez-Zor", "SYR", 2},
		{"Damascus", "Damascus", "SYR", 1},
		{"Syria", "Syria", "SYR", 1},
	} {
		p, n, ok := tab.Place(strings.Fields(tc.text), 0)
		if !ok || p.Name != tc.name || p.Country != tc.country || n != tc.n {
			t.Errorf("%q: got %+v %d %v", tc.text, p, n, ok)
		}
	}
}
