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
