package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"hearsay/story"
)

// ingestSeeds ingests the two seed articles with their dates into db.
func ingestSeeds(t *testing.T, db string) {
	t.Helper()
	seeds := filepath.Join(sharedDir(t), "seeds")
	for _, s := range []struct{ prefix, date string }{{"000_", "2014-08-27"}, {"003_", "2014-09-24"}} {
		files, _ := filepath.Glob(filepath.Join(seeds, s.prefix+"*"))
		if len(files) != 1 {
			t.Fatalf("seed %s* not found in %s", s.prefix, seeds)
		}
		if code, _, stderr := hearsayRun(t, "ingest", "-q", "--db", db, "--date", s.date, files[0]); code != 0 {
			t.Fatalf("ingest %s: exit %d: %s", files[0], code, stderr)
		}
	}
}

func conflicts(t *testing.T, db string) []story.Conflict {
	t.Helper()
	code, stdout, stderr := hearsayRun(t, "conflicts", "--json", "--db", db)
	if code != 0 {
		t.Fatalf("conflicts: exit %d: %s", code, stderr)
	}
	var cs []story.Conflict
	if err := json.Unmarshal([]byte(stdout), &cs); err != nil {
		t.Fatalf("conflicts --json: %v\n%s", err, stdout)
	}
	return cs
}

// hasClaimant reports whether side sd has a claimant of the kind whose text
// holds all of words (case-insensitive) and, when via is not empty, whose
// provenance names via.
func hasClaimant(sd story.Side, kind string, via string, words ...string) bool {
	return slices.ContainsFunc(sd.Claimants, func(c story.Claimant) bool {
		text := strings.ToLower(c.Text)
		for _, w := range words {
			if !strings.Contains(text, strings.ToLower(w)) {
				return false
			}
		}
		return string(c.Kind) == kind && (via == "" || slices.Contains(c.Via, via))
	})
}

// TestSeedConflicts is issue 6's acceptance on the seeds: USA–Syria
// cooperation asserted by the anonymous source via Al-Araby and denied by
// Josh Earnest; the advance notice to Iran asserted by an Iranian official
// via Reuters and confirmed in part by the State Department official, beside
// his denial of military coordination with Iran.
func TestSeedConflicts(t *testing.T) {
	db := filepath.Join(t.TempDir(), "seeds.db")
	ingestSeeds(t, db)
	cs := conflicts(t, db)
	find := func(a, b string) *story.Conflict {
		for i := range cs {
			if cs[i].Actors == [2]string{a, b} {
				return &cs[i]
			}
		}
		return nil
	}
	syr := find("SYR", "USA")
	if syr == nil {
		t.Fatalf("no conflict between SYR and USA in %+v", cs)
	}
	found := false
	for _, p := range syr.Contested {
		if p.Family == "cooperation" && hasClaimant(p.Asserted, "anonymous_official", "Al-Araby", "official source") &&
			hasClaimant(p.Denied, "named_official", "", "Josh Earnest") {
			found = true
		}
	}
	if !found {
		t.Errorf("USA–SYR cooperation not contested by the anonymous source via Al-Araby against Josh Earnest: %+v", syr.Contested)
	}

	irn := find("IRN", "USA")
	if irn == nil {
		t.Fatalf("no conflict between IRN and USA in %+v", cs)
	}
	found = false
	for _, p := range irn.Contested {
		if p.Family == "contact" && p.Source == "USA" && p.Target == "IRN" &&
			hasClaimant(p.Asserted, "anonymous_official", "Reuters", "Iranian official") &&
			hasClaimant(p.Partly, "anonymous_official", "", "State Department official") {
			found = true
		}
	}
	if !found {
		t.Errorf("advance notice to Iran not asserted by the Iranian official via Reuters and confirmed in part by the State Department official: %+v", irn.Contested)
	}
	found = false
	for _, p := range irn.Related {
		if p.Family == "cooperation" && hasClaimant(p.Denied, "anonymous_official", "", "State Department official") {
			found = true
		}
	}
	if !found {
		t.Errorf("military coordination with Iran not denied by the State Department official: %+v", irn.Related)
	}
}

