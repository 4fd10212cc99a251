package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// TestEvalPetrarchBothVerbFiles checks that eval petrarch scores the
// validation records with both verb files of the set by default, the
// records' own first, and with one when --verbs names it.
func TestEvalPetrarchBothVerbFiles(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "events", "petrarch-validation")
	type run struct {
		Verbs    string  `json:"verbs"`
		Passed   int     `json:"passed"`
		Total    int     `json:"total"`
		PassRate float64 `json:"pass_rate"`
	}
	var got struct {
		run
		Also []run `json:"also"`
	}
	code, out, stderr := hearsayRun(t, "eval", "petrarch", "--json", "--data", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Verbs != "PETR.Validate.verbs.txt" || len(got.Also) != 1 || got.Also[0].Verbs != "PETR.Validate.verbs.2.0.txt" {
		t.Fatalf("verb files %q, also %+v; want the records' own file, then the 2.0 file", got.Verbs, got.Also)
	}
	for _, r := range append([]run{got.run}, got.Also...) {
		if r.Total < 280 || r.Passed <= 0 || r.PassRate != float64(r.Passed)/float64(r.Total) {
			t.Errorf("%s: %d/%d, rate %v", r.Verbs, r.Passed, r.Total, r.PassRate)
		}
	}
	code, out, _ = hearsayRun(t, "eval", "petrarch", "--json", "--data", dir, "--verbs", "PETR.Validate.verbs.2.0.txt")
	var one struct {
		run
		Also []run `json:"also"`
	}
	if err := json.Unmarshal([]byte(out), &one); code != 0 || err != nil || one.Verbs != "PETR.Validate.verbs.2.0.txt" || len(one.Also) != 0 || one.Passed != got.Also[0].Passed {
		t.Errorf("--verbs 2.0: exit %d, %v, %+v", code, err, one)
	}
}
