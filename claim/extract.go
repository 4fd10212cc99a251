package claim

import (
	"slices"
	"sort"
	"strings"

	"hearsay"
	"hearsay/event/actor"
	"hearsay/nlp"
)

// Extract finds every attributed statement in d (and, for coded events that
// nothing attributes, a claim by the article itself), links each to the
// events whose trigger lies in its content, and sets stance, claimant, cue,
// content, provenance chain (Via) and denial links. outlet is the article's
// outlet (the end of every Via chain); it may be empty.
//
// Unlike Attributions, Extract keeps attributions nested in another's
// content ("X denied the AFP report, which said ..."), and gives one claim
// to each of coordinated claimants ("Washington and Tehran have both ruled
// out ...").
func Extract(d *nlp.Doc, events []hearsay.Event, outlet string) []hearsay.Claim {
	s := newScanner(d)
	s.strict = true
	for _, e := range events {
		if !e.Date.IsZero() {
			s.date = e.Date
			break
		}
	}
	atts := s.splitQuotes(s.scan(false))
	atts = append(atts, s.nounCues()...)
	sort.SliceStable(atts, func(i, j int) bool { return atts[i].cue < atts[j].cue })

	var claims []hearsay.Claim
	lastMedia, lastMediaSent := "", 0 // the latest outlet other than the article's own that reported something
	mentions := s.personMentions()
	mi := 0
	var hist []hearsay.Claimant // claimants and named people met so far, for anaphora
	for ai, a := range atts {
		for mi < len(mentions) && mentions[mi].Span.End <= a.Cue.Start {
			hist = append(hist, mentions[mi])
			mi++
		}
		cls := s.claimants(a, atts[:ai], hist)
		if len(cls) == 0 {
			continue
		}
		st := s.stance(a)
		if a.Lemma == "no-confirmation" {
			st = hearsay.Hedges
		}
		via := s.via(a, atts, ai)
		if len(via) == 0 && lastMedia != "" && a.Sentence-lastMediaSent <= 5 && (cls[0].Kind == hearsay.AnonymousOfficial || a.Lemma == "tell" && s.tellsMedia(a)) {
			// an unnamed source in a story an outlet broke: "Al-Araby reported ... an official source said"
			via = []string{lastMedia}
		}
		if len(via) == 0 && len(claims) > 0 {
			// "he said", "the official added": the same speaker through the same channel
			p := claims[len(claims)-1]
			if a.Sentence-p.Sentence <= 2 && p.Claimant.Name == cls[0].Name && p.Claimant.Kind == cls[0].Kind && p.Claimant.Actor == cls[0].Actor && len(p.Via) > 1 {
				via = p.Via[:len(p.Via)-1]
			}
		}
		if cls[0].Kind == hearsay.MediaOutlet && cls[0].Name != "" && !strings.EqualFold(cls[0].Name, outlet) {
			lastMedia, lastMediaSent = cls[0].Name, a.Sentence
		}
		for _, c := range cls {
			cst := st
			if w, rest, ok := strings.Cut(c.Span.Text, " "); ok && strings.EqualFold(w, "whatever") && cst == hearsay.Asserts {
				// "Washington did ask Tehran for help, whatever US officials
				// now say": they say otherwise
				c.Span = hearsay.Span{Start: c.Span.Start + len(w) + 1, End: c.Span.End, Text: rest}
				cst = hearsay.Denies
			}
			cl := hearsay.Claim{
				Sentence: a.Sentence,
				Claimant: c,
				Cue:      a.Cue,
				Content:  a.Content,
				Stance:   cst,
				Direct:   a.Direct,
				Via:      appendOutlet(via, outlet, c),
			}
			claims = append(claims, cl)
			if c.Kind != hearsay.ArticleItself {
				hist = append(hist, c)
			}
		}
	}
	claims = append(claims, authorVoice(s, claims, outlet)...)
	linkEvents(claims, events)
	claims = append(claims, articleClaims(claims, events, outlet)...)
	claims = append(claims, s.offerers(claims, events, outlet)...)
	claims = append(claims, commentary(s, claims, outlet)...)
	claims = append(claims, hedgedRemarks(s, claims, outlet)...)
	linkDenials(claims)
	return claims
}

func appendOutlet(via []string, outlet string, c hearsay.Claimant) []string {
	out := append([]string(nil), via...)
	if outlet != "" && (len(out) == 0 || !strings.EqualFold(out[len(out)-1], outlet)) && !strings.EqualFold(c.Name, outlet) {
		out = append(out, outlet)
	}
	return out
}

