package story

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"hearsay"
	"hearsay/event/actor"
)

// Counts says how much stands behind something, each count by its name:
// mentions (every occurrence, copies included), articles, distinct outlets,
// and independent origins (the same source relayed by many outlets, and
// syndicated copies, count once).
type Counts struct {
	Mentions int `json:"mentions"`
	Articles int `json:"articles"`
	Outlets  int `json:"outlets"`
	Origins  int `json:"origins"`
}

// counter accumulates Counts.
type counter struct {
	mentions int
	articles map[int64]bool
	outlets  map[string]bool
	origins  map[string]bool
}

func newCounter() *counter {
	return &counter{articles: map[int64]bool{}, outlets: map[string]bool{}, origins: map[string]bool{}}
}

func (c *counter) add(r ref, origins ...string) {
	c.mentions++
	c.articles[r.ArticleID] = true
	if r.Outlet != "" {
		c.outlets[normName(r.Outlet)] = true
	}
	for _, o := range origins {
		c.origins[o] = true
	}
}

func (c *counter) counts() Counts {
	return Counts{Mentions: c.mentions, Articles: len(c.articles), Outlets: len(c.outlets), Origins: len(c.origins)}
}

// Mention is one article's report of a merged event.
type Mention struct {
	ArticleID int64            `json:"article_id"`
	Outlet    string           `json:"outlet,omitempty"`
	URL       string           `json:"url,omitempty"`
	Title     string           `json:"title,omitempty"`
	Published time.Time        `json:"published,omitzero"`
	Copy      bool             `json:"copy,omitempty"`
	Sentence  string           `json:"sentence"`
	Start     int              `json:"start"`
	End       int              `json:"end"`
	Trigger   string           `json:"trigger"`
	Source    hearsay.Actor    `json:"source"`
	Target    hearsay.Actor    `json:"target"`
	CAMEO     string           `json:"cameo"`
	Polarity  hearsay.Polarity `json:"polarity"`
	Date      time.Time        `json:"date,omitzero"`
	Place     string           `json:"place,omitempty"`
	Origins   []string         `json:"origins"`
}

// MergedEvent is one happening reported by one or more articles.
type MergedEvent struct {
	ID         int64            `json:"id"`
	Source     string           `json:"source"` // country or organisation code
	Target     string           `json:"target"`
	Root       string           `json:"root"`
	CAMEO      string           `json:"cameo"` // the most reported code
	Label      string           `json:"label"`
	Polarity   hearsay.Polarity `json:"polarity"`
	First      time.Time        `json:"first"` // earliest event date (or publication when undated)
	Last       time.Time        `json:"last"`
	FirstSeen  time.Time        `json:"first_seen,omitzero"` // earliest publication
	LastSeen   time.Time        `json:"last_seen,omitzero"`
	Places     []string         `json:"places,omitempty"`
	Counts     Counts           `json:"counts"`
	Confidence float64          `json:"confidence"` // 1 - 0.5^origins, halved unless asserted
	Mentions   []Mention        `json:"mentions"`
}

// Event returns the merged event with the given id, or hearsay.ErrNotFound.
func Event(ctx context.Context, s Store, id int64) (MergedEvent, error) {
	nodes, err := s.Members(ctx, KindEvent, id)
	if err != nil {
		return MergedEvent{}, err
	}
	if len(nodes) == 0 {
		return MergedEvent{}, fmt.Errorf("merged event %d: %w", id, hearsay.ErrNotFound)
	}
	ev := MergedEvent{ID: id}
	c := newCounter()
	codes := map[string]int{}
	for _, n := range nodes {
		var m mention
		if err := json.Unmarshal(n.Data, &m); err != nil {
			return ev, fmt.Errorf("merged event %d: node %s: %w", id, n.ID, err)
		}
		origins := m.Origins
		c.add(m.ref, origins...)
		codes[m.CAMEO]++
		d := dayTime(n.Day)
		if ev.First.IsZero() || d.Before(ev.First) {
			ev.First = d
		}
		if d.After(ev.Last) {
			ev.Last = d
		}
		if !m.Published.IsZero() && (ev.FirstSeen.IsZero() || m.Published.Before(ev.FirstSeen)) {
			ev.FirstSeen = m.Published
		}
		if m.Published.After(ev.LastSeen) {
			ev.LastSeen = m.Published
		}
		if m.Place != "" && !slices.Contains(ev.Places, m.Place) {
			ev.Places = append(ev.Places, m.Place)
		}
		ev.Source, ev.Target, ev.Polarity = actorKey(m.Source), actorKey(m.Target), m.Polarity
		ev.Mentions = append(ev.Mentions, Mention{ArticleID: m.ArticleID, Outlet: m.Outlet, URL: m.URL,
			Title: m.Title, Published: m.Published, Copy: m.Copy, Sentence: m.Sentence, Start: m.Start,
			End: m.End, Trigger: m.Trigger, Source: m.Source, Target: m.Target, CAMEO: m.CAMEO,
			Polarity: m.Polarity, Date: m.Date, Place: m.Place, Origins: m.Origins})
	}
	ev.CAMEO = mostCommon(codes)
	ev.Root = rootOf(ev.CAMEO)
	ev.Label = eventLabel(ev.Source, ev.Target, ev.CAMEO, ev.Polarity)
	ev.Counts = c.counts()
	ev.Confidence = 1 - math.Pow(0.5, float64(ev.Counts.Origins))
	if ev.Polarity != hearsay.Asserted {
		ev.Confidence /= 2
	}
	ev.Confidence = math.Round(ev.Confidence*1000) / 1000
	sort.SliceStable(ev.Mentions, func(i, j int) bool { return ev.Mentions[i].Published.Before(ev.Mentions[j].Published) })
	return ev, nil
}

