// Package event codes events — who did what to whom, when and where — from
// hearsay's dependency parse into CAMEO codes with Goldstein scores and
// QuadClass, and PLOVER types and modes.
//
// A Coder walks each sentence of an nlp.Doc: it finds actor mentions with
// an actor table (countries, people with dated roles, institutions, groups,
// agents), finds triggers with a verbs.Dictionary (verbs, particle verbs,
// nominal events, light-verb constructions), reads each trigger's source
// and target from the parse (subjects, passive agents, objects, obliques,
// controllers of xcomp, coordination, appositions, pronouns), combines
// events that govern events ("ruled out cooperating" is 121), and marks
// each event asserted, negated, future or hypothetical. Every event keeps
// its spans, byte offsets and the dictionary rule that fired.
package event

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"hearsay"
	"hearsay/event/actor"
	"hearsay/event/verbs"
	"hearsay/nlp"
)

// Actors is what the coder needs from an actor table; *actor.Table
// implements it.
type Actors interface {
	Match(words []string, i int, date time.Time) (actor.Match, bool)
	Place(words []string, i int) (actor.Place, int, bool)
}

// Coder codes events. It is safe for concurrent use.
type Coder struct {
	actors Actors
	dict   *verbs.Dictionary
	// Discard, when set, reports sentences that must not be coded (PETRARCH
	// discard lists: sports, history).
	Discard func(sentence string) bool
}

// New returns a coder over an actor table and a dictionary. Nil arguments
// take the built-in ones.
func New(actors *actor.Table, dict *verbs.Dictionary) *Coder {
	if actors == nil {
		actors = actor.Builtin()
	}
	return NewWith(actors, dict)
}

// NewWith returns a coder over any actor source (a test's fake, say).
func NewWith(actors Actors, dict *verbs.Dictionary) *Coder {
	if dict == nil {
		dict = verbs.Builtin()
	}
	return &Coder{actors: actors, dict: dict}
}

// Dictionary returns the coder's verb dictionary.
func (c *Coder) Dictionary() *verbs.Dictionary { return c.dict }

// Code returns the events of d, in sentence and trigger order. published
// is the article's date (zero when unknown); it dates people's roles and
// resolves relative dates.
func (c *Coder) Code(d *nlp.Doc, published time.Time) []hearsay.Event {
	d = repairParse(d)
	s := &state{c: c, d: d, published: published, lastDoer: map[string]ref{}, lastTarget: map[string]ref{}}
	s.prepare()
	var out []hearsay.Event
	for si := range d.Sentences {
		if c.Discard != nil && c.Discard(d.SentenceText(si)) {
			continue
		}
		out = append(out, s.sentence(si)...)
	}
	return out
}

// mention is one actor found in the text, over tokens [start, end).
type mention struct {
	start, end int
	head       int
	m          actor.Match
	code       string // merged code (country + agent)
	country    string
	sector     string
	agent      *actor.Match // the agent merged into the name, if any
	shared     bool         // the agent is the next conjunct's ("French and Egyptian warships")
}

// state is the coder's work on one Doc.
type state struct {
	c         *Coder
	d         *nlp.Doc
	published time.Time
	words     []string
	lower     []string
	alts      [][]string // lemma, form and stems: dictionary keys to try
	children  [][]int
	mentions  []mention
	tokMent   []int // token -> mention index or -1
	consumed  []bool
	// askedBy holds, for an appeal noun a verb reacts to ("vetoed an
	// American request"), the reacting verb's subjects: the party asked.
	askedBy map[int][]ref
	guard   int // depth of nested argument searches
	// lastDoer is, per CAMEO root, the source of the last event coded:
	// "denounced the raids" names the raids' doer by it.
	lastDoer map[string]ref
	// lastTarget is, per CAMEO root, the target of the last event coded.
	lastTarget map[string]ref
	// lastAct is the last act of force or coercion told of with a target
	// (roots 14–20), coded or not: what "took part" joins.
	lastAct struct {
		code   string
		target ref
	}
	// history holds the dyadic events coded so far, in order: the teller
	// of an agentless "Syria was notified" is found among them.
	history []dyad
	// phrases caches phrase(v) by token: the parse does not change while
	// a document is coded, and dictionary conditions ask for the same
	// phrases many times.
	phrases map[int][]int
}

// dyad is one coded event's source, target and code.
type dyad struct {
	src, tgt ref
	code     string
}

func (s *state) prepare() {
	n := len(s.d.Tokens)
	s.words = make([]string, n)
	s.lower = make([]string, n)
	s.alts = make([][]string, n)
	s.children = make([][]int, n)
	s.tokMent = make([]int, n)
	s.consumed = make([]bool, n)
	s.askedBy = map[int][]ref{}
	for i, t := range s.d.Tokens {
		s.words[i] = t.Form
		l := t.Lemma
		if l == "" || l == "_" {
			l = t.Form
		}
		s.lower[i] = strings.ToLower(l)
		s.alts[i] = stems(s.lower[i], strings.ToLower(t.Form))
		s.tokMent[i] = -1
		if t.Head >= 0 && t.Head < n && t.Head != i {
			s.children[t.Head] = append(s.children[t.Head], i)
		}
	}
	for si := range s.d.Sentences {
		s.findMentions(si)
	}
}

// findMentions scans sentence si for actor names and merges a country or
// organisation with the agent noun after it ("Syrian warplanes" → SYRMIL).
func (s *state) findMentions(si int) {
	sent := s.d.Sentences[si]
	// Words are matched without the underscores that join a name's
	// words in some texts, which the tokenizer splits off ("the Prince
	// of Dol_Amroth" is "PRINCE OF DOL AMROTH"); at[k] is the token of
	// words[k].
	var words []string
	var at []int
	for t := sent.Start; t < sent.End; t++ {
		if s.words[t] == "_" && t > sent.Start && t+1 < sent.End {
			continue
		}
		words, at = append(words, s.words[t]), append(at, t)
	}
	var ms []mention
	for i := 0; i < len(words); {
		m, ok := s.c.actors.Match(words, i, s.published)
		if !ok || m.Len <= 0 {
			i++
			continue
		}
		n := min(m.Len, len(words)-i)
		start, end := at[i], at[i+n-1]+1
		m.Len = end - start
		i += n
		if m.Kind == actor.Location || s.reportingAgency(m, start, end, sent.Start, sent.End) || s.facilityName(end, sent.End) {
			continue
		}
		if m.Metonym {
			// a capital's name that here names a city of another
			// country the sentence names ("militias in Tripoli ...
			// the north Lebanese port"): a place, not a government
			if p, pn, ok := s.c.actors.Place(words, i-n); ok && pn == n && p.Country != "" && p.Country != m.Country {
				continue
			}
		}
		ms = append(ms, mention{start: start, end: end, m: m, code: m.Code, country: m.Country, sector: m.Sector})
	}
	// Merge an actor followed by agents in the same noun phrase.
	var merged []mention
	for _, m := range ms {
		if k := len(merged) - 1; k >= 0 && m.m.Kind == actor.Agent && s.sameNP(merged[k], m) && s.allyOf(merged[k].end, sent.End) {
			// "Israel's militia ally": the militia, not Israel's
			merged[k] = m
			continue
		}
		if k := len(merged) - 1; k >= 0 && m.m.Kind == actor.Agent && s.sameNP(merged[k], m) {
			p := &merged[k]
			if p.m.Kind == actor.Agent && p.country == "" {
				// two bare agents: "rebel leaders", "government forces"
				p.code = joinAgent(p.code, m.m)
			} else {
				p.code = joinAgent(p.code, m.m)
			}
			p.sector = m.m.Code
			p.end = m.end
			p.agent = &m.m
			continue
		}
		if k := len(merged) - 1; k >= 0 && s.titleOf(merged[k], m) {
			// "Bree Prime Minister Romendacil": a name after its
			// holder's title is the titled actor (PETRARCH's reading)
			merged[k].end = m.end
			continue
		}
		merged = append(merged, m)
	}
	// "French and Egyptian warships", "Western and Arab governments": a
	// nation's adjective coordinated with another that an agent follows
	// shares that agent.
	for k := len(merged) - 2; k >= 0; k-- {
		a, b := &merged[k], merged[k+1]
		if b.agent == nil || a.agent != nil || a.m.Kind != actor.Country && a.m.Kind != actor.Organization && a.m.Kind != actor.Group || a.sector != "" {
			continue
		}
		if s.tok(a.end-1).UPOS != "ADJ" || s.tok(b.start).UPOS != "ADJ" || !s.onlyCoordination(a.end, b.start) {
			continue
		}
		a.code = joinAgent(a.code, *b.agent)
		a.sector, a.agent, a.shared = b.sector, b.agent, true
	}
	for _, m := range merged {
		if m.m.Kind != actor.Agent && s.allyOf(m.end, sent.End) {
			continue // "Assad's allies" are not Assad
		}
		m.head = s.headOf(m.start, m.end)
		if m.m.Kind == actor.Agent {
			m.sector = m.m.Code
			m.code = m.m.Code
		}
		idx := len(s.mentions)
		s.mentions = append(s.mentions, m)
		for t := m.start; t < m.end; t++ {
			s.tokMent[t] = idx
		}
	}
}

