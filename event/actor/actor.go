// Package actor holds hearsay's knowledge of who and where for event coding:
// countries and territories, government institutions, people with dated
// roles, international and non-governmental organisations, media, non-state
// armed groups, agent role nouns ("troops", "officials") and a gazetteer of
// places.
//
// A Table answers, for a token position in a sentence, the longest known
// name starting there (Match) and the longest known place name (Place).
// Builtin returns our own embedded knowledge (the files under data/, whose
// format is described in FORMAT.md); LoadPetrarch reads PETRARCH-2 actor
// and agent dictionaries.
package actor

import "strconv"

// Kind is the kind of a matched entry.
type Kind int

// The kinds of entries a Table holds.
const (
	Country      Kind = iota + 1 // a country or territory, its names, adjectives, demonyms and capital (as metonym)
	Person                       // a named person whose code depends on the date (roles)
	Institution                  // a named government body: White House, Kremlin, Knesset, CIA
	Organization                 // an IGO, NGO, company or media outlet
	Group                        // a non-state armed group
	Agent                        // a role noun: troops, officials, police, rebels
	Location                     // a place name (Table.Place; named Location because Place is the gazetteer type)
)

var kindNames = [...]string{"", "Country", "Person", "Institution", "Organization", "Group", "Agent", "Location"}

// String returns the kind's name ("Country", "Person", ...).
func (k Kind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Match is one dictionary match over a token sequence.
type Match struct {
	Len     int    // number of tokens matched
	Kind    Kind   // kind of the entry
	Code    string // full CAMEO-style actor code, e.g. "USAGOV", "SYR", "IMGMUSISI", "IGOUNO"; for an Agent the agent code alone, e.g. "MIL"
	Country string // ISO alpha-3 (CAMEO country code) when the entry belongs to a country
	Sector  string // primary sector code: GOV, MIL, REB, OPP, COP, MED, ...
	Name    string // canonical name of the entry ("Barack Obama", "Syria", "Islamic State")
	Role    string // for people: "president", "foreign minister", "spokesman" (valid at the date asked)

	// Metonym is set when a country's capital stands for its government
	// ("Damascus warned"): Code is then the country code plus GOV.
	Metonym bool
	// AgentFirst is set for an Agent whose code goes before the actor's
	// code rather than after it (PETRARCH's "[NGO~]" form).
	AgentFirst bool
}

// Place is a gazetteer entry: a country, capital, city or region.
type Place struct {
	Name    string  // canonical name ("Deir ez-Zor")
	Country string  // CAMEO code of the country it lies in (ISO alpha-3), or of the region for regions.tsv entries
	Lat     float64 // latitude in degrees, approximate (2 decimals)
	Lon     float64 // longitude in degrees, approximate (2 decimals)
	Kind    string  // "country", "capital", "city" or "region"
}
