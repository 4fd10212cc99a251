package claim

import "hearsay"

// handCue is a cue written by hand, with the stance it lends its content.
type handCue struct {
	stance   hearsay.Stance
	verb     bool   // a verb: a cue on its own
	particle string // "out" of "rule out"
}

// handCues are the stance-bearing cue lemmas.
var handCues = map[string]handCue{
	"say": {hearsay.Asserts, true, ""}, "tell": {hearsay.Asserts, true, ""}, "report": {hearsay.Asserts, true, ""},
	"add": {hearsay.Asserts, true, ""}, "write": {hearsay.Asserts, true, ""}, "announce": {hearsay.Asserts, true, ""},
	"state": {hearsay.Asserts, true, ""}, "insist": {hearsay.Asserts, true, ""}, "claim": {hearsay.Asserts, true, ""},
	"assert": {hearsay.Asserts, true, ""}, "argue": {hearsay.Asserts, true, ""}, "warn": {hearsay.Asserts, true, ""},
	"reveal": {hearsay.Asserts, true, ""}, "disclose": {hearsay.Asserts, true, ""}, "stress": {hearsay.Asserts, true, ""},
	"explain": {hearsay.Asserts, true, ""}, "declare": {hearsay.Asserts, true, ""}, "note": {hearsay.Asserts, true, ""},
	"indicate": {hearsay.Asserts, true, ""}, "signal": {hearsay.Asserts, true, ""}, "maintain": {hearsay.Asserts, true, ""},
	"quote": {hearsay.Asserts, true, ""}, "according to": {hearsay.Asserts, false, ""}, "cite": {hearsay.Asserts, false, ""},
	"deny": {hearsay.Denies, true, ""}, "reject": {hearsay.Denies, true, ""}, "dismiss": {hearsay.Denies, true, ""},
	"rule": {hearsay.Denies, true, "out"}, "refute": {hearsay.Denies, true, ""}, "rebuff": {hearsay.Denies, true, ""},
	"dispute": {hearsay.Denies, true, ""}, "contradict": {hearsay.Denies, true, ""}, "rebut": {hearsay.Denies, true, ""},
	"push":    {hearsay.Denies, true, "back"},
	"confirm": {hearsay.Asserts, true, ""}, "acknowledge": {hearsay.Asserts, true, ""}, "admit": {hearsay.Asserts, true, ""},
	"question": {hearsay.Questions, true, ""}, "doubt": {hearsay.Questions, true, ""}, "wonder": {hearsay.Questions, true, ""},
	"suggest": {hearsay.Hedges, true, ""}, "speculate": {hearsay.Hedges, true, ""}, "believe": {hearsay.Hedges, true, ""},
	"call": {hearsay.Asserts, true, ""}, "reiterate": {hearsay.Asserts, true, ""}, "emphasize": {hearsay.Asserts, true, ""},
	"emphasise": {hearsay.Asserts, true, ""}, "allege": {hearsay.Asserts, true, ""}, "contend": {hearsay.Asserts, true, ""},
	"tweet": {hearsay.Asserts, true, ""}, "testify": {hearsay.Asserts, true, ""}, "concede": {hearsay.Asserts, true, ""},
	"express": {hearsay.Asserts, true, ""},
	"vow":     {hearsay.Intends, true, ""}, "pledge": {hearsay.Intends, true, ""}, "promise": {hearsay.Intends, true, ""},
	"threaten": {hearsay.Intends, true, ""}, "predict": {hearsay.Hedges, true, ""},
}
