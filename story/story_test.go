package story

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"hearsay"
)

// newsDir is the synthetic corpus with gold claims, beside the repository.
const newsDir = "../../shared/data/news"

type goldClaim struct {
	Prop          string  `json:"prop"`
	Stance        string  `json:"stance"`
	ClaimantText  string  `json:"claimant_text"`
	ClaimantType  string  `json:"claimant_type"`
	ClaimantActor string  `json:"claimant_actor"`
	ReportedVia   *string `json:"reported_via"`
	Sentence      string  `json:"sentence"`
}

type goldArticle struct {
	ID              string      `json:"id"`
	NearDuplicateOf *string     `json:"near_duplicate_of"`
	Claims          []goldClaim `json:"claims"`
}

type inputArticle struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"`
	Title     string    `json:"title"`
	Text      string    `json:"text"`
}

// propEvents gives, for each gold proposition of news/README.md, the event
// that expresses it: CAMEO code, source, target.
var propEvents = map[string][3]string{
	"P1": {"064", "USA", "SYR"}, "P2": {"062", "USA", "SYR"}, "P3": {"040", "USA", "SYR"},
	"P4": {"040", "USA", "IRN"}, "P5": {"062", "USA", "IRN"}, "P6": {"0212", "USA", "IRN"},
	"P7": {"030", "IRN", "USA"}, "P8": {"030", "SYR", "USA"}, "P9": {"064", "USA", "IRN"},
}

