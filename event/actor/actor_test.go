package actor

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"hearsay/internal/cputime"
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
	d2016 := day("2016-06-01")
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
		{"Western diplomats", 0, d2014, 1, Country, "WST", "WST", "", "the West", ""},
		{"Kurdish fighters", 0, d2014, 1, Country, "KUR", "KUR", "", "Kurdistan", ""},
		{"US Secretary of State John Kerry", 0, d2014, 6, Person, "USAGOV", "USA", "GOV", "John Kerry", "secretary of state"},
		{"Syria 's President Bashar al-Assad", 0, d2014, 5, Person, "SYRGOV", "SYR", "GOV", "Bashar al-Assad", "president"},
		{"Hezbollah", 0, d2014, 1, Group, "LBNREBHEZ", "LBN", "REB", "Hezbollah", ""},
		{"Nusra Front", 0, d2014, 2, Group, "SYRREBNUS", "SYR", "REB", "Nusra Front", ""},
		{"Deir Ez-Zor", 0, d2014, 0, 0, "", "", "", "", ""},
		{"Algerian President Ahmed Ben Bella", 0, d2014, 5, Person, "DZAELI", "DZA", "ELI", "Ahmed Ben Bella", "former president"},
		{"Algerian President Ahmed", 0, d2014, 1, Country, "DZA", "DZA", "", "Algeria", ""}, // not Ethiopia's Abiy Ahmed
		{"Kurdistan Workers ' Party", 0, d2014, 4, Group, "TURSEPPKK", "TUR", "SEP", "Kurdistan Workers' Party", ""},
		{"the Elysée said", 1, d2014, 1, Institution, "FRAGOV", "FRA", "GOV", "Elysee", ""},
		{"Quai d\u2019Orsay", 0, d2014, 2, Institution, "FRAGOV", "FRA", "GOV", "Elysee", ""},
		{"Mevlut Cavusoglu", 0, d2016, 2, Person, "TURGOV", "TUR", "GOV", "Mevlut Cavusoglu", "foreign minister"},
		{"MEVLÜT ÇAVUŞOĞLU", 0, d2016, 2, Person, "TURGOV", "TUR", "GOV", "Mevlut Cavusoglu", "foreign minister"},
	}
	for _, tc := range tests {
		words := strings.Fields(tc.text)
		m, ok := tab.Match(words, tc.at, tc.date)
		if ok != (tc.len > 0) {
			t.Errorf("%q at %d: match %v (%+v), want %v", tc.text, tc.at, ok, m, tc.len > 0)
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
		{"Taliban", "2015-01-01", "AFGREBTAL", ""},
		{"Taliban", "2022-01-01", "AFGGOV", ""},
		{"Taliban", "", "AFGGOV", ""},
		{"the Assad regime", "2014-09-23", "", ""}, // "the" is no entry
		{"Assad regime", "2014-09-23", "SYRGOV", ""},
		{"Ban Ki-moon", "2005-06-01", "KORGOV", "foreign minister"},
		{"Ban Ki-moon", "2012-06-01", "IGOUNO", "UN secretary-general"},
		{"Hayat Tahrir al-Sham", "2020-01-01", "SYRREBNUS", ""},
		{"Ahmed al-Sharaa", "2025-06-01", "SYRGOV", "president"},
		{"Jolani", "2020-01-01", "SYRREB", "leader of Hayat Tahrir al-Sham"},
	} {
		var d time.Time
		if tc.date != "" {
			d = day(tc.date)
		}
		m, ok := tab.Match(strings.Fields(tc.text), 0, d)
		if ok != (tc.code != "") || m.Code != tc.code || m.Role != tc.role {
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
		{"Deir Ez-Zor province", "Deir ez-Zor province", "SYR", 3},
		{"Deir Ez-Zor", "Deir ez-Zor", "SYR", 2},
		{"in New York", "", "", 0},
		{"New York City", "New York", "USA", 3},
		{"Kyiv", "Kyiv", "UKR", 1},
		{"Kiev", "Kyiv", "UKR", 1},
		{"Gaza", "Gaza", "PSE", 1}, // the region, not the country alias
		{"Deir al-Zor", "Deir ez-Zor", "SYR", 2},
		{"Damascus", "Damascus", "SYR", 1},
		{"Syria", "Syria", "SYR", 1},
		// a name of places in two countries: the capital unless the
		// text names the other's country
		{"Tripoli", "Tripoli", "LBY", 1},
		{"Tripoli , the Lebanese port", "Tripoli, Lebanon", "LBN", 1},
		{"Tripoli , not Libya or Lebanon", "Tripoli", "LBY", 1},
	} {
		p, n, ok := tab.Place(strings.Fields(tc.text), 0)
		if ok != (tc.n > 0) || p.Name != tc.name || p.Country != tc.country || n != tc.n {
			t.Errorf("%q: got %+v %d %v", tc.text, p, n, ok)
		}
	}
}

func TestParseErrors(t *testing.T) {
	good := func() map[string][]byte {
		m := map[string][]byte{}
		for _, n := range dataFiles {
			b, err := dataFS.ReadFile("data/" + n)
			if err != nil {
				t.Fatal(err)
			}
			m[n] = b
		}
		return m
	}
	for _, tc := range []struct {
		file, add, want string
	}{
		{"countries.tsv", "XXX\tNowhere\n", "countries.tsv:%d: country line needs 7"},
		{"countries.tsv", "SYR\tSyria again\t\t\t\t1\t2\n", "countries.tsv:%d: country SYR defined twice"},
		{"countries.tsv", "xyz\tX\t\t\t\t1\t2\n", "countries.tsv:%d: country code \"xyz\""},
		{"places.tsv", "Atlantis\tZZZ\tcity\t1\t2\n", "places.tsv:%d: place \"Atlantis\": unknown country"},
		{"places.tsv", "Atlantis\tGRC\tcity\t100\t2\n", "places.tsv:%d: latitude \"100\""},
		{"places.tsv", "Atlantis\tGRC\tvillage\t1\t2\n", "places.tsv:%d: place \"Atlantis\": kind \"village\""},
		{"institutions.tsv", "USAGOV\tUSA\tXXX\tThing\n", "institutions.tsv:%d: unknown sector \"XXX\""},
		{"organizations.tsv", "IGOUNO\t\tIGO\tUN Women|UNFPA\n", "organizations.tsv:%d: entry IGOUNO: name \"UN Women|UNFPA\" is empty or holds a list"},
		{"institutions.tsv", "SYRGOV\tUSA\tGOV\tThing\n", "institutions.tsv:%d: code \"SYRGOV\" does not start with its country"},
		{"groups.tsv", "SYRREB\tSYR\tREB\tThing\t\t2015-13-01\n", "groups.tsv:%d: date \"2015-13-01\""},
		{"people.tsv", "\tUSAGOV\tpresident\t2009-01-20\n", ""},
		{"people.tsv", "Nobody\tUSA\n", "people.tsv:%d: person \"Nobody\" has no role lines"},
		{"people.tsv", "Somebody\tUSA\n\tUSAGOV\tpresident\t2010\t2009\n", "people.tsv:%d: role USAGOV ends (2009) before it starts (2010)"},
		{"people.tsv", "Somebody\tUSA\n\tUSAGOV\t\t2010\n", "people.tsv:%d: role USAGOV has no title"},
		{"agents.tsv", "trooper\tZZZ\n", "agents.tsv:%d: agent code \"ZZZ\""},
		{"titles.tsv", "Doctor\tDr\n", "titles.tsv:%d: title line needs exactly one field"},
	} {
		files := good()
		base := strings.Count(string(files[tc.file]), "\n")
		files[tc.file] = append(files[tc.file], tc.add...)
		_, err := parseFiles(files)
		if tc.want == "" {
			// a role line right after the last person's roles is valid
			if err != nil {
				t.Errorf("%s + %q: %v", tc.file, tc.add, err)
			}
			continue
		}
		line := base + 1
		if strings.Contains(tc.want, "has no role lines") || strings.Contains(tc.add, "\n\t") {
			line = base + 1
			if strings.Contains(tc.add, "\n\t") {
				line = base + 2
			}
		}
		want := fmt.Sprintf(tc.want, line)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s + %q: error %v, want %q", tc.file, tc.add, err, want)
		}
	}
}

