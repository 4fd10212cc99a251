package claim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hearsay"
	"hearsay/nlp/english"
)

func TestExtract(t *testing.T) {
	cases := []struct {
		name, text string
		claimant   string // claimant span text
		kind       hearsay.ClaimantKind
		stance     hearsay.Stance
		actor      string
		via        []string // nil: not checked
		direct     bool
	}{
		{"anonymous told agency", "Washington warned Tehran before the raids, a senior Iranian official told Reuters.",
			"a senior Iranian official", hearsay.AnonymousOfficial, hearsay.Asserts, "IRNGOV", []string{"Reuters", "Daily Test"}, false},
		{"named denial", "Pentagon spokesman John Kirby on Monday ruled out any coordination with the Syrian army.",
			"Pentagon spokesman John Kirby", hearsay.NamedOfficial, hearsay.Denies, "USAGOV", nil, false},
		{"negated content", "The State Department said there would be no intelligence sharing with Iran.",
			"The State Department", hearsay.Government, hearsay.Denies, "USAGOV", nil, false},
		{"hedge", "The agency said the two sides may have exchanged messages.",
			"The agency", hearsay.MediaOutlet, hearsay.Hedges, "", nil, false},
		{"partial", "A senior US official partly confirmed the account.",
			"A senior US official", hearsay.AnonymousOfficial, hearsay.ConfirmsPartly, "USAGOV", nil, false},
		{"quoted by agency", `"Talks are under way," one diplomat was quoted as saying by the French agency.`,
			"one diplomat", hearsay.AnonymousOfficial, hearsay.Asserts, "", []string{"AFP", "Daily Test"}, true},
		{"media outlet", "Syrian jets struck the town, the Al-Watan newspaper reported.",
			"the Al-Watan newspaper", hearsay.MediaOutlet, hearsay.Asserts, "SYRMED", nil, false},
		{"organisation", "The Syrian Observatory for Human Rights said 40 fighters were killed.",
			"The Syrian Observatory for Human Rights", hearsay.Organization, hearsay.Asserts, "SYRNGO", nil, false},
		{"analyst", "Analysts said the deal could collapse.",
			"Analysts", hearsay.Analyst, hearsay.Hedges, "", nil, false},
		{"modal and aspect verb before the cue", "Officials in Washington can keep saying that they share nothing with Assad.",
			"Officials in Washington", hearsay.AnonymousOfficial, hearsay.Denies, "USAGOV", nil, false},
		{"did not deny", "Officials in Washington did not deny the report.",
			"Officials in Washington", hearsay.AnonymousOfficial, hearsay.Hedges, "USAGOV", nil, false},
		{"but not", `"We told them, but not when," the spokesman said.`,
			"the spokesman", hearsay.AnonymousOfficial, hearsay.ConfirmsPartly, "", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			claims := Extract(Segment(c.text), nil, "Daily Test")
			var got *hearsay.Claim
			for i := range claims {
				if claims[i].Claimant.Span.Text == c.claimant {
					got = &claims[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("no claim by %q in %+v", c.claimant, claims)
			}
			if got.Claimant.Kind != c.kind || got.Stance != c.stance || got.Direct != c.direct {
				t.Errorf("got kind %s stance %s direct %v, want %s %s %v", got.Claimant.Kind, got.Stance, got.Direct, c.kind, c.stance, c.direct)
			}
			if c.actor != "" && got.Claimant.Actor != c.actor {
				t.Errorf("actor %q, want %q", got.Claimant.Actor, c.actor)
			}
			if c.via != nil && strings.Join(got.Via, "|") != strings.Join(c.via, "|") {
				t.Errorf("via %q, want %q", got.Via, c.via)
			}
			if got.Content.Text != c.text[got.Content.Start:got.Content.End] || got.Cue.Text != c.text[got.Cue.Start:got.Cue.End] {
				t.Errorf("span texts do not match offsets")
			}
		})
	}
}

func TestExtractAcrossSentences(t *testing.T) {
	text := "An official source familiar with Syria said Damascus was getting the data.\n\n" +
		"The source, who asked not to be named, said: \"Coordination has already begun.\"\n\n" +
		"White House spokesman Josh Earnest rejected the report. \"There is no coordination,\" he said."
	claims := Extract(Segment(text), nil, "")
	if len(claims) < 4 {
		t.Fatalf("got %d claims, want 4: %+v", len(claims), claims)
	}
	if c := claims[1]; c.Claimant.Span.Text != "The source" || c.Claimant.Kind != hearsay.AnonymousOfficial || !c.Direct {
		t.Errorf("second claim %+v, want the anonymous source again, direct", c)
	}
	den := claims[2]
	if den.Stance != hearsay.Denies || den.Claimant.Name != "Josh Earnest" {
		t.Errorf("third claim %+v, want Earnest denying", den)
	}
	if den.Denies != 1 && den.Denies != 2 {
		t.Errorf("denial points at claim %d, want one of the source's claims", den.Denies)
	}
	he := claims[3]
	if he.Claimant.Span.Text != "he" || he.Claimant.Name != "Josh Earnest" || he.Stance != hearsay.Denies {
		t.Errorf("fourth claim %+v, want \"he\" resolved to Earnest, denying", he)
	}
}

func TestExtractEvents(t *testing.T) {
	text := "Iran said it would not join the coalition. The army shelled the town."
	d := Segment(text)
	join := strings.Index(text, "join")
	shell := strings.Index(text, "shelled")
	events := []hearsay.Event{
		{Sentence: 0, Trigger: hearsay.Span{Start: join, End: join + 4}, Polarity: hearsay.Negated},
		{Sentence: 1, Trigger: hearsay.Span{Start: shell, End: shell + 7}, Polarity: hearsay.Asserted,
			SentSpan: hearsay.Span{Start: strings.Index(text, "The army"), End: len(text), Text: "The army shelled the town."}},
	}
	claims := Extract(d, events, "Daily Test")
	if len(claims) != 2 {
		t.Fatalf("got %d claims, want 2: %+v", len(claims), claims)
	}
	if c := claims[0]; len(c.Events) != 1 || c.Events[0] != 0 || c.Stance != hearsay.Denies {
		t.Errorf("Iran's claim %+v, want event 0, denied", c)
	}
	if c := claims[1]; c.Claimant.Kind != hearsay.ArticleItself || len(c.Events) != 1 || c.Events[0] != 1 || c.Stance != hearsay.Asserts {
		t.Errorf("article claim %+v", c)
	}
}

func sharedPath(t testing.TB, parts ...string) string {
	p := filepath.Join(append([]string{"..", "..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return p
}

// TestSeeds checks the claims the project started from.
func TestSeeds(t *testing.T) {
	dir := sharedPath(t, "seeds")
	read := func(glob string) string {
		m, _ := filepath.Glob(filepath.Join(dir, glob))
		if len(m) == 0 {
			t.Skipf("no %s", glob)
		}
		b, err := os.ReadFile(m[0])
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	type want struct {
		claimant string
		kind     hearsay.ClaimantKind
		stance   hearsay.Stance
		via0     string
	}
	for _, c := range []struct {
		file, outlet string
		want         []want
	}{
		{"000_*.txt", "Middle East Monitor", []want{
			{"White House spokesman Josh Earnest", hearsay.NamedOfficial, hearsay.Denies, ""},
			{"an official source familiar with Syria", hearsay.AnonymousOfficial, hearsay.Asserts, ""},
			{"The source", hearsay.AnonymousOfficial, hearsay.Asserts, ""},
		}},
		{"003_*.txt", "Financial Tribune", []want{
			{"an Iranian official", hearsay.AnonymousOfficial, hearsay.Asserts, "Reuters"},
			{"a senior US State Department official", hearsay.AnonymousOfficial, hearsay.ConfirmsPartly, ""},
		}},
	} {
		claims := Extract(Segment(read(c.file)), nil, c.outlet)
		for _, w := range c.want {
			found := false
			for _, cl := range claims {
				if cl.Claimant.Span.Text != w.claimant || cl.Claimant.Kind != w.kind || cl.Stance != w.stance {
					continue
				}
				if w.via0 != "" && (len(cl.Via) == 0 || cl.Via[0] != w.via0) {
					continue
				}
				found = true
				if cl.Via[len(cl.Via)-1] != c.outlet {
					t.Errorf("%s: via %q does not end with the outlet", w.claimant, cl.Via)
				}
			}
			if !found {
				t.Errorf("%s: no %s claim by %s %q (via %q)", c.file, w.stance, w.kind, w.claimant, w.via0)
			}
		}
	}
}

func TestNewsDev(t *testing.T) {
	dir := sharedPath(t, "data", "news", "dev")
	fa, err := os.Open(filepath.Join(dir, "articles.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer fa.Close()
	arts, err := ReadJSONL[NewsArticle](fa)
	if err != nil {
		t.Fatal(err)
	}
	fg, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer fg.Close()
	gold, err := ReadJSONL[NewsGold](fg)
	if err != nil {
		t.Fatal(err)
	}
	sc := ScoreNews(arts, gold, nil)
	if sc.Accuracy < 0.70 {
		t.Errorf("news dev accuracy %.3f, want >= 0.70", sc.Accuracy)
	}
}

func TestRobustness(t *testing.T) {
	nested := strings.Repeat("he said that ", 500) + "it rained"
	cases := []string{
		`He said "it never closes and goes on`,
		"“Curly open \" straight close” and ” stray closers “ “",
		strings.Repeat("officials said the report was false and ", 300),
		nested,
		"no punctuation at all just words said the man according to nobody",
		"\"\"\"\"\n\n\"\n\n“",
		"",
		"according to",
		", said",
	}
	p, err := english.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range cases {
		for _, a := range Attributions(p.Analyze(text)) { // the learned tagger
			checkSpan(t, text, a.Cue)
			checkSpan(t, text, a.Content)
			checkSpan(t, text, a.Source)
		}
		d := Segment(text)
		for _, a := range Attributions(d) {
			checkSpan(t, text, a.Cue)
			checkSpan(t, text, a.Content)
			checkSpan(t, text, a.Source)
		}
		for _, c := range Extract(Segment(text), nil, "X") {
			checkSpan(t, text, c.Cue)
			checkSpan(t, text, c.Content)
			checkSpan(t, text, c.Claimant.Span)
		}
	}
}

func checkSpan(t testing.TB, text string, s hearsay.Span) {
	t.Helper()
	if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
		t.Fatalf("bad span %+v for text of %d bytes", s, len(text))
	}
}

func FuzzAttributions(f *testing.F) {
	for _, s := range []string{
		`"We told them," the official said, "but not when."`,
		"According to AFP, the strikes began. He denied it.",
		"The source, who asked not to be named, said: “Coordination began.”",
		"“Never closed\n\n“Still open",
		"X, Y and Z all lined up to reject an AFP report that it happened.",
		"“Does anybody know?” Graham asked. “Neither do I.”\n\n“It is a shame.” ― Sonya Herridge",
		"He was accused of lying, saying nothing. Clinton was endorsed by the paper.",
		"For Damascus, the pitch appears to be as much about recognition as about. The offer is not so much about",
		"My read:", "My view is that", "But in my view ,", "I think. My read: “it may", "And I suspect that",
	} {
		f.Add(s)
	}
	m, err := BuiltinAttributionModel()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, a := range Attributions(Segment(text)) {
			checkSpan(t, text, a.Cue)
			checkSpan(t, text, a.Content)
			checkSpan(t, text, a.Source)
		}
		// the learned tagger, which tagged Docs get, on the same tokens
		for _, a := range m.Attributions(Segment(text)) {
			checkSpan(t, text, a.Cue)
			checkSpan(t, text, a.Content)
			checkSpan(t, text, a.Source)
		}
		for _, c := range Extract(Segment(text), nil, "Outlet") {
			checkSpan(t, text, c.Cue)
			checkSpan(t, text, c.Content)
			checkSpan(t, text, c.Claimant.Span)
			if c.Denies < 0 {
				t.Fatalf("negative denial link")
			}
		}
	})
}

func TestOfferers(t *testing.T) {
	cases := []struct {
		name, text, source, trigger string
		want                        string // claimant span of the claim whose cue is the trigger; "" for none
	}{
		{"offer the article relays", "The Syrian government, by contrast, has publicly offered to join international efforts against the group.",
			"Syrian government", "offered", "Syrian government"},
		{"gerund after the main clause", "Earnest ruled out any coordination with the Assad regime, despite Al-Assad expressing his willingness to cooperate with Washington.",
			"Al-Assad", "expressing", "Al-Assad"},
		{"told by another", "Khamenei said he had rejected the US offer to team up.", "US", "offer", ""},
		{"not a verb of offering", "Iran is ready to help the United States.", "Iran", "ready", ""},
		{"source after the verb", "Offered by Syria, the help was refused.", "Syria", "Offered", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			at := func(s string) hearsay.Span {
				i := strings.Index(c.text, s)
				return hearsay.Span{Start: i, End: i + len(s), Text: s}
			}
			events := []hearsay.Event{{Sentence: 0, Source: hearsay.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV", Span: at(c.source)},
				Trigger: at(c.trigger), CAMEO: "030", Root: "03", Polarity: hearsay.Asserted, SentSpan: at(c.text)}}
			var got *hearsay.Claim
			for _, cl := range Extract(Segment(c.text), events, "Daily Test") {
				if cl.Cue.Start == events[0].Trigger.Start && cl.Cue.End == events[0].Trigger.End {
					got = &cl
				}
			}
			switch {
			case c.want == "" && got != nil:
				t.Fatalf("unexpected claim %+v", *got)
			case c.want == "":
			case got == nil:
				t.Fatal("no claim spoken with the offer")
			case got.Claimant.Span.Text != c.want || got.Stance != hearsay.Asserts || got.Claimant.Actor == "":
				t.Errorf("claim by %q (%s), %s; want %q asserting", got.Claimant.Span.Text, got.Claimant.Actor, got.Stance, c.want)
			}
		})
	}
}
