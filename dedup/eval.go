package dedup

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
)

// Item is one text of a labelled corpus for Evaluate.
type Item struct {
	ID   string
	Text string
	// CopyOf is the gold answer: the ID of the item this one is a
	// near-duplicate copy of, or "" for an original.
	CopyOf string
}

// Scores are precision, recall and F1 of near-duplicate detection over
// (copy, original) pairs: a predicted pair is right when the gold names the
// same original.
type Scores struct {
	Items     int     `json:"items"`
	GoldPairs int     `json:"gold_pairs"`
	Predicted int     `json:"predicted_pairs"`
	Correct   int     `json:"correct_pairs"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	// MinCopy is the least resemblance of a gold copy to its original and
	// MaxOther the greatest of any other pair: the margin around Threshold.
	// Both are computed for corpora of at most MarginItems items.
	MinCopy  float64 `json:"min_copy_resemblance"`
	MaxOther float64 `json:"max_other_resemblance"`
	// Errors lists each wrong or missed pair in words.
	Errors []string `json:"errors,omitempty"`
}

// MarginItems is the largest corpus for which Evaluate compares every pair.
const MarginItems = 3000

// Evaluate runs near-duplicate detection over items in order, each one
// checked against those before it, as an ingest would, and scores the
// predicted pairs against the gold.
func Evaluate(items []Item) Scores {
	mem := NewMemory()
	s := Scores{Items: len(items)}
	fps := make([]Fingerprint, len(items))
	for i, it := range items {
		fps[i] = Compute(it.Text)
		fp := fps[i]
		m, _ := Check(context.Background(), &fp, mem) // Memory never fails
		pred := ""
		switch m.Kind {
		case Copy, Duplicate:
			pred = items[m.ID-1].ID
		}
		var copyOf int64
		if pred != "" {
			copyOf = m.ID
		}
		mem.Add(int64(i+1), copyOf, &fp)
		if it.CopyOf != "" {
			s.GoldPairs++
		}
		if pred != "" {
			s.Predicted++
		}
		switch {
		case pred != "" && pred == it.CopyOf:
			s.Correct++
		case pred != "" && it.CopyOf == "":
			s.Errors = append(s.Errors, fmt.Sprintf("%s: predicted copy of %s (%.2f), gold: original", it.ID, pred, m.Similarity))
		case pred != "":
			s.Errors = append(s.Errors, fmt.Sprintf("%s: predicted copy of %s (%.2f), gold: copy of %s", it.ID, pred, m.Similarity, it.CopyOf))
		case it.CopyOf != "":
			s.Errors = append(s.Errors, fmt.Sprintf("%s: missed, gold: copy of %s", it.ID, it.CopyOf))
		}
	}
	if len(items) <= MarginItems {
		s.MinCopy = 1
		index := map[string]int{}
		for i, it := range items {
			index[it.ID] = i
		}
		for i := range items {
			for j := i + 1; j < len(items); j++ {
				r := Resemblance(&fps[i].MinHash, fps[i].Shingles, &fps[j].MinHash, fps[j].Shingles)
				if items[i].CopyOf == items[j].ID || items[j].CopyOf == items[i].ID {
					s.MinCopy = min(s.MinCopy, r)
				} else {
					s.MaxOther = max(s.MaxOther, r)
				}
			}
		}
	}
	s.Precision = ratio(s.Correct, s.Predicted)
	s.Recall = ratio(s.Correct, s.GoldPairs)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// ReadLabeled reads a labelled corpus: articles as JSON Lines with at least
// "id" and "text" (the format of the shared news data) and gold as JSON
// Lines with "id" and "near_duplicate_of" (an id or null). Items come in the
// order of the articles; an article without gold is an original.
func ReadLabeled(articles, gold io.Reader) ([]Item, error) {
	copyOf := map[string]string{}
	if err := eachLine(gold, func(line int, b []byte) error {
		var g struct {
			ID     string  `json:"id"`
			CopyOf *string `json:"near_duplicate_of"`
		}
		if err := json.Unmarshal(b, &g); err != nil {
			return fmt.Errorf("gold line %d: %w", line, err)
		}
		if g.CopyOf != nil {
			copyOf[g.ID] = *g.CopyOf
		}
		return nil
	}); err != nil {
		return nil, err
	}
	var items []Item
	ids := map[string]bool{}
	if err := eachLine(articles, func(line int, b []byte) error {
		var a struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(b, &a); err != nil {
			return fmt.Errorf("articles line %d: %w", line, err)
		}
		if a.ID == "" {
			return fmt.Errorf("articles line %d: no id", line)
		}
		if ids[a.ID] {
			return fmt.Errorf("articles line %d: id %q seen before", line, a.ID)
		}
		ids[a.ID] = true
		items = append(items, Item{ID: a.ID, Text: a.Text, CopyOf: copyOf[a.ID]})
		return nil
	}); err != nil {
		return nil, err
	}
	return items, nil
}

// eachLine calls fn with each non-blank line of r.
func eachLine(r io.Reader, fn func(line int, b []byte) error) error {
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		b, err := br.ReadBytes('\n')
		if len(trimSpace(b)) > 0 {
			if ferr := fn(n, b); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\r' || b[len(b)-1] == '\n') {
		b = b[:len(b)-1]
	}
	return b
}
