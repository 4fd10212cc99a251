package actor

import "strings"

// sectorNouns name CAMEO's sector codes for people (facts of the codebook).
var sectorNouns = map[string]string{
	"GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "COP": "police",
	"JUD": "judiciary", "LEG": "legislature", "MED": "media", "BUS": "business", "CVL": "civilians",
	"EDU": "education", "HLH": "health", "REF": "refugees", "IGO": "international organisation",
	"NGO": "NGO", "SPY": "intelligence services", "UAF": "armed gunmen", "RAD": "radicals",
	"LAB": "labour", "AGR": "agriculture", "ELI": "elites", "CRM": "criminals", "ENV": "environmental groups",
	"HRI": "human rights groups", "SET": "settlers", "MOD": "moderates", "INS": "insurgents",
	"PTY": "party", "IMG": "armed group", "SEP": "separatists", "ATH": "athletes", "DEV": "development",
	"REL": "religious", "MNC": "multinational", "JEW": "Jewish", "MOS": "Muslim", "CHR": "Christian",
}

// Name returns a name for people for an actor code: the country's or
// region's name ("USA" → "United States"), the name of the organisation,
// group or institution the code belongs to ("IMGMUSISI" → "Islamic State",
// "IGOUNO" → the UN's name), or a country followed by its sectors ("SYRMIL"
// → "Syria (military)"). A code the table does not know comes back as it is.
func (t *Table) Name(code string) string {
	t.codeNamesOnce.Do(func() { t.codeNameOf = t.codeNames() })
	if n, ok := t.codeNameOf[code]; ok {
		return n
	}
	if len(code) > 3 && len(code)%3 == 0 {
		if n, ok := t.codeNameOf[code[:3]]; ok && t.countries[code[:3]] {
			var parts []string
			for i := 3; i < len(code); i += 3 {
				s, ok := sectorNouns[code[i:i+3]]
				if !ok {
					return code
				}
				parts = append(parts, s)
			}
			return n + " (" + strings.Join(parts, ", ") + ")"
		}
	}
	return code
}

// codeNames maps each code with an entry of its own to the first such
// entry's name, countries and regions first, then groups and organisations;
// institutions, capitals used as metonyms, people, and every code that is a
// country followed by sectors ("USAGOV" is the White House and the State
// Department alike) are left out.
func (t *Table) codeNames() map[string]string {
	names := map[string]string{}
	for _, kinds := range [][]Kind{{Country}, {Group, Organization}} {
		for _, e := range t.entries {
			if e.metonym || e.code == "" || e.name == "" || (e.kind != Country && t.sectoral(e.code)) {
				continue
			}
			for _, k := range kinds {
				if e.kind == k {
					if _, done := names[e.code]; !done {
						names[e.code] = e.name
					}
				}
			}
		}
	}
	return names
}

// sectoral reports whether code is a country code followed by sector codes.
func (t *Table) sectoral(code string) bool {
	if len(code) <= 3 || len(code)%3 != 0 || !t.countries[code[:3]] {
		return false
	}
	for i := 3; i < len(code); i += 3 {
		if _, ok := sectorNouns[code[i:i+3]]; !ok {
			return false
		}
	}
	return true
}
