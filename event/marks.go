package event

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"hearsay"
	"hearsay/event/actor"
)

// polarity marks verb v as negated, future, hypothetical or asserted, from
// its own auxiliaries and negations, then from the clauses above it.
func (s *state) polarity(v int) hearsay.Polarity {
	return s.polarityOf(v, true)
}

// polarityOf is polarity; denial says whether a denied suggestion above
// negates v: not for what v's subject names ("rejected any suggestion
// that the US and Syrian air campaigns amounted to a common effort": the
// campaigns are not denied).
func (s *state) polarityOf(v int, denial bool) hearsay.Polarity {
	p := s.ownPolarity(v)
	if p == hearsay.Hypothetical && s.reportedWould(v) {
		return hearsay.Future // "said they would boycott": future in the past
	}
	if p != hearsay.Asserted {
		return p
	}
	// Up the clause chain: "decided whether to extend", "plans to strike",
	// "will neither fight ... nor share".
	x := v
	reported := false
	fromAcl := false
	for steps := 0; steps < 4; steps++ {
		h := s.tok(x).Head
		r := s.rel(x)
		if h >= 0 && fromAcl && (r == "nsubj" || r == "obj") && s.firstChild(h, "expl") >= 0 {
			// "there might be another opportunity to discuss Iraq with
			// Tehran": what an existential clause states is possible,
			// whether the parse made the noun its subject or its object
			if hp := s.ownPolarity(h); hp != hearsay.Asserted {
				return hp
			}
			x = h
			fromAcl = false
			continue
		}
		fromAcl = r == "acl" && s.tok(x).Rel != "acl:relcl"
		if h < 0 || !(r == "xcomp" || r == "conj" || r == "ccomp" || r == "advcl" || r == "acl") {
			break
		}
		if s.tok(x).Rel == "acl:relcl" {
			break // "no cooperation with Iran in Iraq, where Iran has helped ...": a relative clause has its own marks
		}
		if r == "conj" && s.firstChild(x, "nsubj") >= 0 {
			break
		}
		if denial && (r == "acl" || r == "ccomp") && s.deniedSuggestion(h) {
			// "rejected any suggestion that the US and Syrian air
			// campaigns amounted to a common effort": the denier's own
			// word against no one's claim
			return hearsay.Negated
		}
		hp := s.ownPolarity(h)
		if reported && hp == hearsay.Negated {
			// "The source, who asked not to be named, said: ...": a
			// negation above the report is not the report's
			hp = hearsay.Asserted
		}
		if hp == hearsay.Negated && (r == "xcomp" || r == "acl") {
			return hearsay.Negated // "had no intention of cooperating"
		}
		if (r == "xcomp" || r == "acl") && (intentVerbs[s.lower[h]] || intentNouns[s.lower[h]]) {
			return hearsay.Future
		}
		if r == "xcomp" && hedgeVerbs[s.lower[h]] {
			return hearsay.Hypothetical
		}
		if (r == "xcomp" || r == "advcl") && s.lower[h] == "have" && s.hasMarkTo(x) && s.firstChild(h, "obj") < 0 {
			// "they have until Nov. 24 to reach a comprehensive
			// agreement", "has to accept": an obligation, like "must"
			// (not "have had little choice but to coordinate")
			return hearsay.Hypothetical
		}
		if r == "ccomp" || r == "advcl" {
			// a report's own negation does not carry into its content
			if hp == hearsay.Negated {
				hp = hearsay.Asserted
			}
			reported = true
		}
		if hp != hearsay.Asserted {
			return hp
		}
		x = h
	}
	return hearsay.Asserted
}

// suggestionNouns name content put forward by no one in particular; a
// report or claim has a claimant of its own, whom a denial does not
// silence.
var suggestionNouns = map[string]bool{"suggestion": true, "idea": true, "notion": true, "speculation": true, "talk": true, "impression": true}

// denialVerbs reject what their object says.
var denialVerbs = map[string]bool{"reject": true, "deny": true, "dismiss": true, "refute": true, "rule_out": true, "discount": true}