// Events returns the merged events dated on or after since, most reported
// (by independent origins, then mentions) first.
func Events(ctx context.Context, s Store, since time.Time) ([]MergedEvent, error) {
	ids, err := s.Clusters(ctx, KindEvent, day(since))
	if err != nil {
		return nil, err
	}
	out := make([]MergedEvent, 0, len(ids))
	for _, id := range ids {
		ev, err := Event(ctx, s, id)
		if err != nil {
			return nil, err
		}
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Counts, out[j].Counts
		if a.Origins != b.Origins {
			return a.Origins > b.Origins
		}
		return a.Mentions > b.Mentions
	})
	return out, nil
}

// ArticleRef is an article as a story lists it.
type ArticleRef struct {
	ID        int64     `json:"id"`
	Outlet    string    `json:"outlet,omitempty"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Copy      bool      `json:"copy,omitempty"`
}

// Story is a cluster of articles about one developing story.
type Story struct {
	ID     int64     `json:"id"`
	Label  string    `json:"label"`
	First  time.Time `json:"first"`
	Last   time.Time `json:"last"`
	Counts Counts    `json:"counts"`           // mentions = articles; origins = articles that are not copies
	Events []string  `json:"events,omitempty"` // the story's event keys ("USA|SYR|06"), most frequent first
	// EventLabels names Events for people, in the same order ("United
	// States cooperates materially with Syria").
	EventLabels []string     `json:"event_labels,omitempty"`
	Places      []string     `json:"places,omitempty"`
	Articles    []ArticleRef `json:"articles"`
}

// StoryByID returns the story with the given id, or hearsay.ErrNotFound.
func StoryByID(ctx context.Context, s Store, id int64) (Story, error) {
	nodes, err := s.Members(ctx, KindStory, id)
	if err != nil {
		return Story{}, err
	}
	if len(nodes) == 0 {
		return Story{}, fmt.Errorf("story %d: %w", id, hearsay.ErrNotFound)
	}
	st := Story{ID: id}
	c := newCounter()
	events, places, terms := map[string]int{}, map[string]int{}, map[string]int{}
	placeNames := map[string]string{}
	lead := map[string]float64{}
	for _, n := range nodes {
		var a articleNode
		if err := json.Unmarshal(n.Data, &a); err != nil {
			return st, fmt.Errorf("story %d: node %s: %w", id, n.ID, err)
		}
		if a.Copy {
			c.add(a.ref)
		} else {
			c.add(a.ref, fmt.Sprint(a.ArticleID))
		}
		d := dayTime(n.Day)
		if st.First.IsZero() || d.Before(st.First) {
			st.First = d
		}
		if d.After(st.Last) {
			st.Last = d
		}
		for i, e := range a.Events {
			events[e]++
			lead[e] += 1 / float64(1+i) // what an article reports first is what it is about
		}
		for _, p := range a.Places {
			k := strings.ToLower(p)
			places[k]++
			if _, ok := placeNames[k]; !ok || placeNames[k] == k {
				placeNames[k] = p // the name as the gazetteer writes it
			}
		}
		for _, t := range a.Terms {
			terms[t]++
		}
		st.Articles = append(st.Articles, ArticleRef{ID: a.ArticleID, Outlet: a.Outlet, URL: a.URL, Title: a.Title,
			Published: a.Published, Copy: a.Copy})
	}
	sort.SliceStable(st.Articles, func(i, j int) bool {
		if !st.Articles[i].Published.Equal(st.Articles[j].Published) {
			return st.Articles[i].Published.Before(st.Articles[j].Published)
		}
		return st.Articles[i].ID < st.Articles[j].ID
	})
	st.Counts = c.counts()
	st.Events = ranked(events)
	sort.SliceStable(st.Events, func(i, j int) bool {
		a, b := st.Events[i], st.Events[j]
		return events[a] > events[b] || events[a] == events[b] && lead[a] > lead[b]
	})
	for _, k := range st.Events {
		st.EventLabels = append(st.EventLabels, keyLabel(k))
	}
	for _, k := range ranked(places) {
		st.Places = append(st.Places, placeNames[k])
	}
	st.Label = storyLabel(st.Events, st.Places, ranked(terms), st.Articles)
	return st, nil
}

// Stories returns the stories with articles dated on or after since, largest first.
func Stories(ctx context.Context, s Store, since time.Time) ([]Story, error) {
	ids, err := s.Clusters(ctx, KindStory, day(since))
	if err != nil {
		return nil, err
	}
	out := make([]Story, 0, len(ids))
	for _, id := range ids {
		st, err := StoryByID(ctx, s, id)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Counts.Articles > out[j].Counts.Articles })
	return out, nil
}

// Quote is one claim as it stands in one article.
type Quote struct {
	ArticleID int64          `json:"article_id"`
	Outlet    string         `json:"outlet,omitempty"`
	URL       string         `json:"url,omitempty"`
	Published time.Time      `json:"published,omitzero"`
	Copy      bool           `json:"copy,omitempty"`
	Text      string         `json:"text"`
	Start     int            `json:"start"` // byte offsets in the article text
	End       int            `json:"end"`
	Stance    hearsay.Stance `json:"stance"`
	Cue       string         `json:"cue,omitempty"`
	CAMEO     string         `json:"cameo"`
	// Polarity is the event's when it is not asserted: a claim asserting
	// a negated event stands on the denying side.
	Polarity hearsay.Polarity `json:"polarity,omitempty"`
}

// Claimant is one independent origin on one side of a proposition.
type Claimant struct {
	Origin    string               `json:"origin"`         // the key that makes it independent
	Text      string               `json:"text"`           // how the first article names it
	Name      string               `json:"name,omitempty"` // who that is, when known ("Josh Earnest" for "he")
	Kind      hearsay.ClaimantKind `json:"kind"`
	Actor     string               `json:"actor,omitempty"`
	Via       []string             `json:"via,omitempty"`
	FirstSeen time.Time            `json:"first_seen,omitzero"`
	Counts    Counts               `json:"counts"`
	Quotes    []Quote              `json:"quotes"`
}

// Side is the claimants taking one stance toward a proposition.
type Side struct {
	Counts    Counts     `json:"counts"`
	Claimants []Claimant `json:"claimants"`
}

// Proposition is what claims are about: an actor pair and an event family in
// a time window ("USA shares intelligence with SYR").
type Proposition struct {
	ID        int64     `json:"id"`
	Family    string    `json:"family"`
	Source    string    `json:"source"`
	Target    string    `json:"target"`
	Label     string    `json:"label"`
	First     time.Time `json:"first"`
	Last      time.Time `json:"last"`
	Contested bool      `json:"contested"` // independent claimants assert it and deny or dispute it
	Asserted  Side      `json:"asserted"`  // asserts or hedges
	Denied    Side      `json:"denied"`
	Partly    Side      `json:"confirmed_in_part"` // confirm part, dispute the rest
	Other     Side      `json:"other"`             // future, hypothetical, questioned
}

// PropositionByID returns one proposition, or hearsay.ErrNotFound.
func PropositionByID(ctx context.Context, s Store, id int64) (Proposition, error) {
	nodes, err := s.Members(ctx, KindClaim, id)
	if err != nil {
		return Proposition{}, err
	}
	if len(nodes) == 0 {
		return Proposition{}, fmt.Errorf("proposition %d: %w", id, hearsay.ErrNotFound)
	}
	p := Proposition{ID: id}
	type sideAcc struct {
		c      *counter
		byOrig map[string]*Claimant
		cnt    map[string]*counter
		order  []string
	}
	sides := map[string]*sideAcc{}
	var verb string // the family's label, the same on every node
	for _, n := range nodes {
		var cn claimNode
		if err := json.Unmarshal(n.Data, &cn); err != nil {
			return p, fmt.Errorf("proposition %d: node %s: %w", id, n.ID, err)
		}
		p.Family, p.Source, p.Target, verb = cn.Family, cn.Source, cn.Target, cn.Label
		d := dayTime(n.Day)
		if p.First.IsZero() || d.Before(p.First) {
			p.First = d
		}
		if d.After(p.Last) {
			p.Last = d
		}
		sa := sides[cn.Side]
		if sa == nil {
			sa = &sideAcc{c: newCounter(), byOrig: map[string]*Claimant{}, cnt: map[string]*counter{}}
			sides[cn.Side] = sa
		}
		sa.c.add(cn.ref, cn.Origin)
		cl := sa.byOrig[cn.Origin]
		if cl == nil {
			cl = &Claimant{Origin: cn.Origin, Text: cn.Claimant.Span.Text, Name: cn.Claimant.Name, Kind: cn.Claimant.Kind, Actor: cn.Claimant.Actor, Via: cn.Via}
			sa.byOrig[cn.Origin] = cl
			sa.cnt[cn.Origin] = newCounter()
			sa.order = append(sa.order, cn.Origin)
		}
		sa.cnt[cn.Origin].add(cn.ref, cn.Origin)
		earlier := !cn.Published.IsZero() && (cl.FirstSeen.IsZero() || cn.Published.Before(cl.FirstSeen))
		if earlier {
			cl.FirstSeen = cn.Published
		}
		// An agency and the unnamed source it cites are one origin, named
		// by the source, relayed by the agency; else by its first words.
		source := cl.Kind == hearsay.MediaOutlet && cn.Claimant.Kind == hearsay.AnonymousOfficial
		agency := cl.Kind == hearsay.AnonymousOfficial && cn.Claimant.Kind == hearsay.MediaOutlet
		if source || earlier && !agency {
			cl.Text, cl.Name, cl.Kind, cl.Actor, cl.Via = cn.Claimant.Span.Text, cn.Claimant.Name, cn.Claimant.Kind, cn.Claimant.Actor, cn.Via
		}
		q := Quote{ArticleID: cn.ArticleID, Outlet: cn.Outlet, URL: cn.URL, Published: cn.Published, Copy: cn.Copy,
			Text: cn.Quote, Start: cn.Start, End: cn.End, Stance: cn.Stance, Cue: cn.Cue, CAMEO: cn.CAMEO, Polarity: cn.Polarity}
		if !slices.ContainsFunc(cl.Quotes, func(o Quote) bool { return o.ArticleID == q.ArticleID && o.Start == q.Start }) {
			cl.Quotes = append(cl.Quotes, q)
		}
	}
	build := func(name string) Side {
		sa := sides[name]
		if sa == nil {
			return Side{}
		}
		sd := Side{Counts: sa.c.counts()}
		for _, o := range sa.order {
			cl := sa.byOrig[o]
			cl.Counts = sa.cnt[o].counts()
			sort.SliceStable(cl.Quotes, func(i, j int) bool { return cl.Quotes[i].Published.Before(cl.Quotes[j].Published) })
			sd.Claimants = append(sd.Claimants, *cl)
		}
		sort.SliceStable(sd.Claimants, func(i, j int) bool {
			a, b := sd.Claimants[i], sd.Claimants[j]
			if !a.FirstSeen.Equal(b.FirstSeen) {
				return a.FirstSeen.Before(b.FirstSeen)
			}
			return a.Origin < b.Origin
		})
		return sd
	}
	p.Label = propositionLabel(p.Source, verb, p.Target)
	p.Asserted, p.Denied, p.Partly, p.Other = build("asserts"), build("denies"), build("partly"), build("other")
	against := Side{Claimants: append(slices.Clone(p.Denied.Claimants), p.Partly.Claimants...)}
	p.Contested = opposed(p.Asserted, against)
	return p, nil
}

// opposed reports whether two different origins stand on sides a and b:
// someone asserts what someone else denies or disputes.
func opposed(a, b Side) bool {
	for _, c := range a.Claimants {
		for _, d := range b.Claimants {
			if c.Origin != d.Origin {
				return true
			}
		}
	}
	return false
}

// Propositions returns the propositions with claims dated on or after since;
// with contestedOnly, only the contested ones. Most origins first.
func Propositions(ctx context.Context, s Store, since time.Time, contestedOnly bool) ([]Proposition, error) {
	ids, err := s.Clusters(ctx, KindClaim, day(since))
	if err != nil {
		return nil, err
	}
	var out []Proposition
	for _, id := range ids {
		p, err := PropositionByID(ctx, s, id)
		if err != nil {
			return nil, err
		}
		if contestedOnly && !p.Contested {
			continue
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a := out[i].Asserted.Counts.Origins + out[i].Denied.Counts.Origins + out[i].Partly.Counts.Origins
		b := out[j].Asserted.Counts.Origins + out[j].Denied.Counts.Origins + out[j].Partly.Counts.Origins
		if a != b {
			return a > b
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func dayTime(d int) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// ranked returns the keys of m, most frequent first, ties alphabetical.
func ranked(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

func mostCommon(m map[string]int) string {
	r := ranked(m)
	if len(r) == 0 {
		return ""
	}
	return r[0]
}

func eventLabel(src, tgt, code string, pol hearsay.Polarity) string {
	label := familyOf(code).Label
	if rl, ok := rootLabels[rootOf(code)]; ok && familyOf(code).Name == "cameo"+rootOf(code) {
		label = rl
	}
	l := sentence(src, label, tgt)
	if pol != hearsay.Asserted && pol != "" {
		l += " (" + string(pol) + ")"
	}
	return l
}

// storyLabel names a story by its main actors and event, else its places and
// key terms, else its first title.
func storyLabel(events, places, terms []string, arts []ArticleRef) string {
	if len(events) > 0 {
		if l := keyLabel(events[0]); l != "" {
			if len(places) > 0 {
				l += " (" + places[0] + ")"
			}
			return l
		}
	}
	if len(terms) > 0 {
		l := ""
		for i, t := range terms {
			if i == 3 {
				break
			}
			if i > 0 {
				l += ", "
			}
			l += t
		}
		return l
	}
	if len(arts) > 0 {
		return arts[0].Title
	}
	return ""
}

// keyLabel names a story's event key ("USA|SYR|06") for people ("United
// States cooperates materially with Syria"); "" for a malformed key.
func keyLabel(key string) string {
	var src, tgt, root string
	if n, _ := fmt.Sscanf(replaceBars(key), "%s %s %s", &src, &tgt, &root); n != 3 {
		return ""
	}
	return sentence(src, rootLabels[root], tgt)
}

// sentence names an event for people: the actors' names around the verb
// phrase ("United States cooperates (militarily or on intelligence) with
// Syria"); an actor the coder did not find reads "someone".
func sentence(src, verb, tgt string) string {
	return actorName(src) + " " + verb + " " + actorName(tgt)
}

// propositionLabel names a proposition; one whose family takes any
// partner names none ("Syria offers to cooperate").
func propositionLabel(src, verb, tgt string) string {
	if tgt == "" {
		return actorName(src) + " " + strings.TrimSuffix(verb, " with")
	}
	return sentence(src, verb, tgt)
}

// actorName is the name of an actor code from the built-in actor table.
func actorName(code string) string {
	if code == "" {
		return "someone"
	}
	return actor.Builtin().Name(code)
}

func replaceBars(s string) string {
	b := []byte(s)
	for i := range b {
		if b[i] == '|' {
			b[i] = ' '
		}
	}
	return string(b)
}

// Conflict is the conflicting reports about one pair of actors: the
// propositions about them that are contested, and beside them the other
// propositions about the same pair that someone denies or disputes ("the US
// informed Iran in advance", contested, next to "the US coordinates military
// action with Iran", denied).
type Conflict struct {
	Actors    [2]string     `json:"actors"` // in alphabetical order
	Contested []Proposition `json:"contested"`
	Related   []Proposition `json:"related,omitempty"`
}

// Conflicts returns, for every actor pair with a contested proposition
// dated on or after since, its conflicting reports; the pairs with the most
// origins come first.
func Conflicts(ctx context.Context, s Store, since time.Time) ([]Conflict, error) {
	props, err := Propositions(ctx, s, since, false)
	if err != nil {
		return nil, err
	}
	pair := func(p Proposition) [2]string {
		if p.Target == "" {
			return [2]string{p.Source, ""} // a proposition of one actor's
		}
		if p.Target < p.Source {
			return [2]string{p.Target, p.Source}
		}
		return [2]string{p.Source, p.Target}
	}
	byPair := map[[2]string]*Conflict{}
	var order [][2]string
	for _, p := range props { // most origins first, so the order follows
		if !p.Contested {
			continue
		}
		k := pair(p)
		if byPair[k] == nil {
			byPair[k] = &Conflict{Actors: k}
			order = append(order, k)
		}
		byPair[k].Contested = append(byPair[k].Contested, p)
	}
	for _, p := range props {
		if c := byPair[pair(p)]; c != nil && !p.Contested && len(p.Denied.Claimants)+len(p.Partly.Claimants) > 0 {
			c.Related = append(c.Related, p)
		}
	}
	out := make([]Conflict, 0, len(order))
	for _, k := range order {
		out = append(out, *byPair[k])
	}
	return out, nil
}
