package claim

import (
	"hearsay"
	"hearsay/nlp"
)

// actNouns name an act an article reports without its actors: "the pitch",
// "the offer", "the move".
var actNouns = map[string]bool{
	"offer": true, "offers": true, "pitch": true, "proposal": true, "overture": true, "overtures": true,
	"outreach": true, "move": true, "gesture": true, "initiative": true, "announcement": true,
	"statement": true, "declaration": true, "invitation": true, "appeal": true, "request": true,
	"warning": true, "threat": true, "visit": true, "deal": true, "agreement": true, "decision": true,
	"campaign": true, "strikes": true, "offensive": true, "denial": true, "denials": true,
}

// actDeterminers mark the act noun as one already told of ("the offer",
// "Syria's pitch", "this move").
var actDeterminers = map[string]bool{
	"the": true, "this": true, "that": true, "these": true, "those": true, "its": true, "his": true,
	"her": true, "their": true, "'s": true, "’s": true,
}

// reframing reports whether the words of low from i on recast what an act
// is about while granting it: "(appears to be) as much about X as Y", "more
// about X than Y", "less about X than Y", "not so much about X as Y", "not
// only about X", "largely about X". It returns the index after the
// construction's "about", or -1.
func reframing(low []string, i int) int {
	at := func(k int, ws ...string) bool {
		if k+len(ws) > len(low) {
			return false
		}
		for j, w := range ws {
			if low[k+j] != w {
				return false
			}
		}
		return true
	}
	// the verb: "is", "was", "appears to be", "seemed to be", "looks"
	switch {
	case i < len(low) && (low[i] == "appears" || low[i] == "appeared" || low[i] == "seems" || low[i] == "seemed" || low[i] == "looks" || low[i] == "looked"):
		i++
		if at(i, "to", "be") {
			i += 2
		}
	case i < len(low) && (low[i] == "is" || low[i] == "was" || low[i] == "are" || low[i] == "were" || low[i] == "'s"):
		i++
	default:
		return -1
	}
	if i < len(low) && (low[i] == "perhaps" || low[i] == "probably" || low[i] == "clearly" || low[i] == "also") {
		i++
	}
	switch {
	case at(i, "as", "much", "about"):
		return i + 3
	case at(i, "more", "about"), at(i, "less", "about"):
		return i + 2
	case at(i, "not", "so", "much", "about"):
		return i + 4
	case at(i, "not", "only", "about"), at(i, "not", "just", "about"), at(i, "not", "really", "about"):
		return i + 3
	}
	if i+1 < len(low) && low[i+1] == "about" {
		switch low[i] {
		case "largely", "mostly", "mainly", "chiefly", "primarily", "really", "partly":
			return i + 2
		}
	}
	return -1
}

// commentary finds the sentences that grant an act the article has told of
// and recast what it is about ("For Damascus, the pitch appears to be as
// much about recognition as about military help"): whoever says so confirms
// the act only in part, granting that it was made and disputing its stated
// purpose. A claim whose content holds the sentence's construction takes
// that stance when it asserted; a sentence no claim speaks in gets a claim
// by the article itself, with no event: the story stage links it to the
// article's event that its act noun names.
func commentary(s *scanner, claims []hearsay.Claim, outlet string) []hearsay.Claim {
	d := s.d
	var out []hearsay.Claim
	for si, sent := range d.Sentences {
		for i := sent.Start; i < sent.End; i++ {
			if !actNouns[s.low[i]] || s.tokQuote[i] >= 0 || !determined(s.low, sent.Start, i) {
				continue
			}
			if reframing(s.low[:sent.End], i+1) < 0 {
				continue
			}
			at := d.Tokens[i].Start
			told := false
			for ci := range claims {
				c := &claims[ci]
				if c.Claimant.Kind == hearsay.ArticleItself || c.Content.Start > at || at >= c.Content.End {
					continue
				}
				told = true
				if c.Stance == hearsay.Asserts {
					c.Stance = hearsay.ConfirmsPartly
				}
			}
			if !told {
				out = append(out, articleClaim(si, sentenceSpan(d, si), hearsay.ConfirmsPartly, outlet))
			}
			break
		}
	}
	return out
}

// determined reports whether the act noun at i comes after a determiner or
// possessive within three words, with nothing between them that ends a noun
// phrase.
func determined(low []string, start, i int) bool {
	for k := i - 1; k >= start && k >= i-3; k-- {
		if actDeterminers[low[k]] {
			return true
		}
		switch low[k] {
		case ",", ";", ":", "and", "or", "but", "a", "an":
			return false
		}
	}
	return false
}

// articleClaim returns a claim by the article itself, the outlet, of
// sentence si with content and stance st.
func articleClaim(si int, content hearsay.Span, st hearsay.Stance, outlet string) hearsay.Claim {
	cl := hearsay.Claim{
		Sentence: si,
		Claimant: hearsay.Claimant{Kind: hearsay.ArticleItself, Name: outlet},
		Content:  content,
		Stance:   st,
	}
	if outlet != "" {
		cl.Via = []string{outlet}
	}
	return cl
}

// sentenceSpan returns the span of sentence si of d.
func sentenceSpan(d *nlp.Doc, si int) hearsay.Span {
	sent := d.Sentences[si]
	a, b := d.Tokens[sent.Start].Start, d.Tokens[sent.End-1].End
	return hearsay.Span{Start: a, End: b, Text: d.Text[a:b]}
}

