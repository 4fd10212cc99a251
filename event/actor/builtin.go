package actor

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed data/*.tsv
var dataFS embed.FS

// The embedded files, in load order: countries first (other files refer to
// their codes), the gazetteer before countries' capitals are checked.
var dataFiles = []string{
	"countries.tsv",
	"regions.tsv",
	"places.tsv",
	"institutions.tsv",
	"organizations.tsv",
	"groups.tsv",
	"people.tsv",
	"agents.tsv",
	"titles.tsv",
}

var (
	builtinOnce  sync.Once
	builtinTable *Table
	builtinErr   error
)

// Builtin returns our embedded knowledge, parsed once. It panics only if
// the embedded files are malformed, which a test guards against.
func Builtin() *Table {
	builtinOnce.Do(func() {
		builtinTable, builtinErr = loadBuiltin()
	})
	if builtinErr != nil {
		panic("actor: embedded data: " + builtinErr.Error())
	}
	return builtinTable
}

func loadBuiltin() (*Table, error) {
	files := make(map[string][]byte, len(dataFiles))
	for _, name := range dataFiles {
		b, err := dataFS.ReadFile("data/" + name)
		if err != nil {
			return nil, err
		}
		files[name] = b
	}
	return parseFiles(files)
}

// sectors are the CAMEO agent codes accepted as a primary sector in our
// files (see FORMAT.md).
var sectors = map[string]bool{
	"GOV": true, "MIL": true, "REB": true, "OPP": true, "PTY": true, "COP": true, "JUD": true,
	"SPY": true, "MED": true, "EDU": true, "BUS": true, "CRM": true, "CVL": true, "HLH": true,
	"REF": true, "UAF": true, "IGO": true, "NGO": true, "LEG": true, "ELI": true, "LAB": true,
	"AGR": true, "RAD": true, "MOD": true, "ENV": true, "HRI": true, "IMG": true, "SEP": true,
	"INS": true, "DEV": true, "REL": true, "NGM": true, "MNC": true, "SET": true, "PPL": true,
	"AMN": true, "ICR": true, "MSF": true,
}

// builder accumulates a table while parsing our files.
type builder struct {
	t         *Table
	countries map[string]int32 // code -> entry of the country
	placeIdx  map[string]int32 // folded name -> place
	capitals  []capitalRef
	file      string
	line      int

	person0    int32 // the person whose role lines follow, or -1
	personLine int
}

type capitalRef struct {
	file, country, name string
	line                int
}

func (b *builder) errf(format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", b.file, b.line, fmt.Sprintf(format, args...))
}

func (b *builder) isCountry(c string) bool {
	_, ok := b.countries[c]
	return ok
}

// parseFiles parses our files (named as in dataFiles) into a Table.
func parseFiles(files map[string][]byte) (*Table, error) {
	b := &builder{t: newTable(), countries: make(map[string]int32), placeIdx: make(map[string]int32)}
	parsers := map[string]func([]string) error{
		"countries.tsv":     b.country,
		"regions.tsv":       b.region,
		"places.tsv":        b.place,
		"institutions.tsv":  func(f []string) error { return b.body(f, Institution) },
		"organizations.tsv": func(f []string) error { return b.body(f, Organization) },
		"groups.tsv":        func(f []string) error { return b.body(f, Group) },
		"people.tsv":        b.person,
		"agents.tsv":        b.agent,
		"titles.tsv":        b.title,
	}
	for _, name := range dataFiles {
		data, ok := files[name]
		if !ok {
			continue
		}
		b.file = name
		parse := parsers[name]
		b.person0 = -1
		for k, raw := range strings.Split(string(data), "\n") {
			b.line = k + 1
			line := strings.TrimRight(raw, "\r")
			if c := strings.IndexByte(line, '#'); c >= 0 {
				line = strings.TrimRight(line[:c], " \t")
			}
			if strings.TrimSpace(line) == "" {
				continue
			}
			if err := parse(strings.Split(line, "\t")); err != nil {
				return nil, err
			}
		}
		if err := b.endPerson(); err != nil {
			return nil, err
		}
	}
	for _, c := range b.capitals {
		if _, ok := b.placeIdx[foldString(c.name)+"\x00"+c.country]; !ok {
			return nil, fmt.Errorf("%s:%d: capital %q of %s is not in places.tsv", c.file, c.line, c.name, c.country)
		}
	}
	b.t.root.freeze()
	b.t.countries = make(map[string]bool, len(b.countries))
	b.t.regions = make(map[string]bool)
	for c, e := range b.countries {
		b.t.countries[c] = true
		if b.t.entries[e].region {
			b.t.regions[c] = true
		}
	}
	return b.t, nil
}

// field returns f[i] trimmed, or "" when absent.
func field(f []string, i int) string {
	if i < len(f) {
		return strings.TrimSpace(f[i])
	}
	return ""
}

// list splits a "|"-separated field, dropping empty items.
func list(s string) []string {
	var out []string
	for _, x := range strings.Split(s, "|") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func validCode(c string) bool {
	if len(c) < 3 || len(c)%3 != 0 {
		return false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

func (b *builder) addEntry(e entry) int32 {
	b.t.entries = append(b.t.entries, e)
	return int32(len(b.t.entries) - 1)
}

// country: code, name, names, adjectives, capital, lat, lon.
func (b *builder) country(f []string) error {
	if len(f) != 7 {
		return b.errf("country line needs 7 tab-separated fields (code, name, names, adjectives, capital, lat, lon), has %d", len(f))
	}
	code, name := field(f, 0), field(f, 1)
	if len(code) != 3 || !validCode(code) {
		return b.errf("country code %q is not three capital letters", code)
	}
	if _, dup := b.countries[code]; dup {
		return b.errf("country %s defined twice", code)
	}
	if name == "" || strings.Contains(name, "|") {
		return b.errf("country %s: name %q is empty or holds a list", code, name)
	}
	lat, lon, err := b.coords(field(f, 5), field(f, 6))
	if err != nil {
		return err
	}
	e := b.addEntry(entry{kind: Country, code: code, country: code, name: name})
	b.countries[code] = e
	names := append([]string{name}, list(field(f, 2))...)
	for _, n := range names {
		b.t.add(n, e, false)
	}
	for _, a := range list(field(f, 3)) {
		for _, form := range adjectiveForms(a) {
			b.t.add(form, e, false)
		}
	}
	if cap := field(f, 4); cap != "" {
		ce := int32(-1)
		for _, n := range list(cap) {
			placeOnly := strings.HasPrefix(n, "~")
			n = strings.TrimPrefix(n, "~")
			if !placeOnly {
				if ce < 0 {
					ce = b.addEntry(entry{kind: Country, code: code + "GOV", country: code, sector: "GOV", name: n, metonym: true})
				}
				b.t.add(n, ce, false)
			}
			b.capitals = append(b.capitals, capitalRef{file: b.file, line: b.line, country: code, name: n})
		}
	}
	p := b.newPlace(Place{Name: name, Country: code, Lat: lat, Lon: lon, Kind: "country"})
	for _, n := range names {
		b.t.addPlace(n, p)
	}
	return nil
}

// region: code, name, names, adjectives, lat, lon. A region, bloc or people
// acting as an actor; matched as a Country (its code is a CAMEO region or
// ethnic code) and also a gazetteer place of kind "region".
func (b *builder) region(f []string) error {
	if len(f) != 6 {
		return b.errf("region line needs 6 tab-separated fields (code, name, names, adjectives, lat, lon), has %d", len(f))
	}
	code, name := field(f, 0), field(f, 1)
	if len(code) != 3 || !validCode(code) {
		return b.errf("region code %q is not three capital letters", code)
	}
	if _, dup := b.countries[code]; dup {
		return b.errf("code %s already used by a country or region", code)
	}
	if name == "" || strings.Contains(name, "|") {
		return b.errf("region %s: name %q is empty or holds a list", code, name)
	}
	lat, lon, err := b.coords(field(f, 4), field(f, 5))
	if err != nil {
		return err
	}
	e := b.addEntry(entry{kind: Country, code: code, country: code, name: name, region: true})
	b.countries[code] = e
	names := append([]string{name}, list(field(f, 2))...)
	for _, n := range names {
		b.t.add(n, e, false)
	}
	for _, a := range list(field(f, 3)) {
		for _, form := range adjectiveForms(a) {
			b.t.add(form, e, false)
		}
	}
	p := b.newPlace(Place{Name: name, Country: code, Lat: lat, Lon: lon, Kind: "region"})
	for _, n := range names {
		b.t.addPlace(n, p)
	}
	return nil
}

// adjectiveForms returns an adjective or demonym and its plural: words
// ending in "n" or "i" take "s" ("Syrian", "Syrians"; "Iraqi", "Iraqis").
func adjectiveForms(a string) []string {
	if strings.HasSuffix(a, "n") || strings.HasSuffix(a, "i") {
		return []string{a, a + "s"}
	}
	return []string{a}
}

func (b *builder) coords(la, lo string) (float64, float64, error) {
	lat, err := strconv.ParseFloat(la, 64)
	if err != nil || lat < -90 || lat > 90 {
		return 0, 0, b.errf("latitude %q is not a number in [-90, 90]", la)
	}
	lon, err := strconv.ParseFloat(lo, 64)
	if err != nil || lon < -180 || lon > 180 {
		return 0, 0, b.errf("longitude %q is not a number in [-180, 180]", lo)
	}
	return lat, lon, nil
}

func (b *builder) newPlace(p Place) int32 {
	b.t.places = append(b.t.places, p)
	return int32(len(b.t.places) - 1)
}

var placeKinds = map[string]bool{"capital": true, "city": true, "region": true}

// place: name, country, kind, lat, lon, aliases.
func (b *builder) place(f []string) error {
	if len(f) < 5 || len(f) > 6 {
		return b.errf("place line needs 5 or 6 tab-separated fields (name, country, kind, lat, lon[, aliases]), has %d", len(f))
	}
	name, country, kind := field(f, 0), field(f, 1), field(f, 2)
	if name == "" || strings.Contains(name, "|") {
		return b.errf("place name %q is empty or holds a list (aliases go in the last field)", name)
	}
	if !b.isCountry(country) {
		return b.errf("place %q: unknown country %q", name, country)
	}
	if !placeKinds[kind] {
		return b.errf("place %q: kind %q is not capital, city or region", name, kind)
	}
	lat, lon, err := b.coords(field(f, 3), field(f, 4))
	if err != nil {
		return err
	}
	p := b.newPlace(Place{Name: name, Country: country, Lat: lat, Lon: lon, Kind: kind})
	for _, n := range append([]string{name}, list(field(f, 5))...) {
		key := foldString(n) + "\x00" + country
		if q, dup := b.placeIdx[key]; dup {
			if q == p {
				continue // a spelling variant that folds to a listed name
			}
			return b.errf("place %q in %s listed twice", n, country)
		}
		b.placeIdx[key] = p
		b.t.addPlace(n, p)
	}
	return nil
}

// body: code, country, sector, name, aliases[, from, to] for institutions,
// organisations and groups.
func (b *builder) body(f []string, kind Kind) error {
	if len(f) < 4 || len(f) > 7 {
		return b.errf("%s line needs 4 to 7 tab-separated fields (code, country, sector, name[, aliases, from, to]), has %d", strings.ToLower(kind.String()), len(f))
	}
	code, country, sector, name := field(f, 0), field(f, 1), field(f, 2), field(f, 3)
	if !validCode(code) {
		return b.errf("code %q is not capital letters in groups of three", code)
	}
	if country != "" && !b.isCountry(country) {
		return b.errf("unknown country %q", country)
	}
	if country != "" && !strings.HasPrefix(code, country) {
		return b.errf("code %q does not start with its country %q", code, country)
	}
	if !sectors[sector] {
		return b.errf("unknown sector %q", sector)
	}
	if name == "" || strings.Contains(name, "|") {
		return b.errf("entry %s: name %q is empty or holds a list (aliases go in the next field)", code, name)
	}
	e := entry{kind: kind, code: code, country: country, sector: sector, name: name}
	from, to := field(f, 5), field(f, 6)
	if from != "" || to != "" {
		r, err := b.dated(code, "", from, to)
		if err != nil {
			return err
		}
		e.roles = []role{r}
		e.code = ""
		e.datedOnly = true
		b.t.roles++
	}
	id := b.addEntry(e)
	for _, n := range append([]string{name}, list(field(f, 4))...) {
		b.t.add(n, id, false)
	}
	return nil
}

// parseDay parses YYYY-MM-DD, YYYY-MM or YYYY; end selects the last day of
// an imprecise month or year.
func parseDay(s string, end bool) (time.Time, error) {
	layout := map[int]string{10: "2006-01-02", 7: "2006-01", 4: "2006"}[len(s)]
	if layout == "" {
		return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD, YYYY-MM or YYYY", s)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q is not a calendar date", s)
	}
	if end {
		switch len(s) {
		case 7:
			t = t.AddDate(0, 1, -1)
		case 4:
			t = t.AddDate(1, 0, -1)
		}
	}
	return t, nil
}

func (b *builder) dated(code, title, from, to string) (role, error) {
	r := role{code: code, title: title}
	r.country, r.sector = splitCode(code, b.isCountry)
	var err error
	if from != "" {
		if r.from, err = parseDay(from, false); err != nil {
			return r, b.errf("%v", err)
		}
	}
	if to != "" {
		if r.to, err = parseDay(to, true); err != nil {
			return r, b.errf("%v", err)
		}
	}
	if !r.from.IsZero() && !r.to.IsZero() && r.to.Before(r.from) {
		return r, b.errf("role %s ends (%s) before it starts (%s)", code, to, from)
	}
	return r, nil
}

// person: a line "name, country[, aliases]" followed by role lines that
// begin with a tab: "code, title, from[, to]".
func (b *builder) person(f []string) error {
	if field(f, 0) == "" && len(f) > 1 {
		return b.role(f[1:])
	}
	if err := b.endPerson(); err != nil {
		return err
	}
	if len(f) < 2 || len(f) > 3 {
		return b.errf("person line needs 2 or 3 tab-separated fields (name, country[, aliases]), has %d", len(f))
	}
	name, country := field(f, 0), field(f, 1)
	if strings.Contains(name, "|") {
		return b.errf("person name %q holds a list (aliases go in the third field)", name)
	}
	if !b.isCountry(country) {
		return b.errf("person %q: unknown country %q", name, country)
	}
	id := b.addEntry(entry{kind: Person, country: country, name: name})
	for _, n := range append([]string{name}, list(field(f, 2))...) {
		b.t.add(n, id, false)
	}
	b.person0, b.personLine = id, b.line
	return nil
}

func (b *builder) role(f []string) error {
	if b.person0 < 0 {
		return b.errf("role line before any person")
	}
	if len(f) < 3 || len(f) > 4 {
		return b.errf("role line needs a tab then 3 or 4 fields (code, title, from[, to]), has %d", len(f))
	}
	code, title, from, to := field(f, 0), field(f, 1), field(f, 2), field(f, 3)
	if !validCode(code) {
		return b.errf("role code %q is not capital letters in groups of three", code)
	}
	if c, s := splitCode(code, b.isCountry); c == "" && s != "IGO" && s != "NGO" && s != "IMG" || c != "" && !sectors[s] {
		return b.errf("role code %q has neither a known country and sector nor an IGO/NGO/IMG prefix", code)
	}
	if title == "" {
		return b.errf("role %s has no title", code)
	}
	if from == "" {
		return b.errf("role %s has no start date", code)
	}
	r, err := b.dated(code, title, from, to)
	if err != nil {
		return err
	}
	e := &b.t.entries[b.person0]
	e.roles = append(e.roles, r)
	b.t.roles++
	return nil
}

// endPerson checks the person just read has at least one role.
func (b *builder) endPerson() error {
	if b.person0 >= 0 && len(b.t.entries[b.person0].roles) == 0 {
		return fmt.Errorf("%s:%d: person %q has no role lines", b.file, b.personLine, b.t.entries[b.person0].name)
	}
	b.person0 = -1
	return nil
}

// agent: noun, code[, plural]. The plural is regular when absent, none when
// "-", else the listed forms.
func (b *builder) agent(f []string) error {
	if len(f) < 2 || len(f) > 3 {
		return b.errf("agent line needs 2 or 3 tab-separated fields (noun, code[, plural]), has %d", len(f))
	}
	noun, code, plural := field(f, 0), field(f, 1), field(f, 2)
	if noun == "" {
		return b.errf("agent has no noun")
	}
	if !validCode(code) || !sectors[code[:3]] {
		return b.errf("agent code %q is not a known sector code (groups of three capital letters)", code)
	}
	id := b.addEntry(entry{kind: Agent, code: code, sector: code[:3], name: noun})
	b.t.add(noun, id, false)
	switch plural {
	case "":
		b.t.add(pluralOf(noun), id, false)
	case "-":
	default:
		for _, p := range list(plural) {
			b.t.add(p, id, false)
		}
	}
	return nil
}

// pluralOf returns the regular plural of a phrase's last word.
func pluralOf(s string) string {
	k := strings.LastIndexByte(s, ' ')
	head, w := s[:k+1], s[k+1:]
	lw := strings.ToLower(w)
	switch {
	case strings.HasSuffix(lw, "y") && len(lw) > 1 && !strings.ContainsRune("aeiou", rune(lw[len(lw)-2])):
		w = w[:len(w)-1] + "ies"
	case strings.HasSuffix(lw, "s"), strings.HasSuffix(lw, "x"), strings.HasSuffix(lw, "ch"), strings.HasSuffix(lw, "sh"):
		w += "es"
	case strings.HasSuffix(lw, "man"):
		w = w[:len(w)-3] + "men"
	default:
		w += "s"
	}
	return head + w
}

// title: a title or honorific that may precede a person's name.
func (b *builder) title(f []string) error {
	if len(f) != 1 || field(f, 0) == "" {
		return b.errf("title line needs exactly one field, has %d", len(f))
	}
	b.t.add(field(f, 0), -1, true)
	b.t.names--
	return nil
}
