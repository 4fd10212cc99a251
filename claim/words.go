package claim

import "strings"

// Word lists used by the attribution scanner. All lower case.

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// clauseBoundary words end a source noun phrase scanned leftwards from a cue.
var clauseBoundary = set("that", "which", "who", "whom", "whose", "and", "but", "or", "while", "when", "after",
	"before", "because", "as", "if", "since", "although", "though", "where", "whether", "than", "so", "yet",
	"nor", "once", "until", "unless", "despite", "even", "what", "how", "why", "then", "also", "has", "have", "had",
	"is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "may", "might", "should",
	"must", "do", "does", "did", "to", "into", "at", "from", "with", "without", "about", "for", "by", "over", "under", "between",
	"against", "during", "through", "about", "like", "unlike", "in", "on", "not", "n't", "never")

// preCue words may stand between a subject and its cue verb: "X also said",
// "X has repeatedly denied", "X on Tuesday ruled out".
var preCue = set("also", "has", "have", "had", "was", "were", "is", "are", "would", "will", "later", "again",
	"then", "previously", "once", "still", "already", "both", "all", "had", "reportedly", "allegedly", "did",
	"does", "do", "not", "n't", "never", "himself", "herself", "themselves", "itself", "too", "first", "now",
	"today", "yesterday", "tonight", "earlier", "swiftly", "quickly", "publicly", "privately", "flatly",
	"repeatedly", "separately", "initially", "officially", "immediately", "subsequently", "further", "even",
	"just", "recently", "personally", "openly", "explicitly", "firmly", "strongly", "categorically", "since",
	// modals and aspect verbs of the verb group: "officials can keep saying"
	"can", "could", "might", "should", "must", "keep", "keeps", "kept")

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend")
var months = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.")

// recipientVerbs take the hearer as object before the content: "told
// Reuters that ...".
var recipientVerbs = set("tell", "inform", "assure", "warn", "remind", "brief", "notify", "advise", "urge", "ask", "promise", "convince", "persuade")

// hearerWords start a hearer noun phrase after a recipient verb.
var hearerWords = set("reporters", "journalists", "him", "her", "them", "us", "me", "you", "the", "a", "an", "his",
	"their", "its", "our", "my", "your", "supporters", "lawmakers", "congress", "parliament", "crowd", "audience",
	"members", "state", "iranian", "syrian", "american", "local", "western", "foreign")

// contentStops end content scanned rightwards: another attribution follows.
var determiners = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
	"my", "your", "some", "any", "another", "one", "two", "three", "several", "many", "other", "both", "each")

var pronounSources = set("he", "she", "they", "i", "we", "you", "it", "who")

// cueStop never trigger a cue by themselves, whatever the training counts.
var cueStop = set("to", "of", "in", "for", "on", "the", "a", "an", "that", "be", "is", "was", "has", "have", "had",
	"not", "n't", "do", "did", "does", "also", "as", "by", "with", "at", "it", "this", "their", "his", "her",
	"about", "from", "been", "are", "were", "will", "would", "can", "could", "may", "might", "should", "must",
	"and", "or", "but", "so", "out", "up", "he", "she", "they", "we", "i", "you", "what", "there", "than", "more",
	"no", "all", "like", "its", "them", "him", "me", "us", "our", "if", "when", "how", "why", "who", "which",
	"into", "over", "just", "even", "still", "being", "statement", "interview", "press", "conference", "twitter",
	"tweet", "post", "speech", "email", "letter", "rally", "debate", "news", "show", "radio", "television")

// occasionNouns name the occasion of a statement; a name after one starts
// the subject: "In a Bloomberg interview Trump said".
var occasionNouns = set("interview", "statement", "speech", "debate", "tweet", "post", "op-ed", "letter",
	"appearance", "rally", "conference", "briefing", "email", "message", "remarks", "video", "hearing", "broadcast", "event", "call",
	"claim", "report", "reports", "account", "allegation", "allegations", "suggestion", "suggestions")

var subordinators = set("even", "as", "while", "although", "though", "after", "before", "when", "because", "despite", "since", "if", "unless", "until", "whereas")

// ambiguousCue are cue forms that are more often nouns: "the claim", "a
// report", "in question".
var ambiguousCue = set("claim", "claims", "report", "reports", "question", "questions", "doubt", "doubts",
	"call", "calls", "note", "notes", "state", "states", "dispute", "disputes", "tweet", "tweets", "quote",
	"quotes", "promise", "promises", "pledge", "pledges", "threat", "vow", "vows", "warning", "denial", "push")

// falseWords give a verdict of falsity on a report or claim ("the report is
// baseless", "news items ..., which claimed ..., were inaccurate"). The
// claim stage reads them as a denial; the story stage reads them as denying
// every event the content holds (see CallsFalse).
var falseWords = set("false", "baseless", "untrue", "groundless", "fabricated", "fabrication", "unfounded",
	"nonsense", "lies", "incorrect", "inaccurate")

// denialWords deny by themselves: a verdict of falsity, or a noun naming a denial.
var denialWords = union(falseWords, set("rebuttal", "denial"))

func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

// negates reports whether w is "not", "never" or a contraction with n't.
func negates(w string) bool {
	return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// CallsFalse reports whether text gives a verdict of falsity ("false",
// "baseless", "untrue", "not true", ...) on what it holds: one word of the
// list the claim stage reads denials of reports by, or "true" right after a
// negation.
func CallsFalse(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’')
	})
	for i, w := range words {
		if falseWords[w] || w == "true" && i > 0 && negates(words[i-1]) {
			return true
		}
	}
	return false
}
