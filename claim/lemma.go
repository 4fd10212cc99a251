package claim

import "strings"

// irregular verb forms met in attribution cues.
var irregular = map[string]string{
	"said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "thought": "think",
	"felt": "feel", "knew": "know", "known": "know", "saw": "see", "seen": "see", "heard": "hear",
	"made": "make", "spoke": "speak", "spoken": "speak", "took": "take", "taken": "take", "gave": "give",
	"given": "give", "began": "begin", "begun": "begin", "meant": "mean", "held": "hold", "found": "find",
	"taught": "teach", "sought": "seek", "brought": "bring", "forgot": "forget", "understood": "understand",
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "has": "have", "had": "have",
	"did": "do", "does": "do", "done": "do", "went": "go", "gone": "go", "got": "get", "ran": "run",
	"left": "leave", "put": "put", "set": "set", "read": "read", "led": "lead", "became": "become",
	"rang": "ring", "swore": "swear", "sworn": "swear", "foresaw": "foresee", "hid": "hide",
	"dismisses": "dismiss", "denies": "deny", "denied": "deny", "replies": "reply", "replied": "reply",
	"cries": "cry", "cried": "cry", "tweeted": "tweet", "rules": "rule", "ruled": "rule",
}

// lemma returns a verb lemma for a lower-cased word form by a table of
// irregular forms and suffix rules. It is only used to group cue forms and
// to name cues; a lemmatised Doc's own lemmas take precedence.
func lemma(f string) string {
	if l, ok := irregular[f]; ok {
		return l
	}
	n := len(f)
	switch {
	case n > 4 && strings.HasSuffix(f, "ied"):
		return f[:n-3] + "y"
	case n > 5 && strings.HasSuffix(f, "ing"):
		b := f[:n-3]
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] && !strings.ContainsRune("lsz", rune(b[len(b)-1])) {
			return b[:len(b)-1]
		}
		if needsE(b) {
			return b + "e"
		}
		return b
	case n > 4 && strings.HasSuffix(f, "ed"):
		b := f[:n-2]
		if len(b) > 2 && b[len(b)-1] == b[len(b)-2] && !strings.ContainsRune("lsz", rune(b[len(b)-1])) {
			return b[:len(b)-1]
		}
		if needsE(b) {
			return b + "e"
		}
		return b
	case n > 4 && (strings.HasSuffix(f, "sses") || strings.HasSuffix(f, "shes") || strings.HasSuffix(f, "ches") || strings.HasSuffix(f, "xes")):
		return f[:n-2]
	case n > 3 && strings.HasSuffix(f, "s") && !strings.HasSuffix(f, "ss") && !strings.HasSuffix(f, "us"):
		return f[:n-1]
	}
	return f
}

// needsE guesses whether a stem lost a final e before -ed/-ing: "announc",
// "argu", "not", "declar".
func needsE(b string) bool {
	if len(b) < 2 {
		return false
	}
	last := b[len(b)-1]
	prev := b[len(b)-2]
	vowel := func(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
	switch {
	case last == 'c' || last == 'v' || last == 'z' || last == 'u':
		return true
	case (last == 's' || last == 'g') && !vowel(prev) && prev != 's' && prev != 'n':
		return true
	case !vowel(last) && vowel(prev) && len(b) >= 3 && !vowel(b[len(b)-3]) && strings.IndexByte("wxy", last) < 0:
		// consonant-vowel-consonant: "not" → "note", "declar" → "declare"; but "warn", "ask" stay
		return strings.IndexByte("tdrmkl", last) >= 0 && len(b) <= 6 && !strings.HasSuffix(b, "er") && !strings.HasSuffix(b, "en")
	}
	return false
}
