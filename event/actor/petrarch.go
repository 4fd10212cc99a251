package actor

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// LoadPetrarch reads PETRARCH-2 actor files (with date restrictions) and
// agent files into a Table. A file whose name contains "agent" (any case)
// is read as an agents file, any other as an actors file. A malformed entry
// is an error naming the file, the line and the problem.
//
// As in PETRARCH, every primary phrase starts a new actor; one that gets no
// code (no "[CODE]" on its line and no restriction lines) is a known actor
// with the null code, which Match never returns. The Phoenix dictionaries
// carry a few restrictions that cannot be read (a seven-digit date, a date
// with no code, "[CODE records]"); such a restriction is dropped and
// reported by Table.Warnings rather than failing the load. Phrases are matched word for word: a blank and an underscore
// both join consecutive words, and a phrase is not a stem (PETRARCH-2
// matches whole words too). PETRARCH dictionaries have no places, so the
// Table's Place answers from our built-in gazetteer. Matching ignores case except for a one-word
// phrase of at most three letters ("US", "UN"), which must be in capitals.
func LoadPetrarch(files ...string) (*Table, error) {
	t := newTable()
	t.countries = Builtin().countries
	t.gazetteer = Builtin()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("actor: %w", err)
		}
		name := filepath.Base(f)
		if strings.Contains(strings.ToLower(name), "agent") {
			err = t.readPetrarchAgents(name, data)
		} else {
			err = t.readPetrarchActors(name, data)
		}
		if err != nil {
			return nil, err
		}
	}
	t.root.freeze()
	return t, nil
}

// Warnings returns the problems that were tolerated while loading: one
// "file:line: problem" string each.
func (t *Table) Warnings() []string { return t.warnings }

// petrarchLines calls fn with each line stripped of comments ("#" and, in
// actor files, TABARI's ";"), skipping blank lines and "<!-- ... -->"
// blocks. The line keeps its leading blank (restriction lines start with a
// tab).
func petrarchLines(data []byte, semicolon bool, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	inXML := false
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		trim := strings.TrimSpace(line)
		if inXML {
			if strings.Contains(trim, ">") {
				inXML = false
			}
			continue
		}
		if strings.HasPrefix(trim, "<!") {
			inXML = !strings.Contains(trim, ">")
			continue
		}
		if c := strings.IndexByte(line, '#'); c >= 0 {
			line = line[:c]
		}
		if semicolon {
			if c := strings.IndexByte(line, ';'); c >= 0 {
				line = line[:c]
			}
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		if err := fn(n, strings.TrimRight(line, " \t\r")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("actor: reading dictionary: %w", err)
	}
	return nil
}

// bracketed splits s into the text before the first "[" and the contents
// of each "[...]" group. A group closed by "}" (a typo found in Phoenix) is
// accepted; text after the last group is ignored, as PETRARCH does.
func bracketed(s string) (head string, groups []string, err error) {
	k := strings.IndexByte(s, '[')
	if k < 0 {
		return s, nil, nil
	}
	head, s = s[:k], s[k:]
	for {
		s = strings.TrimSpace(s)
		if s == "" {
			return head, groups, nil
		}
		if s[0] != '[' {
			return head, groups, nil // text after the codes is a comment
		}
		end := strings.IndexAny(s, "]}")
		if end < 0 {
			return "", nil, fmt.Errorf("unclosed [ in %q", s)
		}
		if open := strings.IndexByte(s[1:], '['); open >= 0 && open+1 < end {
			return "", nil, fmt.Errorf("unclosed [ in %q", s[:end+1])
		}
		groups = append(groups, s[1:end])
		s = s[end+1:]
	}
}

// petrarchWords turns a dictionary phrase ("BASHAR_AL-ASSAD_") into words.
func petrarchWords(p string) []string {
	p = strings.ReplaceAll(p, "_", " ")
	return splitName(p)
}

// addPetrarch indexes a PETRARCH phrase for entry e.
func (t *Table) addPetrarch(phrase string, e int32) bool {
	words := petrarchWords(phrase)
	if len(words) == 0 {
		return false
	}
	short := len(words) == 1 && len(words[0]) <= 3
	for k, w := range words {
		if short {
			words[k] = strings.ToUpper(w)
		} else {
			words[k] = strings.ToLower(w)
		}
	}
	t.add(strings.Join(words, " "), e, false)
	return true
}

// petrarchDate reads YYMMDD (years up to 30 are 20YY) or YYYYMMDD.
func petrarchDate(s string) (time.Time, error) {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return time.Time{}, fmt.Errorf("date %q is not digits", s)
		}
	}
	switch len(s) {
	case 6:
		yy, _ := strconv.Atoi(s[:2])
		century := "19"
		if yy <= 30 {
			century = "20"
		}
		s = century + s
	case 8:
	default:
		return time.Time{}, fmt.Errorf("date %q is neither YYMMDD nor YYYYMMDD", s)
	}
	d, err := time.Parse("20060102", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q is not a calendar date", s)
	}
	return d, nil
}

