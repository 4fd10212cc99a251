// Package story works across articles: it merges event mentions that refer to
// the same happening, clusters articles into stories, and groups claims into
// propositions so that contested ones (independent claimants on opposite
// sides) stand out. Everything is incremental: a new batch of documents is
// linked against what is stored, through blocking keys, without recomputing
// the database, and every clustering is single-linkage so that the result
// does not depend on the order articles arrive in.
package story

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"hearsay"
	"hearsay/claim"
)

// Windows, in days, within which nodes sharing a key may link.
const (
	EventWindow = 3  // mentions of one happening are dated within 3 days of each other
	StoryWindow = 4  // articles of one story follow each other within 4 days
	ClaimWindow = 45 // claims about one proposition within 45 days
)

// Update links the documents of a stored batch (articles with IDs set) into
// merged events, stories and propositions, in one transaction. Documents
// already linked are skipped, so Update may be run again over the same batch.
func Update(ctx context.Context, s Store, docs []hearsay.Document) error {
	return s.Atomic(ctx, func(s Store) error {
		for i := range docs {
			if err := addDocument(ctx, s, &docs[i]); err != nil {
				return fmt.Errorf("story: article %d: %w", docs[i].Article.ID, err)
			}
		}
		return nil
	})
}

// ref is what every node says about the article it comes from.
type ref struct {
	ArticleID int64     `json:"article_id"`
	Outlet    string    `json:"outlet,omitempty"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Copy      bool      `json:"copy,omitempty"` // a syndicated copy: adds mentions, not origins
}

// mention is the data of an event node.
type mention struct {
	ref
	Sentence string           `json:"sentence"`
	Start    int              `json:"start"` // byte offsets of the sentence in the article text
	End      int              `json:"end"`
	Trigger  string           `json:"trigger"`
	Source   hearsay.Actor    `json:"source"`
	Target   hearsay.Actor    `json:"target"`
	CAMEO    string           `json:"cameo"`
	PLOVER   string           `json:"plover,omitempty"`
	Polarity hearsay.Polarity `json:"polarity"`
	Date     time.Time        `json:"date,omitzero"`
	Place    string           `json:"place,omitempty"`
	Origins  []string         `json:"origins"`
}

// articleNode is the data of a story node.
type articleNode struct {
	ref
	Events []string `json:"events,omitempty"` // event keys "USA|SYR|06"
	Places []string `json:"places,omitempty"`
	Terms  []string `json:"terms,omitempty"`
}

// claimNode is the data of a proposition node: one claim about one event.
type claimNode struct {
	ref
	Claimant hearsay.Claimant `json:"claimant"`
	Cue      string           `json:"cue"`
	Stance   hearsay.Stance   `json:"stance"`
	Side     string           `json:"side"` // "asserts", "denies", "partly" or "other"
	Via      []string         `json:"via,omitempty"`
	Origin   string           `json:"origin"`
	Quote    string           `json:"quote"` // the attribution as it stands in the text
	Start    int              `json:"start"`
	End      int              `json:"end"`
	Family   string           `json:"family"`
	Label    string           `json:"label"`
	Source   string           `json:"source"`
	Target   string           `json:"target"`
	CAMEO    string           `json:"cameo"`
	Polarity hearsay.Polarity `json:"polarity,omitempty"` // the event's, when not asserted
	Date     time.Time        `json:"date,omitzero"`
}

// article is one document on its way into the clusterings.
type article struct {
	a    *hearsay.Article
	an   *hearsay.Analysis // with Via chains of unnamed sources completed
	r    ref
	base string // node id prefix: the article's Key
}

func addDocument(ctx context.Context, s Store, doc *hearsay.Document) error {
	a := &doc.Article
	art := &article{a: a, an: &hearsay.Analysis{},
		r: ref{ArticleID: a.ID, Outlet: a.Outlet, URL: a.URL, Title: a.Title, Published: a.Published, Copy: a.CopyOf != 0}}
	art.base = a.Key
	if art.base == "" {
		art.base = fmt.Sprintf("id%d", a.ID)
	}
	if doc.Analysis != nil {
		art.an = relayUnnamed(doc.Analysis, a.Outlet)
	}
	st, err := addEvents(ctx, s, art)
	if err != nil {
		return err
	}
	if err := addClaims(ctx, s, art); err != nil {
		return err
	}
	return addStory(ctx, s, art, st)
}

// relayUnnamed returns an with every unnamed source given the relay that one
// of the same affiliation has: an unnamed source is the same person wherever
// the article names an agency relaying them ("an Iranian official told
// Reuters", later "the official said"). an itself is left as it is.
func relayUnnamed(an *hearsay.Analysis, outlet string) *hearsay.Analysis {
	out := &hearsay.Analysis{Events: an.Events, Claims: slices.Clone(an.Claims)}
	relayed := func(c hearsay.Claim) bool {
		return c.Claimant.Kind == hearsay.AnonymousOfficial && len(c.Via) > 0 && normName(c.Via[0]) != normName(outlet)
	}
	relays := map[string]string{}
	for _, c := range out.Claims {
		if relayed(c) && relays[c.Claimant.Actor] == "" {
			relays[c.Claimant.Actor] = c.Via[0]
		}
	}
	for i, c := range out.Claims {
		if r := relays[c.Claimant.Actor]; r != "" && c.Claimant.Kind == hearsay.AnonymousOfficial && !relayed(c) {
			out.Claims[i].Via = append([]string{r}, c.Via...)
		}
	}
	return out
}

// addEvents links the article's events into merged events and returns the
// article's story node data so far (its event keys and places).
func addEvents(ctx context.Context, s Store, art *article) (articleNode, error) {
	a, an := art.a, art.an
	// Which claims speak for which events, and their origins.
	origins := make([][]string, len(an.Events))
	for _, c := range an.Claims {
		o := origin(c, a)
		for _, ei := range c.Events {
			if ei >= 0 && ei < len(origins) && !slices.Contains(origins[ei], o) {
				origins[ei] = append(origins[ei], o)
			}
		}
	}
	story := articleNode{ref: art.r}
	for i, e := range an.Events {
		src, tgt := actorKey(e.Source), actorKey(e.Target)
		if src == "" && tgt == "" {
			continue
		}
		org := origins[i]
		if len(org) == 0 {
			org = []string{articleOrigin(a)}
		}
		place := ""
		if e.Place != nil {
			place = e.Place.Name
		}
		m := mention{ref: art.r, Sentence: e.SentSpan.Text, Start: e.SentSpan.Start, End: e.SentSpan.End,
			Trigger: e.Trigger.Text, Source: e.Source, Target: e.Target, CAMEO: e.CAMEO, PLOVER: e.PLOVER,
			Polarity: e.Polarity, Date: e.Date, Place: place, Origins: org}
		n := Node{ID: fmt.Sprintf("%s#e%d", art.base, i), Day: day(e.Date, a.Published, a.Ingested),
			Keys: []string{eventKey(src, tgt, rootOf(e.CAMEO), e.Polarity)}}
		if err := add(ctx, s, KindEvent, n, m, EventWindow, nil); err != nil {
			return story, err
		}
		if e.Polarity != hearsay.Negated && src != "" && tgt != "" && src != tgt {
			story.Events = appendNew(story.Events, src+"|"+tgt+"|"+rootOf(e.CAMEO))
		}
		if place != "" {
			if !slices.ContainsFunc(story.Places, func(p string) bool { return strings.EqualFold(p, place) }) {
				story.Places = append(story.Places, place)
			}
		}
	}
	return story, nil
}

// addClaims links each claim, once per event it is about, into the
// propositions.
func addClaims(ctx context.Context, s Store, art *article) error {
	a, an := art.a, art.an
	for ci, c := range an.Claims {
		evs, mentioned, named := claimEvents(an, ci, a)
		an := an
		if named != nil {
			// a proposition the article names between two parties but
			// codes no event of: it stands as a mention of its own
			an = &hearsay.Analysis{Events: append(slices.Clone(an.Events), *named), Claims: an.Claims}
			mentioned = len(an.Events) - 1
			evs = append(slices.Clone(evs), mentioned)
		}
		for _, ei := range evs {
			if ei < 0 || ei >= len(an.Events) {
				continue
			}
			e := an.Events[ei]
			mention := ei == mentioned
			if mention {
				// The claim names the event without its actors ("the
				// coordination is already under way"): the event lends
				// its actors and family, the claim alone its stance.
				e.Polarity, e.CAMEO, e.Trigger = hearsay.Asserted, familyCode(e.CAMEO), hearsay.Span{}
			}
			src, tgt := actorKey(e.Source), actorKey(e.Target)
			f := familyOf(e.CAMEO)
			if src == "" || tgt == "" && !f.AnyTarget {
				continue // an offer needs no partner: "Iran is ready to help"
			}
			if c.Claimant.Kind == hearsay.ArticleItself && c.Cue.End <= c.Cue.Start && !mention && reported(an, e) {
				// (the writer's own view, "My view is that ...", has a cue
				// and stands beside what others say)
				continue
			}
			p, q := pairKey(f, src, tgt)
			st := c.Stance
			if e.Trigger.Start < c.Cue.End && c.Cue.Start < e.Trigger.End {
				// The event is the speech act itself ("Damascus warned the
				// US against ...", "Earnest ruled out any coordination"):
				// the claimant did it, whatever it says of its content; a
				// rejection's family still puts it on the denying side.
				st = hearsay.Asserts
			}
			if st == hearsay.Denies && e.Polarity != hearsay.Negated && !f.Negates && !negatedUnpaired(an, c.Events, ei) {
				switch {
				case !denialCue(c.Cue.Text) && len(c.Events) > 1 && !claim.CallsFalse(c.Content.Text):
					// The content negates something other than this event
					// ("vowed to prosecute the militants who beheaded ...,
					// stressing that it won't be easy").
					st = hearsay.Asserts
				case mentioned >= 0 && !mention || deniesOther(an, evs, ei):
					// What the claimant denies is another event it is
					// about ("ruled out any coordination with the Assad
					// regime, despite Al-Assad expressing his willingness
					// to cooperate": the willingness is neither denied nor
					// asserted by the one who denies).
					continue
				}
			}
			cn := claimNode{ref: art.r, Claimant: c.Claimant, Cue: c.Cue.Text, Stance: c.Stance,
				Side: side(st, e.Polarity, f), Via: c.Via, Origin: origin(c, a), Family: f.Name,
				Label: f.Label, Source: p, Target: q, CAMEO: e.CAMEO, Date: e.Date}
			if e.Polarity != hearsay.Asserted {
				cn.Polarity = e.Polarity
			}
			cn.Start, cn.End = claimExtent(c)
			if cn.Start < cn.End && cn.End <= len(a.Text) {
				cn.Quote = a.Text[cn.Start:cn.End]
			}
			n := Node{ID: fmt.Sprintf("%s#c%de%d", art.base, ci, ei), Day: day(e.Date, a.Published, a.Ingested),
				Keys: []string{f.Name + "|" + p + "|" + q}}
			if err := add(ctx, s, KindClaim, n, cn, ClaimWindow, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

// negatedUnpaired reports whether evs hold a negated event of event ei's
// family with a partner unnamed: ei itself, denied in other words ("there
// were no plans to work with a government that Washington does not even
// recognise"), so the denial is of ei whatever else the content holds.
func negatedUnpaired(an *hearsay.Analysis, evs []int, ei int) bool {
	for _, o := range evs {
		if o == ei || o < 0 || o >= len(an.Events) {
			continue
		}
		e := an.Events[o]
		if e.Polarity == hearsay.Negated && !paired(e) && familyOf(e.CAMEO).Name == familyOf(an.Events[ei].CAMEO).Name {
			return true
		}
	}
	return false
}

// deniesOther reports whether the events a claim is about hold, besides
// event ei, one that carries the denial itself: a negated event, or a
// rejection that names what it rejects ("ruled out any coordination", 1212;
// not a bare 120 "dismissed the report", whose content is the other events).
// An event of ei's own family with a partner unnamed is ei itself in other
// words, and denies it.
func deniesOther(an *hearsay.Analysis, evs []int, ei int) bool {
	for _, o := range evs {
		if o == ei || o < 0 || o >= len(an.Events) {
			continue
		}
		e := an.Events[o]
		if !paired(e) && familyOf(e.CAMEO).Name == familyOf(an.Events[ei].CAMEO).Name {
			continue // the same act with its partner unnamed: its denial is this event's
		}
		if e.Polarity == hearsay.Negated || familyOf(e.CAMEO).Negates {
			return true
		}
	}
	return false
}

// addStory links the article into the stories by its event keys, places,
// and (only when nothing was coded, as common title words would otherwise
// link everything of a busy week) its title words; a syndicated copy always
// joins its original's story.
func addStory(ctx context.Context, s Store, art *article, story articleNode) error {
	a := art.a
	if len(story.Events) == 0 && len(story.Places) == 0 {
		story.Terms = titleTerms(a.Title)
	}
	keys := []string{fmt.Sprintf("doc:%d", a.ID)}
	if a.CopyOf != 0 {
		keys = []string{fmt.Sprintf("doc:%d", a.CopyOf)}
	}
	for _, k := range story.Events {
		keys = append(keys, "ev:"+k)
	}
	for _, p := range story.Places {
		keys = append(keys, "pl:"+strings.ToLower(p))
	}
	for _, t := range story.Terms {
		keys = append(keys, "t:"+t)
	}
	return add(ctx, s, KindStory, Node{ID: art.base, Day: day(a.Published, a.Ingested), Keys: keys}, story, StoryWindow, sameStory)
}

// reported reports whether someone other than the article speaks in the
// sentence of event e: then the article only relays what they say ("Josh
// Earnest ruled out any coordination" is Earnest's denial, not the
// outlet's), and its own claim about the event is left out.
func reported(an *hearsay.Analysis, e hearsay.Event) bool {
	for _, c := range an.Claims {
		if c.Claimant.Kind != hearsay.ArticleItself && c.Cue.End > c.Cue.Start &&
			e.SentSpan.Start <= c.Cue.Start && c.Cue.End <= e.SentSpan.End {
			return true
		}
	}
	return false
}

// denialCue reports whether a cue's words deny by themselves ("denied",
// "ruled out", "dismissed", "pushed back").
func denialCue(cue string) bool {
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		for _, stem := range []string{"deni", "deny", "reject", "dismiss", "refut", "rebuff", "disput", "contradict", "rebut"} {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
	}
	l := strings.ToLower(cue)
	return strings.Contains(l, "rule") && strings.Contains(l, "out") || strings.Contains(l, "push") && strings.Contains(l, "back")
}

// claimEvents returns the events claim ci is about: those in its content;
// else, for a denial of another claim ("the report"), that claim's; else
// the events of the sentence its cue stands in ("..., a claim Washington
// swiftly rejected"); else, when its content names a family's event without
// its actors ("the coordination is already under way"), the article's
// event of that family nearest before it (also when the claim's other
// events are of other families), whose index is mentioned; else, for a
// denial or partial confirmation, those of the claim before it. mentioned
// is -1 when no event is linked by mention.
func claimEvents(an *hearsay.Analysis, ci int, a *hearsay.Article) (evs []int, mentioned int, named *hearsay.Event) {
	c := an.Claims[ci]
	if c.Claimant.Kind == hearsay.ArticleItself && len(c.Events) > 0 {
		return c.Events, -1, nil
	}
	evs = c.Events
	if len(evs) == 0 && c.Denies > 0 && c.Denies <= len(an.Claims) && c.Denies-1 != ci {
		evs = an.Claims[c.Denies-1].Events
	}
	if len(evs) == 0 {
		for i, e := range an.Events {
			if c.Cue.End > c.Cue.Start && e.SentSpan.Start <= c.Cue.Start && c.Cue.End <= e.SentSpan.End {
				evs = append(evs, i)
			}
		}
	}
	fam := mentionedFamily(c.Content.Text)
	if fam == "" && soAnaphor(c.Content.Text) {
		// "Do the two sides swap intelligence, then? Officially, no, and
		// the State Department has said so": what was asked
		fam = mentionedFamily(sentenceBefore(a.Text, c.Content.Start))
	}
	if fam != "" && !slices.ContainsFunc(evs, func(i int) bool {
		// an event of the family whose partner the coder could not name
		// ("no plans to work with a government that Washington does not
		// even recognise") makes no proposition: the mention still does
		return i >= 0 && i < len(an.Events) && familyOf(an.Events[i].CAMEO).Name == fam && paired(an.Events[i])
	}) {
		// "ruled out coordinating with Assad's government ..., even though
		// Damascus has said it is ready to work with the United States":
		// what it names is what it is about, beside what it merely holds;
		// the doers of the content's own events name the pair ("the US
		// and Syrian air campaigns amounted to a common effort").
		parties := map[string]bool{}
		for _, i := range evs {
			if i >= 0 && i < len(an.Events) {
				parties[actorKey(an.Events[i].Source)] = true
			}
		}
		at := c.Cue.Start
		if c.Cue.End <= c.Cue.Start {
			at = c.Content.Start // the article's own words: "the pitch appears to be as much about ..."
		}
		var pair []string
		if len(evs) == 0 {
			// the two parties the mention's words name, when it names no
			// doer ("with American aircraft and Iranian advisers working the
			// same battlefield, some information may well be passing
			// between them")
			pair = mentionParties(a.Text, c.Content.Text, at, a.Published)
			for _, p := range pair {
				parties[p] = true
			}
		}
		e := familyEvent(an, fam, at, parties)
		if pair != nil && (e < 0 || !between(an.Events[e], pair)) {
			if ne, ok := namedEvent(fam, pair); ok {
				return evs, -1, &ne
			}
		}
		if e >= 0 {
			return append(slices.Clone(evs), e), e, nil
		}
	}
	if len(evs) > 0 {
		return evs, -1, nil
	}
	if !(c.Stance == hearsay.ConfirmsPartly || c.Stance == hearsay.Denies && denialCue(c.Cue.Text)) {
		return nil, -1, nil
	}
	// A reaction with nothing of its own to react to answers what was last
	// claimed before it ("The communication, confirmed in part by a senior
	// State Department official, ...").
	for j := ci - 1; j >= 0; j-- {
		p := an.Claims[j]
		if p.Claimant.Kind != hearsay.ArticleItself && len(p.Events) > 0 && p.Content.Start < c.Cue.Start &&
			normName(p.Claimant.Span.Text) != normName(c.Claimant.Span.Text) {
			return p.Events[:1], -1, nil // the main event: the first in the content
		}
	}
	return nil, -1, nil
}

// between reports whether event e is between the two parties of pair, in
// either order.
func between(e hearsay.Event, pair []string) bool {
	src, tgt := actorKey(e.Source), actorKey(e.Target)
	return len(pair) == 2 && (src == pair[0] && tgt == pair[1] || src == pair[1] && tgt == pair[0])
}

// paired reports whether an event names both its actors, distinct, as a
// proposition needs them.
func paired(e hearsay.Event) bool {
	src, tgt := actorKey(e.Source), actorKey(e.Target)
	return src != "" && tgt != "" && src != tgt
}

// familyEvent returns the event of the article, of family fam and with
// both actors, that a bare mention at byte offset at refers to: one between
// two of parties (the actors the mention's clause names) when there is
// one, the nearest before the mention, else the nearest after; -1 when
// there is none.
func familyEvent(an *hearsay.Analysis, fam string, at int, parties map[string]bool) int {
	best, bestDist := -1, 0
	for i, e := range an.Events {
		if familyOf(e.CAMEO).Name != fam || !paired(e) {
			continue
		}
		src, tgt := actorKey(e.Source), actorKey(e.Target)
		d := at - e.Trigger.Start
		if d < 0 {
			d = -d + 1<<30 // after the mention: only when nothing comes before
		}
		if !(parties[src] && parties[tgt]) {
			d += 1 << 40 // the pair the clause names first
		}
		if best < 0 || d < bestDist {
			best, bestDist = i, d
		}
	}
	return best
}

// add stores node n with data, linking it to every stored node of kind k
// that shares a key within window days and passes linked (nil: every such
// node), and merging their clusters. A node already stored is left alone.
func add(ctx context.Context, s Store, k Kind, n Node, data any, window int, linked func(a, b Node) bool) error {
	if has, err := s.Has(ctx, k, n.ID); err != nil || has {
		return err
	}
	raw, err := json.Marshal(data)
	if err != nil {
		return err
	}
	n.Data = raw
	var clusters []int64
	if linked == nil {
		if clusters, err = s.NearClusters(ctx, k, n.Keys, n.Day-window, n.Day+window); err != nil {
			return err
		}
	} else {
		near, err := s.Near(ctx, k, n.Keys, n.Day-window, n.Day+window)
		if err != nil {
			return err
		}
		for _, m := range near {
			if linked(n, m) && !slices.Contains(clusters, m.Cluster) {
				clusters = append(clusters, m.Cluster)
			}
		}
	}
	slices.Sort(clusters)
	switch len(clusters) {
	case 0:
		if n.Cluster, err = s.NewCluster(ctx, k); err != nil {
			return err
		}
	default:
		n.Cluster = clusters[0]
		if len(clusters) > 1 {
			if err := s.Merge(ctx, k, clusters[0], clusters[1:]); err != nil {
				return err
			}
		}
	}
	return s.Insert(ctx, k, n)
}

// sameStory links two articles when one is a copy of the other, or when they
// share at least two features and at least half of the smaller feature set.
func sameStory(a, b Node) bool {
	shared, na, nb := 0, 0, 0
	for _, k := range a.Keys {
		if strings.HasPrefix(k, "doc:") {
			if slices.Contains(b.Keys, k) {
				return true
			}
			continue
		}
		na++
		if slices.Contains(b.Keys, k) {
			shared++
		}
	}
	for _, k := range b.Keys {
		if !strings.HasPrefix(k, "doc:") {
			nb++
		}
	}
	return shared >= 2 && 2*shared >= min(na, nb)
}

// side says which side of a proposition a claim stands on. Any negative
// signal — a denial, a negated event, an event that rejects the family's
// event ("ruled out any coordination") — puts it on the denying side; a
// partial confirmation ("we communicated our intentions, but not specific
// timing") stands apart, as it confirms part and disputes the rest; so does
// an event that is only hypothetical or ahead ("other"), except an offer's
// or appeal's.
func side(st hearsay.Stance, pol hearsay.Polarity, f family) string {
	switch {
	case st == hearsay.Denies || pol == hearsay.Negated || f.Negates:
		return "denies"
	case st == hearsay.ConfirmsPartly:
		return "partly"
	case (pol == hearsay.Hypothetical || pol == hearsay.Future) && !f.Made:
		// "might have succeeded had Washington worked with Damascus" asserts
		// no cooperation; an offer or an appeal is made even when what it
		// offers lies ahead
		return "other"
	case st == hearsay.Asserts || st == hearsay.Hedges:
		return "asserts"
	case (st == hearsay.Intends || st == hearsay.Conditional) && f.Made:
		return "asserts" // "Damascus would cooperate with Washington" is the offer
	default:
		return "other"
	}
}

// origin names the independent origin of a claim: the same person, the same
// unnamed source behind the same relaying agency, the same outlet or body,
// counts once however many articles carry it.
func origin(c hearsay.Claim, a *hearsay.Article) string {
	cl := c.Claimant
	name := cl.Name
	if name == "" {
		name = cl.Span.Text
	}
	switch cl.Kind {
	case hearsay.NamedOfficial, hearsay.Analyst:
		return "person:" + normName(personName(name))
	case hearsay.AnonymousOfficial:
		relay := ""
		if len(c.Via) > 0 {
			relay = normName(c.Via[0])
		}
		if relay == "" || relay == normName(a.Outlet) {
			relay = articleOrigin(a)
		}
		if cl.Actor == "" && len(c.Via) > 0 && relay != articleOrigin(a) {
			// "sources" AFP cites are AFP's report: one origin with AFP
			return "body:" + relay
		}
		actor := cl.Actor
		if actor == "" {
			actor = "UNK"
		}
		return "anon:" + actor + "@" + relay
	case hearsay.Government:
		if cl.Actor != "" {
			return "gov:" + cl.Actor
		}
		return "body:" + normName(name)
	case hearsay.Organization, hearsay.MediaOutlet:
		return "body:" + normName(name)
	default:
		return articleOrigin(a)
	}
}

// personName keeps the name part of "State Department spokeswoman Marie
// Harf": the trailing run of capitalised words.
func personName(s string) string {
	f := strings.Fields(s)
	i := len(f)
	for i > 0 {
		w := f[i-1]
		r := []rune(w)
		if len(r) == 0 || !unicode.IsUpper(r[0]) {
			break
		}
		i--
	}
	if i == len(f) || len(f)-i > 4 {
		return s
	}
	// "Syrian Foreign Minister Walid Muallem": drop capitalised titles too.
	names := f[i:]
	for len(names) > 2 && isTitleWord(names[0]) {
		names = names[1:]
	}
	return strings.Join(names, " ")
}

func isTitleWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, ".,")) {
	case "president", "minister", "foreign", "defence", "defense", "secretary", "spokesman", "spokeswoman",
		"spokesperson", "ayatollah", "king", "prince", "general", "gen", "adm", "rear", "admiral", "leader",
		"prime", "senator", "sen", "rep", "dr", "mr", "mrs", "ms", "sheikh", "supreme", "head", "chief":
		return true
	}
	return false
}

// articleOrigin is the origin of what an article says on its own authority;
// a syndicated copy has its original's.
func articleOrigin(a *hearsay.Article) string {
	if a.CopyOf != 0 {
		return fmt.Sprintf("article:%d", a.CopyOf)
	}
	return fmt.Sprintf("article:%d", a.ID)
}

// claimExtent is the smallest span covering the claimant, cue and content.
func claimExtent(c hearsay.Claim) (int, int) {
	start, end := -1, -1
	for _, sp := range []hearsay.Span{c.Claimant.Span, c.Cue, c.Content} {
		if sp.End <= sp.Start {
			continue
		}
		if start < 0 || sp.Start < start {
			start = sp.Start
		}
		if sp.End > end {
			end = sp.End
		}
	}
	if start < 0 {
		return 0, 0
	}
	return start, end
}

// actorKey is the part of an actor code merged events compare: the country
// (or organisation) code, without sectors; empty for a bare role.
func actorKey(a hearsay.Actor) string {
	if rest, ok := strings.CutPrefix(a.Code, a.Country); ok && a.Country != "" && strings.HasPrefix(rest, "IMG") {
		return rest // an armed group in a country ("IS militants in Syria") is the group
	}
	if a.Country != "" {
		return a.Country
	}
	if a.Sector != "" && a.Code == a.Sector {
		return "" // a role with no country ("troops", "officials") is nobody in particular
	}
	if len(a.Code) > 3 && a.Sector != "" && strings.HasSuffix(a.Code, a.Sector) {
		return strings.TrimSuffix(a.Code, a.Sector)
	}
	return a.Code
}

func eventKey(src, tgt, root string, pol hearsay.Polarity) string {
	return src + "|" + tgt + "|" + root + "|" + string(pol)
}

// day turns the first non-zero time into days since the Unix epoch.
func day(ts ...time.Time) int {
	for _, t := range ts {
		if !t.IsZero() {
			return int(t.Unix() / 86400)
		}
	}
	return 0
}

func appendNew(s []string, v string) []string {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// titleTerms returns the first six content words of a title, lowercased,
// sorted.
func titleTerms(title string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if len([]rune(w)) < 4 || stopwords[w] {
			continue
		}
		out = appendNew(out, w)
	}
	if len(out) > 6 {
		out = out[:6]
	}
	sort.Strings(out)
	return out
}

var stopwords = map[string]bool{
	"about": true, "after": true, "against": true, "amid": true, "before": true, "from": true, "have": true,
	"into": true, "over": true, "says": true, "said": true, "report": true, "reports": true, "that": true,
	"their": true, "them": true, "they": true, "this": true, "with": true, "will": true, "would": true,
	"could": true, "news": true, "what": true, "when": true, "where": true, "which": true, "while": true,
	"were": true, "been": true, "being": true, "does": true, "than": true, "then": true, "there": true,
	"these": true, "those": true, "under": true, "until": true, "upon": true, "very": true, "also": true,
}
