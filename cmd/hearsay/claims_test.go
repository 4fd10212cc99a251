package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"hearsay"
	"hearsay/claim"
	"hearsay/sqlite"
)

func TestAttributeCommand(t *testing.T) {
	text := `White House spokesman Josh Earnest ruled out any coordination. "We told them," an official said.`
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(text), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := run(context.Background(), e, []string{"attribute", "--nlp", "light"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d attributions, want 2:\n%s", len(lines), out.String())
	}
	for _, l := range lines {
		var a claim.Attribution
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		for _, s := range []hearsay.Span{a.Source, a.Cue, a.Content} {
			if text[s.Start:s.End] != s.Text {
				t.Errorf("span %+v does not match the input", s)
			}
		}
	}
	// the English pipeline and the learned tagger, the default
	text = "“We will win,” the senator said on Friday. According to the report, prices rose."
	out.Reset()
	e = &env{stdin: strings.NewReader(text), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if code := run(context.Background(), e, []string{"attribute"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var cues []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var a claim.Attribution
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		for _, s := range []hearsay.Span{a.Source, a.Cue, a.Content} {
			if text[s.Start:s.End] != s.Text {
				t.Errorf("span %+v does not match the input", s)
			}
		}
		cues = append(cues, a.Cue.Text)
	}
	if !slices.Contains(cues, "said") || !slices.Contains(cues, "According to") {
		t.Errorf("learned tagger: cues %q, want \"said\" and \"According to\"", cues)
	}
	if code, _, _ := hearsayRun(t, "attribute", "--nlp", "nonsense"); code != 2 {
		t.Errorf("bad --nlp: exit %d, want 2", code)
	}
}

func TestClaimsCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	text := "Washington ruled out any coordination with Damascus, officials said. An Iranian official told Reuters that Iran was informed."
	doc := hearsay.Document{
		Article:  hearsay.Article{Key: "a1", Outlet: "Daily Test", Text: text},
		Analysis: &hearsay.Analysis{Claims: claim.Extract(claim.Segment(text), nil, "Daily Test")},
	}
	if err := db.Put(context.Background(), []hearsay.Document{doc}); err != nil {
		t.Fatal(err)
	}
	db.Close()

	code, out, errs := hearsayRun(t, "claims", "--db", path, "--json", "--stance", "denied")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var c hearsay.Claim
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatalf("%v in %q", err, l)
		}
		if c.Stance != hearsay.Denies {
			t.Errorf("--stance denied listed a %s claim", c.Stance)
		}
	}
	code, out, _ = hearsayRun(t, "claims", "--db", path, "--claimant-kind", "anonymous")
	if code != 0 || !strings.Contains(out, "An Iranian official") || strings.Contains(out, "Washington ") {
		t.Errorf("--claimant-kind anonymous: exit %d\n%s", code, out)
	}
	if code, _, _ := hearsayRun(t, "claims", "--db", path, "--stance", "maybe"); code != 2 {
		t.Errorf("bad --stance: exit %d, want 2", code)
	}
}

func TestEvalAttributionAgreement(t *testing.T) {
	dir := filepath.Join("..", "..", "claim", "testdata", "polnear-tiny")
	code, out, errs := hearsayRun(t, "eval", "attribution", "--agreement", "--json", "--nlp", "light", "--data", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var ag struct {
		Annotators, Model struct {
			Articles int
			Overlap  struct {
				Relation struct{ Gold, Pred, Match int }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &ag); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if r := ag.Annotators.Overlap.Relation; ag.Annotators.Articles != 1 || r.Gold != 3 || r.Pred != 2 || r.Match != 2 {
		t.Errorf("annotators: %+v", ag.Annotators)
	}
	if ag.Model.Articles != 1 || ag.Model.Overlap.Relation.Gold != 3 {
		t.Errorf("model: %+v", ag.Model)
	}
	// A compartment where every article has one annotator has nothing to
	// compare: a clear error, not a table of zeros.
	one := t.TempDir()
	for _, sub := range []string{"attributions", "text"} {
		if err := os.MkdirAll(filepath.Join(one, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"attributions/tiny-two_ann1.ann", "text/tiny-two.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(one, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errs := hearsayRun(t, "eval", "attribution", "--agreement", "--data", one); code == 0 || !strings.Contains(errs, "more than one annotator") {
		t.Errorf("single annotator: exit %d, stderr %q", code, errs)
	}
}