// restriction parses the contents of one "[...]" group: a code alone (the
// default), or a code and "<date", ">date" or "date-date".
func (t *Table) restriction(g string) (r role, dflt bool, err error) {
	g = strings.TrimSpace(g)
	// normalise blanks around the operators
	g = strings.Join(strings.Fields(g), " ")
	g = strings.NewReplacer("> ", ">", "< ", "<", " - ", "-", " -", "-", "- ", "-").Replace(g)
	f := strings.Fields(g)
	if len(f) == 0 {
		return r, false, fmt.Errorf("empty code []")
	}
	code := strings.ToUpper(f[0])
	if code[0] >= '0' && code[0] <= '9' || code[0] == '<' || code[0] == '>' {
		return r, false, fmt.Errorf("restriction [%s] has no code", g)
	}
	if code == "---" || code == "+++" || code == "###" {
		code = "" // the null code: the phrase is known but not coded
	}
	r.code = code
	r.country, r.sector = splitCode(code, t.isCountry)
	if len(f) == 1 {
		return r, true, nil
	}
	if len(f) > 2 {
		return r, false, fmt.Errorf("restriction [%s] has more than a code and a date range", g)
	}
	d := f[1]
	switch {
	case strings.HasPrefix(d, "<"):
		r.to, err = petrarchDate(d[1:])
	case strings.HasPrefix(d, ">"):
		r.from, err = petrarchDate(d[1:])
	case strings.Count(d, "-") == 1:
		a, b, _ := strings.Cut(d, "-")
		if r.from, err = petrarchDate(a); err == nil {
			r.to, err = petrarchDate(b)
		}
		if err == nil && r.to.Before(r.from) {
			err = fmt.Errorf("range %s ends before it starts", d)
		}
	default:
		err = fmt.Errorf("restriction [%s]: %q is not <date, >date or date-date", g, d)
	}
	return r, false, err
}

func (t *Table) isCountry(c string) bool { return t.countries[c] }

func (t *Table) warnf(file string, line int, format string, args ...any) {
	t.warnings = append(t.warnings, fmt.Sprintf("%s:%d: %s", file, line, fmt.Sprintf(format, args...)))
}

