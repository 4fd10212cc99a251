package actor

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// simpleTokens splits text roughly as our tokenizer does: words (with inner
// dots and hyphens, "U.S.", "al-Assad"), a possessive "'s", and every other
// mark as a token of its own. A sentence-final dot is split off.
var simpleTokens = regexp.MustCompile(`[\p{L}\p{N}](?:[\p{L}\p{N}.\-]*[\p{L}\p{N}])?\.?|'s|\S`)

func tokens(text string) []string {
	ws := simpleTokens.FindAllString(text, -1)
	var out []string
	for _, w := range ws {
		// "Gbagbo." at a sentence end, but keep "U.S." and abbreviations ("Gen.")
		if len(w) > 4 && strings.HasSuffix(w, ".") && !strings.Contains(w[:len(w)-1], ".") {
			out = append(out, w[:len(w)-1], ".")
			continue
		}
		out = append(out, w)
	}
	return out
}

// TestPloverDevCoverage measures how many source and target actors of the
// PLOVER gold standard's dev half are found by Match with the right
// country (the first three letters of the gold code). It is tuning data; a
// floor guards against regressions.
func TestPloverDevCoverage(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(sharedDir(t, "plover"), "PLOVER_GSR_CAMEO.dev.json"))
	if err != nil {
		t.Fatal(err)
	}
	var recs []struct {
		Date, Text     string
		Source, Target json.RawMessage
	}
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatal(err)
	}
	tab := Builtin()
	total, hit := 0, 0
	for _, r := range recs {
		d, _ := time.Parse("2006-01-02", r.Date)
		ws := tokens(r.Text)
		type found struct{ text, code string }
		var fs []found
		for i := 0; i < len(ws); {
			if m, ok := tab.Match(ws, i, d); ok {
				fs = append(fs, found{strings.Join(ws[i:i+m.Len], " "), m.Code})
				i += m.Len
				continue
			}
			i++
		}
		var actors []struct{ ActorText, Code string }
		for _, raw := range []json.RawMessage{r.Source, r.Target} {
			var as []struct{ ActorText, Code string }
			if json.Unmarshal(raw, &as) == nil {
				actors = append(actors, as...)
			}
		}
		for _, a := range actors {
			if a.ActorText == "" || len(a.Code) < 3 {
				continue
			}
			total++
			text := strings.Join(tokens(a.ActorText), " ")
			ok := false
			for _, f := range fs {
				if (strings.Contains(text, f.text) || strings.Contains(f.text, text)) && strings.HasPrefix(f.code, a.Code[:3]) {
					ok = true
				}
			}
			if ok {
				hit++
			} else {
				t.Logf("miss: %q %s", a.ActorText, a.Code)
			}
		}
	}
	rate := float64(hit) / float64(total)
	t.Logf("PLOVER dev actors found with the right country: %d of %d (%.1f%%)", hit, total, 100*rate)
	if total == 0 || rate < 0.88 {
		t.Errorf("coverage %.1f%% below 88%%", 100*rate)
	}
}