// claimants returns who stands behind attribution a: resolved against
// earlier attributions and claimants for pronouns, relative pronouns,
// definite descriptions and surnames; several for coordinated subjects.
func (s *scanner) claimants(a Attribution, prev []Attribution, hist []hearsay.Claimant) []hearsay.Claimant {
	sent := s.d.Sentences[a.Sentence]
	src, srcEnd := a.src, a.srcEnd
	if src == srcEnd {
		// "X, who said ..." / "the AFP report, which said ..."
		j := a.cue - 1
		for j > sent.Start && preCue[s.low[j]] {
			j--
		}
		if j > sent.Start && (s.low[j] == "who" || s.low[j] == "which") && s.low[j-1] == "," {
			ns, ne, _ := s.npLeft(j-1, sent.Start)
			src, srcEnd = ns, ne
		}
	}
	if src == srcEnd {
		if a.inheritsSource && len(hist) > 0 {
			return []hearsay.Claimant{hist[len(hist)-1]}
		}
		return nil
	}
	spans := [][2]int{{src, srcEnd}}
	// coordination: "Washington and Tehran", "the White House, the NSC and the State Department"
	k := src - 1
	if k > sent.Start && s.low[k] == "and" {
		for k > sent.Start && (s.low[k] == "and" || s.low[k] == ",") {
			ns, ne, _ := s.npLeft(k, sent.Start)
			if ns >= ne || !s.nameLike(ns, ne) {
				break
			}
			spans = append(spans, [2]int{ns, ne})
			k = ns - 1
		}
		if len(spans) > 1 && !s.nameLike(src, srcEnd) {
			spans = spans[:1]
		}
	}
	var out []hearsay.Claimant
	for i := len(spans) - 1; i >= 0; i-- {
		sp := spans[i]
		forms := s.forms(sp[0], sp[1])
		// "The Head of the Syrian Observatory for Human Rights, Rami Abdulrahman said"
		if sp[1]-sp[0] <= 3 && allCap(forms) && sp[0]-1 > sent.Start && s.low[sp[0]-1] == "," {
			ns, ne, _ := s.npLeft(sp[0]-1, sent.Start)
			if ns < ne && ne-ns <= 10 && (containsAny(s.low[ns:ne], orgHeads) || containsAny(s.low[ns:ne], personHeads) || containsAny(s.low[ns:ne], govHeads) || containsAny(s.low[ns:ne], mediaHeads)) {
				forms = append(append(s.forms(ns, ne), ","), forms...)
			}
		}
		c := classify(forms)
		c.Span = s.span(sp[0], sp[1])
		c = resolve(c, forms, hist)
		if c.Span.Text == s.span(sp[0], sp[1]).Text && !anaphor(forms) {
			c = s.resolveActor(c, forms)
		}
		out = append(out, c)
	}
	return out
}

func (s *scanner) forms(a, b int) []string {
	out := make([]string, 0, b-a)
	for i := a; i < b; i++ {
		out = append(out, s.d.Tokens[i].Form)
	}
	return out
}

func allCap(forms []string) bool {
	for _, f := range forms {
		if !isCap(f) {
			return false
		}
	}
	return len(forms) > 0
}

// nameLike reports whether tokens [a, b) can be one of coordinated
// claimants: a capitalised word or a government or person head at its end.
func (s *scanner) nameLike(a, b int) bool {
	if b-a > 8 {
		return false
	}
	last := s.low[b-1]
	return isCap(s.d.Tokens[b-1].Form) || govHeads[last] || personHeads[last] || mediaHeads[last]
}