func readJSONL[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

// goldDocs turns the gold claims of news/dev into documents whose claims
// each carry one event of their proposition, as the claim stage would give.
func goldDocs(t *testing.T) ([]hearsay.Document, map[string]goldArticle) {
	arts := readJSONL[inputArticle](t, filepath.Join(newsDir, "dev", "articles.jsonl"))
	golds := readJSONL[goldArticle](t, filepath.Join(newsDir, "dev", "gold.jsonl"))
	byID := map[string]goldArticle{}
	for _, g := range golds {
		byID[g.ID] = g
	}
	var docs []hearsay.Document
	for _, a := range arts {
		g := byID[a.ID]
		an := &hearsay.Analysis{}
		for _, c := range g.Claims {
			pe := propEvents[c.Prop]
			start := strings.Index(a.Text, c.Sentence)
			sent := hearsay.Span{Start: start, End: start + len(c.Sentence), Text: c.Sentence}
			an.Events = append(an.Events, hearsay.Event{SentSpan: sent, CAMEO: pe[0], Root: pe[0][:2],
				Source: hearsay.Actor{Code: pe[1], Country: pe[1]}, Target: hearsay.Actor{Code: pe[2], Country: pe[2]},
				Polarity: hearsay.Asserted, Date: a.Published.Truncate(24 * time.Hour)})
			cl := hearsay.Claim{Claimant: hearsay.Claimant{Span: hearsay.Span{Text: c.ClaimantText},
				Kind: hearsay.ClaimantKind(c.ClaimantType)}, Stance: hearsay.Stance(c.Stance),
				Content: sent, Events: []int{len(an.Events) - 1}}
			if c.ClaimantActor != "UNK" {
				cl.Claimant.Actor = c.ClaimantActor
			}
			if c.ReportedVia != nil {
				cl.Via = []string{*c.ReportedVia, a.Outlet}
			}
			an.Claims = append(an.Claims, cl)
		}
		docs = append(docs, hearsay.Document{Article: hearsay.Article{Key: a.ID, URL: a.URL, Outlet: a.Outlet,
			Title: a.Title, Published: a.Published, Text: a.Text}, Analysis: an})
	}
	return docs, byID
}

// ingest stores docs in order as the ingest stage would: ids in arrival
// order, and the later of a near-duplicate pair marked as the copy.
func ingest(t *testing.T, s Store, docs []hearsay.Document, gold map[string]goldArticle, batch int) {
	t.Helper()
	ids := map[string]int64{}
	var pending []hearsay.Document
	for i, d := range docs {
		d.Article.ID = int64(i + 1)
		ids[d.Article.Key] = d.Article.ID
		// Pairs: whichever came first is the original.
		g := gold[d.Article.Key]
		if g.NearDuplicateOf != nil {
			if id, ok := ids[*g.NearDuplicateOf]; ok {
				d.Article.CopyOf = id
			}
		}
		for k, og := range gold {
			if og.NearDuplicateOf != nil && *og.NearDuplicateOf == d.Article.Key {
				if id, ok := ids[k]; ok && id != d.Article.ID {
					d.Article.CopyOf = id
				}
			}
		}
		pending = append(pending, d)
		if len(pending) == batch {
			if err := Update(context.Background(), s, pending); err != nil {
				t.Fatal(err)
			}
			pending = nil
		}
	}
	if err := Update(context.Background(), s, pending); err != nil {
		t.Fatal(err)
	}
}

// snapshot describes the clusterings by their members' stable node ids, so
// that runs with different arrival orders (and so different cluster ids)
// compare equal when they found the same clusters.
func snapshot(t *testing.T, s *MemStore) map[Kind][]string {
	out := map[Kind][]string{}
	for _, k := range []Kind{KindEvent, KindStory, KindClaim} {
		ids, err := s.Clusters(context.Background(), k, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			nodes, _ := s.Members(context.Background(), k, id)
			var names []string
			for _, n := range nodes {
				names = append(names, n.ID)
			}
			out[k] = append(out[k], strings.Join(names, ","))
		}
		sort.Strings(out[k])
	}
	return out
}

func TestOrderIndependence(t *testing.T) {
	docs, gold := goldDocs(t)
	a := NewMemStore()
	ingest(t, a, docs, gold, 5)

	rev := slices.Clone(docs)
	slices.Reverse(rev)
	b := NewMemStore()
	ingest(t, b, rev, gold, 3)

	// Interleave: odd then even positions, one at a time.
	var mixed []hearsay.Document
	for i := 1; i < len(docs); i += 2 {
		mixed = append(mixed, docs[i])
	}
	for i := 0; i < len(docs); i += 2 {
		mixed = append(mixed, docs[i])
	}
	c := NewMemStore()
	ingest(t, c, mixed, gold, 1)

	sa, sb, sc := snapshot(t, a), snapshot(t, b), snapshot(t, c)
	if !reflect.DeepEqual(sa, sb) || !reflect.DeepEqual(sa, sc) {
		t.Fatalf("clusters depend on order:\nin order: %v\nreversed: %v\nmixed:    %v", sa, sb, sc)
	}
	if len(sa[KindClaim]) == 0 || len(sa[KindEvent]) == 0 || len(sa[KindStory]) == 0 {
		t.Fatalf("nothing clustered: %v", sa)
	}

	// Counts must not depend on order either.
	pa, err := Propositions(context.Background(), a, time.Time{}, false)
	if err != nil {
		t.Fatal(err)
	}
	pb, _ := Propositions(context.Background(), b, time.Time{}, false)
	count := func(ps []Proposition) map[string][2]int {
		m := map[string][2]int{}
		for _, p := range ps {
			m[p.Label] = [2]int{p.Asserted.Counts.Origins, p.Denied.Counts.Origins}
		}
		return m
	}
	if !reflect.DeepEqual(count(pa), count(pb)) {
		t.Errorf("origin counts depend on order: %v vs %v", count(pa), count(pb))
	}
}

// TestGoldPropositions checks the grouping on gold claims: every gold
// proposition with claimants on both sides is contested, and gold claimants
// stand on their gold side.
func TestGoldPropositions(t *testing.T) {
	docs, gold := goldDocs(t)
	s := NewMemStore()
	ingest(t, s, docs, gold, 4)
	props, err := Propositions(context.Background(), s, time.Time{}, false)
	if err != nil {
		t.Fatal(err)
	}
	find := func(prop string) *Proposition {
		pe := propEvents[prop]
		f := familyOf(pe[0])
		src, tgt := pairKey(f, pe[1], pe[2])
		for i := range props {
			if props[i].Family == f.Name && props[i].Source == src && props[i].Target == tgt {
				return &props[i]
			}
		}
		return nil
	}
	sides := map[string]map[string]bool{}
	for _, g := range gold {
		for _, c := range g.Claims {
			if sides[c.Prop] == nil {
				sides[c.Prop] = map[string]bool{}
			}
			sides[c.Prop][side(hearsay.Stance(c.Stance), hearsay.Asserted, family{})] = true
		}
	}
	for prop, sd := range sides {
		p := find(prop)
		if p == nil {
			t.Errorf("%s: no proposition", prop)
			continue
		}
		if want := sd["asserts"] && (sd["denies"] || sd["partly"]); p.Contested != want {
			t.Errorf("%s (%s): contested = %v, want %v", prop, p.Label, p.Contested, want)
		}
	}
	right, total := 0, 0
	for _, d := range docs {
		for _, c := range d.Analysis.Claims {
			total++
			want := side(c.Stance, hearsay.Asserted, family{})
			e := d.Analysis.Events[c.Events[0]]
			f := familyOf(e.CAMEO)
			src, tgt := pairKey(f, e.Source.Country, e.Target.Country)
			o := origin(c, &d.Article)
			for _, p := range props {
				if p.Family != f.Name || p.Source != src || p.Target != tgt {
					continue
				}
				sdd := map[string]Side{"asserts": p.Asserted, "denies": p.Denied, "partly": p.Partly, "other": p.Other}[want]
				if slices.ContainsFunc(sdd.Claimants, func(cl Claimant) bool { return cl.Origin == o }) {
					right++
				}
			}
		}
	}
	if total == 0 || float64(right) < 0.8*float64(total) {
		t.Errorf("gold claimants on the right side: %d of %d", right, total)
	}
}

func TestOrigins(t *testing.T) {
	orig := &hearsay.Article{ID: 1, Outlet: "Levant Wire"}
	copy := &hearsay.Article{ID: 2, Outlet: "Gulf Echo", CopyOf: 1}
	other := &hearsay.Article{ID: 3, Outlet: "Gulf Echo"}
	claim := func(kind hearsay.ClaimantKind, text, actor string, via ...string) hearsay.Claim {
		return hearsay.Claim{Claimant: hearsay.Claimant{Kind: kind, Span: hearsay.Span{Text: text}, Actor: actor}, Via: via}
	}
	tests := []struct {
		name string
		a, b hearsay.Claim
		x, y *hearsay.Article
		same bool
	}{
		{"same person with and without title", claim(hearsay.NamedOfficial, "State Department spokeswoman Marie Harf", "USAGOV"),
			claim(hearsay.NamedOfficial, "Marie Harf", "USAGOV"), orig, other, true},
		{"two people", claim(hearsay.NamedOfficial, "Josh Earnest", "USAGOV"), claim(hearsay.NamedOfficial, "Marie Harf", "USAGOV"), orig, orig, false},
		{"anonymous source relayed by the same agency", claim(hearsay.AnonymousOfficial, "sources", "", "AFP"),
			claim(hearsay.AnonymousOfficial, "one source with knowledge of the matter", "", "AFP"), orig, other, true},
		{"unnamed sources an agency cites are the agency's report", claim(hearsay.AnonymousOfficial, "sources", "", "AFP"),
			claim(hearsay.MediaOutlet, "AFP", "FRAMED"), orig, other, true},
		{"a government official an agency quotes is not the agency", claim(hearsay.AnonymousOfficial, "a US official", "USAGOV", "AFP"),
			claim(hearsay.MediaOutlet, "AFP", "FRAMED"), orig, other, false},
		{"anonymous sources of two outlets", claim(hearsay.AnonymousOfficial, "a source", ""), claim(hearsay.AnonymousOfficial, "a source", ""), orig, other, false},
		{"syndicated copy of an anonymous source", claim(hearsay.AnonymousOfficial, "a source", ""), claim(hearsay.AnonymousOfficial, "a source", ""), orig, copy, true},
		{"unattributed text of a copy", claim(hearsay.ArticleItself, "", ""), claim(hearsay.ArticleItself, "", ""), orig, copy, true},
		{"outlet names", claim(hearsay.MediaOutlet, "the BBC", "GBRMED"), claim(hearsay.MediaOutlet, "BBC", "GBRMED"), orig, other, true},
	}
	for _, tt := range tests {
		oa, ob := origin(tt.a, tt.x), origin(tt.b, tt.y)
		if (oa == ob) != tt.same {
			t.Errorf("%s: origins %q and %q, same = %v, want %v", tt.name, oa, ob, oa == ob, tt.same)
		}
	}
}

func TestMergedEvents(t *testing.T) {
	day0 := time.Date(2014, 8, 26, 0, 0, 0, 0, time.UTC)
	ev := func(src, tgt, code string, d time.Time, pol hearsay.Polarity) hearsay.Event {
		return hearsay.Event{Source: hearsay.Actor{Code: src + "GOV", Country: src, Sector: "GOV"},
			Target: hearsay.Actor{Code: tgt, Country: tgt}, CAMEO: code, Root: code[:2], Date: d, Polarity: pol}
	}
	docs := []hearsay.Document{
		{Article: hearsay.Article{ID: 1, Key: "a", Outlet: "A", Published: day0},
			Analysis: &hearsay.Analysis{Events: []hearsay.Event{ev("USA", "SYR", "064", day0, hearsay.Asserted)}}},
		{Article: hearsay.Article{ID: 2, Key: "b", Outlet: "B", Published: day0.AddDate(0, 0, 2)},
			Analysis: &hearsay.Analysis{Events: []hearsay.Event{ev("USA", "SYR", "061", day0.AddDate(0, 0, 2), hearsay.Asserted)}}},
		{Article: hearsay.Article{ID: 3, Key: "c", Outlet: "C", Published: day0, CopyOf: 1},
			Analysis: &hearsay.Analysis{Events: []hearsay.Event{ev("USA", "SYR", "064", day0, hearsay.Asserted)}}},
		// Too late to be the same happening.
		{Article: hearsay.Article{ID: 4, Key: "d", Outlet: "D", Published: day0.AddDate(0, 0, 20)},
			Analysis: &hearsay.Analysis{Events: []hearsay.Event{ev("USA", "SYR", "064", day0.AddDate(0, 0, 20), hearsay.Asserted)}}},
		// Denied: not the same event as the asserted one.
		{Article: hearsay.Article{ID: 5, Key: "e", Outlet: "E", Published: day0},
			Analysis: &hearsay.Analysis{Events: []hearsay.Event{ev("USA", "SYR", "064", day0, hearsay.Negated)}}},
	}
	s := NewMemStore()
	if err := Update(context.Background(), s, docs); err != nil {
		t.Fatal(err)
	}
	// Updating again changes nothing.
	if err := Update(context.Background(), s, docs); err != nil {
		t.Fatal(err)
	}
	evs, err := Events(context.Background(), s, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 3 {
		t.Fatalf("got %d merged events, want 3: %+v", len(evs), evs)
	}
	top := evs[0]
	want := Counts{Mentions: 3, Articles: 3, Outlets: 3, Origins: 2}
	if top.Counts != want || top.Source != "USA" || top.Target != "SYR" || top.Root != "06" {
		t.Errorf("top merged event: %+v %+v, want counts %+v", top.Label, top.Counts, want)
	}
	if top.Confidence != 0.75 {
		t.Errorf("confidence %v, want 0.75 for two origins", top.Confidence)
	}
	got, err := Event(context.Background(), s, top.ID)
	if err != nil || len(got.Mentions) != 3 {
		t.Errorf("Event(%d): %v, %d mentions", top.ID, err, len(got.Mentions))
	}
	if _, err := Event(context.Background(), s, 999); err == nil {
		t.Error("Event(999): no error")
	}
}

// TestClaimSides checks which propositions a claim with several events
// lands in, and on which side.
func TestClaimSides(t *testing.T) {
	day0 := time.Date(2014, 8, 27, 0, 0, 0, 0, time.UTC)
	text := "White House spokesman Josh Earnest ruled out any coordination with the Assad regime, despite Al-Assad expressing his willingness to cooperate with Washington. " +
		"Harf dismissed the report that the United States was giving intelligence to the Assad government."
	at := spansIn(t, text)
	sent1 := at(text[:strings.Index(text, " Harf")])
	sent2 := at(text[strings.Index(text, "Harf"):])
	usa := hearsay.Actor{Code: "USAGOV", Country: "USA", Sector: "GOV"}
	syr := hearsay.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV"}
	events := []hearsay.Event{
		{Source: usa, Target: syr, CAMEO: "1212", Trigger: at("ruled out"), SentSpan: sent1, Polarity: hearsay.Asserted},
		{Source: syr, Target: usa, CAMEO: "031", Trigger: at("cooperate"), SentSpan: sent1, Polarity: hearsay.Asserted},
		{Source: usa, Target: hearsay.Actor{Code: "SYRIMGMUSISI", Country: "SYR", Sector: "REB"}, CAMEO: "120", Trigger: at("dismissed"), SentSpan: sent2, Polarity: hearsay.Asserted},
		{Source: usa, Target: syr, CAMEO: "064", Trigger: at("giving"), SentSpan: sent2, Polarity: hearsay.Asserted},
	}
	claims := []hearsay.Claim{
		// The denial's content holds no event: the sentence's events stand in.
		{Claimant: hearsay.Claimant{Kind: hearsay.NamedOfficial, Span: at("White House spokesman Josh Earnest"), Actor: "USAGOV"},
			Cue: at("ruled out"), Content: at("any coordination with the Assad regime"), Stance: hearsay.Denies},
		{Claimant: hearsay.Claimant{Kind: hearsay.NamedOfficial, Span: at("Harf"), Actor: "USAGOV"},
			Cue: at("dismissed"), Content: at("the report that the United States was giving intelligence to the Assad government"),
			Stance: hearsay.Denies, Events: []int{2, 3}},
	}
	props := propositionsOf(t, text, day0, events, claims)
	got := map[string]string{}
	for _, p := range props {
		for _, sd := range []struct {
			name string
			side Side
		}{{"asserted", p.Asserted}, {"denied", p.Denied}, {"partly", p.Partly}, {"other", p.Other}} {
			for _, c := range sd.side.Claimants {
				got[p.Label+" / "+c.Text] = sd.name
			}
		}
	}
	want := map[string]string{
		// Earnest denies the cooperation (his rejection names it) ...
		"Syria cooperates (militarily or on intelligence) with United States / White House spokesman Josh Earnest": "denied",
		// ... and Harf the intelligence the report she dismisses is about;
		"Syria cooperates (militarily or on intelligence) with United States / Harf": "denied",
		// her dismissal is her own act, asserted, against IS in Syria (the group, not Syria).
		"United States rejects Islamic State / Harf": "asserted",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims by proposition and side:\n got %v\nwant %v", got, want)
	}
}

func TestStoryLabel(t *testing.T) {
	day0 := time.Date(2014, 9, 24, 0, 0, 0, 0, time.UTC)
	ev := func(src, tgt, code string) hearsay.Event {
		return hearsay.Event{Source: hearsay.Actor{Code: src, Country: src}, Target: hearsay.Actor{Code: tgt, Country: tgt},
			CAMEO: code, Root: code[:2], Date: day0, Polarity: hearsay.Asserted}
	}
	first, second := ev("USA", "IRN", "040"), ev("IRN", "SYR", "111")
	second.Place = &hearsay.Place{Name: "Deir ez-Zor", Country: "SYR"}
	s := NewMemStore()
	doc := hearsay.Document{Article: hearsay.Article{ID: 1, Key: "a", Outlet: "A", Published: day0},
		Analysis: &hearsay.Analysis{Events: []hearsay.Event{first, second}}}
	if err := Update(context.Background(), s, []hearsay.Document{doc}); err != nil {
		t.Fatal(err)
	}
	sts, err := Stories(context.Background(), s, time.Time{})
	if err != nil || len(sts) != 1 {
		t.Fatalf("stories %+v, %v; want one", sts, err)
	}
	// Equal counts: the event the article reports first names the story;
	// the place keeps the gazetteer's spelling.
	if want := "United States consults Iran (Deir ez-Zor)"; sts[0].Label != want {
		t.Errorf("label %q, want %q", sts[0].Label, want)
	}
}

// TestEventMentions checks that a claim naming an event without its actors
// ("the coordination is already under way") is about the article's event
// of that family, with the claim's own stance.
func TestEventMentions(t *testing.T) {
	day0 := time.Date(2014, 8, 27, 0, 0, 0, 0, time.UTC)
	text := "A source said American information was being passed to Damascus. " +
		"\"The coordination is already under way,\" the source said. " +
		"\"Working with Assad is not on the table,\" Earnest said. " +
		"Earnest ruled out any coordination with the Assad regime."
	at := spansIn(t, text)
	usa := hearsay.Actor{Code: "USA", Country: "USA"}
	syr := hearsay.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV"}
	events := []hearsay.Event{
		{Source: usa, Target: syr, CAMEO: "064", Trigger: at("passed"), SentSpan: at("A source said American information was being passed to Damascus."), Polarity: hearsay.Asserted},
		{Source: usa, Target: syr, CAMEO: "1212", Trigger: at("ruled out"), SentSpan: at("Earnest ruled out any coordination with the Assad regime."), Polarity: hearsay.Asserted},
	}
	anon := hearsay.Claimant{Kind: hearsay.AnonymousOfficial, Span: at("A source")}
	earnest := hearsay.Claimant{Kind: hearsay.NamedOfficial, Span: at("Earnest"), Name: "Josh Earnest", Actor: "USAGOV"}
	claims := []hearsay.Claim{
		{Claimant: anon, Cue: at("said"), Content: at("American information was being passed to Damascus"), Stance: hearsay.Asserts, Events: []int{0}},
		{Claimant: anon, Content: at("\"The coordination is already under way,\""), Stance: hearsay.Asserts},
		{Claimant: earnest, Cue: at("Earnest said"), Content: at("\"Working with Assad is not on the table,\""), Stance: hearsay.Denies},
	}
	claims[1].Cue = at("the source said")
	props := propositionsOf(t, text, day0, events, claims)
	if len(props) != 1 {
		t.Fatalf("propositions %+v; want one", props)
	}
	p := props[0]
	if p.Family != "cooperation" || len(p.Asserted.Claimants) != 1 || p.Asserted.Counts.Mentions != 2 || len(p.Denied.Claimants) != 1 || !p.Contested {
		t.Errorf("proposition %s: asserted %+v, denied %+v; want the source twice against Earnest", p.Label, p.Asserted, p.Denied)
	}
}

// TestOffersAreTheOfferer checks that offers to cooperate are one
// proposition per offerer, whoever they are made to, and that a "would
// cooperate" claim stands on the offer's side.
func TestOffersAreTheOfferer(t *testing.T) {
	day0 := time.Date(2014, 8, 26, 0, 0, 0, 0, time.UTC)
	offer := func(tgt string, pol hearsay.Polarity) hearsay.Event {
		return hearsay.Event{Source: hearsay.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV"}, Target: hearsay.Actor{Code: tgt, Country: tgt},
			CAMEO: "030", Root: "03", Date: day0, Polarity: pol}
	}
	claim := func(name string, st hearsay.Stance, ev int) hearsay.Claim {
		return hearsay.Claim{Claimant: hearsay.Claimant{Kind: hearsay.NamedOfficial, Name: name, Span: hearsay.Span{Text: name}}, Stance: st, Events: []int{ev}}
	}
	docs := []hearsay.Document{
		{Article: hearsay.Article{ID: 1, Key: "a", Outlet: "A", Published: day0}, Analysis: &hearsay.Analysis{
			Events: []hearsay.Event{offer("USA", hearsay.Future), offer("GBR", hearsay.Future)},
			Claims: []hearsay.Claim{claim("Walid Muallem", hearsay.Intends, 0), claim("Walid Muallem", hearsay.Intends, 1)}}},
		{Article: hearsay.Article{ID: 2, Key: "b", Outlet: "B", Published: day0}, Analysis: &hearsay.Analysis{
			Events: []hearsay.Event{offer("IGOINC", hearsay.Asserted)},
			Claims: []hearsay.Claim{claim("Bashar al-Assad", hearsay.Asserts, 0), claim("Crescent Monitor", hearsay.ConfirmsPartly, 0)}}},
		// An offer needs no partner: "Syria is open to working inside a coalition".
		{Article: hearsay.Article{ID: 3, Key: "c", Outlet: "C", Published: day0}, Analysis: &hearsay.Analysis{
			Events: []hearsay.Event{offer("", hearsay.Asserted)},
			Claims: []hearsay.Claim{claim("Faisal Mekdad", hearsay.Asserts, 0)}}},
	}
	s := NewMemStore()
	if err := Update(context.Background(), s, docs); err != nil {
		t.Fatal(err)
	}
	props, err := Propositions(context.Background(), s, time.Time{}, false)
	if err != nil || len(props) != 1 {
		t.Fatalf("propositions %+v, %v; want one", props, err)
	}
	p := props[0]
	if p.Label != "Syria offers to cooperate" || p.Target != "" || p.Asserted.Counts.Origins != 3 || !p.Contested {
		t.Errorf("%q (target %q): %d asserting origins, contested %v; want Syria's offer asserted by three, disputed in part",
			p.Label, p.Target, p.Asserted.Counts.Origins, p.Contested)
	}
	cs, err := Conflicts(context.Background(), s, time.Time{})
	if err != nil || len(cs) != 1 || cs[0].Actors != [2]string{"SYR", ""} {
		t.Errorf("conflicts %+v, %v; want one, of Syria alone", cs, err)
	}
}

// spansIn returns a function giving the span of the first occurrence of a
// string in text, failing the test when there is none.
func spansIn(t *testing.T, text string) func(string) hearsay.Span {
	return func(s string) hearsay.Span {
		t.Helper()
		i := strings.Index(text, s)
		if i < 0 {
			t.Fatalf("%q not in text", s)
		}
		return hearsay.Span{Start: i, End: i + len(s), Text: s}
	}
}

// TestMentionBesideOtherEvents checks that a denial naming cooperation
// ("ruled out coordinating with Assad's government, even though Damascus
// has said it is ready to work with the United States") denies the
// cooperation, not the offer its content also holds.
func TestMentionBesideOtherEvents(t *testing.T) {
	day0 := time.Date(2014, 8, 27, 0, 0, 0, 0, time.UTC)
	text := "The United States is helping the Syrian government target Islamic State positions, a site reported. " +
		"Earnest ruled out coordinating with Assad's government, even though Damascus has said it is ready to work with the United States."
	at := spansIn(t, text)
	usa := hearsay.Actor{Code: "USA", Country: "USA"}
	syr := hearsay.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV"}
	events := []hearsay.Event{
		{Source: usa, Target: syr, CAMEO: "070", Trigger: at("helping"), Polarity: hearsay.Asserted},
		{Source: syr, Target: usa, CAMEO: "030", Trigger: at("ready"), Polarity: hearsay.Asserted},
	}
	claims := []hearsay.Claim{
		{Claimant: hearsay.Claimant{Kind: hearsay.MediaOutlet, Span: at("a site"), Name: "a site"}, Cue: at("reported"),
			Content: at("The United States is helping the Syrian government target Islamic State positions"), Stance: hearsay.Asserts, Events: []int{0}},
		{Claimant: hearsay.Claimant{Kind: hearsay.NamedOfficial, Span: at("Earnest"), Name: "Josh Earnest", Actor: "USAGOV"}, Cue: at("ruled out"),
			Content: at("coordinating with Assad's government, even though Damascus has said it is ready to work with the United States"),
			Stance:  hearsay.Denies, Events: []int{1}},
	}
	props := propositionsOf(t, text, day0, events, claims)
	for _, p := range props {
		switch p.Family {
		case "cooperation": // military help is cooperation, and Earnest denies it
			if !p.Contested || len(p.Denied.Claimants) != 1 {
				t.Errorf("%s: contested %v, denied by %+v; want Earnest denying the help the site reports", p.Label, p.Contested, p.Denied.Claimants)
			}
		case "intent":
			if len(p.Denied.Claimants) != 0 {
				t.Errorf("%s denied by %+v: Earnest does not deny that Damascus offered", p.Label, p.Denied.Claimants)
			}
		}
	}
}

// TestReportsCalledFalse checks that a claim calling reports false denies
// every event the reports hold, though its cue ("said") is no denial.
func TestReportsCalledFalse(t *testing.T) {
	day0 := time.Date(2014, 8, 23, 0, 0, 0, 0, time.UTC)
	text := "Afkham said news items, which claimed Iran was ready to cooperate with Washington if sanctions were removed, were inaccurate."
	at := spansIn(t, text)
	irn := hearsay.Actor{Code: "IRN", Country: "IRN"}
	usa := hearsay.Actor{Code: "USA", Country: "USA"}
	events := []hearsay.Event{
		{Source: irn, Target: usa, CAMEO: "030", Trigger: at("ready"), Polarity: hearsay.Asserted},
		{Source: usa, Target: irn, CAMEO: "081", Trigger: at("removed"), Polarity: hearsay.Asserted},
	}
	claims := []hearsay.Claim{{Claimant: hearsay.Claimant{Kind: hearsay.NamedOfficial, Span: at("Afkham"), Name: "Marzieh Afkham", Actor: "IRNGOV"},
		Cue: at("said"), Content: at("news items, which claimed Iran was ready to cooperate with Washington if sanctions were removed, were inaccurate"),
		Stance: hearsay.Denies, Events: []int{0, 1}}}
	props := propositionsOf(t, text, day0, events, claims)
	for _, p := range props {
		if p.Family == "intent" && (len(p.Denied.Claimants) != 1 || len(p.Asserted.Claimants) != 0) {
			t.Errorf("%s: asserted by %+v, denied by %+v; want denied by Afkham", p.Label, p.Asserted.Claimants, p.Denied.Claimants)
		}
	}
}

// propositionsOf links one article with the given events and claims into
// an empty store and returns its propositions.
func propositionsOf(t *testing.T, text string, published time.Time, events []hearsay.Event, claims []hearsay.Claim) []Proposition {
	t.Helper()
	s := NewMemStore()
	doc := hearsay.Document{Article: hearsay.Article{ID: 1, Key: "a", Outlet: "A", Published: published, Text: text},
		Analysis: &hearsay.Analysis{Events: events, Claims: claims}}
	if err := Update(context.Background(), s, []hearsay.Document{doc}); err != nil {
		t.Fatal(err)
	}
	props, err := Propositions(context.Background(), s, time.Time{}, false)
	if err != nil {
		t.Fatal(err)
	}
	return props
}

// TestSharedEffortNamesTheDoers checks that "a shared effort" of two
// parties' acts is their cooperation, not the nearest cooperation of one of
// them with someone else.
func TestSharedEffortNamesTheDoers(t *testing.T) {
	day0 := time.Date(2014, 8, 26, 0, 0, 0, 0, time.UTC)
	text := "The White House ruled out working with Assad. Syria shares intelligence on the militants. " +
		"Harf pushed back against suggestions that US and Syrian air strikes on the group reflected a shared effort."
	at := spansIn(t, text)
	usa := hearsay.Actor{Code: "USAGOV", Country: "USA", Sector: "GOV"}
	syr := hearsay.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV"}
	is := hearsay.Actor{Code: "IMGMUSISI"}
	events := []hearsay.Event{
		{Source: usa, Target: syr, CAMEO: "060", Trigger: at("working"), Polarity: hearsay.Asserted},
		{Source: syr, Target: is, CAMEO: "064", Trigger: at("shares"), Polarity: hearsay.Asserted},
		{Source: usa, Target: is, CAMEO: "195", Trigger: at("US"), Polarity: hearsay.Asserted},
		{Source: syr, Target: is, CAMEO: "195", Trigger: at("strikes"), Polarity: hearsay.Asserted},
	}
	claims := []hearsay.Claim{{Claimant: hearsay.Claimant{Kind: hearsay.NamedOfficial, Span: at("Harf"), Name: "Marie Harf", Actor: "USAGOV"},
		Cue: at("pushed back"), Content: at("against suggestions that US and Syrian air strikes on the group reflected a shared effort"),
		Stance: hearsay.Denies, Events: []int{2, 3}}}
	for _, p := range propositionsOf(t, text, day0, events, claims) {
		denied := len(p.Denied.Claimants) > 0
		if want := p.Family == "cooperation" && p.Source == "SYR" && p.Target == "USA"; denied != want {
			t.Errorf("%s: denied by Harf %v, want %v", p.Label, denied, want)
		}
	}
}

// TestArticleReframesAnAct checks that the article's own words granting an
// act it told of and recasting its purpose ("the pitch appears to be as
// much about recognition as about military help") confirm that act in part,
// though its minister's claim already holds the act.
func TestArticleReframesAnAct(t *testing.T) {
	day0 := time.Date(2014, 8, 25, 0, 0, 0, 0, time.UTC)
	text := "The minister said Damascus was prepared to join international efforts against the group. " +
		"For Damascus, the pitch appears to be as much about recognition as about military help."
	at := spansIn(t, text)
	syr := hearsay.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV"}
	events := []hearsay.Event{
		{Source: syr, Target: hearsay.Actor{Code: "IGOINC"}, CAMEO: "030", Trigger: at("prepared"), Polarity: hearsay.Asserted},
	}
	claims := []hearsay.Claim{
		{Claimant: hearsay.Claimant{Kind: hearsay.NamedOfficial, Span: at("The minister"), Name: "Walid Muallem", Actor: "SYRGOV"}, Cue: at("said"),
			Content: at("Damascus was prepared to join international efforts against the group"), Stance: hearsay.Asserts, Events: []int{0}},
		{Claimant: hearsay.Claimant{Kind: hearsay.ArticleItself, Name: "A"}, Sentence: 1,
			Content: at("For Damascus, the pitch appears to be as much about recognition as about military help."), Stance: hearsay.ConfirmsPartly},
	}
	props := propositionsOf(t, text, day0, events, claims)
	if len(props) != 1 {
		t.Fatalf("%d propositions %+v; want Syria's offer alone", len(props), props)
	}
	p := props[0]
	if p.Family != "intent" || !p.Contested || len(p.Asserted.Claimants) != 1 || len(p.Partly.Claimants) != 1 {
		t.Errorf("%s: contested %v, asserted by %+v, in part by %+v; want the minister asserting and the article confirming in part",
			p.Label, p.Contested, p.Asserted.Claimants, p.Partly.Claimants)
	}
}

// TestMentionBesideUnpairedEvent checks that a claim whose content codes an
// event of a family without a partner ("no plans to work with a government
// that Washington does not even recognise") is still about the article's
// event of that family that its words name.
func TestMentionBesideUnpairedEvent(t *testing.T) {
	day0 := time.Date(2014, 8, 27, 0, 0, 0, 0, time.UTC)
	text := "Sources said the United States is passing intelligence to Damascus. " +
		"Earnest said there were no plans to work with a government that Washington does not even recognise."
	at := spansIn(t, text)
	usa := hearsay.Actor{Code: "USAGOV", Country: "USA", Sector: "GOV"}
	syr := hearsay.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV"}
	events := []hearsay.Event{
		{Source: usa, Target: syr, CAMEO: "064", Trigger: at("passing"), Polarity: hearsay.Asserted},
		{Source: usa, Target: hearsay.Actor{Code: "GOV", Sector: "GOV"}, CAMEO: "060", Trigger: at("work"), Polarity: hearsay.Negated},
		{Source: usa, Target: hearsay.Actor{Code: "GOV", Sector: "GOV"}, CAMEO: "054", Trigger: at("recognise"), Polarity: hearsay.Negated},
	}
	claims := []hearsay.Claim{
		{Claimant: hearsay.Claimant{Kind: hearsay.AnonymousOfficial, Span: at("Sources")}, Cue: at("said"),
			Content: at("the United States is passing intelligence to Damascus"), Stance: hearsay.Asserts, Events: []int{0}},
		{Claimant: hearsay.Claimant{Kind: hearsay.NamedOfficial, Span: at("Earnest"), Name: "Josh Earnest", Actor: "USAGOV"}, Cue: firstWord(at("said there")),
			Content: at("there were no plans to work with a government that Washington does not even recognise"), Stance: hearsay.Denies, Events: []int{1, 2}},
	}
	props := propositionsOf(t, text, day0, events, claims)
	if len(props) != 1 || !props[0].Contested || len(props[0].Denied.Claimants) != 1 {
		t.Fatalf("propositions %+v; want US–Syria cooperation asserted by the sources and denied by Earnest", props)
	}
}

// firstWord returns the span of sp's first word.
func firstWord(sp hearsay.Span) hearsay.Span {
	if i := strings.IndexByte(sp.Text, ' '); i >= 0 {
		sp.End, sp.Text = sp.Start+i, sp.Text[:i]
	}
	return sp
}

func TestMentionedFamily(t *testing.T) {
	cases := []struct{ text, want string }{
		{"the coordination is already under way", "cooperation"},
		{"there may well be an indirect flow of information", "cooperation"},
		{"some information may well be passing between them", "cooperation"},
		{"a working arrangement that neither side can afford to name", "cooperation"},
		{"the information minister resigned", ""},
		{"working conditions are poor", ""},
		{"Syria was notified", "contact"},
		// the one the text is about: what a negation governs, the main
		// clause after a concession
		{"notification was not the same as coordination", "cooperation"},
		{"Syria was notified, but there was no coordination", "cooperation"},
		{"there wasn't any coordination, only a notification", "cooperation"},
		{"the coordination is not under way, though Syria was notified", "cooperation"},
		{"Whatever quiet contacts exist in Iraq, turning them into a public alliance would carry a political cost", "cooperation"},
		{"Although the offer stands, Washington sent a message", "contact"},
		{"the pitch is about recognition: the minister left no doubt that any partnership would run through Assad", "intent"},
		{"not only an offer but a partnership", "intent"},
	}
	for _, c := range cases {
		if got := mentionedFamily(c.text); got != c.want {
			t.Errorf("mentionedFamily(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestWriterBesideReportedDenial checks that the writer's own view ("My
// view is that Washington did ask Tehran for help, whatever US officials
// now say") stands on its side though others speak in the same sentence,
// where the article's implicit claims give way to what it reports.
func TestWriterBesideReportedDenial(t *testing.T) {
	day0 := time.Date(2014, 9, 30, 0, 0, 0, 0, time.UTC)
	text := "My view is that Washington did ask Tehran for help early on, whatever US officials now say."
	at := spansIn(t, text)
	usa := hearsay.Actor{Code: "USAGOV", Country: "USA", Sector: "GOV"}
	irn := hearsay.Actor{Code: "IRNGOV", Country: "IRN", Sector: "GOV"}
	sent := at(text)
	events := []hearsay.Event{{Source: usa, Target: irn, CAMEO: "023", Trigger: at("ask"), Polarity: hearsay.Asserted, SentSpan: sent}}
	content := at("Washington did ask Tehran for help early on, whatever US officials now say")
	claims := []hearsay.Claim{
		{Claimant: hearsay.Claimant{Kind: hearsay.AnonymousOfficial, Span: at("US officials"), Actor: "USAGOV"}, Cue: at("say"),
			Content: at("My view is that Washington did ask Tehran for help early on"), Stance: hearsay.Denies, Events: []int{0}},
		{Claimant: hearsay.Claimant{Kind: hearsay.ArticleItself, Name: "A"}, Cue: at("My view is that"),
			Content: content, Stance: hearsay.Asserts, Events: []int{0}},
	}
	props := propositionsOf(t, text, day0, events, claims)
	if len(props) != 1 || len(props[0].Asserted.Claimants) != 1 || len(props[0].Denied.Claimants) != 1 {
		t.Fatalf("propositions %+v; want the appeal asserted by the writer and denied by US officials", props)
	}
}