// conflictShape describes conflicts without ids, so that databases filled in
// different orders compare equal when they found the same conflicts.
func conflictShape(cs []story.Conflict) []string {
	var out []string
	for _, c := range cs {
		for _, p := range append(slices.Clone(c.Contested), c.Related...) {
			for name, sd := range map[string]story.Side{"asserted": p.Asserted, "denied": p.Denied, "partly": p.Partly, "other": p.Other} {
				for _, cl := range sd.Claimants {
					out = append(out, strings.Join([]string{c.Actors[0], c.Actors[1], p.Label, name, cl.Text,
						string(cl.Kind), strings.Join(cl.Via, ">")}, "|"))
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

// TestConflictsOrderIndependent ingests the news dev set in file order and
// in reverse order and expects the same conflicts, stories and events.
func TestConflictsOrderIndependent(t *testing.T) {
	src := filepath.Join(sharedDir(t), "data", "news", "dev", "articles.jsonl")
	f, err := os.Open(src)
	if err != nil {
		t.Skip(err)
	}
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	f.Close()
	slices.Reverse(lines)
	dir := t.TempDir()
	rev := filepath.Join(dir, "reversed.jsonl")
	if err := os.WriteFile(rev, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	shapes := map[string][]string{}
	stories := map[string][]string{}
	for _, in := range []string{src, rev} {
		db := filepath.Join(dir, filepath.Base(in)+".db")
		if code, _, stderr := hearsayRun(t, "ingest", "-q", "--db", db, in); code != 0 {
			t.Fatalf("ingest %s: exit %d: %s", in, code, stderr)
		}
		shapes[in] = conflictShape(conflicts(t, db))
		code, stdout, _ := hearsayRun(t, "stories", "--json", "--db", db)
		if code != 0 {
			t.Fatal("stories failed")
		}
		var sts []story.Story
		if err := json.Unmarshal([]byte(stdout), &sts); err != nil {
			t.Fatal(err)
		}
		for _, s := range sts {
			var titles []string
			for _, a := range s.Articles {
				titles = append(titles, a.Title)
			}
			sort.Strings(titles)
			stories[in] = append(stories[in], strings.Join(titles, " + "))
		}
		sort.Strings(stories[in])
	}
	if len(shapes[src]) == 0 {
		t.Fatal("no conflicts found in the news dev set")
	}
	if !slices.Equal(shapes[src], shapes[rev]) {
		t.Errorf("conflicts depend on ingest order:\nin order: %q\nreversed: %q", shapes[src], shapes[rev])
	}
	if !slices.Equal(stories[src], stories[rev]) {
		t.Errorf("stories depend on ingest order:\nin order: %q\nreversed: %q", stories[src], stories[rev])
	}
}

// TestStoryAndEventCommands checks that every story listed can be shown,
// that merged events show their mentions, and that bad IDs are usage errors.
func TestStoryAndEventCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "seeds.db")
	ingestSeeds(t, db)
	code, stdout, stderr := hearsayRun(t, "stories", "--json", "--db", db)
	if code != 0 {
		t.Fatalf("stories: exit %d: %s", code, stderr)
	}
	var sts []story.Story
	if err := json.Unmarshal([]byte(stdout), &sts); err != nil || len(sts) == 0 {
		t.Fatalf("stories --json: %v, %d stories", err, len(sts))
	}
	for _, st := range sts {
		code, out, stderr := hearsayRun(t, "story", "--db", db, fmt.Sprint(st.ID))
		if code != 0 || !strings.Contains(out, st.Label) {
			t.Errorf("story %d: exit %d, %q %s", st.ID, code, out, stderr)
		}
		if len(st.EventLabels) != len(st.Events) {
			t.Errorf("story %d: %d event labels for %d events", st.ID, len(st.EventLabels), len(st.Events))
		}
		for i, k := range st.Events {
			if line := strings.ReplaceAll(k, "|", " ") + "\t" + st.EventLabels[i]; st.EventLabels[i] == "" || !strings.Contains(out, line) {
				t.Errorf("story %d: no line %q in\n%s", st.ID, line, out)
			}
		}
	}
	cs := conflicts(t, db)
	ev := cs[0].Contested[0].Asserted.Claimants[0].Quotes[0]
	if ev.Text == "" || ev.End <= ev.Start {
		t.Errorf("conflict quote without text or offsets: %+v", ev)
	}
	code, stdout, _ = hearsayRun(t, "conflicts", "--all", "--db", db)
	if code != 0 || !strings.Contains(stdout, "CONTESTED") || !strings.Contains(stdout, "not contested") {
		t.Errorf("conflicts --all: exit %d:\n%s", code, stdout)
	}
	for _, bad := range [][]string{{"story", "x"}, {"event"}, {"event", "1", "2"}} {
		if code, _, _ := hearsayRun(t, append(bad, "--db", db)...); code != 2 {
			t.Errorf("%v: exit %d, want 2", bad, code)
		}
	}
	if code, _, stderr := hearsayRun(t, "event", "--db", db, "99999"); code != 1 || !strings.Contains(stderr, "not found") {
		t.Errorf("event 99999: exit %d, %s", code, stderr)
	}
}
