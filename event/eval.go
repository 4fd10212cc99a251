package event

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"hearsay"
	"hearsay/nlp"
)

// Analyzer turns text into an analysed Doc (nlp/english's Pipeline).
type Analyzer func(text string) *nlp.Doc

// CategoryScore is passed and total for one category of records.
type CategoryScore struct {
	Passed int `json:"passed"`
	Total  int `json:"total"`
}

// PetrarchResult scores coding of the PETRARCH validation records.
type PetrarchResult struct {
	Passed     int                       `json:"passed"`
	Total      int                       `json:"total"`
	PassRate   float64                   `json:"pass_rate"`
	Categories map[string]*CategoryScore `json:"categories"`
	Failures   []PetrarchFailure         `json:"failures,omitempty"`
}

// PetrarchFailure is one record whose coding differs from the expected one.
type PetrarchFailure struct {
	ID       string   `json:"id"`
	Category string   `json:"category"`
	Want     []string `json:"want"` // "SRC TGT CODE"
	Got      []string `json:"got"`
}

type petrRecords struct {
	Sentences []struct {
		ID       string `xml:"id,attr"`
		Date     string `xml:"date,attr"`
		Category string `xml:"category,attr"`
		Codings  []struct {
			Source   string `xml:"sourcecode,attr"`
			Target   string `xml:"targetcode,attr"`
			Code     string `xml:"eventcode,attr"`
			NoEvents string `xml:"noevents,attr"`
			Error    string `xml:"error,attr"`
		} `xml:"EventCoding"`
		Text string `xml:"Text"`
	} `xml:"Sentences>Sentence"`
}

// EvalPetrarch codes each PETRARCH validation record's text with c over
// our own parse (the records' parse trees are ignored) and compares the
// set of (source, target, code) triples with the expected one. Events
// lacking a source or a target are not counted, as in PETRARCH's default
// (require_dyad).
func EvalPetrarch(c *Coder, analyze Analyzer, records io.Reader) (*PetrarchResult, error) {
	var recs petrRecords
	dec := xml.NewDecoder(records)
	dec.Strict = false
	if err := dec.Decode(&recs); err != nil {
		return nil, fmt.Errorf("reading the validation records: %w", err)
	}
	res := &PetrarchResult{Categories: map[string]*CategoryScore{}}
	for _, r := range recs.Sentences {
		want := map[string]bool{}
		for _, ec := range r.Codings {
			if ec.Code == "" {
				continue
			}
			want[petrCode(ec.Source)+" "+petrCode(ec.Target)+" "+ec.Code] = true
		}
		date, _ := time.Parse("20060102", strings.TrimSpace(r.Date))
		text := strings.Join(strings.Fields(r.Text), " ")
		got := map[string]bool{}
		for _, e := range c.Code(analyze(text), date) {
			if e.Source.Code == "" || e.Target.Code == "" || e.Polarity == hearsay.Negated {
				continue
			}
			got[e.Source.Code+" "+e.Target.Code+" "+e.CAMEO] = true
		}
		cat := strings.TrimSpace(r.Category)
		cs := res.Categories[cat]
		if cs == nil {
			cs = &CategoryScore{}
			res.Categories[cat] = cs
		}
		cs.Total++
		res.Total++
		if equalSets(want, got) {
			cs.Passed++
			res.Passed++
			continue
		}
		res.Failures = append(res.Failures, PetrarchFailure{ID: strings.TrimSpace(r.ID), Category: cat, Want: keys(want), Got: keys(got)})
	}
	if res.Total > 0 {
		res.PassRate = float64(res.Passed) / float64(res.Total)
	}
	return res, nil
}

// petrCode reads an expected PETRARCH actor code as we write it: an agent
// of no known country, "---GOV", is "GOV".
func petrCode(c string) string {
	return strings.TrimPrefix(c, "---")
}

