package story

import (
	"slices"
	"strings"
)

// A family groups CAMEO codes that make the same proposition, so that "the US
// provides Damascus with information on IS sites", "Washington passes IS
// locations via Baghdad" and "we won't be sharing intelligence" are claims
// about one thing. The table below is ours; codes not in it fall back to
// their CAMEO root.
type family struct {
	Name      string // short name used in keys and output
	Label     string // for people
	Symmetric bool   // the actor pair is unordered (cooperation between A and B)
	Negates   bool   // an event of this code says the family's event did not or will not happen
	// AnyTarget: the proposition is the source's, whoever the event names
	// as partner ("Syria offers to cooperate" with Washington, London or
	// the international effort is one offer).
	AnyTarget bool
	// Made: the event is made when it is told of, even when what it is
	// about lies ahead or is conditional (an offer, an appeal): a future or
	// hypothetical one still stands on the asserting side.
	Made bool
}

// The families more than one code prefix shares.
var (
	cooperation = family{Name: "cooperation", Label: "cooperates (militarily or on intelligence) with", Symmetric: true}
	refusal     = family{Name: "cooperation", Label: cooperation.Label, Symmetric: true, Negates: true}
	intent      = family{Name: "intent", Label: "offers to cooperate with", AnyTarget: true, Made: true}
)

// families maps CAMEO code prefixes to families; the longest prefix wins.
var families = map[string]family{
	// Cooperation, military or on intelligence, and refusals of it. The
	// issue's example groups "providing Damascus with information",
	// "passing IS locations via Baghdad" and "coordination with the Assad
	// regime" as one proposition; "ruled out any coordination" is coded
	// 12, reject, and coordination itself often 050, diplomatic cooperation.
	"06":  cooperation,
	"050": cooperation,
	// Aid that is not economic, humanitarian, peacekeeping or asylum:
	// "helping the Syrian government target Islamic State positions" (070),
	// military aid (072).
	"070":  cooperation,
	"072":  cooperation,
	"121":  refusal,
	"1211": refusal,
	"1212": refusal,
	// Contact, consultation and notification ("informed Iran in advance").
	"04": {Name: "contact", Label: "consults or informs"},
	// Appeals, for cooperation or anything else ("asked Iran to cooperate").
	"02": {Name: "appeal", Label: "appeals to", Made: true},
	// Expressed intent to cooperate ("Syria stands ready to join efforts").
	"03":  intent,
	"030": intent,
}

// mentionWords are words that name a family's event without its actors
// ("the coordination is already under way", "there were no plans to work
// with a government", "Syria was notified"): a claim whose content names
// one and codes no event is about the article's event of that family.
var mentionWords = map[string]string{
	"coordination": "cooperation", "coordinate": "cooperation", "coordinating": "cooperation", "coordinated": "cooperation",
	"cooperation": "cooperation", "cooperate": "cooperation", "cooperating": "cooperation", "cooperated": "cooperation",
	"collaboration": "cooperation", "collaborate": "cooperation", "collaborating": "cooperation",
	"partnership": "cooperation", "alliance": "cooperation", "intelligence": "cooperation", "intelligence-sharing": "cooperation",
	"notification": "contact", "notified": "contact", "communication": "contact", "message": "contact", "notify": "contact", "informed": "contact", "warning": "contact",
	"contact": "contact", "contacts": "contact", "consultation": "contact", "consultations": "contact",
	"request": "appeal", "requests": "appeal", "overture": "appeal", "approach": "appeal", "appeal": "appeal",
	"offer": "intent", "offered": "intent", "willingness": "intent", "pitch": "intent", "proposal": "intent",
}

// mentionedFamily returns the family a text names by one of mentionWords;
// "work(ing) with", "work(ing) together" and a common, joint, shared or
// concerted effort or campaign name cooperation; so do a working
// arrangement or relationship, and information said to flow, pass or be
// shared or exchanged. When the text names more than one, the one it is
// about wins (see aboutMention).
func mentionedFamily(text string) string {
	words := splitWords(text)
	var at []int
	var fams []string
	for i := range words {
		if f := familyAt(words, i); f != "" {
			at, fams = append(at, i), append(fams, f)
		}
	}
	if len(fams) == 0 {
		return ""
	}
	return fams[aboutMention(text, words, at)]
}

// aboutMention picks, of the mentions at word indexes at, the one a text is
// about: the first after the last negation that governs one (at most five
// words after it, with no clause opening between: "notification was not the
// same as coordination" is about coordination); else the first
// outside a leading concessive clause ("Whatever quiet contacts exist in
// Iraq, turning them into a public alliance would carry a political cost"
// is about the alliance); else the first.
func aboutMention(text string, words []string, at []int) int {
	for n := len(words) - 1; n >= 0; n-- {
		if !negation(words[n]) || n+1 < len(words) && idiomAfterNegation[words[n+1]] {
			continue
		}
		for k, i := range at {
			if i > n && i-n <= 5 && !slices.ContainsFunc(words[n+1:i], clauseOpener) {
				return k
			}
		}
	}
	if len(words) > 0 && concessive[words[0]] {
		// the words before the clause's comma
		lead := text
		if c := strings.IndexByte(lead, ','); c >= 0 {
			lead = lead[:c]
		}
		n := len(splitWords(lead))
		for k, i := range at {
			if i >= n {
				return k
			}
		}
	}
	return 0
}

