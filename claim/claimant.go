package claim

import (
	"strings"

	"hearsay"
)

// Facts used to classify claimants: outlets, bodies, roles, countries.

// outlets maps lower-cased outlet names to the country of their seat ("" when
// unknown).
var outlets = map[string]string{
	"reuters": "GBR", "afp": "FRA", "agence france-presse": "FRA", "ap": "USA", "associated press": "USA",
	"bbc": "GBR", "cnn": "USA", "al-araby": "", "al-araby al-jadeed": "", "al-watan": "SYR", "sana": "SYR",
	"irna": "IRN", "fars": "IRN", "mehr": "IRN", "isna": "IRN", "tasnim": "IRN", "press tv": "IRN",
	"al jazeera": "QAT", "al-jazeera": "QAT", "al arabiya": "SAU", "al-arabiya": "SAU", "washington post": "USA",
	"new york times": "USA", "wall street journal": "USA", "guardian": "GBR", "voice of america": "USA",
	"rai al-youm": "", "antiwar.com": "USA", "financial tribune": "IRN", "middle east monitor": "GBR",
	"interfax": "RUS", "tass": "RUS", "ria novosti": "RUS", "xinhua": "CHN", "anadolu": "TUR", "dpa": "DEU",
	"efe": "ESP", "fox news": "USA", "nbc": "USA", "abc": "USA", "cbs": "USA", "politico": "USA",
	"bloomberg": "USA", "the hill": "USA", "daily beast": "USA", "huffington post": "USA", "breitbart": "USA",
	"new york daily news": "USA", "usa today": "USA", "msnbc": "USA", "npr": "USA",
}

// outletAliases name agencies by description.
var outletAliases = map[string]string{
	"the french agency": "AFP", "french news agency": "AFP", "the french news agency": "AFP",
	"the british news agency": "Reuters", "the news agency": "", "the iranian news agency": "IRNA",
}

var mediaHeads = set("agency", "newspaper", "daily", "site", "website", "channel", "television", "tv",
	"magazine", "report", "reports", "media", "outlet", "outlets", "radio", "broadcaster", "wire", "paper",
	"network", "station", "journal", "blog", "agencies", "press", "tabloid", "weekly", "newswire")
var analystHeads = set("analyst", "analysts", "expert", "experts", "researcher", "researchers", "scholar",
	"professor", "firm", "fellow", "commentator", "observer", "observers", "author", "columnist", "economist",
	"think-tank", "tank", "consultancy", "historian")
var orgHeads = set("observatory", "group", "organisation", "organization", "ngo", "watchdog", "union",
	"foundation", "institute", "charity", "campaign", "association", "federation", "movement", "party")
var govHeads = set("ministry", "department", "government", "administration", "house", "pentagon", "kremlin",
	"council", "cabinet", "presidency", "embassy", "mission", "governments", "army", "military", "forces",
	"regime", "authorities", "state", "congress", "parliament", "senate", "command", "centcom", "office", "agency's")
var capitals = map[string]string{
	"washington": "USA", "damascus": "SYR", "tehran": "IRN", "baghdad": "IRQ", "moscow": "RUS", "london": "GBR",
	"paris": "FRA", "berlin": "DEU", "ankara": "TUR", "beijing": "CHN", "riyadh": "SAU", "doha": "QAT",
	"jerusalem": "ISR", "cairo": "EGY", "amman": "JOR", "beirut": "LBN", "kremlin": "RUS", "pentagon": "USA",
}
var personHeads = set("spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president",
	"official", "officials", "source", "sources", "diplomat", "diplomats", "ambassador", "envoy", "general",
	"commander", "officer", "officers", "leader", "leaders", "ayatollah", "adviser", "advisor", "aide", "aides",
	"senator", "lawmaker", "lawmakers", "representative", "chief", "head", "director", "counterpart", "king",
	"prince", "premier", "chancellor", "deputy", "member", "members", "negotiator", "negotiators", "colonel",
	"admiral", "adm.", "gen.", "insider", "insiders", "people", "person", "man", "woman", "he", "she", "mayor",
	"governor", "secretary-general", "emir", "sheikh", "cleric", "mp", "mps", "senators", "candidate", "nominee")
