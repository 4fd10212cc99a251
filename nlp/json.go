package nlp

import (
	"encoding/json"
	"io"
)

// jsonToken is the JSON form of a Token.
type jsonToken struct {
	ID         int    `json:"id"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Form       string `json:"form"`
	UPOS       string `json:"upos,omitempty"`
	XPOS       string `json:"xpos,omitempty"`
	Lemma      string `json:"lemma,omitempty"`
	Feats      string `json:"feats,omitempty"`
	Head       int    `json:"head"`
	Rel        string `json:"rel,omitempty"`
	Ent        string `json:"ent,omitempty"`
	SpaceAfter bool   `json:"space_after"`
}

// jsonSpan is the JSON form of a sentence or an entity: a token range, its
// byte range in the text, and the text.
type jsonSpan struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	CharStart int    `json:"char_start"`
	CharEnd   int    `json:"char_end"`
	Label     string `json:"label,omitempty"`
	Text      string `json:"text"`
}

type jsonDoc struct {
	Text      string      `json:"text"`
	Tokens    []jsonToken `json:"tokens"`
	Sentences []jsonSpan  `json:"sentences"`
	Entities  []jsonSpan  `json:"entities"`
}

// WriteJSON writes d as one JSON object followed by a newline: the text; the
// tokens with their index (id), byte offsets (start, end), form, tags,
// lemma, head (a token index, -1 for the root) and relation, entity tag and
// space_after; the sentences and the entities as token ranges [start, end)
// with their byte ranges (char_start, char_end) and text.
func WriteJSON(w io.Writer, d *Doc) error {
	out := jsonDoc{Text: d.Text, Tokens: make([]jsonToken, len(d.Tokens)), Sentences: []jsonSpan{}, Entities: []jsonSpan{}}
	for i, t := range d.Tokens {
		out.Tokens[i] = jsonToken{ID: i, Start: t.Start, End: t.End, Form: t.Form, UPOS: t.UPOS, XPOS: t.XPOS,
			Lemma: t.Lemma, Feats: t.Feats, Head: t.Head, Rel: t.Rel, Ent: t.Ent, SpaceAfter: t.SpaceAfter}
		if t.Feats == "_" {
			out.Tokens[i].Feats = ""
		}
	}
	span := func(start, end int, label string) jsonSpan {
		s := jsonSpan{Start: start, End: end, Label: label}
		if start >= 0 && end <= len(d.Tokens) && start < end {
			s.CharStart, s.CharEnd = d.Tokens[start].Start, d.Tokens[end-1].End
			if s.CharStart >= 0 && s.CharEnd <= len(d.Text) && s.CharStart <= s.CharEnd {
				s.Text = d.Text[s.CharStart:s.CharEnd]
			}
		}
		return s
	}
	for _, s := range d.Sentences {
		out.Sentences = append(out.Sentences, span(s.Start, s.End, ""))
	}
	for _, e := range d.Entities() {
		out.Entities = append(out.Entities, span(e.Start, e.End, e.Label))
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
