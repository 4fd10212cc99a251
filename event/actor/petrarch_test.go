package actor

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// sharedDir returns ../shared/data/events/<sub> or skips the test.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	d := filepath.Join("..", "..", "..", "shared", "data", "events", sub)
	if _, err := os.Stat(d); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return d
}

func TestLoadPhoenix(t *testing.T) {
	d := sharedDir(t, "phoenix")
	var files []string
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"} {
		files = append(files, filepath.Join(d, f))
	}
	tab, err := LoadPetrarch(files...)
	if err != nil {
		t.Fatal(err)
	}
	c := tab.Counts()
	var keys []string
	for k := range c {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%s: %d", k, c[k])
	}
	t.Logf("%d warnings", len(tab.Warnings()))
	for _, w := range tab.Warnings() {
		t.Logf("warning: %s", w)
	}
	if c["Country"] < 150 || c["Agent"] < 1500 || c["Person"] < 5000 {
		t.Errorf("too few entries: %v", c)
	}
	for _, tc := range []struct {
		text, date, code string
	}{
		{"Afghanistan", "2014-01-01", "AFG"},
		{"Syria", "2014-01-01", "SYR"},
		{"United Nations", "2014-01-01", "IGOUNO"},
		{"troops", "2014-01-01", "MIL"},
	} {
		m, ok := tab.Match(strings.Fields(tc.text), 0, day(tc.date))
		if !ok || m.Code != tc.code {
			t.Errorf("%s: got %+v %v, want %s", tc.text, m, ok, tc.code)
		}
	}
}

func TestLoadValidation(t *testing.T) {
	d := sharedDir(t, "petrarch-validation")
	tab, err := LoadPetrarch(filepath.Join(d, "PETR.Validate.actors.txt"), filepath.Join(d, "PETR.Validate.agents.txt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("counts: %v, %d warnings", tab.Counts(), len(tab.Warnings()))
	if p, n, ok := tab.Place([]string{"Deir", "ez-Zor"}, 0); !ok || n != 2 || p.Country != "SYR" {
		t.Errorf("Place through the built-in gazetteer: %+v %d %v", p, n, ok)
	}
	for _, tc := range []struct {
		text string
		code string
	}{
		{"Hamas", "PSEREBHMS"},
		{"Israeli troops", "ISRMIL"},
		{"congressmen", "LEG"},
		{"ministry of silly walks", "GOV"},
	} {
		m, ok := tab.Match(strings.Fields(tc.text), 0, time.Time{})
		if !ok || m.Code != tc.code {
			t.Errorf("%s: got %+v %v, want %s", tc.text, m, ok, tc.code)
		}
	}
}

func TestLoadPetrarchErrors(t *testing.T) {
	for _, tc := range []struct {
		file string
		want string // file:line and the problem
	}{
		{"bad_actors.txt", "bad_actors.txt:6: unclosed ["},
		{"orphan_synonym.txt", "orphan_synonym.txt:1: synonym \"+DAMASCUS_\" before any actor"},
		{"nocode_actors.txt", "nocode_actors.txt:5: restriction [SYRGOV EXTRA 060211] has more than a code and a date range"},
		{"bad_agents.txt", "bad_agents.txt:4: agent code [MIL] has no ~"},
		{"undefined_marker_agents.txt", "undefined_marker_agents.txt:1: undefined substitution marker !MINST!"},
	} {
		_, err := LoadPetrarch(filepath.Join("testdata", tc.file))
		if err == nil {
			t.Errorf("%s: no error, want %q", tc.file, tc.want)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q, want it to contain %q", tc.file, err, tc.want)
		}
	}
	if _, err := LoadPetrarch(filepath.Join("testdata", "absent.txt")); err == nil {
		t.Error("absent file: no error")
	}
}

func TestPetrarchDates(t *testing.T) {
	tab, err := LoadPetrarch(filepath.Join("testdata", "dated_actors.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, date, code string
		ok               bool
	}{
		{"John Kerry", "2000-01-01", "USALEG", true},
		{"JOHN KERRY", "2014-06-01", "USAGOV", true},
		{"Secretary Kerry", "2014-06-01", "USAGOV", true},
		{"John Kerry", "2020-01-01", "USAELI", true},
		{"Ban Ki-moon", "2005-01-01", "KORGOV", true},
		{"Ban Ki-moon", "2010-01-01", "IGOUNO", true},
		{"Ban Ki-moon", "1990-01-01", "", false}, // no default code: not coded
		{"US", "2010-01-01", "USA", true},
		{"us", "2010-01-01", "", false},
		{"Gollum", "2010-01-01", "", false}, // no code: a null-coded actor
		{"Gondor", "2010-01-01", "GON", true},
		{"Elanor Gardner", "2010-01-10", "ORCHOB", true}, // listed before the HOBMIL that holds too
		{"Elanor Gardner", "2011-01-10", "HOBMIL", true},
		{"Elanor Gardner", "2007-01-10", "HOBCIV", true},
		{"Elanor Gardner", "2014-01-10", "HOB", true},
	} {
		m, ok := tab.Match(strings.Fields(tc.text), 0, day(tc.date))
		if ok != tc.ok || m.Code != tc.code {
			t.Errorf("%s on %s: got %+v %v, want %s %v", tc.text, tc.date, m, ok, tc.code, tc.ok)
		}
	}
	m, _ := tab.Match([]string{"Ban", "Ki-moon"}, 0, time.Time{})
	if m.Code != "IGOUNO" {
		t.Errorf("Ban Ki-moon with no date: %+v, want the most recent code IGOUNO", m)
	}
}

func FuzzLoadPetrarch(f *testing.F) {
	for _, name := range []string{"bad_actors.txt", "dated_actors.txt", "bad_agents.txt", "nocode_actors.txt"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, strings.Contains(name, "agent"))
	}
	f.Add([]byte("!X! = A, B\n!X!_Y {} [~GOV]\nTROOP [~MIL] # c\n"), true)
	f.Add([]byte("<!-- c\n-->\nA_B\n+C\n\t[ABC >990101]\n\t[---]\n"), false)
	f.Fuzz(func(t *testing.T, data []byte, agents bool) {
		tab := newTable()
		tab.countries = Builtin().countries
		var err error
		if agents {
			err = tab.readPetrarchAgents("fuzz", data)
		} else {
			err = tab.readPetrarchActors("fuzz", data)
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") && !strings.HasPrefix(err.Error(), "actor:") {
				t.Fatalf("error without file:line: %v", err)
			}
			return
		}
		words := strings.Fields(string(data))
		for i := range words {
			tab.Match(words, i, time.Date(2014, 9, 23, 0, 0, 0, 0, time.UTC))
			tab.Match(words, i, time.Time{})
		}
	})
}