// resolve fills a claimant written as a pronoun, a definite description
// ("the official", "the ministry") or a bare surname from the claimants met
// before.
func resolve(c hearsay.Claimant, forms []string, hist []hearsay.Claimant) hearsay.Claimant {
	if len(forms) == 0 || len(hist) == 0 {
		return c
	}
	low := strings.ToLower(strings.Join(forms, " "))
	copyFrom := func(p hearsay.Claimant) hearsay.Claimant {
		span := c.Span
		p.Span = span
		return p
	}
	switch low {
	case "he", "she", "him", "her", "his", "i":
		want := pronounGender(low)
		person := func(p hearsay.Claimant) bool {
			k := p.Kind
			return k == hearsay.NamedOfficial || strings.Contains(p.Name, " ") && (k == hearsay.Organization || k == hearsay.Analyst)
		}
		if want == female {
			// Women are marked ("spokeswoman", "Ms", a woman's first
			// name) and men mostly are not: "she" is the latest woman
			// met before the latest person of unknown gender.
			for i := len(hist) - 1; i >= 0 && i >= len(hist)-histWindow; i-- {
				if person(hist[i]) && genderOf(hist[i]) == female {
					return copyFrom(hist[i])
				}
			}
		}
		for i := len(hist) - 1; i >= 0 && i >= len(hist)-histWindow; i-- {
			if g := genderOf(hist[i]); want != unknownGender && g != unknownGender && g != want {
				continue // "he" is not the spokeswoman met last
			}
			if person(hist[i]) {
				return copyFrom(hist[i])
			}
		}
		for i := len(hist) - 1; i >= 0 && i >= len(hist)-histWindow; i-- {
			if hist[i].Kind == hearsay.AnonymousOfficial {
				return copyFrom(hist[i])
			}
		}
		return c
	case "they", "we":
		return copyFrom(hist[len(hist)-1])
	}
	if strings.HasPrefix(low, "the ") && c.Name == "" {
		head := forms[len(forms)-1]
		hl := strings.ToLower(head)
		if mediaHeads[hl] && len(forms) <= 3 {
			// "the newspaper", "the agency": the outlet met last
			for i := len(hist) - 1; i >= 0 && i >= len(hist)-histWindow; i-- {
				if hist[i].Kind == hearsay.MediaOutlet && hist[i].Name != "" {
					return copyFrom(hist[i])
				}
			}
		}
		for i := len(hist) - 1; i >= 0 && i >= len(hist)-histWindow; i-- {
			if hasWord(hist[i].Span.Text, hl) {
				p := copyFrom(hist[i])
				if c.Actor != "" && p.Actor != "" && c.Actor[:3] != p.Actor[:3] {
					continue
				}
				return p
			}
		}
		return c
	}
	if len(forms) <= 2 && allCap(forms) {
		// a surname met before as part of a full name
		last := strings.ToLower(forms[len(forms)-1])
		for i := len(hist) - 1; i >= 0 && i >= len(hist)-histWindow; i-- {
			if hist[i].Name != "" && strings.HasSuffix(strings.ToLower(hist[i].Name), last) {
				return copyFrom(hist[i])
			}
		}
	}
	return c
}

// histWindow is how many earlier claimants and claims anaphora, provenance
// and denial links look back over.
const histWindow = 50

// via returns the provenance chain of attribution a, nearest first, without
// the article's outlet.
func (s *scanner) via(a Attribution, atts []Attribution, ai int) []string {
	prev := atts[:ai]
	var out []string
	add := func(name string) {
		if name == "" {
			return
		}
		for _, v := range out {
			if strings.EqualFold(v, name) {
				return
			}
		}
		out = append(out, name)
	}
	sent := s.d.Sentences[a.Sentence]
	// "was quoted as saying by the French agency"
	if a.Lemma == "quote" && a.cueEnd < sent.End && s.low[a.cueEnd] == "by" {
		e := s.npRight(a.cueEnd+1, sent.End)
		add(mediaName(s.forms(a.cueEnd+1, e)))
	}
	// "quoted him as saying", "told Reuters", "told the site"
	if a.Lemma == "tell" || a.Lemma == "quote" {
		e := s.npRight(a.cueEnd, sent.End)
		if e > a.cueEnd && e-a.cueEnd <= 5 {
			add(mediaName(s.forms(a.cueEnd, e)))
		}
	}
	for k := a.cueEnd; k+2 < sent.End && k < a.cueEnd+5; k++ {
		if s.low[k] == "interview" && s.low[k+1] == "with" {
			e := s.npRight(k+2, sent.End)
			add(mediaName(s.forms(k+2, e)))
		}
	}
	// "X quoted him as saying": X relays
	if a.Lemma == "quote" && s.d.Tokens[a.cue].Form == "quoted" && a.cueEnd < sent.End && s.low[a.cueEnd] != "as" && s.low[a.cueEnd] != "by" {
		ns, ne, _ := s.npLeft(a.cue, sent.Start)
		if ns < ne {
			add(mediaName(s.forms(ns, ne)))
		} else if a.cue >= 2 && s.low[a.cue-1] == "that" && (s.low[a.cue-2] == "report" || s.low[a.cue-2] == "reports") {
			add(mediaName(s.forms(max(a.cue-4, sent.Start), a.cue-1)))
		}
	}
	if a.Lemma == "cite" && len(prev) > 0 {
		p := prev[len(prev)-1]
		if p.Sentence == a.Sentence && p.srcEnd > p.src {
			add(mediaName(s.forms(p.src, p.srcEnd)))
		}
	}
	// "In a brief statement carried by the state news agency SANA, ..."
	for k := sent.Start; k+1 < a.cue; k++ {
		if (s.low[k] == "carried" || s.low[k] == "published" || s.low[k] == "broadcast" || s.low[k] == "aired") && s.low[k+1] == "by" {
			e := s.npRight(k+2, sent.End)
			add(mediaName(s.forms(k+2, e)))
		}
	}
	// an attribution whose content holds this one: "X said ..., the Fars news agency reported"
	for i := max(0, ai-histWindow); i < len(atts) && i < ai+histWindow; i++ {
		p := atts[i]
		if i == ai || p.Sentence < a.Sentence-1 || p.Sentence > a.Sentence {
			continue
		}
		inside := p.Content.Start <= a.Cue.Start && a.Cue.End <= p.Content.End
		if !inside || p.srcEnd <= p.src {
			continue
		}
		add(mediaName(s.forms(p.src, p.srcEnd)))
	}
	// "..., X said, according to AFP": a later "according to" on the same content
	for k := a.cueEnd; k+1 < sent.End && k < a.cueEnd+maxContent; k++ {
		if s.low[k] == "according" && s.low[k+1] == "to" && k+2 < sent.End && !s.quoted(k) {
			e := s.npRight(k+2, sent.End)
			add(mediaName(s.forms(k+2, e)))
			break
		}
	}
	return out
}

