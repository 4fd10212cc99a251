package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"hearsay"
	"hearsay/sqlite"
)

// hearsayRun runs the command in-process and returns its exit status,
// stdout and stderr.
func hearsayRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func sharedDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared")
	if _, err := os.Stat(filepath.Join(dir, "seeds")); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return dir
}

func TestIngestSeedsAndDev(t *testing.T) {
	shared := sharedDir(t)
	db := filepath.Join(t.TempDir(), "h.db")
	seeds := filepath.Join(shared, "seeds")
	dev := filepath.Join(shared, "data", "news", "dev", "articles.jsonl")

	code, out, errs := hearsayRun(t, "ingest", "--db", db, seeds, dev)
	if code != 0 {
		t.Fatalf("ingest exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 22 {
		t.Errorf("ingest listed %d articles, want 22:\n%s", len(lines), out)
	}
	if !strings.Contains(lines[0], "Reports: US cooperates secretly with Assad against IS") {
		t.Errorf("first line %q, want the first seed's title", lines[0])
	}
	copies := 0
	for _, l := range lines {
		if strings.Contains(l, "(copy of ") {
			copies++
		}
	}
	if copies != 3 {
		t.Errorf("%d copies listed, want 3:\n%s", copies, out)
	}
	if !strings.Contains(errs, "22 stored (3 copies)") {
		t.Errorf("no summary on stderr: %q", errs)
	}

	// The same inputs again: everything is already stored.
	code, out, errs = hearsayRun(t, "ingest", seeds, "--db", db)
	if code != 0 {
		t.Fatalf("second ingest exit %d: %s", code, errs)
	}
	if n := strings.Count(out, "(already stored as "); n != 2 {
		t.Errorf("second ingest: %d already stored, want 2:\n%s", n, out)
	}

	// The stored copies are linked to the right originals.
	code, out, _ = hearsayRun(t, "articles", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("articles --json exit %d", code)
	}
	byKey := map[string]hearsay.Article{}
	byID := map[int64]hearsay.Article{}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a hearsay.Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		byKey[a.Key] = a
		byID[a.ID] = a
	}
	if len(byKey) != 22 {
		t.Errorf("articles --json gave %d articles, want 22", len(byKey))
	}
	for cp, orig := range map[string]string{"syn-dev-002": "syn-dev-001", "syn-dev-010": "syn-dev-009", "syn-dev-013": "syn-dev-012"} {
		if got := byID[byKey[cp].CopyOf].Key; got != orig {
			t.Errorf("%s stored as copy of %q, want %s", cp, got, orig)
		}
	}

	tests := []struct {
		args []string
		want []string // substrings of stdout, in order
		not  []string
	}{
		{[]string{"articles", "--search", "Khamenei vetoed"}, []string{"Khamenei says he turned down"}, []string{"Centrifuges"}},
		{[]string{"articles", "--outlet", "levant wire", "--limit", "2"}, []string{"2014-09-23", "2014-09-15"}, []string{"2014-09-05"}},
		{[]string{"articles", "--since", "2014-09-24"}, []string{"2014-09-30", "2014-09-24"}, []string{"2014-09-23"}},
	}
	for _, tt := range tests {
		code, out, errs := hearsayRun(t, append(tt.args, "--db", db)...)
		if code != 0 {
			t.Errorf("%v: exit %d: %s", tt.args, code, errs)
			continue
		}
		rest := out
		for _, w := range tt.want {
			i := strings.Index(rest, w)
			if i < 0 {
				t.Errorf("%v: %q missing or out of order in\n%s", tt.args, w, out)
				break
			}
			rest = rest[i+len(w):]
		}
		for _, w := range tt.not {
			if strings.Contains(out, w) {
				t.Errorf("%v: %q should not be listed:\n%s", tt.args, w, out)
			}
		}
	}

	id := byKey["syn-dev-013"].ID
	code, out, _ = hearsayRun(t, "article", fmt.Sprint(id), "--db", db)
	if code != 0 || !strings.Contains(out, "Outlet:       NewsPulse Digest") || !strings.Contains(out, fmt.Sprintf("Copy of:      %d", byKey["syn-dev-012"].ID)) ||
		!strings.Contains(out, "\"My answer was no,\" Khamenei") {
		t.Errorf("article %d: exit %d\n%s", id, code, out)
	}
	code, out, _ = hearsayRun(t, "article", "--json", "--db", db, fmt.Sprint(id))
	var a hearsay.Article
	if code != 0 || json.Unmarshal([]byte(out), &a) != nil || a.ID != id || a.Text == "" {
		t.Errorf("article --json: exit %d\n%s", code, out)
	}
	if code, _, errs := hearsayRun(t, "article", "--db", db, "9999"); code != 1 || !strings.Contains(errs, "no article 9999") {
		t.Errorf("article 9999: exit %d, stderr %q", code, errs)
	}
}

func TestIngestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, "in", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := `{"id":"g1","url":"https://x.example/1","outlet":"X","published":"2014-09-01T10:00:00Z","title":"Good one","text":"` + sentences(1, 40) + `"}`
	wrongType := `{"id":"g2","title":"Wrong","text":42}`
	good3 := `{"id":"g3","outlet":"X","title":"Good three","text":"` + sentences(3, 40) + `"}`
	write("a.jsonl", []byte(good+"\n"+wrongType+"\n{not json\n"+good3+"\n"))
	write("empty.txt", nil)
	write("binary.bin", []byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 9, 0, 0, 0, 1})
	write("story.txt", []byte("A plain story\n\n"+sentences(5, 30)+"\n"))
	db := filepath.Join(dir, "h.db")
	code, out, errs := hearsayRun(t, "ingest", "--db", db, filepath.Join(dir, "in"), filepath.Join(dir, "missing.jsonl"))
	if code != 1 {
		t.Errorf("exit %d, want 1\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	for _, w := range []string{"a.jsonl: line 2:", "a.jsonl: line 3:", "empty.txt", "binary.bin", "missing.jsonl"} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr does not name %q:\n%s", w, errs)
		}
	}
	for _, w := range []string{"Good one", "Good three", "A plain story"} {
		if !strings.Contains(out, w) {
			t.Errorf("%q not stored:\n%s", w, out)
		}
	}
	store, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if n, _ := store.Count(context.Background()); n != 3 {
		t.Errorf("%d articles stored, want 3", n)
	}
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	tests := [][]string{
		{"ingest", "--db", db},
		{"ingest", "--date", "yesterday", "--db", db, "x"},
		{"articles", "--since", "last week", "--db", db},
		{"article", "--db", db},
		{"article", "--db", db, "abc"},
	}
	for _, args := range tests {
		if code, _, _ := hearsayRun(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, _, errs := hearsayRun(t, "articles", "--db", db); code != 1 || !strings.Contains(errs, "no database") {
		t.Errorf("articles on a missing database: exit %d, %q", code, errs)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("articles created a database")
	}
}

func TestEvalDedup(t *testing.T) {
	shared := sharedDir(t)
	code, out, errs := hearsayRun(t, "eval", "dedup", "--json",
		"--dev", filepath.Join(shared, "data", "news", "dev"), "--seeds", filepath.Join(shared, "seeds"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res []struct {
		Name   string
		Scores struct {
			GoldPairs int     `json:"gold_pairs"`
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
		}
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(res) != 2 || res[0].Scores.GoldPairs != 3 || res[1].Scores.Precision < 1 || res[1].Scores.Recall < 1 {
		t.Errorf("eval dedup: %+v", res)
	}
}

// sentences returns n sentences of pseudo-random words, the same for the
// same seed, escaped for a JSON string.
func sentences(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 99))
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		for j := range 12 {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "word%d", r.IntN(50000))
		}
		b.WriteByte('.')
	}
	return b.String()
}

// TestKillMidIngest builds the binary, kills an ingest of a big input with
// SIGKILL while it is storing, and checks that the database is sound and
// that a second ingest stores everything exactly once.
func TestKillMidIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "hearsay")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	const n = 6000
	input := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(input)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	for i := range n {
		fmt.Fprintf(w, `{"id":"gen-%d","outlet":"Gen","published":"2014-09-01T00:00:00Z","title":"Generated %d","text":"%s"}`+"\n", i, i, sentences(uint64(i), 15))
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	db := filepath.Join(dir, "h.db")

	cmd := exec.Command(bin, "ingest", "--db", db, input)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Each listed line is a committed article: kill once a few batches are in.
	sc := bufio.NewScanner(stdout)
	listed := 0
	for listed < 1000 && sc.Scan() {
		listed++
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	cmd.Wait()
	if listed < 1000 {
		t.Fatalf("ingest ended after %d articles, before it could be killed", listed)
	}

	store, err := sqlite.Open(db)
	if err != nil {
		t.Fatalf("opening the database after SIGKILL: %v", err)
	}
	ctx := context.Background()
	if err := store.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	stored, _ := store.Count(ctx)
	if stored < listed || stored >= n {
		t.Errorf("%d articles stored when killed after %d were listed, of %d", stored, listed, n)
	}
	store.Close()

	out, err := exec.Command(bin, "ingest", "-q", "--db", db, input).CombinedOutput()
	if err != nil {
		t.Fatalf("resumed ingest: %v\n%s", err, out)
	}
	if want := fmt.Sprintf("%d stored (0 copies), %d duplicates, 0 errors", n-stored, stored); !strings.Contains(string(out), want) {
		t.Errorf("resumed ingest: %s\nwant %q", out, want)
	}
	store, err = sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var total, distinct int
	if err := store.SQL().QueryRowContext(ctx, `SELECT count(*), count(DISTINCT key) FROM articles`).Scan(&total, &distinct); err != nil {
		t.Fatal(err)
	}
	if total != n || distinct != n {
		t.Errorf("%d articles, %d distinct, want %d each", total, distinct, n)
	}
	if err := store.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestDefaultDB(t *testing.T) {
	e := &env{getenv: func(k string) string {
		if k == "HEARSAY_DB" {
			return "/data/news.db"
		}
		return ""
	}}
	if got := defaultDB(e); got != "/data/news.db" {
		t.Errorf("defaultDB with HEARSAY_DB = %q", got)
	}
	e.getenv = func(string) string { return "" }
	if got := defaultDB(e); got != "hearsay.db" {
		t.Errorf("defaultDB = %q, want hearsay.db", got)
	}
}