// deniedSuggestion reports whether noun n is a suggestion with no one
// credited for it that its governing verb denies ("rejected any
// suggestion that ...", "dismissed the idea that ...").
func (s *state) deniedSuggestion(n int) bool {
	if !suggestionNouns[s.lower[n]] || s.rel(n) != "obj" {
		return false
	}
	h := s.tok(n).Head
	if h < 0 || !(denialVerbs[s.lower[h]] || s.particle(h) >= 0 && denialVerbs[s.lower[h]+"_"+s.lower[s.particle(h)]]) {
		return false
	}
	for _, c := range s.children[n] {
		if r := s.tok(c).Rel; r == "nmod:poss" || r == "compound" || (s.rel(c) == "nmod" && (s.caseOf(c) == "by" || s.caseOf(c) == "from")) {
			return false // "an AFP suggestion", "suggestions by Iranian officials"
		}
	}
	return true
}

// intentVerbs make what they govern future ("plans to strike"); "decided
// to allow" is not among them: a decision taken is the act.
var intentVerbs = map[string]bool{"plan": true, "intend": true, "prepare": true, "aim": true, "expect": true, "seek": true, "want": true, "hope": true, "agree": false, "propose": true, "consider": true}

// speechVerbs report what someone said, announced or promised.
var speechVerbs = map[string]bool{"say": true, "announce": true, "tell": true, "state": true, "declare": true,
	"claim": true, "insist": true, "warn": true, "add": true, "report": true, "indicate": true, "signal": true}

// reportedWould reports a "would" that is a reported "will": the clause is
// the content of a speech verb and has no condition of its own.
func (s *state) reportedWould(v int) bool {
	would := false
	for _, c := range s.children[v] {
		switch {
		case strings.HasPrefix(s.tok(c).Rel, "aux") && strings.ToLower(s.words[c]) == "would":
			would = true
		case strings.HasPrefix(s.tok(c).Rel, "aux") && s.modal(c):
			return false
		case s.tok(c).Rel == "mark" && (s.lower[c] == "if" || s.lower[c] == "whether"):
			return false
		case s.rel(c) == "advcl":
			for _, m := range s.children[c] {
				if s.tok(m).Rel == "mark" && (s.lower[m] == "if" || s.lower[m] == "unless") {
					return false
				}
			}
		}
	}
	h := s.tok(v).Head
	return would && h >= 0 && s.rel(v) == "ccomp" && speechVerbs[s.lower[h]]
}

func (s *state) modal(c int) bool {
	switch strings.ToLower(s.words[c]) {
	case "could", "might", "may", "should", "must":
		return true
	}
	return false
}

var intentNouns = map[string]bool{"intention": true, "intent": true, "plan": true, "readiness": true, "willingness": true, "decision": true, "threat": true, "offer": true, "promise": true, "pledge": true}
var hedgeVerbs = map[string]bool{"try": true, "attempt": true, "weigh": true, "mull": true, "contemplate": true}

// hedgeForms are the forms of hedgeVerbs a tagger may take for an
// auxiliary before the verb they govern ("weighs extending").
var hedgeForms = map[string]bool{"weigh": true, "weighs": true, "weighing": true, "weighed": true, "mull": true, "mulls": true,
	"mulling": true, "mulled": true, "contemplate": true, "contemplates": true, "contemplating": true, "contemplated": true}

// ownPolarity reads the marks on token t itself.
func (s *state) ownPolarity(t int) hearsay.Polarity {
	neg, fut, hyp := false, false, false
	for _, c := range s.children[t] {
		l, r := s.lower[c], s.tok(c).Rel
		f := strings.ToLower(s.words[c])
		switch {
		case (r == "advmod" || r == "neg" || r == "part") && (l == "not" || f == "n't" || f == "not" || l == "never"):
			neg = true
		case r == "det" && l == "no":
			neg = true
		case (r == "cc:preconj" && l == "neither") || (r == "cc" && l == "nor"):
			neg = true
		case strings.HasPrefix(r, "aux") && hedgeForms[f]:
			hyp = true // "Washington weighs extending ...", "weighs" taken for an auxiliary
		case strings.HasPrefix(r, "aux"):
			switch f {
			case "will", "shall", "'ll", "wo", "going":
				fut = true
			case "would", "could", "might", "may", "should", "must", "'d", "can":
				if f != "can" {
					hyp = true
				}
			}
		case r == "mark" && (l == "if" || l == "unless" || l == "whether"):
			hyp = true
		case r == "amod" && (l == "possible" || l == "potential" || l == "proposed" || l == "hypothetical"):
			hyp = true
		case r == "amod" && (l == "planned" || l == "upcoming" || l == "future"):
			fut = true
		}
	}
	switch {
	case neg:
		return hearsay.Negated
	case hyp:
		return hearsay.Hypothetical
	case fut:
		return hearsay.Future
	}
	return hearsay.Asserted
}

