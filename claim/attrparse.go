package claim

// The parse's arguments of a cue: for a cue verb, the content is its clausal
// complement (ccomp, or the clause it is parenthetical to: "X, he said"), the
// source its subject (nsubj, or the agent of a passive); for "according to
// X", the source is X and the content the clause X modifies.

// parseArgs holds token ranges [a, b) found by parseArgs; an empty range
// (a == b) when the parse gives none.
type parseArgs struct {
	src, srcEnd   int
	cont, contEnd int
	pass, passEnd int // the subject of a passive cue with no agent ("He was accused of ...")
	up, upEnd     int // the subject of the clause a subjectless cue depends on ("X did Y, saying Z")
	topic, topEnd int // the subject of a passive cue with an agent ("Clinton was endorsed by the paper")
}

// children returns the dependents of every token of sentence si, in order.
func (s *scanner) children(si int) map[int][]int {
	sent := s.d.Sentences[si]
	ch := map[int][]int{}
	for i := sent.Start; i < sent.End; i++ {
		if h := s.d.Tokens[i].Head; h >= sent.Start && h < sent.End && h != i {
			ch[h] = append(ch[h], i)
		}
	}
	return ch
}

// subtree returns the hull [a, b) of the tokens under i, leaving out the
// subtree of skip (and skip itself) when skip >= 0 and what lies beyond it
// on the side away from i.
func subtree(ch map[int][]int, i, skip int) (int, int) {
	a, b := i, i+1
	stack := []int{i}
	seen := 0
	for len(stack) > 0 && seen < 10000 {
		seen++
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range ch[n] {
			if c == skip {
				continue
			}
			stack = append(stack, c)
			a, b = min(a, c), max(b, c+1)
		}
	}
	if skip >= 0 {
		// the excluded subtree cuts the hull: keep i's side
		sa, sb := subtree(ch, skip, -1)
		switch {
		case sb <= i && sb > a:
			a = sb
		case sa > i && sa < b:
			b = sa
		}
	}
	return a, b
}

// trimPunct narrows [a, b) past punctuation and the complementiser-free
// edges; it returns an empty range when nothing but punctuation is left.
func (s *scanner) trimPunct(a, b int) (int, int) {
	for a < b && isPunct(s.low[a]) && !s.isOpenQuoteTok(a) {
		a++
	}
	for b > a && isPunct(s.low[b-1]) && !s.isCloseQuoteTok(b-1) {
		b--
	}
	if a >= b {
		return a, a
	}
	return a, b
}

// cueHead returns the token of [c, ce) that the parse attaches outside it.
func (s *scanner) cueHead(c, ce int) int {
	for i := c; i < ce; i++ {
		if h := s.d.Tokens[i].Head; h < c || h >= ce {
			if isPunct(s.low[i]) {
				continue
			}
			return i
		}
	}
	return c
}