// readPetrarchActors reads an actors file: a primary phrase with optional
// codes, synonym lines beginning with "+", and restriction lines beginning
// with a blank.
func (t *Table) readPetrarchActors(file string, data []byte) error {
	cur := int32(-1)
	finish := func() error {
		if cur >= 0 {
			t.classify(cur)
		}
		return nil
	}
	err := petrarchLines(data, true, func(n int, line string) error {
		errf := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", file, n, fmt.Sprintf(format, args...))
		}
		trim := strings.TrimSpace(line)
		var phrase string
		switch {
		case strings.HasPrefix(trim, "["):
			if cur < 0 {
				return errf("date restriction before any actor")
			}
		case strings.HasPrefix(trim, "+"):
			if cur < 0 {
				return errf("synonym %q before any actor", trim)
			}
			phrase = trim[1:]
		default:
			if err := finish(); err != nil {
				return err
			}
			phrase = trim
			cur = -1
		}
		src := phrase
		if src == "" {
			src = trim
		}
		head, groups, err := bracketed(src)
		if err != nil {
			return errf("%v", err)
		}
		if cur < 0 {
			name := displayName(head)
			if name == "" {
				return errf("actor line has no phrase")
			}
			cur = t.addEntryRaw(entry{name: name})
		}
		if strings.TrimSpace(head) != "" {
			if !t.addPetrarch(head, cur) {
				return errf("empty phrase")
			}
		}
		for _, g := range groups {
			r, dflt, err := t.restriction(g)
			if err != nil {
				if strings.Contains(err.Error(), "empty code") || strings.Contains(err.Error(), "more than a code") {
					return errf("%v", err)
				}
				t.warnf(file, n, "%v; restriction dropped", err)
				continue
			}
			e := &t.entries[cur]
			if dflt {
				e.code = r.code
				if r.code != "" {
					e.country, e.sector = r.country, r.sector
				}
				continue
			}
			e.roles = append(e.roles, r)
			e.firstRole = true
			t.roles++
		}
		return nil
	})
	if err != nil {
		return err
	}
	return finish()
}

func (t *Table) addEntryRaw(e entry) int32 {
	t.entries = append(t.entries, e)
	return int32(len(t.entries) - 1)
}

// classify sets the kind of a PETRARCH actor from its codes, and marks
// entries that have no default code.
func (t *Table) classify(id int32) {
	e := &t.entries[id]
	code := e.code
	if code == "" && len(e.roles) > 0 {
		code = e.roles[len(e.roles)-1].code
	}
	e.datedOnly = e.code == ""
	switch {
	case len(e.roles) > 0:
		e.kind = Person
	case len(code) == 3 && t.isCountry(code):
		e.kind = Country
	case strings.HasPrefix(code, "IGO"), strings.HasPrefix(code, "NGO"), strings.HasPrefix(code, "NGM"), strings.HasPrefix(code, "MNC"):
		e.kind = Organization
	case strings.HasPrefix(code, "IMG"), e.sector == "REB", e.sector == "SEP", e.sector == "UAF", e.sector == "INS":
		e.kind = Group
	default:
		e.kind = Institution
	}
}

// displayName turns "BASHAR_AL-ASSAD_" into "Bashar Al-Assad".
func displayName(p string) string {
	words := strings.Fields(strings.ReplaceAll(strings.TrimSpace(p), "_", " "))
	for k, w := range words {
		lw := strings.ToLower(w)
		if lw != "" {
			lw = strings.ToUpper(lw[:1]) + lw[1:]
		}
		words[k] = lw
	}
	return strings.Join(words, " ")
}