// concessive words open a clause that grants something before the main
// clause says what the sentence is about.
var concessive = map[string]bool{"whatever": true, "although": true, "though": true, "whichever": true}

// splitWords lower-cases text and splits it into words (letters, hyphens
// and apostrophes).
func splitWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '-' || r == '\'' || r == '’')
	})
}

// idiomAfterNegation are words after which a negation negates nothing that
// follows: "left no doubt that any partnership ...", "not only", "no secret".
var idiomAfterNegation = map[string]bool{"doubt": true, "question": true, "only": true, "secret": true, "wonder": true, "surprise": true}

// clauseOpener reports whether a word opens a new clause, beyond a
// negation's reach ("not under way, though Syria was notified").
func clauseOpener(w string) bool {
	switch w {
	case "though", "although", "but", "while", "whereas", "because", "since", "and", "when", "after", "before":
		return true
	}
	return false
}

// negation reports whether a word negates what follows it.
func negation(w string) bool {
	switch w {
	case "not", "no", "never", "nor", "neither", "without":
		return true
	}
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// familyAt returns the family words[i] names, with the words after it: one
// of mentionWords, "work(ing) with", information moving, a working
// arrangement, a common effort; "" when none.
func familyAt(words []string, i int) string {
	w := words[i]
	if f, ok := mentionWords[w]; ok {
		return f
	}
	if strings.HasPrefix(w, "work") && i+1 < len(words) && (words[i+1] == "with" || words[i+1] == "together") {
		return "cooperation"
	}
	if (w == "information" || w == "intelligence") && movesNear(words, i) {
		return "cooperation" // "an indirect flow of information", "information may be passing between them"
	}
	if w == "working" && i+1 < len(words) && (words[i+1] == "arrangement" || words[i+1] == "relationship" || words[i+1] == "relations") {
		return "cooperation" // "a working arrangement that neither side can afford to name"
	}
	if (w == "common" || w == "joint" || w == "shared" || w == "concerted" || w == "coordinated") && i+1 < len(words) &&
		(words[i+1] == "effort" || words[i+1] == "efforts" || words[i+1] == "operations" || words[i+1] == "campaign") {
		return "cooperation" // "amounted to a common effort"
	}
	return ""
}

// movesNear reports whether a word up to three before or four after words[i] says that
// something flows between parties: flow, pass, share, exchange, swap, relay.
func movesNear(words []string, i int) bool {
	for k := max(0, i-3); k < len(words) && k <= i+4; k++ {
		if k == i {
			continue
		}
		for _, stem := range []string{"flow", "pass", "shar", "exchang", "swap", "relay", "channel", "funnel"} {
			if strings.HasPrefix(words[k], stem) {
				return true
			}
		}
	}
	return false
}

// rootLabels are the CAMEO root event labels (facts of the CAMEO codebook).
var rootLabels = map[string]string{
	"01": "makes a statement to", "02": "appeals to", "03": "offers to cooperate with",
	"04": "consults", "05": "cooperates diplomatically with", "06": "cooperates materially with",
	"07": "provides aid to", "08": "yields to", "09": "investigates", "10": "makes demands of",
	"11": "disapproves of", "12": "rejects", "13": "threatens", "14": "protests against",
	"15": "shows force against", "16": "reduces relations with", "17": "coerces",
	"18": "assaults", "19": "fights", "20": "uses mass violence against",
}

// familyCode returns the code that stands for code's family itself: a
// rejection of cooperation (121x) is about cooperation (06).
func familyCode(code string) string {
	if f := familyOf(code); f.Negates {
		for c, g := range families {
			if g.Name == f.Name && !g.Negates && len(c) == 2 {
				return c
			}
		}
	}
	return code
}

// familyOf returns the family of a CAMEO code.
func familyOf(code string) family {
	for n := len(code); n >= 2; n-- {
		if f, ok := families[code[:n]]; ok {
			return f
		}
	}
	if len(code) < 2 {
		return family{Name: "unknown", Label: "acts on"}
	}
	root := code[:2]
	label := rootLabels[root]
	if label == "" {
		label = "acts on"
	}
	return family{Name: "cameo" + root, Label: label}
}

// rootOf returns the two-digit CAMEO root of a code.
func rootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// pairKey is the actor pair of a family in canonical order.
func pairKey(f family, src, tgt string) (string, string) {
	if f.AnyTarget {
		return src, ""
	}
	if f.Symmetric && tgt < src {
		return tgt, src
	}
	return src, tgt
}

// normName lowercases a claimant or outlet name and strips articles,
// possessives and punctuation so "the BBC", "BBC" and "BBC's" are one name.
func normName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "’s")
	for _, p := range []string{"the ", "a ", "an "} {
		s = strings.TrimPrefix(s, p)
	}
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r > 127:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}