// parseArgs returns the parse's source and content for the cue [c, ce) of
// sentence si.
func (s *scanner) parseArgs(si, c, ce int) parseArgs {
	var p parseArgs
	sent := s.d.Sentences[si]
	ch := s.children(si)
	if ce-c >= 2 && s.low[c] == "according" && s.low[c+1] == "to" {
		// "according to X, Y": X heads "according"; Y is the clause X modifies
		x := s.d.Tokens[c].Head
		if x < sent.Start || x >= sent.End || (x >= c && x < ce) {
			return p
		}
		p.src, p.srcEnd = subtree(ch, x, -1)
		p.src = max(p.src, ce)
		p.src, p.srcEnd = s.trimPunct(p.src, p.srcEnd)
		if y := s.d.Tokens[x].Head; y >= sent.Start && y < sent.End {
			p.cont, p.contEnd = subtree(ch, y, x)
			p.cont, p.contEnd = s.trimPunct(p.cont, p.contEnd)
		}
		return p
	}
	h := s.cueHead(c, ce)
	for _, d := range ch[h] {
		switch rel := s.d.Tokens[d].Rel; rel {
		case "nsubj", "nsubj:pass", "obl:agent":
			if rel == "nsubj:pass" && hasDep(s, ch[h], "obl:agent") {
				p.topic, p.topEnd = s.trimPunct(subtree(ch, d, -1))
				continue
			}
			if rel == "nsubj:pass" && !s.stateComplement(ch, h) {
				p.pass, p.passEnd = s.trimPunct(subtree(ch, d, -1))
			}
			if p.srcEnd > p.src {
				continue
			}
			a, b := subtree(ch, d, -1)
			if rel == "obl:agent" && s.low[a] == "by" {
				a++ // "by X": the agent without its case word
			}
			p.src, p.srcEnd = s.trimPunct(a, b)
		case "ccomp":
			if p.contEnd > p.cont {
				continue
			}
			p.cont, p.contEnd = s.trimPunct(subtree(ch, d, -1))
		}
	}
	if p.passEnd == p.pass && (raisingVerbs[s.lemmaOf(h)] || raisingVerbs[s.low[h]]) && raisedClause(s, ch[h], c, ce) {
		// "Melania seems to have vanished": the subject is part of
		// what seems so, not one who says it
		for _, d := range ch[h] {
			if s.d.Tokens[d].Rel == "nsubj" {
				p.pass, p.passEnd = s.trimPunct(subtree(ch, d, -1))
				p.src, p.srcEnd = 0, 0
			}
		}
	}
	if p.srcEnd == p.src {
		// "X did Y, saying Z": a cue with no subject of its own takes
		// the subject of the clause it depends on
		if r := baseRel(s.d.Tokens[h].Rel); r == "advcl" || r == "xcomp" || r == "conj" {
			if y := s.d.Tokens[h].Head; y >= sent.Start && y < sent.End {
				for _, d := range ch[y] {
					if s.d.Tokens[d].Rel == "nsubj" {
						p.up, p.upEnd = s.trimPunct(subtree(ch, d, -1))
						break
					}
				}
			}
		}
	}
	if p.contEnd == p.cont {
		// "Y, X said": the cue is parenthetical to the clause it reports
		if r := s.d.Tokens[h].Rel; r == "parataxis" || r == "parataxis:outer" {
			if y := s.d.Tokens[h].Head; y >= sent.Start && y < sent.End {
				p.cont, p.contEnd = s.trimPunct(subtree(ch, y, h))
			}
		}
	}
	if p.contEnd > p.cont && p.cont < ce && p.contEnd > c {
		p.cont, p.contEnd = 0, 0 // a content over its own cue is a parse slip
	}
	if p.srcEnd > p.src && p.src < ce && p.srcEnd > c {
		p.src, p.srcEnd = 0, 0
	}
	if p.passEnd > p.pass && p.pass < ce && p.passEnd > c {
		p.pass, p.passEnd = 0, 0
	}
	if p.topEnd > p.topic && p.topic < ce && p.topEnd > c {
		p.topic, p.topEnd = 0, 0
	}
	return p
}

func hasDep(s *scanner, deps []int, rel string) bool {
	for _, d := range deps {
		if s.d.Tokens[d].Rel == rel {
			return true
		}
	}
	return false
}

// stateComplement reports whether the passive participle h takes the
// complement of a state of mind ("worried about Y", "incensed that Y",
// "convinced Y"), or is not surely passive ("who's called for"): its
// subject is then the one who holds the view, not its topic.
func (s *scanner) stateComplement(ch map[int][]int, h int) bool {
	for _, d := range ch[h] {
		if w := s.low[d]; w == "'s" || w == "’s" {
			return true // "who's called for": has, read as a passive
		}
		rel := baseRel(s.d.Tokens[d].Rel)
		if rel != "ccomp" && rel != "advcl" && rel != "obl" {
			continue
		}
		a, _ := subtree(ch, d, -1)
		switch s.low[a] {
		case "about", "that", "over", "at", "with":
			return true
		case "how", "what", "why", "whether", "who", "when", "where", "if", "which":
			continue
		}
		if rel == "ccomp" {
			return true
		}
	}
	return false
}

// raisedClause reports whether one of deps is an open complement outside
// the cue [c, ce): "seems to have vanished", not "appeared to suggest",
// where the complement is the cue.
func raisedClause(s *scanner, deps []int, c, ce int) bool {
	for _, d := range deps {
		if s.d.Tokens[d].Rel == "xcomp" && (d < c || d >= ce) {
			return true
		}
	}
	return false
}

// raisingVerbs are cues whose subject belongs to what they report
// ("X seems to Y", "X appears to Y").
// Forms are listed too, for a Doc without lemmas.
var raisingVerbs = map[string]bool{"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true, "appeared": true}