func equalSets(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// PLOVER05 maps the PLOVER 0.5b1 event types of the gold standard records
// to the current (2021) types: DEMAND became REQUEST, DISAPPROVE and
// INVESTIGATE were folded into ACCUSE, FIGHT into ASSAULT; the rest kept
// their names.
var PLOVER05 = map[string]string{
	"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT",
}

// PLOVERResult scores coding of the PLOVER gold standard records.
type PLOVERResult struct {
	Records        int            `json:"records"`
	TypeCorrect    int            `json:"type_correct"`
	TypeAccuracy   float64        `json:"type_accuracy"`
	Sources        int            `json:"sources"`
	SourceCorrect  int            `json:"source_correct"`
	SourceAccuracy float64        `json:"source_accuracy"`
	Targets        int            `json:"targets"`
	TargetCorrect  int            `json:"target_correct"`
	TargetAccuracy float64        `json:"target_accuracy"`
	NoEvent        int            `json:"no_event"` // records where nothing was coded
	Confusion      map[string]int `json:"confusion,omitempty"`
	// Misses lists the records where type, source or target was wrong,
	// with what was coded.
	Misses []string `json:"misses,omitempty"`
}

type ploverActor struct {
	Text string `json:"actorText"`
	Code string `json:"code"`
}

type ploverRecord struct {
	ID        string          `json:"id"`
	Date      string          `json:"date"`
	Event     string          `json:"event"`
	EventText string          `json:"eventText"`
	Text      string          `json:"text"`
	Source    json.RawMessage `json:"source"`
	Target    json.RawMessage `json:"target"`
}

func ploverActors(raw json.RawMessage) []ploverActor {
	var as []ploverActor
	if json.Unmarshal(raw, &as) == nil {
		return as
	}
	var one ploverActor
	if json.Unmarshal(raw, &one) == nil && one.Code != "" {
		return []ploverActor{one}
	}
	return nil
}

// EvalPLOVER codes the PLOVER gold standard records (a JSON array) and
// scores the event type of the record's main event (the coded event whose
// trigger the gold event text names, else the first), and its source and
// target countries (the first three letters of the codes).
func EvalPLOVER(c *Coder, analyze Analyzer, gold io.Reader) (*PLOVERResult, error) {
	var recs []ploverRecord
	if err := json.NewDecoder(gold).Decode(&recs); err != nil {
		return nil, fmt.Errorf("reading the PLOVER records: %w", err)
	}
	res := &PLOVERResult{Confusion: map[string]int{}}
	for _, r := range recs {
		if r.Event == "" || r.Event == "DOCUMENT" || r.Text == "" {
			continue
		}
		want := r.Event
		if w, ok := PLOVER05[want]; ok {
			want = w
		}
		date, _ := time.Parse("2006-01-02", r.Date)
		evs := c.Code(analyze(r.Text), date)
		res.Records++
		var main *hearsay.Event
		for i := range evs {
			if evs[i].PLOVER == "" {
				continue
			}
			if main == nil {
				main = &evs[i]
			}
			if namesTrigger(r.EventText, evs[i].Trigger.Text) {
				main = &evs[i]
				break
			}
		}
		got := ""
		if main == nil {
			res.NoEvent++
		} else {
			got = main.PLOVER
		}
		if got == want {
			res.TypeCorrect++
		} else {
			res.Confusion[want+"→"+orDash(got)]++
		}
		var wrong []string
		if got != want {
			wrong = append(wrong, "type")
		}
		srcs, tgts := ploverActors(r.Source), ploverActors(r.Target)
		if len(srcs) > 0 {
			res.Sources++
			if main != nil && actorIn(main.Source, srcs) {
				res.SourceCorrect++
			} else {
				wrong = append(wrong, "source")
			}
		}
		if len(tgts) > 0 {
			res.Targets++
			if main != nil && actorIn(main.Target, tgts) {
				res.TargetCorrect++
			} else {
				wrong = append(wrong, "target")
			}
		}
		if len(wrong) > 0 {
			var coded []string
			for _, e := range evs {
				coded = append(coded, fmt.Sprintf("%s→%s %s %s %q", e.Source.Code, e.Target.Code, e.CAMEO, e.PLOVER, e.Trigger.Text))
			}
			res.Misses = append(res.Misses, fmt.Sprintf("%s [%s]: want %s %s→%s (%q) | %s | coded: %s",
				r.ID, strings.Join(wrong, ","), want, actorCodes(srcs), actorCodes(tgts), r.EventText, r.Text, strings.Join(coded, "; ")))
		}
	}
	res.TypeAccuracy = ratio(res.TypeCorrect, res.Records)
	res.SourceAccuracy = ratio(res.SourceCorrect, res.Sources)
	res.TargetAccuracy = ratio(res.TargetCorrect, res.Targets)
	return res, nil
}

// namesTrigger reports whether the gold eventText names the trigger: one of
// its words shares a base form with the trigger's first word ("refused
// admission" names "refusing").
func namesTrigger(eventText, trigger string) bool {
	t := strings.ToLower(firstWord(trigger))
	if t == "" {
		return false
	}
	want := stems(t, t)
	for _, w := range strings.Fields(strings.ToLower(eventText)) {
		for _, a := range stems(w, w) {
			if slices.Contains(want, a) {
				return true
			}
		}
	}
	return false
}

func firstWord(s string) string {
	f, _, _ := strings.Cut(s, " ")
	return f
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func actorIn(a hearsay.Actor, gold []ploverActor) bool {
	c := a.Country
	if c == "" && len(a.Code) >= 3 {
		c = a.Code[:3]
	}
	for _, g := range gold {
		if len(g.Code) < 3 || c == "" {
			continue
		}
		gc := g.Code[:3]
		if iso, ok := ploverCodeFix[gc]; ok {
			gc = iso
		}
		if gc == c {
			return true
		}
	}
	return false
}

// ploverCodeFix maps the few country codes of the PLOVER gold standard
// that are not ISO 3166 alpha-3 (as CAMEO and we write them) to the ISO
// ones: Italy, Japan and Vietnam.
var ploverCodeFix = map[string]string{"ITL": "ITA", "JAP": "JPN", "VTN": "VNM"}

// GoldEvent is one gold event of the news evaluation files.
type GoldEvent struct {
	Source   string `json:"source"` // country or group label: USA, SYR, ISIS
	Target   string `json:"target"`
	PLOVER   string `json:"plover"`
	CAMEO    string `json:"cameo"`
	Polarity string `json:"polarity"`
	Date     string `json:"date"`
	Sentence string `json:"sentence"`
}

// GoldArticle is an article with its gold events.
type GoldArticle struct {
	ID        string
	Text      string
	Published time.Time
	Events    []GoldEvent
}

// GoldResult is the recall of gold events.
type GoldResult struct {
	Gold      int            `json:"gold"`
	Found     int            `json:"found"`
	Recall    float64        `json:"recall"`
	Coded     int            `json:"coded"` // events coded in all
	ByRoot    map[string]int `json:"missed_by_root,omitempty"`
	Missed    []string       `json:"missed,omitempty"`
	FoundRoot int            `json:"found_ignoring_polarity"`
}

// Label returns the label the news gold files use for an actor: its
// country, ISIS for the Islamic State, P5+1 for the six powers of the Iran
// nuclear talks (IGOSIX), COALITION for the coalition against the Islamic
// State (IGOCOA), INTL for the international community (IGOINC), or else
// its code.
func Label(a hearsay.Actor) string {
	if a.Country != "" {
		return a.Country
	}
	switch {
	case strings.HasPrefix(a.Code, "IGOSIX"):
		return "P5+1"
	case strings.HasPrefix(a.Code, "IGOCOA"):
		return "COALITION"
	case strings.HasPrefix(a.Code, "IGOINC"):
		return "INTL"
	}
	if strings.Contains(a.Code, "ISI") || strings.EqualFold(a.Name, "Islamic State") {
		return "ISIS"
	}
	return a.Code
}

// Matches reports whether a coded event matches a gold one: same source and
// target labels, same CAMEO root, same polarity, in the gold sentence.
func Matches(text string, e hearsay.Event, g GoldEvent, polarity bool) bool {
	if Label(e.Source) != g.Source || Label(e.Target) != g.Target || len(g.CAMEO) < 2 || e.Root != g.CAMEO[:2] {
		return false
	}
	if polarity && string(e.Polarity) != g.Polarity {
		return false
	}
	if off := strings.Index(text, g.Sentence); off >= 0 {
		return e.Trigger.Start >= off && e.Trigger.Start < off+len(g.Sentence)
	}
	return true
}

// EvalGold codes the articles and reports the recall of their gold events.
func EvalGold(c *Coder, analyze Analyzer, arts []GoldArticle) *GoldResult {
	res := &GoldResult{ByRoot: map[string]int{}}
	for _, a := range arts {
		evs := c.Code(analyze(a.Text), a.Published)
		res.Coded += len(evs)
		for _, g := range a.Events {
			res.Gold++
			found, loose := false, false
			for _, e := range evs {
				if Matches(a.Text, e, g, true) {
					found = true
				}
				if Matches(a.Text, e, g, false) {
					loose = true
				}
			}
			if found {
				res.Found++
			} else {
				if len(g.CAMEO) >= 2 {
					res.ByRoot[g.CAMEO[:2]]++
				}
				res.Missed = append(res.Missed, fmt.Sprintf("%s: %s→%s %s %s: %s [coded: %s]", a.ID, g.Source, g.Target, g.CAMEO, g.Polarity, g.Sentence, codedIn(a.Text, g.Sentence, evs)))
			}
			if loose {
				res.FoundRoot++
			}
		}
	}
	res.Recall = ratio(res.Found, res.Gold)
	return res
}

// codedIn lists the events coded in the gold sentence, to show what a
// missed gold event was coded as instead.
func codedIn(text, sentence string, evs []hearsay.Event) string {
	off := strings.Index(text, sentence)
	var out []string
	for _, e := range evs {
		if off >= 0 && (e.Trigger.Start < off || e.Trigger.Start >= off+len(sentence)) {
			continue
		}
		out = append(out, fmt.Sprintf("%s→%s %s %s %q", Label(e.Source), Label(e.Target), e.CAMEO, e.Polarity, e.Trigger.Text))
	}
	return strings.Join(out, "; ")
}

func actorCodes(as []ploverActor) string {
	var out []string
	for _, a := range as {
		out = append(out, a.Code+"("+a.Text+")")
	}
	return strings.Join(out, ",")
}