// mediaName returns the outlet named by forms, or "".
func mediaName(forms []string) string {
	if len(forms) == 0 {
		return ""
	}
	c := classify(forms)
	if c.Kind != hearsay.MediaOutlet {
		return ""
	}
	if c.Name != "" {
		return c.Name
	}
	return ""
}

// splitQuotes gives each sentence of a direct quotation that runs over
// several sentences its own attribution, so that each gets its own stance.
func (s *scanner) splitQuotes(atts []Attribution) []Attribution {
	var out []Attribution
	for _, a := range atts {
		if !a.Direct {
			out = append(out, a)
			continue
		}
		first := s.d.SentenceOf(a.cont)
		last := s.d.SentenceOf(a.contEnd - 1)
		// the quotation may run on past the cue's sentence
		for last+1 < len(s.d.Sentences) && last-first < 20 && s.d.Tokens[s.d.Sentences[last+1].Start].Start < a.Content.End {
			last++
		}
		last = min(last, first+20)
		if first < 0 || last <= first {
			out = append(out, a)
			continue
		}
		for si := first; si <= last; si++ {
			b := a
			st := s.d.Sentences[si]
			b.cont, b.contEnd = max(st.Start, a.cont), st.End
			for b.contEnd > b.cont && s.d.Tokens[b.contEnd-1].Start >= a.Content.End {
				b.contEnd--
			}
			if si == s.d.SentenceOf(a.cue) || b.contEnd <= b.cont {
				// the cue's sentence keeps the quotation part in it
				if si != s.d.SentenceOf(a.cue) {
					continue
				}
			}
			lo, hi := s.d.Tokens[b.cont].Start, s.d.Tokens[b.contEnd-1].End
			lo, hi = max(lo, a.Content.Start), min(hi, a.Content.End)
			if hi <= lo {
				continue
			}
			b.Content = s.byteSpan(lo, hi)
			b.Sentence = si
			out = append(out, b)
		}
	}
	return out
}

// nounCues finds attributions to a report named by its outlet: "an AFP
// report that ...", "the BBC's report that ...".
// namesReporter reports whether the words before a report noun name who
// reports: a name ("AFP", "a Reuters report") or a media noun ("a news
// agency report"), not a verb or an adjective alone.
func (s *scanner) namesReporter(st, e int) bool {
	for k := st; k < e; k++ {
		if isCap(s.d.Tokens[k].Form) && !determiners[s.low[k]] || mediaHeads[s.low[k]] && s.low[k] != "report" && s.low[k] != "reports" {
			return true
		}
	}
	return false
}

func (s *scanner) nounCues() []Attribution {
	var out []Attribution
	for si, sent := range s.d.Sentences {
		for i := sent.Start + 1; i+1 < sent.End; i++ {
			w := s.low[i]
			if (w == "confirmation" || w == "comment") && !s.quoted(i) {
				// "There was no immediate confirmation from Washington that ..."
				k := i - 1
				for k > sent.Start && i-k < 3 && s.low[k] != "no" {
					k--
				}
				if s.low[k] == "no" && s.low[i+1] == "from" {
					se := s.npRight(i+2, sent.End)
					if se > i+2 {
						a := Attribution{Sentence: si, Lemma: "no-confirmation", cue: k, cueEnd: i + 1, head: k, src: i + 2, srcEnd: se}
						a.cont, a.contEnd = se, s.contentEnd(se, sent.End)
						if a.contEnd <= a.cont {
							a.cont, a.contEnd = sent.Start, s.contentEnd(sent.Start, sent.End)
						}
						if b, ok := s.finish(a); ok {
							out = append(out, b)
						}
					}
				}
				continue
			}
			if (w != "report" && w != "reports") || s.quoted(i) || s.low[i+1] != "that" {
				continue
			}
			st := i - 1
			for st > sent.Start && i-st < 5 && !determiners[s.low[st]] && !isPunct(s.low[st]) && !clauseBoundary[s.low[st]] && !beForms[s.low[st]] && !preCue[s.low[st]] {
				st--
			}
			if determiners[s.low[st]] || isPunct(s.low[st]) || clauseBoundary[s.low[st]] || beForms[s.low[st]] || preCue[s.low[st]] {
				st++
			}
			if st >= i || !s.namesReporter(st, i) {
				// "has rejected reports that ...": nobody's report
				continue
			}
			forms := s.forms(st, i+1)
			c := classify(forms)
			if c.Kind != hearsay.MediaOutlet {
				continue
			}
			a := Attribution{Sentence: si, Lemma: "report", cue: i, cueEnd: i + 1, head: i, src: st, srcEnd: i}
			a.cont, a.contEnd = i+1, s.contentEnd(i+2, sent.End)
			if b, ok := s.finish(a); ok {
				out = append(out, b)
			}
		}
	}
	return out
}