// opinionNouns open a sentence in which the writer gives a view of their
// own: "My view is that ...", "My read: ...", "In my view, ...".
var opinionNouns = set("view", "read", "reading", "guess", "sense", "bet", "hunch", "take", "belief",
	"suspicion", "impression", "opinion", "judgment", "judgement", "assessment", "conclusion")

// opinionVerbs do the same after "I": "I think ...", "I suspect ...".
var opinionVerbs = set("think", "believe", "suspect", "reckon", "expect")

// authorFrame returns the end of the first-person frame by which sentence
// tokens low[i:end] open in the writer's own voice, after an optional "But",
// "And" or "So": "my view is (that)", "my read :", "in my view ,", "i think
// (that)"; the cue's lemma ("" when the frame says nothing of certainty);
// and -1 when there is none.
func authorFrame(low []string, i, end int) (int, string) {
	if i < end && (low[i] == "but" || low[i] == "and" || low[i] == "so") {
		i++
	}
	at := func(k int, w string) bool { return k < end && low[k] == w }
	switch {
	case at(i, "my") && i+1 < end && opinionNouns[low[i+1]]:
		k := i + 2
		switch {
		case at(k, ":"):
			return k + 1, ""
		case at(k, "is"):
			k++
			if at(k, "that") {
				k++
			}
			return k, ""
		}
	case at(i, "in") && at(i+1, "my") && i+2 < end && opinionNouns[low[i+2]] && at(i+3, ","):
		return i + 4, ""
	case at(i, "i") && i+1 < end && opinionVerbs[low[i+1]]:
		k := i + 2
		if at(k, "that") {
			k++
		}
		return k, lemma(low[i+1])
	}
	return -1, ""
}

// authorVoice returns a claim by the article itself for each sentence the
// writer opens in the first person ("My read: there may well be an indirect
// flow of information", "My view is that Washington did ask Tehran for
// help, whatever US officials now say"): the frame is its cue, the rest of
// the sentence its content, and its stance the content's. Unlike the
// article's implicit claims, it stands beside what others are said to say
// in the same sentence. Quoted sentences are someone else's voice, and a
// sentence whose frame another claim already takes as its cue is left to it.
func authorVoice(s *scanner, claims []hearsay.Claim, outlet string) []hearsay.Claim {
	d := s.d
	var out []hearsay.Claim
	for si, sent := range d.Sentences {
		end := sent.End
		for end > sent.Start && isPunct(s.low[end-1]) {
			end--
		}
		k, lem := authorFrame(s.low, sent.Start, end)
		if k < 0 || k >= end || s.tokQuote[sent.Start] >= 0 || s.tokQuote[k] >= 0 {
			continue
		}
		first := sent.Start
		if s.low[first] == "but" || s.low[first] == "and" || s.low[first] == "so" {
			first++
		}
		cue := s.span(first, k)
		taken := false
		for _, c := range claims {
			if c.Cue.End > c.Cue.Start && c.Cue.Start < cue.End && cue.Start < c.Cue.End {
				taken = true
			}
		}
		if taken {
			continue
		}
		a := Attribution{Sentence: si, Lemma: lem, cue: first, cueEnd: k, head: first, cont: k, contEnd: end}
		st := s.stance(a)
		if lem != "" && st == hearsay.Asserts {
			st = hearsay.Hedges // "I suspect that ...": a belief, not a finding
		}
		cl := articleClaim(si, s.span(k, end), st, outlet)
		cl.Cue = cue
		out = append(out, cl)
	}
	return out
}

// hedgeModals mark the writer's own guess when they govern a sentence's
// main verb: "some information may well be passing between them".
var hedgeModals = set("may", "might")

// hedgedRemarks returns a claim by the article itself, hedging, for each
// sentence in which the writer guesses in their own voice, its main verb
// under "may" or "might" ("But with American aircraft and Iranian advisers
// working the same battlefield, some information may well be passing
// between them"; "It may amount to something more durable: a working
// arrangement that neither side can afford to name"), when no claim holds
// any of the sentence and none of it is quoted. Such a claim codes no
// event: the story stage links it to what its words name.
func hedgedRemarks(s *scanner, claims []hearsay.Claim, outlet string) []hearsay.Claim {
	d := s.d
	var out []hearsay.Claim
	for si, sent := range d.Sentences {
		if sent.End <= sent.Start {
			continue
		}
		root, hedged, quoted := -1, false, false
		for i := sent.Start; i < sent.End; i++ {
			if s.tokQuote[i] >= 0 {
				quoted = true
			}
			if d.Tokens[i].Head < 0 {
				root = i
			}
		}
		if quoted || root < 0 {
			continue
		}
		for i := sent.Start; i < root; i++ {
			if d.Tokens[i].Head == root && d.Tokens[i].Rel == "aux" && hedgeModals[s.low[i]] {
				hedged = true
			}
		}
		if !hedged {
			continue
		}
		a, b := d.Tokens[sent.Start].Start, d.Tokens[sent.End-1].End
		held := false
		for _, c := range claims {
			for _, sp := range []hearsay.Span{c.Cue, c.Content} {
				if sp.End > sp.Start && sp.Start < b && a < sp.End {
					held = true
				}
			}
		}
		if !held {
			out = append(out, articleClaim(si, sentenceSpan(d, si), hearsay.Hedges, outlet))
		}
	}
	return out
}