// onlyCoordination reports whether the tokens from i up to j are nothing
// but commas and coordinating conjunctions, at least one of them.
func (s *state) onlyCoordination(i, j int) bool {
	if i >= j {
		return false
	}
	for t := i; t < j; t++ {
		if l := s.lower[t]; l != "and" && l != "or" && l != "," {
			return false
		}
	}
	return true
}

// facilityWords head the names of structures that may begin with a
// country's or region's name ("the Europe Bridge", "Syria Street").
var facilityWords = map[string]bool{
	"bridge": true, "street": true, "road": true, "avenue": true, "boulevard": true,
	"square": true, "highway": true, "airport": true, "stadium": true, "hotel": true,
	"tower": true, "station": true, "park": true, "mall": true,
}

// facilityName reports whether the capitalised word at end (right after a
// matched name) makes the name part of a structure's name: "the Europe
// Bridge" is no actor Europe.
func (s *state) facilityName(end, sentEnd int) bool {
	if end >= sentEnd || !facilityWords[s.lower[end]] {
		return false
	}
	w := s.words[end]
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// allyWords name a party by its alliance with another.
var allyWords = map[string]bool{
	"ally": true, "allies": true, "proxy": true, "proxies": true, "partner": true, "partners": true, "client": true,
}

// allyOf reports whether the name ending before token end is the possessor
// of an ally ("Israel's militia ally", "Assad's most important foreign
// ally"): the ally is another party.
func (s *state) allyOf(end, sentEnd int) bool {
	if end >= sentEnd || s.tok(end).UPOS != "PART" || s.lower[end] != "'s" && s.lower[end] != "'" {
		return false
	}
	for k := end + 1; k < sentEnd && k <= end+4; k++ {
		if allyWords[s.lower[k]] {
			return true
		}
		if u := s.tok(k).UPOS; u != "NOUN" && u != "ADJ" && u != "ADV" {
			return false
		}
	}
	return false
}

// titleOf reports whether, with a PETRARCH dictionary, mention m names
// the holder of the title that mention p ends with: p is an actor with a
// role ("Bree Prime Minister", BREGOV) and m right after it an actor of
// the same owner ("Romendacil", BRE).
func (s *state) titleOf(p, m mention) bool {
	if s.c.dict.HasNouns() || m.m.Kind == actor.Agent || p.end != m.start || p.m.Kind == actor.Agent {
		return false
	}
	if p.sector == "" || len(p.code) <= len(p.sector) || !strings.HasSuffix(p.code, p.sector) {
		return false
	}
	return m.code != "" && strings.TrimSuffix(p.code, p.sector) == m.code
}

// reportingAgency reports whether media match m at tokens [a, b) of the
// sentence [start, end) is the outlet a story is told to or credited to,
// which is never a party to the events it reports: "told Reuters",
// "according to AFP", the dateline "(Reuters) -".
func (s *state) reportingAgency(m actor.Match, a, b, start, end int) bool {
	if m.Kind == actor.Agent || !strings.HasSuffix(m.Code, "MED") {
		return false
	}
	if a > start && (s.lower[a-1] == "tell" || strings.EqualFold(s.words[a-1], "told")) {
		return true
	}
	if a-2 >= start && s.lower[a-2] == "according" && s.lower[a-1] == "to" {
		return true
	}
	return a > start && s.words[a-1] == "(" && b < end && s.words[b] == ")"
}

// joinAgent adds an agent's code to an actor code, CAMEO style: "SYR" and
// "MIL" make "SYRMIL"; a code already holding the agent keeps it once.
func joinAgent(base string, agent actor.Match) string {
	for i := 0; i+3 <= len(base); i += 3 {
		if base[i:i+3] == agent.Code {
			return base // "government officials": GOV once
		}
	}
	if agent.AgentFirst {
		return agent.Code + base
	}
	return base + agent.Code
}

// sameNP reports whether mention b follows a within one noun phrase.
func (s *state) sameNP(a, b mention) bool {
	if a.m.Kind != actor.Agent && !faiths[a.country] && (b.start == a.end+2 && s.words[a.end] == "-" && strings.EqualFold(s.words[a.end+1], "led") || b.start == a.end && strings.HasSuffix(strings.ToLower(s.words[a.end-1]), "-led")) {
		// "Vietnamese-led forces", however the parse hung "led": the
		// forces are of who leads them (a faith leading is no country:
		// "the Shiite-led government in Baghdad")
		return true
	}
	if b.start != a.end && !(b.start == a.end+1 && (s.words[a.end] == "'s" || s.words[a.end] == "’s" || s.lower[a.end] == "-")) {
		// a word or two between, all inside the phrase: "British Defence
		// Secretary", "Afghan rebel leaders"
		if b.start > a.end+2 {
			return false
		}
		if a.country != "" && a.m.Kind != actor.Agent && rankWords(s.lower[a.end:b.start]) {
			// "Nigerian junior foreign minister", "Syrian deputy
			// foreign minister": a rank between, however it is parsed
			return true
		}
		for g := a.end; g < b.start; g++ {
			if u := s.tok(g).UPOS; s.d.Tokens[g].Head < b.start || u == "PUNCT" || u == "VERB" || u == "CCONJ" || u == "ADP" {
				return false
			}
		}
	}
	// a's head should hang (directly or not) below b's tokens, or both
	// modify the same word ("Bree President Romendacil").
	ha := s.headOf(a.start, a.end)
	if p := s.d.Tokens[ha].Head; p >= b.start {
		// a modifies a word at or after b: "British Foreign Secretary
		// Jack Straw", "Bree President Romendacil"
		return true
	}
	h := ha
	for steps := 0; h >= 0 && steps < 4; steps++ {
		if h >= b.start && h < b.end {
			return true
		}
		h = s.d.Tokens[h].Head
	}
	// No parse to tell (or a flat parse): adjacency is enough.
	return s.d.Tokens[a.start].Head == -1 && s.d.Tokens[b.start].Head == -1
}

// ranks are the words that grade a title without leaving its phrase.
var ranks = map[string]bool{"junior": true, "deputy": true, "senior": true, "top": true, "acting": true, "chief": true, "assistant": true, "vice": true, "former": false}

// rankWords reports whether ws are all rank words.
func rankWords(ws []string) bool {
	for _, w := range ws {
		if !ranks[w] {
			return false
		}
	}
	return len(ws) > 0
}

// headOf returns the token of [start, end) whose head lies outside it.
func (s *state) headOf(start, end int) int {
	for t := start; t < end; t++ {
		h := s.d.Tokens[t].Head
		if h < start || h >= end {
			return t
		}
	}
	return end - 1
}

func (s *state) tok(i int) *nlp.Token { return &s.d.Tokens[i] }

// rel returns the base relation of token i ("obl" for "obl:tmod").
func (s *state) rel(i int) string { return baseRel(s.d.Tokens[i].Rel) }

// caseOf returns the preposition (case or mark child) of token i.
func (s *state) caseOf(i int) string {
	for _, c := range s.children[i] {
		if r := s.tok(c).Rel; r == "case" || r == "mark" {
			if l := s.lower[c]; l != "to" || r == "case" {
				return l
			}
		}
	}
	// "granted asylum to 18 Rwandan rebels", with "to" hung on the
	// number: the number's preposition opens the noun's phrase
	for _, c := range s.children[i] {
		if c < i && s.tok(c).Rel == "nummod" {
			for _, k := range s.children[c] {
				if k < c && s.tok(k).Rel == "case" {
					return s.lower[k]
				}
			}
		}
	}
	return ""
}

func (s *state) childrenRel(i int, rels ...string) []int {
	var out []int
	for _, c := range s.children[i] {
		r := s.tok(c).Rel
		for _, want := range rels {
			if r == want || len(r) > len(want) && r[len(want)] == ':' && r[:len(want)] == want {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func (s *state) firstChild(i int, rels ...string) int {
	if cs := s.childrenRel(i, rels...); len(cs) > 0 {
		return cs[0]
	}
	return -1
}

func (s *state) isVerb(i int) bool {
	u := s.tok(i).UPOS
	return u == "VERB" || (u == "" && strings.HasPrefix(s.tok(i).XPOS, "VB"))
}

func (s *state) isNoun(i int) bool {
	u := s.tok(i).UPOS
	return u == "NOUN" || u == "PROPN" || (u == "" && strings.HasPrefix(s.tok(i).XPOS, "NN"))
}

// ref is an actor a trigger's argument resolves to.
type ref struct {
	code, country, sector, name string
	start, end                  int // tokens of the text that named it
	via                         string
	kind                        actor.Kind
}

func (s *state) refOf(m int) ref {
	mm := s.mentions[m]
	return ref{code: mm.code, country: mm.country, sector: mm.sector, name: mm.m.Name, start: mm.start, end: mm.end, kind: mm.m.Kind}
}

// actorsOf resolves the noun phrase headed by token i to actors, following
// coordination, possessors, appositions and pronouns.
func (s *state) actorsOf(i int) []ref {
	return s.actorsDepth(i, 0)
}

// deedVerbs are the participles that tie a deed to its doer ("crimes
// committed by Croat forces", "abuses perpetrated by the militia").
var deedVerbs = map[string]bool{"commit": true, "perpetrate": true}

// deedDoer returns, for a common noun i that names a deed with its doer
// in a reduced relative ("alleged crimes committed by Croat forces
// against Serb civilians"), the doer: an investigation into or a
// condemnation of the crimes is about their doer, not their victims.
func (s *state) deedDoer(i, depth int) []ref {
	if s.tokMent[i] >= 0 || !s.isNoun(i) {
		return nil
	}
	for _, c := range s.childrenRel(i, "acl") {
		if !deedVerbs[s.tok(c).Lemma] {
			continue
		}
		for _, a := range s.children[c] {
			if s.tok(a).Rel == "obl:agent" || s.rel(a) == "obl" && s.caseOf(a) == "by" {
				if r, ok := s.single(a, depth+1); ok {
					return []ref{r}
				}
			}
		}
	}
	return nil
}

func (s *state) actorsDepth(i int, depth int) []ref {
	if i < 0 || depth > 4 {
		return nil
	}
	if s.c.dict.HasNouns() {
		if ps := s.pairRefs(i); ps != nil {
			return ps // "both governments", "the two capitals", and "they" for them
		}
	}
	if d := s.deedDoer(i, depth); len(d) > 0 {
		return d
	}
	var out []ref
	if r, ok := s.single(i, depth); ok {
		out = append(out, r)
		out = append(out, s.rolesOfEach(i, r, depth)...)
		if r.start <= i && i < r.end {
			out = append(out, s.sharedConjuncts(r.start, out)...)
		}
	}
	own := slices.Clone(out)
	for _, c := range s.childrenRel(i, "conj") {
		if s.isVerb(c) {
			continue
		}
		out = append(out, s.sharedOwners(s.actorsDepth(c, depth+1), own)...)
	}
	if len(out) == 0 && s.tokMent[i] < 0 && s.isNoun(i) {
		// "to war-torn Mozambique" (parsed as "torn" with Mozambique in
		// apposition), "its neighbour, Eritrea": a common noun with a
		// name in apposition is that name
		for _, c := range s.childrenRel(i, "appos") {
			if s.tokMent[c] >= 0 {
				return s.actorsDepth(c, depth+1)
			}
		}
	}
	if len(out) > 0 && out[0].kind == actor.Country && out[0].start <= i && i < out[0].end && len(s.childrenRel(i, "conj")) > 0 {
		// "Bahrain, Jordan, Qatar, Saudi Arabia and the United Arab
		// Emirates": a country the parse hung on a list of countries as an
		// apposition is one more member, never a description of another
		for _, c := range s.childrenRel(i, "appos", "nmod:unmarked") {
			if m := s.tokMent[c]; m >= 0 && s.mentions[m].m.Kind == actor.Country && s.mentions[m].start > 0 && s.lower[s.mentions[m].start-1] == "," {
				out = append(out, s.actorsDepth(c, depth+1)...)
			}
		}
	}
	return out
}

// sharedConjuncts returns the mentions coordinated before token start that
// share the agent of the mention starting there ("urged Western and Arab
// governments": WSTGOV with ARBGOV), leaving out those in have.
func (s *state) sharedConjuncts(start int, have []ref) []ref {
	var out []ref
	sent := s.d.Sentences[s.d.SentenceOf(start)]
	for j := start - 1; j > sent.Start; {
		if l := s.lower[j]; l != "and" && l != "or" && l != "," {
			break
		}
		m := s.tokMent[j-1]
		if m < 0 || !s.mentions[m].shared || s.mentions[m].end != j {
			break
		}
		if r := s.refOf(m); !hasRef(have, r) && !hasRef(out, r) {
			out = append(out, r)
		}
		j = s.mentions[m].start - 1
	}
	return out
}

// sharedOwners gives, with a PETRARCH dictionary, each bare role of rs
// (conjuncts of a role) the owners of the roles in first: "Danish media
// and government" are DNKMED and DNKGOV, "lawmakers and officials in
// Fornost and Gondor" the legislators and governments of both.
func (s *state) sharedOwners(rs, first []ref) []ref {
	if s.c.dict.HasNouns() || len(first) == 0 {
		return rs
	}
	var owners []ref
	for _, f := range first {
		if f.sector != "" && len(f.code) > len(f.sector) && strings.HasSuffix(f.code, f.sector) {
			owners = append(owners, f)
		}
	}
	if len(owners) == 0 {
		return rs
	}
	var out []ref
	for _, r := range rs {
		if r.kind != actor.Agent || r.country != "" || r.code == "" || r.code != r.sector {
			out = append(out, r)
			continue
		}
		for _, o := range owners {
			a := r
			a.code, a.country = strings.TrimSuffix(o.code, o.sector)+r.code, o.country
			out = append(out, a)
		}
	}
	return out
}

// rolesOfEach returns, with a PETRARCH dictionary, the role of token i
// (read as r, the role of the first actor of its of/in/from phrase) for
// each further actor coordinated in that phrase: "lawmakers in Fornost
// and Gondor" are FORLEG and GONLEG, "the ambassadors of Arnor, Osgiliath
// and Gondor" three governments' envoys.
func (s *state) rolesOfEach(i int, r ref, depth int) []ref {
	m := s.tokMent[i]
	if s.c.dict.HasNouns() || m < 0 || s.mentions[m].m.Kind != actor.Agent || r.code == s.mentions[m].m.Code {
		return nil
	}
	role := s.mentions[m].m
	var out []ref
	for _, c := range s.childrenRel(i, "nmod") {
		if p := s.caseOf(c); p != "of" && p != "from" && !homePreps[p] {
			continue
		}
		o, ok := s.single(c, depth+1)
		if !ok || o.kind == actor.Agent || o.code == "" || joinAgent(o.code, role) != r.code {
			continue
		}
		for _, x := range s.childrenRel(c, "conj") {
			if s.isVerb(x) {
				continue
			}
			if a, ok := s.single(x, depth+1); ok && a.kind != actor.Agent && a.code != "" {
				a.code, a.sector = joinAgent(a.code, role), role.Code
				out = append(out, a)
			}
		}
		break
	}
	return out
}

var countNouns = map[string]bool{"ten": true, "tens": true, "thousand": true, "thousands": true, "hundred": true, "hundreds": true, "dozen": true, "dozens": true, "million": true, "millions": true, "scores": true, "number": true, "some": true, "many": true, "most": true, "all": true, "several": true, "group": false}

// allegiance are the adjectives that put a role on someone's side
// ("forces loyal to Assad", "militants allied with the group").
var allegiance = map[string]bool{"loyal": true, "allied": true, "affiliated": true, "linked": true}

// homePreps put a role in a place whose country is its own ("rebels
// in the Ivory Coast", "students throughout Indonesia").
var homePreps = map[string]bool{"in": true, "throughout": true, "across": true}

// placeAfter returns the country of a place named right after token j-1
// by a preposition of residence ("in east Bosnia", "throughout Iraq"),
// however the parse hung it.
func (s *state) placeAfter(j int) []ref {
	if j+1 >= len(s.lower) || !homePreps[s.lower[j]] || s.d.SentenceOf(j+1) != s.d.SentenceOf(j) {
		return nil
	}
	sent := s.d.Sentences[s.d.SentenceOf(j)]
	k := s.placeStart(j+1, sent.End)
	p, n, ok := s.c.actors.Place(s.words[sent.Start:sent.End], k-sent.Start)
	if !ok || n <= 0 || p.Country == "" || p.Kind == "region" {
		return nil
	}
	return []ref{{code: p.Country, country: p.Country, name: p.Name, start: k, end: k + n, via: "place"}}
}

// baseWords say where a body works from ("based in", "headquartered in").
var baseWords = map[string]bool{"based": true, "headquartered": true, "stationed": true}

// basedIn returns the country of the place named in "based in X" right
// after a role ending before token e ("a newspaper based in Christian east
// Beirut"), with at most three words of description before the place.
func (s *state) basedIn(e int) []ref {
	if e+2 >= len(s.lower) || !baseWords[s.lower[e]] || s.lower[e+1] != "in" || s.d.SentenceOf(e+2) != s.d.SentenceOf(e) {
		return nil
	}
	sent := s.d.Sentences[s.d.SentenceOf(e)]
	for k := e + 2; k < sent.End && k <= e+5; k++ {
		if s.lower[k] == "," || s.isVerb(k) {
			break
		}
		p, n, ok := s.c.actors.Place(s.words[sent.Start:sent.End], k-sent.Start)
		if ok && n > 0 && p.Country != "" && p.Kind != "region" {
			return []ref{{code: p.Country, country: p.Country, name: p.Name, start: k, end: k + n, via: "place"}}
		}
	}
	return nil
}

// faiths are the codes of religions (regions.tsv), which name a people's
// faith and never its country: "Moslem forces in Bosnia" are Bosnia's.
var faiths = map[string]bool{"MOS": true, "SHI": true, "SUN": true, "CHR": true, "CTH": true, "JEW": true, "HIN": true, "BUD": true}

// envoys are the roles a country sends to an organisation ("its UN
// envoy").
var envoys = map[string]bool{"envoy": true, "ambassador": true, "representative": true, "mission": true, "delegation": true, "delegate": true}

var groupNouns = map[string]bool{"group": true, "militant": true, "jihadist": true, "extremist": true, "organization": true, "organisation": true, "insurgent": true, "movement": true}

// single resolves the phrase headed by i without following coordination.
func (s *state) single(i int, depth int) (ref, bool) {
	if depth > 6 {
		return ref{}, false
	}
	if m := s.tokMent[i]; m >= 0 {
		r := s.refOf(m)
		if strings.HasPrefix(r.code, "IGO") && envoys[s.lower[i]] && s.mentions[m].head == i {
			// "its UN envoy", "Syria's UN ambassador": the country the
			// envoy serves, not the body they are sent to
			for _, c := range s.childrenRel(i, "nmod:poss") {
				if s.tokMent[c] == m {
					continue
				}
				if o, ok := s.single(c, depth+1); ok && o.country != "" {
					o.code, o.sector = o.country+"GOV", "GOV"
					o.start, o.end = min(o.start, r.start), max(o.end, r.end)
					return o, true
				}
			}
		}
		if s.mentions[m].m.Kind == actor.Agent && r.country == "" {
			// "the forces of Syrian President Assad", "Assad's forces",
			// "Islamic State (IS) militants"
			for _, c := range s.children[i] {
				if s.tokMent[c] == m || s.rel(c) == "conj" || s.rel(c) == "acl" || s.rel(c) == "punct" {
					continue
				}
				if s.rel(c) == "nmod" {
					if p := s.caseOf(c); p != "" && p != "of" && p != "from" && !homePreps[p] && s.tok(c).Rel != "nmod:poss" {
						continue // "soldiers from Gondor" are Gondor's
					}
				}
				if s.rel(c) == "amod" && allegiance[s.lower[c]] {
					// "militants loyal to Iraq's al-Qaeda frontman",
					// "forces loyal to Assad": the side they are on
					for _, x := range s.childrenRel(c, "obl", "nmod") {
						if p := s.caseOf(x); p == "to" || p == "with" {
							c = x
							break
						}
					}
				}
				o, ok := s.single(c, depth+1)
				if !ok && s.rel(c) == "nmod" && homePreps[s.caseOf(c)] && s.c.dict.HasNouns() {
					// "militias in Tripoli": the place's country (with a
					// PETRARCH dictionary a role takes none from a place:
					// "students in Moscow" stay EDU)
					if ps := s.placeRefs(c); len(ps) > 0 {
						o, ok = ps[0], true
					}
				}
				if !ok {
					continue
				}
				if ps := s.governedIn(i, m); len(ps) > 0 && s.people(o) {
					// "the Shiite-led government in Baghdad": a people or
					// faith leads the government of the place, Iraq's
					o = ps[0]
				}
				switch {
				case o.country != "":
					r.code = o.country + s.mentions[m].m.Code
					r.country = o.country
					if o.via == "pronoun" && o.start < r.start {
						// "its envoy": whose it is stays open to the
						// checks on pronouns ("informed its envoy" is
						// not the informer's own)
						r.via = "pronoun"
					}
				case !s.c.dict.HasNouns() && o.code != "" && o.kind != actor.Agent:
					// with PETRARCH dictionaries a role of any actor is
					// that actor's code and the role's: "soldiers from
					// Gondor" → GONMIL, "lawmakers in Fornost" → FORLEG
					r.code, r.name = joinAgent(o.code, s.mentions[m].m), o.name
				case o.code != "" && o.sector != "" || o.name != "":
					r.code, r.name, r.sector = o.code, o.name, o.sector // a named group
				default:
					continue
				}
				r.start, r.end = min(r.start, o.start), max(r.end, o.end)
				break
			}
			if r.country == "" && r.code == s.mentions[m].m.Code {
				// "the forces of Syrian President Bashar al-Assad", however
				// the parse hung the of-phrase
				if e := s.mentions[m].end; e+1 < len(s.lower) && s.lower[e] == "of" && s.d.SentenceOf(e) == s.d.SentenceOf(i) {
					j := e + 1
					if s.lower[j] == "the" && j+1 < len(s.lower) {
						j++
					}
					if k := s.tokMent[j]; k >= 0 && s.mentions[k].start == j && s.mentions[k].country != "" {
						o := s.mentions[k]
						r.code, r.country = joinAgent(o.country, s.mentions[m].m), o.country
						r.end = o.end
						return r, true
					}
				}
			}
			if r.country == "" && r.code == s.mentions[m].m.Code {
				// "a newspaper based in Christian east Beirut", however
				// the parse hung the place: the country it works from
				if p := s.basedIn(s.mentions[m].end); len(p) > 0 {
					r.code, r.country = joinAgent(p[0].country, s.mentions[m].m), p[0].country
					return r, true
				}
			}
			if r.country == "" && (r.code == "REB" || r.code == "INS" || r.code == "RAD") {
				// "jihadist positions", "the militants": in a report about
				// one armed group, its fighters
				if g, ok := s.antecedentWithin(i, 3, func(m mention) bool { return m.m.Kind == actor.Group }); ok {
					g.start, g.end, g.via = r.start, r.end, "antecedent"
					return g, true
				}
				// further back, the group the article is about: the one
				// it called "the X group"
				if g, ok := s.antecedentWithin(i, len(s.d.Sentences), func(m mention) bool {
					return m.m.Kind == actor.Group && (m.end-m.start > 1 && groupNouns[s.lower[m.end-1]] || m.end < len(s.lower) && groupNouns[s.lower[m.end]])
				}); ok {
					g.start, g.end, g.via = r.start, r.end, "antecedent"
					return g, true
				}
			}
		}
		if r.country == "" && r.code == s.mentions[m].m.Code && s.mentions[m].m.Kind == actor.Agent && s.c.dict.HasNouns() {
			// "Senior Iranian officials have signalled ... A second official
			// said": a bare role is of the country of the same role named
			// just before
			if o, ok := s.sameRoleBefore(m); ok {
				r.code, r.country = joinAgent(o.country, s.mentions[m].m), o.country
				r.via = "same role before"
			}
		}
		if faiths[r.country] && r.sector != "" && s.mentions[m].head == i {
			// "Moslem forces in east Bosnia", "Shiite militias in Iraq": a
			// faith is no country; the place its people are in is
			if ps := s.placeAfter(s.mentions[m].end); len(ps) > 0 {
				r.code, r.country = ps[0].country+r.code, ps[0].country
			}
		}
		return r, true
	}
	t := s.tok(i)
	if t.UPOS == "PRON" || t.XPOS == "PRP" || t.XPOS == "PRP$" {
		return s.pronoun(i)
	}
	if t.UPOS == "PROPN" && i > 0 && s.d.SentenceOf(i-1) == s.d.SentenceOf(i) {
		// a name the tables lack right after a title: "British Defence
		// Secretary Tom King", however the parse hung the title
		if m := s.tokMent[i-1]; m >= 0 && s.mentions[m].end == i && s.mentions[m].sector != "" && s.mentions[m].country != "" {
			r := s.refOf(m)
			r.end = i + 1
			return r, true
		}
	}
	// Children that name the actor: "the Assad regime", "US officials",
	// "Syria's government", "the government of Syria"; any named actor
	// right before the head ("IS militants", whatever the parse calls it).
	// A name goes before a possessive pronoun: "its European Community
	// partners" are the Community, not whoever "its" is.
	for k := range 2 * len(s.children[i]) {
		c := s.children[i][k%len(s.children[i])]
		if s.isPronoun(c) != (k >= len(s.children[i])) {
			continue // names first, then pronouns
		}
		switch s.rel(c) {
		case "compound", "amod", "nmod", "appos", "flat", "det":
		default:
			if c >= i || s.tokMent[c] < 0 || s.mentions[s.tokMent[c]].end != i {
				continue
			}
		}
		if s.rel(c) == "nmod" {
			if p := s.caseOf(c); p != "" && p != "of" && p != "'s" && p != "’s" && s.tok(c).Rel != "nmod:poss" {
				continue
			}
		}
		// "an Islamic State training camp": a name compounded with the
		// noun right before the head names it too
		nested := s.rel(c) == "compound" && c == i-1 && c > 0 && s.tokMent[c] < 0 && s.tok(c).UPOS == "NOUN" &&
			s.tokMent[c-1] >= 0 && s.mentions[s.tokMent[c-1]].end == c && s.tok(c-1).Head == c
		if m := s.tokMent[c]; m >= 0 || s.tok(c).UPOS == "PRON" || s.tok(c).XPOS == "PRP$" || groupNouns[s.lower[c]] && strings.HasPrefix(s.tok(c).Rel, "nmod:poss") || nested {
			if r, ok := s.single(c, depth+1); ok {
				if s.rel(c) == "amod" && r.country == "" && r.kind == actor.Agent && agentSector[s.lower[i]] == "" {
					continue // "military intelligence", "military aid": a kind of thing, not an actor
				}
				if sec := agentSector[s.lower[i]]; sec != "" && r.country != "" && r.sector == "" {
					r.code, r.sector = r.country+sec, sec
				}
				r.start, r.end = min(r.start, i), max(r.end, i+1)
				return r, true
			}
		}
	}
	// "thousands of Iraqi Kurds", "some 800,000 refugees of ..."
	if t.UPOS == "NUM" || countNouns[s.lower[i]] || countNouns[strings.ToLower(s.words[i])] {
		for _, c := range s.childrenRel(i, "nmod") {
			if s.caseOf(c) == "of" {
				r, ok := s.single(c, depth+1)
				if ok && r.country == "" && r.kind == actor.Agent && r.code == r.sector {
					// "thousands of students throughout Indonesia", with
					// the place hung on the count
					for _, p := range append(s.childrenRel(i, "nmod"), s.childrenRel(c, "nmod")...) {
						if homePreps[s.caseOf(p)] {
							if ps := s.placeRefs(p); len(ps) > 0 && ps[0].country != "" {
								r.country, r.code = ps[0].country, ps[0].country+r.code
								break
							}
						}
					}
				}
				return r, ok
			}
		}
	}
	if groupNouns[s.lower[i]] && hasDefinite(s, i) {
		// "the group": the last armed group named, nearby or, in a report
		// about one group, anywhere before
		isGroup := func(m mention) bool { return m.m.Kind == actor.Group }
		// the one the article itself called so ("the Islamic State
		// group ... the Nusra Front ... the group" is Islamic State)
		called := func(m mention) bool {
			if m.m.Kind != actor.Group || m.end > i {
				return false
			}
			return m.end-m.start > 1 && s.lower[m.end-1] == s.lower[i] || m.end < i && s.lower[m.end] == s.lower[i]
		}
		if r, ok := s.antecedentWithin(i, len(s.d.Sentences), called); ok {
			return r, true
		}
		if r, ok := s.antecedentWithin(i, 1, isGroup); ok {
			return r, true
		}
		// further back, the group the article names most ("anti-IS ...
		// Islamic State militants ... when the Taliban was ousted in 2001
		// ... forces battling the group" is Islamic State), the first
		// of two named as often
		return s.mostNamedGroup(i)
	}
	if s.lower[i] == "regime" || s.lower[i] == "government" {
		if hasDefinite(s, i) {
			r, ok := s.antecedent(i, func(m mention) bool { return m.country != "" && m.m.Kind != actor.Agent })
			if ok {
				r.code, r.sector = r.country+"GOV", "GOV"
			}
			return r, ok
		}
	}
	return ref{}, false
}

// mostNamedGroup returns the armed group named most often before token
// i in the article, the one named first among those named as often: the
// group the article is about, not one named in passing.
func (s *state) mostNamedGroup(i int) (ref, bool) {
	count := map[string]int{}
	best, bestN := -1, 0
	for m, mm := range s.mentions {
		if mm.end > i {
			break
		}
		if mm.m.Kind != actor.Group || mm.code == "" {
			continue
		}
		count[mm.code]++
		if n := count[mm.code]; n > bestN {
			best, bestN = m, n
		}
	}
	if best < 0 {
		return ref{}, false
	}
	r := s.refOf(best)
	r.start, r.end = i, i+1
	r.via = "antecedent"
	return r, true
}

// agentSector gives sectors to a few head nouns that make a named actor's
// phrase ("the Assad regime" → GOV).
var agentSector = map[string]string{"regime": "GOV", "government": "GOV", "administration": "GOV", "force": "MIL", "army": "MIL", "military": "MIL", "jet": "MIL", "warplane": "MIL", "troop": "MIL"}

func (s *state) isPronoun(i int) bool {
	return s.tok(i).UPOS == "PRON" || s.tok(i).XPOS == "PRP$"
}

func hasDefinite(s *state, i int) bool {
	for _, c := range s.children[i] {
		if l := s.lower[c]; l == "the" || l == "this" || l == "that" {
			return true
		}
	}
	// "the group's strongholds", with the article hung on the possessed
	if i > 0 && strings.HasPrefix(s.tok(i).Rel, "nmod:poss") && s.d.SentenceOf(i-1) == s.d.SentenceOf(i) {
		if l := s.lower[i-1]; l == "the" || l == "this" || l == "that" {
			return true
		}
	}
	return false
}

// pronoun resolves a pronoun to the nearest compatible actor before it in
// its sentence or the previous one.
func (s *state) pronoun(i int) (ref, bool) {
	var ok func(m mention) bool
	switch s.lower[i] {
	case "he", "him", "his", "she", "her", "hers", "himself", "herself":
		ok = func(m mention) bool {
			return m.m.Kind == actor.Person || (m.m.Kind == actor.Agent && (m.country != "" || s.possessedBy(m))) || s.singleRole(m)
		}
	case "it", "its", "itself":
		ok = func(m mention) bool {
			k := m.m.Kind
			return k == actor.Country || k == actor.Institution || k == actor.Organization || k == actor.Group
		}
	case "they", "them", "their", "theirs", "themselves":
		ok = func(m mention) bool { return m.m.Kind != actor.Person }
		if r, found := s.sameActTarget(i); found {
			return r, true
		}
		if h := s.tok(i).Head; s.tok(i).Rel == "nsubj" && h >= 0 && s.violentVerb(h) {
			// "Activists said they hit the group's strongholds": those who
			// strike are not the civilians who tell of it, and with none
			// named they are the doers of the last such act
			near, found := s.antecedent(i, func(m mention) bool { return m.m.Kind != actor.Person && s.isSubject(m.head) })
			if found && civilianSectors[near.sector] {
				es, _ := s.verbEntries(h)
				if r, found := s.lastDoer[es[0].Code[:2]]; found && r.start >= 0 && s.d.SentenceOf(r.start) >= s.d.SentenceOf(i)-1 {
					r.via = "pronoun for the last such act's doer"
					r.start, r.end = i, i+1
					return r, true
				}
				ok = func(m mention) bool { return m.m.Kind != actor.Person && !civilianSectors[m.sector] }
			}
		}
	case "we", "us", "our", "ours":
		// inside a direct quotation, the one quoted ("'We are ready to
		// help,' one senior official said"), whoever was named before
		if a := s.quoteSpeaker(i); len(a) > 0 {
			r := a[0]
			r.via = "pronoun for the one quoted"
			r.start, r.end = i, i+1
			return r, true
		}
		// the speaker: a person or body before a country
		speaker := func(m mention) bool {
			k := m.m.Kind
			return k == actor.Person || k == actor.Institution || k == actor.Agent && m.country != ""
		}
		if r, found := s.antecedentWithin(i, 3, speaker); found {
			r.via = "pronoun"
			return r, true
		}
		ok = func(m mention) bool { return m.country != "" || m.m.Kind == actor.Organization }
	default:
		return ref{}, false
	}
	// "no cooperation with Iran and no intelligence-sharing with them": the
	// partner of the first conjunct, in the same role
	if r, found := s.parallelPartner(i, ok); found {
		r.via = "pronoun"
		r.start, r.end = i, i+1
		return r, true
	}
	// "the US announcement that it will launch flights": the subject of
	// what a noun of saying or intent tells is the one whose word it is
	if r, found := s.nounOwner(i, ok); found {
		r.via = "pronoun for the owner of the word"
		r.start, r.end = i, i+1
		return r, true
	}
	// A modifier of a noun the pronoun hangs from is never its antecedent:
	// "no intelligence-sharing with them" is not sharing with intelligence.
	base := ok
	ok = func(m mention) bool { return base(m) && !s.modifiesAncestor(m.head, i) }
	// Subjects first: "The United States informed Iran ... and assured
	// Tehran that it would not ...". A person's government is the nearest
	// person's ("Washington did not recognise Assad ... and had no
	// intention of coordinating with his government"), not the speaker's.
	r, found := ref{}, false
	if l := strings.ToLower(s.words[i]); l == "them" || l == "themselves" {
		// "meets American security officials, obtains information from
		// them": an object "them" is the nearest plural name in its own
		// sentence before any subject, however the parse hung that name
		r, found = s.antecedentWithin(i, 0, func(m mention) bool { return ok(m) && (s.tok(m.head).XPOS == "NNS" || s.tok(m.head).XPOS == "NNPS") })
	}
	if !found && !s.ownGovernment(i) {
		r, found = s.antecedent(i, func(m mention) bool { return ok(m) && s.isSubject(m.head) })
	}
	if !found {
		r, found = s.antecedent(i, ok)
	}
	if !found {
		// '"We told them," Earnest said. He stressed that ... The aim,
		// he said, was ...': with no one fit named since the sentence
		// before, "he" is who the previous sentence's subject "he" is
		r, found = s.chainedPronoun(i)
	}
	if found {
		r.via = "pronoun"
		r.start, r.end = i, i+1
	}
	return r, found
}

// personPronouns are the pronouns that stand for a person.
var personPronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true, "hers": true, "himself": true, "herself": true}

// chainedPronoun resolves a person pronoun i by the subject pronoun of
// the same person and gender in the sentence before, which is resolved
// in its turn (a chain of "he" across sentences about one speaker).
func (s *state) chainedPronoun(i int) (ref, bool) {
	l := s.lower[i]
	if !personPronouns[l] || s.guard > 8 {
		return ref{}, false
	}
	male := l == "he" || l == "him" || l == "his" || l == "himself"
	si := s.d.SentenceOf(i)
	if si == 0 {
		return ref{}, false
	}
	prev := s.d.Sentences[si-1]
	for k := prev.Start; k < prev.End; k++ {
		pl := s.lower[k]
		if !personPronouns[pl] || (pl == "he" || pl == "him" || pl == "his" || pl == "himself") != male || !strings.HasPrefix(s.tok(k).Rel, "nsubj") {
			continue
		}
		s.guard++
		r, found := s.pronoun(k)
		s.guard--
		return r, found
	}
	return ref{}, false
}

// quoteMark reports whether word w is a quotation mark.
func quoteMark(w string) bool {
	switch w {
	case "\"", "“", "”", "``", "''":
		return true
	}
	return false
}

// quoteSpeaker returns, for token i inside a direct quotation of its
// sentence, the one quoted: the subjects of a speech verb outside the
// quotation marks that the parse links to the quotation, as its
// complement or as a clause hung below it ("'We are ready to help,' one
// senior official said"; "Earnest said: 'We told them'").
func (s *state) quoteSpeaker(i int) []ref {
	sent := s.d.Sentences[s.d.SentenceOf(i)]
	open, end := -1, -1
	for k := sent.Start; k < i; k++ {
		if quoteMark(s.words[k]) {
			if open < 0 {
				open = k
			} else {
				open = -1
			}
		}
	}
	if open < 0 {
		return nil
	}
	for k := i + 1; k < sent.End; k++ {
		if quoteMark(s.words[k]) {
			end = k
			break
		}
	}
	if end < 0 {
		return nil
	}
	inside := func(k int) bool { return k > open && k < end }
	for v := sent.Start; v < sent.End; v++ {
		if inside(v) || !s.isVerb(v) || !slices.ContainsFunc(s.alts[v], func(k string) bool { return speechVerbs[k] }) {
			continue
		}
		linked := inside(s.tok(v).Head)
		for _, c := range s.childrenRel(v, "ccomp", "parataxis") {
			linked = linked || inside(c)
		}
		if !linked {
			continue
		}
		if a := s.subjects(v, 0); len(a) > 0 && !s.firstPerson(a[0].start) {
			return a
		}
	}
	return nil
}

// possessedBy reports whether agent mention m is a role its possessor
// gives a country ("Iran's supreme leader ... his commanders").
func (s *state) possessedBy(m mention) bool {
	for _, c := range s.childrenRel(m.head, "nmod:poss") {
		if k := s.tokMent[c]; k >= 0 && k != s.tokMent[m.head] && s.mentions[k].country != "" {
			return true
		}
	}
	return false
}

// singleRole reports whether mention m is a name merged with one role
// noun after it ("Iran's leader", "the Syrian foreign minister"), not a
// name alone ("Damascus") nor a body of many ("Syrian forces").
func (s *state) singleRole(m mention) bool {
	if m.m.Kind == actor.Agent || m.m.Kind == actor.Person || m.sector == "" || m.end <= m.start+m.m.Len {
		return false
	}
	x := s.tok(m.head).XPOS
	return x != "NNS" && x != "NNPS" && !strings.HasSuffix(s.lower[m.head], "s")
}

// civilianSectors are roles that do not strike: those who report,
// protest or suffer an attack.
var civilianSectors = map[string]bool{"OPP": true, "CVL": true, "MED": true, "NGO": true, "HRI": true, "EDU": true, "LAB": true, "REF": true, "BUS": true}

// violentVerb reports whether verb v's first dictionary entry is an act
// of violence (roots 18–20).
func (s *state) violentVerb(v int) bool {
	es, _ := s.verbEntries(v)
	return len(es) > 0 && len(es[0].Code) >= 2 && violent(es[0].Code)
}

// sameActTarget resolves a plural object pronoun to the target of the
// last act of its verb's kind told of in its sentence or the one before:
// "... was instructed to pass the message to her Syrian counterpart. 'We
// told them it was coming'" — those told are those the message went to,
// not a body named in passing ("for the UN General Assembly").
func (s *state) sameActTarget(i int) (ref, bool) {
	h := s.tok(i).Head
	if h < 0 || (s.tok(i).Rel != "obj" && s.tok(i).Rel != "iobj") || strings.ToLower(s.words[i]) != "them" {
		return ref{}, false
	}
	es, _ := s.verbEntries(h)
	if len(es) == 0 || len(es[0].Code) < 2 {
		return ref{}, false
	}
	r, found := s.lastTarget[es[0].Code[:2]]
	if !found || r.start < 0 || r.start >= i || r.kind == actor.Person || s.d.SentenceOf(r.start) < s.d.SentenceOf(i)-1 {
		return ref{}, false
	}
	r.via = "pronoun for the last such act's target"
	r.start, r.end = i, i+1
	return r, true
}

// ownGovernment reports whether possessive pronoun i names whose
// government or regime its head is ("his government").
func (s *state) ownGovernment(i int) bool {
	h := s.tok(i).Head
	if h < 0 || s.tok(i).XPOS != "PRP$" && s.tok(i).Rel != "nmod:poss" {
		return false
	}
	return agentSector[s.lower[h]] == "GOV"
}

// parallelPartner returns the actor named in the same preposition's
// phrase on the first conjunct of the noun or verb pronoun i hangs from,
// when ok holds for it.
func (s *state) parallelPartner(i int, ok func(mention) bool) (ref, bool) {
	h := s.tok(i).Head
	p := s.caseOf(i)
	if h < 0 || p == "" || s.rel(h) != "conj" || s.tok(h).Head < 0 {
		return ref{}, false
	}
	for _, c := range s.childrenRel(s.tok(h).Head, "nmod", "obl") {
		if c >= i || s.caseOf(c) != p {
			continue
		}
		if m := s.tokMent[c]; m >= 0 && ok(s.mentions[m]) {
			return s.refOf(m), true
		}
	}
	return ref{}, false
}

// ownedWordNouns holds nouns of saying or intent whose "that" clause
// tells what their owner says it does ("the US announcement that it will
// launch flights", "Iran's pledge that it would not interfere").
var ownedWordNouns = map[string]bool{"announcement": true, "statement": true, "pledge": true, "promise": true,
	"assurance": true, "vow": true, "commitment": true, "declaration": true, "decision": true, "warning": true, "threat": true}

// nounOwner resolves the pronoun i when it is the subject of a "that"
// clause of a noun of saying or intent (see ownedWordNouns) that names
// its owner by a compound or a possessor for which ok holds: the owner.
func (s *state) nounOwner(i int, ok func(mention) bool) (ref, bool) {
	v := s.tok(i).Head
	if s.rel(i) != "nsubj" || v < 0 || s.tok(v).Rel != "acl" {
		return ref{}, false
	}
	that := false
	for _, c := range s.childrenRel(v, "mark") {
		that = that || s.lower[c] == "that"
	}
	n := s.tok(v).Head
	if !that || n < 0 || !ownedWordNouns[strings.ToLower(s.tok(n).Lemma)] {
		return ref{}, false
	}
	for _, c := range s.childrenRel(n, "compound", "nmod:poss") {
		if c < n {
			if m := s.tokMent[c]; m >= 0 && ok(s.mentions[m]) {
				return s.refOf(m), true
			}
		}
	}
	return ref{}, false
}

// modifiesAncestor reports whether token h is a compound or adjective
// modifier of a token that token i hangs from.
func (s *state) modifiesAncestor(h, i int) bool {
	if r := s.rel(h); r != "compound" && r != "amod" {
		return false
	}
	g := s.tok(h).Head
	for x, steps := s.tok(i).Head, 0; x >= 0 && steps < 4; x, steps = s.tok(x).Head, steps+1 {
		if x == g {
			return true
		}
	}
	return false
}

// isSubject reports whether token h heads a subject (directly or as a
// conjunct or flat part of one).
func (s *state) isSubject(h int) bool {
	for steps := 0; h >= 0 && steps < 3; steps++ {
		switch s.rel(h) {
		case "nsubj", "csubj":
			return true
		case "conj", "flat", "compound", "appos":
			h = s.tok(h).Head
			continue
		}
		return false
	}
	return false
}

// antecedent finds the nearest mention before token i (same or previous
// sentence) for which ok holds; the returned span is token i's.
func (s *state) antecedent(i int, ok func(mention) bool) (ref, bool) {
	return s.antecedentWithin(i, 1, ok)
}

// antecedentWithin looks back up to back sentences.
func (s *state) antecedentWithin(i, back int, ok func(mention) bool) (ref, bool) {
	si := s.d.SentenceOf(i)
	lo := s.d.Sentences[max(si-back, 0)].Start
	for m := len(s.mentions) - 1; m >= 0; m-- {
		mm := s.mentions[m]
		if mm.start >= i || mm.end > i {
			continue
		}
		if mm.start < lo {
			break
		}
		if ok(mm) {
			r := s.refOf(m)
			if mm.m.Kind == actor.Agent && mm.country == "" {
				// the antecedent's whole phrase: "Militants loyal to
				// Iraq's ... said they ..." are Iraqi
				if full, found := s.single(mm.head, 1); found && full.country != "" {
					r = full
				}
			}
			r.start, r.end = i, i+1
			r.via = "antecedent"
			return r, true
		}
	}
	return ref{}, false
}

func (s *state) span(start, end int) hearsay.Span {
	if start < 0 || end <= start {
		return hearsay.Span{}
	}
	a, b := s.tok(start).Start, s.tok(end-1).End
	if a < 0 || b > len(s.d.Text) || a > b {
		return hearsay.Span{}
	}
	return hearsay.Span{Start: a, End: b, Text: s.d.Text[a:b]}
}

func (s *state) actor(r ref) hearsay.Actor {
	return hearsay.Actor{Code: r.code, Country: r.country, Sector: r.sector, Name: r.name, Span: s.span(r.start, r.end)}
}

func (s *state) ruleText(e *verbs.Entry) string {
	if e == nil {
		return ""
	}
	return fmt.Sprintf("%s %q → %s (%s)", kindWord(e.Noun), e.Lemma, e.Code, e.Rule)
}

func kindWord(noun bool) string {
	if noun {
		return "noun"
	}
	return "verb"
}

// stems returns the keys to look a token up by: its lemma, its form and
// the base forms regular English inflection gives, so that a lemmatizer's
// slip ("ruled" → "rul") does not hide a trigger.
func stems(lemma, form string) []string {
	out := []string{lemma}
	add := func(w string) {
		if len(w) < 2 {
			return
		}
		for _, o := range out {
			if o == w {
				return
			}
		}
		out = append(out, w)
	}
	add(form)
	if b, ok := irregular[form]; ok {
		add(b)
	}
	if b, ok := strings.CutPrefix(form, "re-"); ok {
		form = "re" + b // "re-open" is "reopen"
		add(form)
	}
	for _, suf := range []string{"ing", "ed", "es", "s", "d"} {
		b, ok := strings.CutSuffix(form, suf)
		if !ok || len(b) < 2 {
			continue
		}
		switch suf {
		case "ing", "ed":
			add(b)
			add(b + "e")
			if n := len(b); n > 2 && b[n-1] == b[n-2] && !strings.ContainsRune("aeiou", rune(b[n-1])) {
				add(b[:n-1]) // "targetted", "stopped"
			}
			if strings.HasSuffix(b, "i") {
				add(b[:len(b)-1] + "y") // "denied"
			}
		case "es":
			if strings.HasSuffix(b, "i") {
				add(b[:len(b)-1] + "y") // "allies"
			}
			add(b)
		default:
			add(b)
		}
	}
	return out
}

// irregular gives the base of irregular past forms of event verbs, for
// when the lemmatizer leaves them as they are.
var irregular = map[string]string{
	"struck": "strike", "stricken": "strike", "fought": "fight", "shot": "shoot", "sought": "seek",
	"brought": "bring", "took": "take", "taken": "take", "gave": "give", "given": "give", "made": "make",
	"met": "meet", "held": "hold", "sent": "send", "told": "tell", "began": "begin", "begun": "begin",
	"won": "win", "lost": "lose", "threw": "throw", "thrown": "throw", "beat": "beat", "beaten": "beat",
	"hit": "hit", "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake",
	"forbade": "forbid", "forbidden": "forbid", "bore": "bear", "swore": "swear", "sworn": "swear",
	"spoke": "speak", "spoken": "speak", "bought": "buy", "sold": "sell", "led": "lead", "fled": "flee",
	"broke": "break", "broken": "break", "overthrew": "overthrow", "overthrown": "overthrow",
	"shut": "shut", "put": "put", "set": "set", "cut": "cut", "bid": "bid", "stood": "stand",
	"drove": "drive", "driven": "drive", "seized": "seize", "slew": "slay", "slain": "slay",
}

// governedIn returns, for a government (a role of sector GOV, mention m
// headed by i), the country of the place its "in X" phrase names: "the
// government in Baghdad".
func (s *state) governedIn(i, m int) []ref {
	if s.mentions[m].m.Code != "GOV" {
		return nil
	}
	for _, c := range s.childrenRel(i, "nmod") {
		if p := s.caseOf(c); p == "in" {
			if ps := s.placeRefs(c); len(ps) > 0 && !s.people(ps[0]) {
				return ps
			}
		}
	}
	return nil
}

// people reports whether r names a people, faith or region rather than a
// state ("Shiite", "Kurdish", "Arab"), when the actor table tells.
func (s *state) people(r ref) bool {
	if rt, ok := s.c.actors.(interface{ Region(string) bool }); ok {
		return r.country != "" && rt.Region(r.country)
	}
	return false
}