var negWords = set("not", "n't", "no", "never", "neither", "nor", "none", "nothing", "nobody", "without")
var hedgeWords = set("may", "might", "could", "possibly", "perhaps", "unclear", "likely", "appears", "appear",
	"seems", "seem", "probably", "reportedly", "allegedly", "apparently", "can", "claiming", "conflicting", "purported", "alleged")
var partialWords = set("partly", "partially", "part", "degree", "some")

// stance returns the claimant's stance toward the content of a.
func (s *scanner) stance(a Attribution) hearsay.Stance {
	cue := handCues[a.Lemma].stance
	if cue == "" {
		cue = hearsay.Asserts
	}
	sent := s.d.Sentences[a.Sentence]
	// words right before the cue: "did not deny", "declined to confirm", "partly confirmed"
	negCue, partial, hedge := false, false, false
	for k := a.head - 1; k >= sent.Start && k >= a.head-5; k-- {
		w := s.low[k]
		if !(preCue[w] || strings.HasSuffix(w, "ly") || w == "declined" || w == "refused" || w == "declining" || w == "to" || w == "partly" || w == "partially") {
			break
		}
		switch {
		case w == "not" || w == "n't" || w == "never" || w == "declined" || w == "refused" || w == "declining":
			negCue = true
		case w == "partly" || w == "partially":
			partial = true
		case w == "reportedly" || w == "allegedly":
			hedge = true
		}
	}
	for k := a.cueEnd; k < sent.End && k < a.cueEnd+3; k++ {
		if s.low[k] == "partly" || s.low[k] == "in" && k+1 < sent.End && s.low[k+1] == "part" {
			partial = true
		}
		if s.low[k] == "or" && k+1 < sent.End && (s.low[k+1] == "deny" || s.low[k+1] == "confirm") {
			negCue = true
		}
	}
	switch {
	case negCue && (cue == hearsay.Denies || a.Lemma == "confirm" || a.Lemma == "acknowledge"):
		return hearsay.Hedges
	case partial:
		return hearsay.ConfirmsPartly
	case hedge:
		return hearsay.Hedges
	case cue == hearsay.Denies || cue == hearsay.Questions || cue == hearsay.Intends:
		return cue
	}
	// the content
	neg, negAfterBut, posBeforeBut, but, hedged, degree := false, false, false, false, false, false
	butAt := 0
	embedded := false
	n := 0
	for k := a.cont; k < a.contEnd && k < a.cont+maxContent; k++ {
		w := s.low[k]
		n++
		if w == "but" || w == "without" && !but && k > a.cont+3 && s.low[k-1] == "," {
			but = true
			if !neg {
				posBeforeBut = true
			}
			if w == "without" {
				negAfterBut = true
			}
			butAt = k
			continue
		}
		if k > a.cont+1 && (w == "that" && s.low[k-1] != "," || w == "which" || w == "who" || w == "because" || w == "if" || w == "and" && !but && k+1 < a.contEnd && !negWords[s.low[k+1]] && s.low[k+1] != "would" && s.low[k+1] != "will" && s.low[k+1] != "had" && s.low[k+1] != "has") {
			embedded = true
		}
		if negWords[w] && embedded && !but {
			continue
		}
		if negWords[w] && !(w == "no" && k+1 < a.contEnd && s.low[k+1] == "doubt") {
			hedgeNeg := false
			for m := k + 1; m < a.contEnd && m <= k+2; m++ {
				if l := lemma(s.low[m]); l == "deny" || l == "confirm" {
					hedgeNeg = true
				}
			}
			switch {
			case hedgeNeg:
				hedged = true
			case but && k-butAt <= 3:
				negAfterBut = true
			case !but:
				neg = true
			}
		}
		if denialWords[w] && !but {
			neg = true
		}
		if hedgeWords[w] && n <= 12 && !but {
			hedged = true
		}
		if partialWords[w] && n <= 8 {
			degree = true
		}
		if but && k-butAt <= 3 && (w == "some" || w == "limited" || w == "degree") && posBeforeBut {
			negAfterBut = true
		}
	}
	if !neg && s.reportCalledFalse(a) {
		neg = true
	}
	if k0(s, a) == "so" && a.contEnd-a.cont <= 5 {
		// "Officially, no, and the State Department has said so."
		for k := sent.Start; k < a.cue; k++ {
			if negWords[s.low[k]] {
				return hearsay.Denies
			}
		}
	}
	switch {
	case k0(s, a) == "whether" || k0(s, a) == "if":
		return hearsay.Questions
	case but && posBeforeBut && negAfterBut:
		return hearsay.ConfirmsPartly
	case neg:
		return hearsay.Denies
	case degree && (a.Lemma == "acknowledge" || a.Lemma == "confirm" || a.Lemma == "admit"):
		return hearsay.ConfirmsPartly
	case hedged || cue == hearsay.Hedges:
		return hearsay.Hedges
	}
	return cue
}

