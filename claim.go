package hearsay

// Stance is a claimant's position toward the content of a claim.
type Stance string

// Stances a claim can take.
const (
	Asserts        Stance = "asserts"
	Denies         Stance = "denies"
	Hedges         Stance = "hedges" // "reportedly", "may", "is said to"
	ConfirmsPartly Stance = "confirms_partly"
	Intends        Stance = "future"       // future or intended
	Conditional    Stance = "hypothetical" // hypothetical or conditional
	Questions      Stance = "questions"
)

// ClaimantKind says what kind of source stands behind a claim.
type ClaimantKind string

// Kinds of claimant.
const (
	NamedOfficial     ClaimantKind = "named_official"     // a named person, with role and affiliation
	AnonymousOfficial ClaimantKind = "anonymous_official" // an unnamed person ("a senior US official")
	Government        ClaimantKind = "government"         // a government body ("the State Department", "Washington")
	Organization      ClaimantKind = "organization"       // a non-government organisation
	MediaOutlet       ClaimantKind = "media_outlet"       // "Al-Araby reported"
	Analyst           ClaimantKind = "analyst"            // analyst, expert or author
	ArticleItself     ClaimantKind = "article"            // nothing attributes the statement
)

// Claimant is who a claim is attributed to.
type Claimant struct {
	Span  Span         `json:"span"`
	Kind  ClaimantKind `json:"kind"`
	Actor string       `json:"actor,omitempty"` // actor code when resolved, e.g. "USAGOV"
	Name  string       `json:"name,omitempty"`  // person's name when named
	Role  string       `json:"role,omitempty"`  // "spokesman", "foreign minister"
}

// Claim is one attributed statement: who says what, with which stance, via whom.
type Claim struct {
	ID        int64    `json:"id,omitempty"`
	ArticleID int64    `json:"article_id,omitempty"`
	EventIDs  []int64  `json:"event_ids,omitempty"` // events the content codes to, once stored
	Events    []int    `json:"events,omitempty"`    // indexes into the analysis' events before storing
	Sentence  int      `json:"sentence"`
	Claimant  Claimant `json:"claimant"`
	Cue       Span     `json:"cue"`
	Content   Span     `json:"content"`
	Stance    Stance   `json:"stance"`
	Direct    bool     `json:"direct,omitempty"`       // a direct quote
	Via       []string `json:"via,omitempty"`          // provenance chain after the claimant, nearest first: ["Reuters", "Financial Tribune"]
	Denies    int      `json:"denies_claim,omitempty"` // 1-based index of the claim in the same article this one denies; 0 if none
}