// readPetrarchAgents reads an agents file: substitution markers
// "!NAME! = a, b" and entries "PHRASE {plurals} [~CODE]" (or "[CODE~]" for a
// code that goes before the actor's).
func (t *Table) readPetrarchAgents(file string, data []byte) error {
	markers := map[string][]string{}
	return petrarchLines(data, false, func(n int, line string) error {
		errf := func(format string, args ...any) error {
			return fmt.Errorf("%s:%d: %s", file, n, fmt.Sprintf(format, args...))
		}
		trim := strings.TrimSpace(line)
		if strings.HasPrefix(trim, "!") && strings.Contains(trim, "=") && !strings.Contains(trim, "[") {
			name, vals, _ := strings.Cut(trim, "=")
			name = strings.TrimSpace(name)
			if len(name) < 3 || !strings.HasSuffix(name, "!") || strings.Count(name, "!") != 2 {
				return errf("substitution marker %q is not of the form !NAME!", name)
			}
			var items []string
			for _, v := range strings.Split(vals, ",") {
				if v = strings.TrimSpace(v); v != "" {
					items = append(items, v)
				}
			}
			if len(items) == 0 {
				return errf("substitution marker %s has no values", name)
			}
			markers[name] = items
			return nil
		}
		head, groups, err := bracketed(trim)
		if err != nil {
			return errf("%v", err)
		}
		if len(groups) == 0 {
			t.warnf(file, n, "agent %q has no [code]; skipped", strings.TrimSpace(head))
			return nil
		}
		if len(groups) != 1 {
			return errf("agent %q needs exactly one [code], has %d", strings.TrimSpace(head), len(groups))
		}
		code := strings.TrimSpace(groups[0])
		first := false
		switch {
		case strings.HasPrefix(code, "~"):
			code = strings.TrimSpace(code[1:])
		case strings.HasSuffix(code, "~"):
			code, first = strings.TrimSpace(code[:len(code)-1]), true
		default:
			return errf("agent code [%s] has no ~", code)
		}
		if code == "" || strings.ContainsAny(code, " ~") {
			return errf("agent code [%s] is empty or has blanks", groups[0])
		}
		code = strings.ToUpper(code)
		phrase, plurals := head, ""
		explicit := false
		if k := strings.IndexByte(head, '{'); k >= 0 {
			end := strings.IndexByte(head[k:], '}')
			if end < 0 {
				return errf("unclosed { in %q", head)
			}
			phrase, plurals, explicit = head[:k], head[k+1:k+end], true
		}
		phrase = strings.TrimSpace(phrase)
		if phrase == "" {
			return errf("agent has no phrase")
		}
		sector := code
		if len(sector) > 3 {
			sector = sector[:3]
		}
		id := t.addEntryRaw(entry{kind: Agent, code: code, sector: sector, name: strings.ToLower(strings.Trim(strings.ReplaceAll(phrase, "_", " "), " ")), agentFirst: first})
		forms, err := expandMarkers(phrase, markers)
		if err != nil {
			return errf("%v", err)
		}
		marked := len(forms) > 1 || forms[0] != phrase
		for _, f := range forms {
			if !t.addPetrarch(f, id) {
				return errf("empty phrase")
			}
			if marked {
				continue
			}
			if !explicit {
				t.addPetrarch(petrarchPlural(strings.TrimRight(strings.ReplaceAll(f, "_", " "), " ")), id)
			}
		}
		for _, p := range strings.Fields(plurals) {
			t.addPetrarch(p, id)
		}
		return nil
	})
}

// petrarchPlural forms an agent's regular plural as PETRARCH does: a final
// Y becomes IES, a final S takes ES, anything else takes S.
func petrarchPlural(p string) string {
	switch {
	case strings.HasSuffix(p, "Y") || strings.HasSuffix(p, "y"):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(p, "S") || strings.HasSuffix(p, "s"):
		return p + "ES"
	}
	return p + "S"
}

// expandMarkers substitutes every !NAME! in phrase with each of its values.
func expandMarkers(phrase string, markers map[string][]string) ([]string, error) {
	k := strings.IndexByte(phrase, '!')
	if k < 0 {
		return []string{phrase}, nil
	}
	end := strings.IndexByte(phrase[k+1:], '!')
	if end < 0 {
		return nil, fmt.Errorf("unclosed substitution marker in %q", phrase)
	}
	name := phrase[k : k+end+2]
	vals, ok := markers[name]
	if !ok {
		return nil, fmt.Errorf("undefined substitution marker %s", name)
	}
	var out []string
	for _, v := range vals {
		rest, err := expandMarkers(phrase[k+end+2:], markers)
		if err != nil {
			return nil, err
		}
		for _, r := range rest {
			out = append(out, phrase[:k]+v+r)
		}
	}
	return out, nil
}