// reportNouns name what a denial calls false.
var reportNouns = set("claim", "claims", "report", "reports", "allegation", "allegations", "suggestion",
	"suggestions", "story", "stories", "account", "accounts", "assertion", "assertions", "rumour", "rumours", "rumor", "rumors")

// reportCalledFalse reports whether a's content says a report is false
// ("that the claim that the United States was giving intelligence to the
// Assad government was \"not true\""): a report noun opens the content and
// a verdict of falsity closes it, whatever the report's own clause says.
func (s *scanner) reportCalledFalse(a Attribution) bool {
	k := a.cont
	for k < a.contEnd && k < a.cont+3 && !reportNouns[s.low[k]] {
		k++
	}
	if k >= a.contEnd || !reportNouns[s.low[k]] {
		return false
	}
	e := a.contEnd
	for e > k && isPunct(s.low[e-1]) {
		e--
	}
	for j := e - 1; j > k && j >= e-3; j-- {
		w := s.low[j]
		if denialWords[w] || w == "true" && j > 0 && negWords[s.low[j-1]] {
			return true
		}
	}
	return false
}

func k0(s *scanner, a Attribution) string {
	if a.cont < a.contEnd {
		return s.low[a.cont]
	}
	return ""
}

// linkEvents records in each claim the events whose trigger lies in its
// content, and lets the events' polarity shape an asserting claim's stance:
// asserting a negated event is denying it. When the content holds events of
// different polarities ("informed Iran ... and assured Tehran that it would
// not target Assad's forces") the claim keeps its cue's stance, and each
// event's own polarity says what is asserted of it.
func linkEvents(claims []hearsay.Claim, events []hearsay.Event) {
	for i := range claims {
		c := &claims[i]
		var pol hearsay.Polarity
		mixed := false
		for ei, e := range events {
			if e.Trigger.Start >= c.Content.Start && e.Trigger.End <= c.Content.End && e.Trigger.End > e.Trigger.Start {
				c.Events = append(c.Events, ei)
				if pol != "" && e.Polarity != pol {
					mixed = true
				}
				pol = e.Polarity
			}
		}
		if c.Stance != hearsay.Asserts || mixed {
			continue
		}
		switch pol {
		case hearsay.Negated:
			c.Stance = hearsay.Denies
		case hearsay.Hypothetical:
			c.Stance = hearsay.Conditional
		case hearsay.Future:
			c.Stance = hearsay.Intends
		}
	}
}

// articleClaims returns a claim by the article itself for each event that no
// claim's content holds.
func articleClaims(claims []hearsay.Claim, events []hearsay.Event, outlet string) []hearsay.Claim {
	covered := map[int]bool{}
	for _, c := range claims {
		for _, e := range c.Events {
			covered[e] = true
		}
	}
	var out []hearsay.Claim
	for ei, e := range events {
		if covered[ei] {
			continue
		}
		st := hearsay.Asserts
		switch e.Polarity {
		case hearsay.Negated:
			st = hearsay.Denies
		case hearsay.Hypothetical:
			st = hearsay.Conditional
		case hearsay.Future:
			st = hearsay.Intends
		}
		cl := articleClaim(e.Sentence, e.SentSpan, st, outlet)
		cl.Events = []int{ei}
		out = append(out, cl)
	}
	return out
}

