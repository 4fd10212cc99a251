package claim

// Cues the tagger did not label, offered to the learned ranker's training
// (see rankExtraThreshold).

// extraCueMin and extraCueRate bound the word forms parseCues offers: seen
// inside a PolNeAR train cue at least extraCueMin times, and at least
// extraCueRate of the time.
const (
	extraCueMin  = 3
	extraCueRate = 0.2
)

// parseCues returns an attribution for each verb outside every cue of all
// that the tagger did not label a cue and whose form PolNeAR train marks
// as a cue often enough (see extraCueMin), with the parse's subject as its
// source and its clausal complement as its content (empty when it has
// none: the ranker's other candidates, its object or open complement,
// the rest of the sentence, then stand in). Only training offers them:
// the ranker learns from what becomes of them, and at run time it ranks
// the tagger's own cues alone.
func (s *scanner) parseCues(all []Attribution) []Attribution {
	if s.labels == nil {
		return nil
	}
	taken := map[int]bool{}
	for _, a := range all {
		for i := a.cue; i < a.cueEnd; i++ {
			taken[i] = true
		}
	}
	var out []Attribution
	for si, sent := range s.d.Sentences {
		for h := sent.Start; h < sent.End; h++ {
			if taken[h] || labelRole[s.labels[h]] == 2 || s.d.Tokens[h].UPOS != "VERB" {
				continue
			}
			st, ok := s.lx[s.low[h]]
			if !ok || st.InCue < extraCueMin || st.P() < extraCueRate {
				continue
			}
			pa := s.parseArgs(si, h, h+1)
			a := Attribution{Sentence: si, Lemma: s.cueLemma(h, h+1), cue: h, cueEnd: h + 1, head: h}
			a.Cue = s.span(h, h+1)
			switch {
			case pa.srcEnd > pa.src:
				a.src, a.srcEnd = pa.src, pa.srcEnd
			case pa.upEnd > pa.up:
				a.src, a.srcEnd = pa.up, pa.upEnd
			}
			a.Source = s.span(a.src, a.srcEnd)
			if pa.contEnd > pa.cont {
				a.cont, a.contEnd = pa.cont, pa.contEnd
				a.Content = s.span(a.cont, a.contEnd)
			}
			out = append(out, a)
		}
	}
	return out
}