func FuzzParseFiles(f *testing.F) {
	for k, n := range dataFiles {
		b, err := dataFS.ReadFile("data/" + n)
		if err != nil {
			f.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		if len(lines) > 40 {
			lines = lines[:40]
		}
		f.Add(uint8(k), []byte(strings.Join(lines, "\n")))
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		name := dataFiles[int(which)%len(dataFiles)]
		files := map[string][]byte{
			"countries.tsv": []byte("SYR\tSyria\t\tSyrian\tDamascus\t34.8\t39\nUSA\tUnited States\tUS\tAmerican\t\t37\t-95\n"),
			"places.tsv":    []byte("Damascus\tSYR\tcapital\t33.51\t36.29\n"),
		}
		files[name] = data
		tab, err := parseFiles(files)
		if err != nil {
			if !strings.Contains(err.Error(), ".tsv:") {
				t.Fatalf("error without file:line: %v", err)
			}
			return
		}
		words := strings.Fields(string(data))
		for i := range words {
			tab.Match(words, i, time.Date(2014, 9, 23, 0, 0, 0, 0, time.UTC))
			tab.Match(words, i, time.Time{})
			tab.Place(words, i)
		}
		tab.Counts()
	})
}

func BenchmarkMatch(b *testing.B) {
	tab := Builtin()
	text := "WASHINGTON — The United States on Monday rejected Syrian President Bashar al-Assad 's offer to coordinate " +
		"air strikes against Islamic State militants , White House spokesman Josh Earnest told reporters , while " +
		"Syrian warplanes struck Deir Ez-Zor and an Iranian official said Tehran would not cooperate with the U.S. " +
		"in the fight against ISIS in Iraq and Syria , according to the Syrian Observatory for Human Rights ."
	words := strings.Fields(text)
	d := time.Date(2014, 9, 23, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	cpu0 := cputime.Now()
	n := 0
	for b.Loop() {
		for i := range words {
			if _, ok := tab.Match(words, i, d); ok {
				n++
			}
		}
	}
	lookups := float64(b.N * len(words))
	b.ReportMetric(lookups/b.Elapsed().Seconds(), "lookups/s")
	// On a shared machine wall time overstates the cost; CPU time does not.
	if cpu := cputime.Now() - cpu0; cpu > 0 {
		b.ReportMetric(lookups/cpu.Seconds(), "lookups/cpu-s")
	}
	_ = n
}

func BenchmarkLoadBuiltin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadBuiltin(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestConcurrentMatch reads one table from several goroutines (run with
// -race to check); every goroutine must see the same answers.
func TestConcurrentMatch(t *testing.T) {
	tab := Builtin()
	words := strings.Fields("White House spokesman Josh Earnest said Syrian warplanes struck Deir Ez-Zor")
	d := day("2014-09-23")
	want, _ := tab.Match(words, 0, d)
	done := make(chan string)
	for g := 0; g < 4; g++ {
		go func() {
			for k := 0; k < 200; k++ {
				if m, _ := tab.Match(words, 0, d); m != want {
					done <- fmt.Sprintf("got %+v, want %+v", m, want)
					return
				}
				tab.Place(words, 9)
			}
			done <- ""
		}()
	}
	for g := 0; g < 4; g++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}

func TestRegion(t *testing.T) {
	tab := Builtin()
	for code, want := range map[string]bool{"SHI": true, "KUR": true, "WST": true, "IRQ": false, "USA": false, "": false} {
		if got := tab.Region(code); got != want {
			t.Errorf("Region(%q) = %v, want %v", code, got, want)
		}
	}
}