// nounPolarity is the polarity of an event noun: its own marks ("no
// coordination", "possible strikes"), then its governing verb's.
func (s *state) nounPolarity(n int) hearsay.Polarity {
	if p := s.ownPolarity(n); p != hearsay.Asserted {
		return p
	}
	x := n
	subject := false
	for steps := 0; steps < 4; steps++ {
		h := s.tok(x).Head
		if h < 0 {
			break
		}
		if r := s.rel(x); r == "nsubj" || r == "csubj" {
			subject = true
		}
		if s.isVerb(h) {
			return s.polarityOf(h, !subject)
		}
		if s.rel(x) == "nsubj" && s.modalPredicate(h) {
			if p := s.polarity(h); p == hearsay.Negated {
				return p
			}
			return hearsay.Hypothetical // "cooperation was possible"
		}
		if p := s.ownPolarity(h); p != hearsay.Asserted {
			return p
		}
		x = h
	}
	return hearsay.Asserted
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var months = map[string]time.Month{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
	"june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
	"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// dateOf finds a date expression attached to token t (or the verb above a
// noun) and resolves it against the article date.
func (s *state) dateOf(t int, pol hearsay.Polarity) (time.Time, string) {
	for x, steps := t, 0; x >= 0 && steps < 3; steps++ {
		for _, c := range s.children[x] {
			r := s.rel(c)
			if r != "obl" && r != "nmod" && r != "advmod" && r != "obj" && r != "compound" {
				continue
			}
			if d, text, ok := s.parseDate(c, pol); ok {
				return d, text
			}
		}
		if !s.isNoun(x) && s.rel(x) != "xcomp" && s.rel(x) != "conj" {
			break
		}
		x = s.tok(x).Head
	}
	return time.Time{}, ""
}

// parseDate reads the date expression headed by token c.
func (s *state) parseDate(c int, pol hearsay.Polarity) (time.Time, string, bool) {
	sub := []int{c}
	for _, k := range s.children[c] {
		if r := s.rel(k); r == "case" || r == "det" || r == "amod" || r == "nummod" || r == "compound" || r == "nmod" || r == "punct" && k > c {
			sub = append(sub, k)
		}
	}
	lo, hi := c, c
	for _, k := range sub {
		lo, hi = min(lo, k), max(hi, k)
	}
	text := s.span(lo, hi+1).Text
	pub := s.published
	l := strings.TrimSuffix(s.lower[c], ".")
	var d time.Time
	ok := true
	switch {
	case l == "yesterday":
		d = pub.AddDate(0, 0, -1)
	case l == "today" || l == "tonight":
		d = pub
	case l == "tomorrow":
		d = pub.AddDate(0, 0, 1)
	case weekdays[l] != 0 || l == "sunday":
		w := weekdays[l]
		if pub.IsZero() {
			break
		}
		d = pub
		if pol == hearsay.Future {
			for d.Weekday() != w {
				d = d.AddDate(0, 0, 1)
			}
		} else {
			for d.Weekday() != w {
				d = d.AddDate(0, 0, -1)
			}
		}
	case l == "week" || l == "month" || l == "year":
		mod := ""
		for _, k := range s.children[c] {
			if s.rel(k) == "amod" || s.rel(k) == "det" {
				mod = s.lower[k]
			}
		}
		switch mod {
		case "last", "past", "previous":
			switch l {
			case "week":
				d = pub.AddDate(0, 0, -7)
			case "month":
				d = pub.AddDate(0, -1, 0)
			default:
				d = pub.AddDate(-1, 0, 0)
			}
		case "this":
			d = pub
		case "next":
			switch l {
			case "week":
				d = pub.AddDate(0, 0, 7)
			case "month":
				d = pub.AddDate(0, 1, 0)
			default:
				d = pub.AddDate(1, 0, 0)
			}
		default:
			ok = false
		}
	default:
		var okm bool
		d, okm = s.explicitDate(lo, hi)
		ok = okm
	}
	if !ok {
		return time.Time{}, "", false
	}
	if pub.IsZero() && !d.IsZero() && d.Year() < 100 {
		d = time.Time{}
	}
	return d, text, true
}

// explicitDate reads "August 26", "26 August 2014", "Aug. 26, 2014" from
// tokens lo..hi.
func (s *state) explicitDate(lo, hi int) (time.Time, bool) {
	var month time.Month
	day, year := 0, 0
	for i := lo; i <= hi; i++ {
		w := strings.TrimSuffix(strings.ToLower(s.words[i]), ".")
		if m, ok := months[w]; ok && month == 0 {
			if w == "may" && s.tok(i).UPOS == "AUX" {
				continue
			}
			month = m
			continue
		}
		if n, err := strconv.Atoi(strings.TrimRight(w, "thsnrd")); err == nil {
			switch {
			case n >= 1 && n <= 31 && day == 0:
				day = n
			case n >= 1900 && n <= 2100:
				year = n
			}
		}
	}
	if month == 0 || day == 0 {
		return time.Time{}, false
	}
	if year == 0 {
		if s.published.IsZero() {
			return time.Time{}, true // the text is known, the year is not
		}
		year = s.published.Year()
		d := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
		if d.After(s.published.AddDate(0, 2, 0)) {
			d = d.AddDate(-1, 0, 0)
		}
		return d, true
	}
	return time.Date(year, month, day, 0, 0, 0, 0, time.UTC), true
}

var placePreps = map[string]bool{"in": true, "near": true, "at": true, "outside": true, "around": true, "across": true, "over": true, "inside": true, "into": true}

// placeOf finds where the event anchored at token t happened: a gazetteer
// place after "in", "near", "over", ... in its phrase, a city before a
// country.
func (s *state) placeOf(t int, extra []ref) *hearsay.Place {
	si := s.d.SentenceOf(t)
	sent := s.d.Sentences[si]
	words := s.words[sent.Start:sent.End]
	toks := s.phrase(t)
	for _, r := range extra {
		for i := r.start; i < r.end; i++ {
			for _, c := range s.children[i] {
				toks = append(toks, s.phrase(c)...)
			}
		}
	}
	// and, when the parse scattered the clause, the words right after the
	// trigger up to the next verb
	for i := t + 1; i < sent.End && i <= t+15; i++ {
		if s.isVerb(i) && s.tok(i).Head != t && s.rel(i) != "amod" && s.rel(i) != "acl" {
			break
		}
		toks = append(toks, i)
	}
	var best *hearsay.Place
	bestRank := 0
	for _, i := range toks {
		if !placePreps[s.lower[i]] || i+1 >= sent.End {
			continue
		}
		j := s.placeStart(i+1, sent.End)
		p, n, ok := s.c.actors.Place(words, j-sent.Start)
		if !ok || n <= 0 {
			continue
		}
		rank := 1
		if p.Kind != "country" {
			rank = 2
		}
		if rank > bestRank {
			sp := s.span(j, j+n)
			best = &hearsay.Place{Name: p.Name, Country: p.Country, Lat: p.Lat, Lon: p.Lon, Span: sp}
			bestRank = rank
		}
	}
	return best
}

// placeNouns are the common nouns of "the town of Cizre", "the province
// of Anbar": the place is named after their "of".
var placeNouns = map[string]bool{"town": true, "city": true, "village": true, "region": true, "province": true, "district": true, "area": true, "state": true, "capital": true, "port": true, "island": true, "enclave": true, "county": true, "territory": true}

// compass are the words of direction before a place ("northern Israel",
// "southeastern Turkey"), which are not part of its name.
var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true, "eastern": true, "western": true, "central": true, "northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true}

// placeStart returns where a place's name may begin after a place
// preposition at j-1: past "the", words of direction ("northern Israel")
// and a place noun with its "of" ("the town of Cizre").
func (s *state) placeStart(j, end int) int {
	if j < end && s.lower[j] == "the" && j+1 < end {
		j++
	}
	for k := j; k+2 < end && k < j+3; k++ {
		if placeNouns[s.lower[k]] && s.lower[k+1] == "of" {
			return k + 2
		}
		if s.isVerb(k) || s.lower[k] == "," {
			break
		}
	}
	if j+1 < end && compass[s.lower[j]] {
		if _, _, ok := s.c.actors.Place(s.words[:end], j); !ok {
			j++
		}
	}
	return j
}

// emit turns a found event into one hearsay.Event per source-target pair.
func (s *state) emit(si int, f *found, seen map[string]bool) []hearsay.Event {
	if len(f.sources) == 0 && (len(f.targets) == 0 || !violent(f.code) || !s.mainClause(f.trig)) {
		// an act with no doer named is coded only when it is violence
		// done to someone named, told as the news itself ("three Iraqi
		// civilians have been killed", "a roadside bombing killed one U.S.
		// soldier"), not inside what someone promised or was told
		return nil
	}
	sent := s.d.Sentences[si]
	ss := s.span(sent.Start, sent.End)
	trig := s.span(f.trig, f.trig+1)
	if f.extra >= 0 {
		a, b := min(f.trig, f.extra), max(f.trig, f.extra)
		sp := s.span(a, b+1)
		trig = hearsay.Span{Start: sp.Start, End: sp.End, Text: s.words[f.trig] + " " + s.words[f.extra]}
		if b == a+1 {
			trig = sp
		}
	}
	date, dateText := s.dateOf(f.anchor, f.polarity)
	place := s.placeOf(f.anchor, f.targets)
	if place != nil && place.Country != "" && s.c.dict.HasNouns() {
		// "ethnic Albanians demonstrated in Serbia": an ethnic group
		// named by a nation's name is the place's people, not that state
		for _, rs := range [][]ref{f.sources, f.targets} {
			for k := range rs {
				if r := &rs[k]; s.ethnic(*r) && r.country != place.Country && !faiths[place.Country] {
					r.code = place.Country + strings.TrimPrefix(r.code, r.country)
					r.country = place.Country
				}
			}
		}
	}
	if len(f.targets) == 0 && place != nil && place.Country != "" && placeTarget(f.code) && !onlySelf(f.sources, f.code, place.Country) && !s.mutual(f) {
		// "attacked a camp in Congo", "imposed a curfew in Cizre": an act of
		// force on a place is an act on its country
		f.targets = []ref{{code: place.Country, country: place.Country, name: place.Name, start: -2, via: "place"}}
		f.rule += "; target from the place"
	}
	if len(f.targets) == 0 && strings.HasPrefix(f.code, "14") && len(f.sources) > 0 && f.sources[0].country != "" {
		// "Young Algerians blocked roads": a protest with no target named
		// is against the protesters' own government
		c := f.sources[0].country
		f.targets = []ref{{code: c + "GOV", country: c, sector: "GOV", start: -2, via: "own country"}}
		f.rule += "; target the protesters' own government"
	}
	if place != nil && place.Country != "" && s.c.dict.HasNouns() {
		// "Prisoners rioted at a jail in Dili", "deploy peacekeepers in
		// Iraq": a role with no country is of the place's (not with a
		// PETRARCH dictionary, whose roles stay as named: "Russian
		// police arrested students in Moscow" → RUSCOP EDU)
		for _, rs := range [][]ref{f.sources, f.targets} {
			for k := range rs {
				if r := &rs[k]; r.country == "" && r.kind == actor.Agent && r.via != "place" && r.via != "own country" && !orgCode(r.code) {
					r.country, r.code = place.Country, place.Country+r.code
				} else if faiths[r.country] && r.sector != "" && !faiths[place.Country] {
					// "Moslem demonstrators marched in Cairo": a faith
					// is no country, the place's people's is
					r.country, r.code = place.Country, place.Country+r.code
				}
			}
		}
	}
	switch {
	case !s.c.dict.HasNouns():
		// a PETRARCH dictionary's roles stay as named
	case !forceCode(f.code):
		domesticRoles(f.sources, f.targets)
		domesticRoles(f.targets, f.sources)
	default:
		policedRoles(f.targets, f.sources)
	}
	if !s.c.dict.HasNouns() {
		// a PETRARCH compound actor code stands for several actors:
		// "THE_SHIRE [FRO/BIL/SAM]" is Frodo, Bilbo and Sam, each a party
		f.sources, f.targets = splitCompound(f.sources), splitCompound(f.targets)
	}
	type pair struct {
		src, tgt ref
		code     string
		rule     string
	}
	var pairs []pair
	switch {
	case len(f.targets) > 0:
		for _, src := range f.sources {
			for _, tgt := range f.targets {
				pairs = append(pairs, pair{src, tgt, f.code, f.rule})
				if f.reverse != "" && tgt.via != "place" {
					pairs = append(pairs, pair{tgt, src, f.reverse, f.rule + "; reverse"})
				}
			}
		}
	case len(f.sources) > 1 && !s.isNoun(f.trig) && f.sources[0].via != "pair" && !(s.c.dict.HasNouns() && materialConflict(f.code) && s.firstChild(f.trig, "obj") >= 0):
		// "Gondor and Osgiliath clashed": coordinated subjects and no
		// object act on each other (PETRARCH's convention); force used on
		// an object that names no actor is used on it, not on each other
		// ("The US and Syrian air forces bombed the town"), unlike
		// "Washington and Tehran have both ruled out military cooperation";
		// built-in dictionary only: PETRARCH codes "Gondor and Osgiliath
		// have delayed their meeting" as 191 on each other.
		for _, a := range f.sources {
			for _, b := range f.sources {
				if a.start != b.start {
					pairs = append(pairs, pair{a, b, f.code, f.rule + "; coordinated subjects act on each other"})
				}
			}
		}
	default:
		for _, src := range f.sources {
			pairs = append(pairs, pair{src, ref{start: -1}, f.code, f.rule})
		}
	}
	if len(f.sources) == 0 {
		src, rule := ref{start: -1}, "; no doer named"
		if place != nil && place.Country != "" {
			// "a roadside bombing near Samarra killed one U.S. soldier":
			// an unnamed doer where it happened (PLOVER's convention)
			src, rule = ref{code: place.Country, country: place.Country, name: place.Name, start: -2, via: "place"}, "; no doer named, the place's"
		}
		for _, tgt := range f.targets {
			if tgt.code == src.code {
				pairs = append(pairs, pair{ref{start: -1}, tgt, f.code, f.rule + "; no doer named"})
				continue
			}
			pairs = append(pairs, pair{src, tgt, f.code, f.rule + rule})
		}
	}
	var out []hearsay.Event
	for _, p := range pairs {
		src, tgt := p.src, p.tgt
		{
			if tgt.start != -1 && tgt.code == src.code {
				continue // "Assad expressed his willingness": no event with oneself
			}
			if tgt.start != -1 && strings.HasSuffix(tgt.code, "MED") && (strings.HasPrefix(p.code, "01") || strings.HasPrefix(p.code, "04")) {
				continue // "told Reuters": speaking to the press is not consulting it
			}
			key := strings.Join([]string{strconv.Itoa(f.trig), src.code, tgt.code, p.code}, "|")
			if seen[key] {
				continue
			}
			seen[key] = true
			if src.start >= 0 && len(p.code) >= 2 && (len(f.sources) == 0 || src.start == f.sources[0].start) && !f.joined {
				// the first doer named is the principal one ("carried out
				// by the United States together with Bahrain, Jordan ...")
				s.lastDoer[p.code[:2]] = src
				if tgt.start >= 0 && f.polarity != hearsay.Negated {
					// "promised that the forces of Assad would not be
					// hit": an act denied is not the one "the strikes"
					// later tell of
					s.lastTarget[p.code[:2]] = tgt
					if len(f.threatened) >= 2 && f.polarity != hearsay.Hypothetical {
						// "its plan to bomb Islamic State militants in
						// Syria": the strikes told of later are the
						// announced ones, on the same target
						s.lastTarget[f.threatened[:2]] = tgt
					}
				}
				if tgt.start >= 0 && f.polarity != hearsay.Negated && materialConflict(p.code) {
					s.lastAct.code, s.lastAct.target = p.code, tgt
				}
			}
			code, _ := s.c.dict.Code(p.code)
			pl := s.c.dict.PLOVER(p.code)
			ev := hearsay.Event{
				Sentence:  si,
				SentSpan:  ss,
				Source:    s.actor(src),
				Trigger:   trig,
				CAMEO:     p.code,
				Root:      root(p.code),
				Goldstein: code.Goldstein,
				QuadClass: code.Quad,
				PLOVER:    pl.Type,
				Mode:      pl.Mode,
				Polarity:  f.polarity,
				Date:      date,
				DateText:  dateText,
				Place:     place,
				Rule:      p.rule,
			}
			if src.via == "place" {
				ev.Source = hearsay.Actor{Code: src.code, Country: src.country, Span: place.Span}
			}
			switch {
			case tgt.start >= 0:
				ev.Target = s.actor(tgt)
			case tgt.via == "place":
				ev.Target = hearsay.Actor{Code: tgt.code, Country: tgt.country, Span: place.Span}
			case tgt.via == "own country":
				ev.Target = hearsay.Actor{Code: tgt.code, Country: tgt.country, Sector: tgt.sector}
			}
			if src.via != "" {
				ev.Rule += "; source by " + src.via
			}
			if src.start >= 0 && tgt.start >= 0 {
				s.history = append(s.history, dyad{src, tgt, p.code})
			}
			out = append(out, ev)
		}
	}
	return out
}

// domesticRoles gives a role with no country on one side ("rebels",
// "Islamic fundamentalists", "refugees") the country of the other side's
// first actor, when that one is a country's: "The Mozambique government
// accepted demands from Shona rebels" → MOZREB, "Islamic fundamentalists
// demanded the resignation of Algerian President Ben Bella" → DZARAD.
// Soldiers, a bare "government" and the parties of force and its posture
// (roots 15, 18–20: "US jets hit the militants' positions") are left
// alone: they are as often foreign as not.
func domesticRoles(rs, others []ref) {
	if len(others) == 0 || others[0].country == "" || others[0].kind == actor.Agent && others[0].via == "" && others[0].sector == others[0].code {
		return
	}
	c := others[0].country
	for k := range rs {
		r := &rs[k]
		if r.country != "" || r.kind != actor.Agent || r.via == "place" || r.via == "own country" || militarySectors[r.code] || orgCode(r.code) {
			continue
		}
		r.country, r.code = c, c+r.code
	}
}

// policedRoles gives the roles a country's police use force on, named by
// no country or only by a faith, the police's country: police act at home
// ("Egyptian police opened fire to disperse Moslem fundamentalist
// demonstrators" → EGY).
func policedRoles(rs, police []ref) {
	if len(police) == 0 || police[0].country == "" || faiths[police[0].country] || police[0].sector != "COP" && !strings.HasSuffix(police[0].code, "COP") {
		return
	}
	c := police[0].country
	for k := range rs {
		r := &rs[k]
		if orgCode(r.code) || r.via == "place" {
			continue
		}
		if r.country == "" && r.kind == actor.Agent || faiths[r.country] && r.sector != "" {
			r.country, r.code = c, c+r.code
		}
	}
}

// orgCode reports codes of international bodies and non-state groups
// ("Red Cross officials" are the ICRC's wherever they work).
func orgCode(code string) bool {
	for _, p := range []string{"IGO", "NGO", "IMG", "MNC"} {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// militarySectors are the roles domesticRoles leaves without a country.
var militarySectors = map[string]bool{"MIL": true, "UAF": true, "INS": true, "GOV": true}

// mainClause reports whether verb v heads its sentence's main clause, or
// a verb coordinated with it, and names no doer that could not be
// resolved: it is passive with no agent ("civilians were killed") or its
// subject is a thing ("a roadside bombing killed"), not a pronoun or a
// name the tables lack.
func (s *state) mainClause(v int) bool {
	if !s.isVerb(v) {
		return false
	}
	for _, c := range s.children[v] {
		if s.tok(c).Rel == "nsubj" && s.tok(c).UPOS != "NOUN" {
			return false
		}
	}
	if s.rel(v) == "conj" {
		v = s.tok(v).Head
	}
	return v >= 0 && s.tok(v).Head < 0
}

// violent reports codes of violence (roots 18–20), which are coded even
// with no doer named.
func violent(code string) bool {
	return len(code) >= 2 && code[:2] >= "18" && code[:2] <= "20"
}

// forceCode reports codes of force and its posture (roots 15, 18–20).
func forceCode(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "15", "18", "19", "20":
		return true
	}
	return false
}

// mutual reports whether f is a cooperative act (roots 02–08) of
// coordinated subjects of different countries with no target named: they
// act on each other ("Iran and Iraq met in Baghdad"), not on the place.
func (s *state) mutual(f *found) bool {
	if len(f.sources) < 2 || s.isNoun(f.trig) || f.code[:2] > "08" {
		return false
	}
	for _, r := range f.sources[1:] {
		if r.country != "" && r.country != f.sources[0].country {
			return true
		}
	}
	return false
}

// onlySelf reports whether a place's country is no target for the sources
// of an act coded code: the country itself ("Iraq sent troops into Iraq"),
// and a state's own government or forces using force at home ("Syrian jets
// struck a camp in Deir al-Zor"): a state does not attack itself, its
// unnamed enemy there is no target. Insurgents, and a government's other
// acts at home ("lifted the emergency in West Darfur"), are on their country.
func onlySelf(sources []ref, code, country string) bool {
	for _, r := range sources {
		if r.code == country {
			continue
		}
		if violent(code) && r.country == country && stateSector(r.sector) {
			continue
		}
		return false
	}
	return true
}

// stateSector reports the sectors that act for a state: its government,
// forces, police and services.
func stateSector(sector string) bool {
	switch sector {
	case "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return true
	}
	return false
}

// placeTarget reports codes whose act on a place, with no target named,
// is an act on the place's country: threats, protests, sanctions and
// force (roots 13–20).
func placeTarget(code string) bool {
	if len(code) < 2 {
		return false
	}
	return code[:2] >= "02" && code[:2] <= "20"
}

// materialConflict reports codes of force and coercion (roots 14, 15, 17–20).
func materialConflict(code string) bool {
	if len(code) < 2 {
		return false
	}
	switch code[:2] {
	case "14", "15", "17", "18", "19", "20":
		return true
	}
	return false
}

func root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

var _ = actor.Country

// splitCompound replaces each ref whose code joins several actors' codes
// with "/" ("FRO/BIL/SAM", PETRARCH's compound actors) by one ref per
// code, in order; the parts keep the ref's span. Other refs stay as they
// are.
func splitCompound(rs []ref) []ref {
	if !slices.ContainsFunc(rs, func(r ref) bool { return strings.Contains(r.code, "/") }) {
		return rs
	}
	out := make([]ref, 0, len(rs)+2)
	for _, r := range rs {
		parts := strings.Split(r.code, "/")
		if len(parts) < 2 || slices.Contains(parts, "") {
			out = append(out, r)
			continue
		}
		for _, c := range parts {
			p := r
			p.code = c
			if p.country != "" && strings.Contains(p.country, "/") {
				p.country = c
			}
			out = append(out, p)
		}
	}
	return out
}

// ethnic reports whether r is a nation's name that "ethnic" qualifies
// ("ethnic Albanians", "ethnic Serb civilians"): a people, who may live
// in another state.
func (s *state) ethnic(r ref) bool {
	if r.country == "" || r.start <= 0 || r.start >= len(s.lower) || r.via != "" {
		return false
	}
	return s.lower[r.start-1] == "ethnic" && s.d.SentenceOf(r.start-1) == s.d.SentenceOf(r.start)
}