var countryWords = map[string]string{
	"us": "USA", "u.s.": "USA", "u.s": "USA", "american": "USA", "americans": "USA", "united states": "USA",
	"white house": "USA", "state department": "USA", "america": "USA",
	"syria": "SYR", "syrian": "SYR", "syria's": "SYR", "iran": "IRN", "iranian": "IRN", "iran's": "IRN",
	"iraq": "IRQ", "iraqi": "IRQ", "russia": "RUS", "russian": "RUS", "britain": "GBR", "british": "GBR",
	"uk": "GBR", "france": "FRA", "french": "FRA", "germany": "DEU", "german": "DEU", "turkey": "TUR",
	"turkish": "TUR", "israel": "ISR", "israeli": "ISR", "saudi": "SAU", "qatar": "QAT", "qatari": "QAT",
	"china": "CHN", "chinese": "CHN", "western": "WST", "kurdish": "KUR", "egypt": "EGY", "egyptian": "EGY",
	"jordan": "JOR", "jordanian": "JOR", "lebanon": "LBN", "lebanese": "LBN",
}
var roleWords = set("spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president",
	"ambassador", "envoy", "general", "commander", "leader", "ayatollah", "adviser", "aide", "senator",
	"chief", "head", "director", "press", "foreign", "defense", "defence", "supreme", "prime", "rear", "adm.",
	"gen.", "sen.", "rep.", "gov.", "mayor", "governor", "king", "prince", "emir", "deputy", "vice", "national",
	"security", "secretary-general")

// claimantInfo classifies the claimant named by words (the source span's
// tokens, lower-cased in low, as written in forms).
func classify(forms []string) hearsay.Claimant {
	var c hearsay.Claimant
	forms = joinHyphens(forms)
	if len(forms) == 0 {
		return c
	}
	low := make([]string, len(forms))
	for i, f := range forms {
		low[i] = strings.ToLower(strings.Trim(f, "“”\"'"))
	}
	joined := " " + strings.Join(low, " ") + " "
	country := ""
	grams := ngrams(low, 3)
	for _, g := range grams {
		if c, ok := countryWords[g]; ok {
			country = c
			break
		}
	}
	if country == "" {
		for _, w := range low {
			if c, ok := capitals[w]; ok {
				country = c
				break
			}
		}
	}
	// the head: last word before "of", "for", "from", "with", ","
	head := len(low) - 1
	if !isCap(forms[head]) || len(low) > 1 && (low[head-1] == "of" || low[head-1] == "in" || low[head-1] == "at" || low[head-1] == "from" || low[head-1] == "with") {
		for i, w := range low {
			if i > 0 && (w == "of" || w == "for" || w == "from" || w == "with" || w == "," || w == "who" || w == "at" || w == "in") {
				head = i - 1
				break
			}
		}
	}
	if head < 0 {
		return c
	}
	hw := low[head]
	// trailing capitalised words: a name
	nameStart := head + 1
	for nameStart > 0 && isCap(forms[nameStart-1]) && !roleWords[low[nameStart-1]] && countryWords[low[nameStart-1]] == "" && !govHeads[low[nameStart-1]] && !mediaHeads[low[nameStart-1]] {
		nameStart--
	}
	name := strings.Join(forms[nameStart:head+1], " ")
	if nameStart == head && notNames[low[head]] {
		nameStart, name = head+1, ""
	}
	outlet, isOutlet := findOutlet(grams, joined)
	placeName := nameStart <= head && (countryWords[strings.ToLower(name)] != "" || capitals[strings.ToLower(name)] != "")
	if strings.HasPrefix(strings.ToLower(name), "the ") {
		placeName = placeName || countryWords[strings.ToLower(name[4:])] != ""
	}
	switch {
	case isOutlet && (!containsAny(low, govHeads) || containsAny(low, mediaHeads)):
		c.Kind = hearsay.MediaOutlet
		c.Name = outlet
		country = outlets[strings.ToLower(outlet)]
		c.Actor = country + "MED"
	case mediaHeads[hw]:
		c.Kind = hearsay.MediaOutlet
		c.Actor = country + "MED"
		if alias, ok := outletAliases[strings.TrimSpace(joined)]; ok && alias != "" {
			c.Name = alias
		}
	case analystHeads[hw] || containsAny(low[:nameStart], analystHeads):
		c.Kind = hearsay.Analyst
		c.Name = name
	case placeName:
		c.Kind = hearsay.Government
		if country == "" {
			country = capitals[strings.ToLower(name)]
		}
		if country != "" {
			c.Actor = country + "GOV"
		}
	case orgHeads[hw] || containsAny(low, orgHeads) && !containsAny(low, govHeads):
		c.Kind = hearsay.Organization
		c.Actor = country + "NGO"
		c.Name = name
	case personHeads[hw] || nameStart <= head && containsAny(low[:nameStart], personHeads):
		c.Role = roleOf(low, head)
		if nameStart <= head && name != "" && !personHeads[hw] {
			c.Kind = hearsay.NamedOfficial
			c.Name = name
		} else if hw == "officials" && (len(low) == 1 || len(low) == 2 && low[0] == "the") {
			c.Kind = hearsay.Government // "officials", "US officials": the government speaking
		} else if uniqueOffice(low) {
			c.Kind = hearsay.NamedOfficial // "Syria's foreign minister": one known person
		} else {
			c.Kind = hearsay.AnonymousOfficial
		}
		if country != "" {
			c.Actor = country + "GOV"
		}
	case govHeads[hw] || capitals[hw] != "" || containsAny(low, govHeads) && !containsAny(low, personHeads):
		c.Kind = hearsay.Government
		if country == "" {
			country = capitals[hw]
		}
		if country != "" {
			c.Actor = country + "GOV"
		}
	case nameStart <= head && name != "":
		c.Kind = hearsay.NamedOfficial
		c.Name = name
		if country != "" {
			c.Actor = country + "GOV"
		}
	default:
		c.Kind = hearsay.AnonymousOfficial
	}
	return c
}