// linkDenials points each denial of "the report" or "the claim" at the claim
// it denies: the latest earlier asserting claim by the outlet the denial
// names, else by any outlet or anonymous source.
func linkDenials(claims []hearsay.Claim) {
	for i := range claims {
		c := &claims[i]
		if c.Stance != hearsay.Denies {
			continue
		}
		lc := c.Content.Text
		if len(lc) > 400 {
			lc = lc[:400]
		}
		lc = strings.ToLower(lc + " " + c.Cue.Text)
		if !(strings.Contains(lc, "report") || strings.Contains(lc, "claim") || strings.Contains(lc, "account") || strings.Contains(lc, "suggestion") || strings.Contains(lc, "allegation") || strings.Contains(lc, "news") || hasWord(lc, "such")) {
			// ("There has been no such discussion": what was reported)
			continue
		}
		best := -1
		for j := i - 1; j >= 0 && j >= i-histWindow; j-- {
			p := claims[j]
			if p.Stance != hearsay.Asserts && p.Stance != hearsay.Hedges {
				continue
			}
			if p.Claimant.Name != "" && strings.Contains(lc, strings.ToLower(p.Claimant.Name)) {
				best = j
				break
			}
			if best < 0 && (p.Claimant.Kind == hearsay.MediaOutlet || p.Claimant.Kind == hearsay.AnonymousOfficial) {
				best = j
			}
		}
		if best < 0 {
			// a denial before the report it answers, in the same sentence
			for j := i + 1; j < len(claims) && claims[j].Sentence == c.Sentence; j++ {
				if claims[j].Stance == hearsay.Asserts && claims[j].Claimant.Kind == hearsay.MediaOutlet {
					best = j
					break
				}
			}
		}
		if best >= 0 {
			c.Denies = best + 1
		}
	}
}

// hasWord reports whether text holds w (lower case) as a whole word.
func hasWord(text, w string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == ',' || r == '\n' }) {
		if f == w {
			return true
		}
	}
	return false
}

// personMentions finds people named with a title in the text ("President
// Hassan Rouhani", "Foreign Minister Walid Muallem"), for pronouns whose
// antecedent never spoke before.
func (s *scanner) personMentions() []hearsay.Claimant {
	var out []hearsay.Claimant
	n := len(s.d.Tokens)
	for i := 0; i < n; i++ {
		if !roleWords[s.low[i]] {
			continue
		}
		// "Foreign Minister Walid Muallem", and "spokeswoman Jen Psaki"
		// with the role in lower case before a name of two words
		lowerRole := !isCap(s.d.Tokens[i].Form)
		if lowerRole && !(i+2 < n && isCap(s.d.Tokens[i+1].Form) && isCap(s.d.Tokens[i+2].Form) && !roleWords[s.low[i+1]]) {
			continue
		}
		st := i
		if lowerRole {
			i++
		}
		for i < n && roleWords[s.low[i]] && isCap(s.d.Tokens[i].Form) {
			i++
		}
		k := i
		for k < n && k-i < 4 && isCap(s.d.Tokens[k].Form) && !isPunct(s.low[k]) && !roleWords[s.low[k]] && !govHeads[s.low[k]] && countryWords[s.low[k]] == "" {
			k++
		}
		if k-i < 2 {
			continue
		}
		c := classify(s.forms(st, k))
		if c.Kind != hearsay.NamedOfficial {
			continue
		}
		c = s.resolveActor(c, s.forms(st, k))
		c.Span = s.span(st, k)
		out = append(out, c)
		i = k - 1
	}
	return out
}

// tellsMedia reports whether the hearer of a "told" cue is a media word
// with no name: "told the site", "told the newspaper".
func (s *scanner) tellsMedia(a Attribution) bool {
	sent := s.d.Sentences[a.Sentence]
	e := s.npRight(a.cueEnd, sent.End)
	if e <= a.cueEnd || e-a.cueEnd > 3 {
		return false
	}
	return mediaHeads[s.low[e-1]]
}

// anaphor reports whether forms are a pronoun or a definite description
// that points back rather than names.
func anaphor(forms []string) bool {
	if len(forms) == 1 && pronounSources[strings.ToLower(forms[0])] {
		return true
	}
	return len(forms) > 0 && strings.EqualFold(forms[0], "the") && !allCap(forms[1:])
}

// resolveActor fills the claimant's actor code, name and role from the
// built-in actor dictionary where our own look-ups left them out: "White House
// spokesman Josh Earnest" → USAGOV, Josh Earnest, spokesman.
func (s *scanner) resolveActor(c hearsay.Claimant, forms []string) hearsay.Claimant {
	forms = joinHyphens(forms)
	tab := actor.Builtin()
	var best actor.Match
	found := false
	for i := range forms {
		m, ok := tab.Match(forms, i, s.date)
		if !ok || m.Kind == actor.Location || m.Kind == actor.Agent && found {
			continue
		}
		if !found || m.Kind == actor.Person || m.Len > best.Len && best.Kind != actor.Person {
			best, found = m, true
		}
	}
	if !found {
		return c
	}
	code := best.Code
	if best.Kind == actor.Country && best.Country != "" {
		switch c.Kind {
		case hearsay.MediaOutlet:
			code = best.Country + "MED"
		case hearsay.Organization:
			code = best.Country + "NGO"
		case hearsay.Analyst:
			code = best.Country + "BUS"
		default:
			code = best.Country + "GOV"
		}
	}
	if best.Kind == actor.Agent {
		return c // a role noun alone says nothing of the country
	}
	if c.Actor == "" || len(c.Actor) <= 3 || best.Kind == actor.Person || best.Kind == actor.Institution {
		c.Actor = code
	}
	if best.Kind == actor.Person {
		if c.Name == "" {
			c.Name = best.Name
		}
		if c.Role == "" {
			c.Role = best.Role
		}
		if c.Kind == hearsay.AnonymousOfficial {
			c.Kind = hearsay.NamedOfficial
		}
	}
	return c
}

// offerStems begin the verbs by which an actor makes an offer itself:
// "has publicly offered to join", "expressing his willingness to cooperate".
var offerStems = []string{"offer", "express", "pledg", "volunteer"}

// offerers makes the maker of an offer its claimant. An event of expressed
// intent (CAMEO root 03) told with a verb of offering is something its
// source said: "The Syrian government, by contrast, has publicly offered to
// join international efforts" is the Syrian government's offer, which the
// article relays. A claim whose cue is the offer's verb but whose claimant
// is another ("Earnest ruled out any coordination, despite Al-Assad
// expressing his willingness to cooperate", where the subject was carried
// over from the main clause) is given the source named right before the
// verb; an offer no claim speaks it with, and that no one else's claim
// tells of, gets a claim of its own beside the article's (not an offer a
// noun names: "I rejected US offer"). The source must stand before the verb in its sentence, at most
// seven words from it.
func (s *scanner) offerers(claims []hearsay.Claim, events []hearsay.Event, outlet string) []hearsay.Claim {
	var out []hearsay.Claim
	for ei, e := range events {
		if e.Root != "03" && !strings.HasPrefix(e.CAMEO, "03") || e.Polarity != hearsay.Asserted {
			continue
		}
		tr := strings.ToLower(e.Trigger.Text)
		if !slices.ContainsFunc(offerStems, func(p string) bool { return strings.HasPrefix(tr, p) }) {
			continue
		}
		src, trig := s.tokensIn(e.Source.Span), s.tokensIn(e.Trigger)
		if src[0] >= src[1] || trig[0] >= trig[1] || src[1] > trig[0] || trig[0]-src[1] > 7 || e.Sentence < 0 || e.Sentence >= len(s.d.Sentences) {
			continue
		}
		sent := s.d.Sentences[e.Sentence]
		if src[0] < sent.Start || trig[1] > sent.End || s.tokQuote[trig[0]] >= 0 {
			continue
		}
		forms := s.forms(src[0], src[1])
		c := classify(forms)
		c.Span = s.span(src[0], src[1])
		c = s.resolveActor(c, forms)
		if c.Kind == "" || c.Kind == hearsay.ArticleItself {
			c.Kind = hearsay.Government
		}
		if c.Actor == "" {
			c.Actor = e.Source.Code
		}
		spoken := false
		for i := range claims {
			cl := &claims[i]
			if cl.Claimant.Kind == hearsay.ArticleItself || cl.Cue.End <= e.Trigger.Start || e.Trigger.End <= cl.Cue.Start {
				continue
			}
			spoken = true
			if cl.Claimant.Span.End <= c.Span.Start || cl.Claimant.Span.Start >= c.Span.End {
				cl.Claimant = c
				cl.Via = appendOutlet(nil, outlet, c)
			}
		}
		if spoken || s.d.Tokens[trig[0]].UPOS == "NOUN" || s.d.Tokens[trig[0]].UPOS == "PROPN" || toldBy(claims, e.Trigger) {
			// "I rejected US offer": a noun names the offer someone
			// else tells of, as does an offer inside another's content
			continue
		}
		end := sent.End
		for end > trig[1] && isPunct(s.low[end-1]) {
			end--
		}
		out = append(out, hearsay.Claim{
			Sentence: e.Sentence,
			Claimant: c,
			Cue:      e.Trigger,
			Content:  s.span(trig[1], end),
			Stance:   hearsay.Asserts,
			Events:   []int{ei},
			Via:      appendOutlet(nil, outlet, c),
		})
	}
	return out
}

// toldBy reports whether span sp lies in the content of a claim by someone
// other than the article.
func toldBy(claims []hearsay.Claim, sp hearsay.Span) bool {
	for _, c := range claims {
		if c.Claimant.Kind != hearsay.ArticleItself && c.Content.Start <= sp.Start && sp.End <= c.Content.End {
			return true
		}
	}
	return false
}

// tokensIn returns the token range [a, b) of the tokens inside byte span sp;
// a == b when there is none.
func (s *scanner) tokensIn(sp hearsay.Span) [2]int {
	a, b := -1, -1
	for i, t := range s.d.Tokens {
		if t.Start >= sp.Start && t.End <= sp.End && sp.End > sp.Start {
			if a < 0 {
				a = i
			}
			b = i + 1
		}
	}
	if a < 0 {
		return [2]int{0, 0}
	}
	return [2]int{a, b}
}