func containsAny(ws []string, m map[string]bool) bool {
	for _, w := range ws {
		if m[w] {
			return true
		}
	}
	return false
}

func roleOf(low []string, head int) string {
	var r []string
	for i := 0; i <= head && i < len(low); i++ {
		if roleWords[low[i]] || personHeads[low[i]] && low[i] != "he" && low[i] != "she" {
			r = append(r, low[i])
		}
	}
	return strings.Join(r, " ")
}

// findOutlet returns the canonical spelling of an outlet named in joined
// (" word word "), longest name first.
func findOutlet(grams []string, joined string) (string, bool) {
	best := ""
	for _, g := range grams {
		if _, ok := outlets[g]; ok && len(g) > len(best) {
			best = g
		}
	}
	for k, v := range outletAliases {
		if v != "" && strings.Contains(joined, " "+strings.TrimPrefix(k, "the ")+" ") && len(v) > len(best) {
			return v, true
		}
	}
	if best == "" {
		return "", false
	}
	return canonicalOutlet(best), true
}

// ngrams returns the word n-grams of low up to n words, joined by spaces,
// with possessive endings ("’s") taken off the words.
func ngrams(low []string, n int) []string {
	ws := make([]string, 0, len(low))
	for _, w := range low {
		if w == "'s" || w == "’s" {
			continue
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		ws = append(ws, w)
	}
	var out []string
	for i := range ws {
		g := ""
		for k := 0; k < n && i+k < len(ws); k++ {
			if k > 0 {
				g += " "
			}
			g += ws[i+k]
			out = append(out, g)
		}
	}
	return out
}

func canonicalOutlet(k string) string {
	switch k {
	case "afp", "ap", "bbc", "cnn", "sana", "irna", "isna", "npr", "nbc", "abc", "cbs", "msnbc", "dpa", "efe":
		return strings.ToUpper(k)
	}
	ws := strings.Fields(k)
	for i, w := range ws {
		if w == "of" || w == "the" {
			continue
		}
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
		if j := strings.IndexByte(ws[i], '-'); j >= 0 && j+1 < len(ws[i]) {
			ws[i] = ws[i][:j+1] + strings.ToUpper(ws[i][j+1:j+2]) + ws[i][j+2:]
		}
	}
	return strings.Join(ws, " ")
}

// uniqueOffice reports whether words name an office one person holds, with
// its country and no indefinite article: "Syria's foreign minister", "the
// US secretary of state".
func uniqueOffice(low []string) bool {
	if len(low) == 0 || low[0] == "a" || low[0] == "an" || low[0] == "one" {
		return false
	}
	j := " " + strings.Join(low, " ") + " "
	for _, o := range []string{" foreign minister ", " president ", " prime minister ", " supreme leader ", " secretary of state ", " defense minister ", " defence minister ", " press secretary ", " king ", " emir "} {
		if strings.Contains(j, o) && !strings.Contains(j, " officials ") {
			return true
		}
	}
	return false
}

// notNames are capitalised words at the start of a sentence that name no one.
var notNames = set("others", "some", "many", "both", "all", "those", "these", "they", "most", "few", "several", "critics", "officials", "sources", "diplomats", "analysts", "experts",
	"activists", "witnesses", "residents", "protesters", "rebels", "militants", "observers", "monitors", "locals", "doctors", "medics")

// joinHyphens glues words that a tokenizer split at hyphens back together:
// "Al", "-", "Araby" → "Al-Araby".
func joinHyphens(forms []string) []string {
	out := make([]string, 0, len(forms))
	for i := 0; i < len(forms); i++ {
		f := forms[i]
		if (f == "-" || f == "‐") && len(out) > 0 && i+1 < len(forms) && !isPunct(forms[i+1]) && !isPunct(out[len(out)-1]) {
			out[len(out)-1] += "-" + forms[i+1]
			i++
			continue
		}
		out = append(out, f)
	}
	return out
}
