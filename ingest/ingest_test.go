package ingest

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"hearsay"
	"hearsay/dedup"
	"hearsay/sqlite"
)

func openDB(t testing.TB) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "ingest.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// words returns n pseudo-random words: a story no other seed shares.
func words(seed uint64, n int) []string {
	r := rand.New(rand.NewPCG(seed, seed*7+1))
	w := make([]string, n)
	for i := range w {
		w[i] = fmt.Sprintf("w%d", r.IntN(20000))
	}
	return w
}

// story returns the story of seed, 300 words long.
func story(seed uint64) string { return strings.Join(words(seed, 300), " ") }

// copyOf returns a syndicated copy of the story of seed: a new first line
// and a few words changed.
func copyOf(seed uint64) string {
	w := words(seed, 300)
	for i := 10; i < len(w); i += 40 {
		w[i] = "changed"
	}
	return "Syndicated from the wire\n\n" + strings.Join(w, " ")
}

// item is one result of a fake reader: an article or an error.
type item struct {
	key, text string
	err       error
}

// fakeRead reads inputs from a map: input name → items.
func fakeRead(inputs map[string][]item) ReadFunc {
	return func(ctx context.Context, input string) iter.Seq2[*hearsay.Article, error] {
		return func(yield func(*hearsay.Article, error) bool) {
			its, ok := inputs[input]
			if !ok {
				yield(nil, &hearsay.InputError{Origin: input, Err: os.ErrNotExist})
				return
			}
			for i, it := range its {
				if it.err != nil {
					if !yield(nil, it.err) {
						return
					}
					continue
				}
				a := &hearsay.Article{Key: it.key, Title: it.key, Text: it.text, Outlet: "Test", Origin: fmt.Sprintf("%s:line %d", input, i+1)}
				if !yield(a, nil) {
					return
				}
			}
		}
	}
}

type outcome struct {
	key    string
	status Status
	id     int64
	ref    int64 // CopyOf or DuplicateOf
}

func collect(opt *Options) *[]outcome {
	var out []outcome
	opt.OnArticle = func(o Outcome) {
		ref := o.Article.CopyOf
		if o.Status == Duplicate {
			ref = o.DuplicateOf
		}
		out = append(out, outcome{o.Article.Key, o.Status, o.Article.ID, ref})
	}
	return &out
}

func TestRunDedup(t *testing.T) {
	ctx := context.Background()
	inputs := map[string][]item{
		"a": {{key: "s1", text: story(1)}, {key: "s2", text: story(2)}, {key: "s1-again", text: strings.ToUpper(story(1))},
			{key: "s1-copy", text: copyOf(1)}, {key: "s3", text: story(3)}},
		"b": {{key: "s2-copy", text: copyOf(2)}, {key: "s3-dup", text: story(3)}, {key: "s4", text: story(4)}},
	}
	for _, batch := range []int{1, 2, 3, 200} {
		t.Run(fmt.Sprintf("batch %d", batch), func(t *testing.T) {
			db := openDB(t)
			opt := Options{Read: fakeRead(inputs), Batch: batch}
			got := collect(&opt)
			res, err := Run(ctx, db, []string{"a", "b"}, opt)
			if err != nil {
				t.Fatal(err)
			}
			want := []outcome{
				{"s1", Stored, 1, 0}, {"s2", Stored, 2, 0}, {"s1-again", Duplicate, 0, 1}, {"s1-copy", Copied, 3, 1},
				{"s3", Stored, 4, 0}, {"s2-copy", Copied, 5, 2}, {"s3-dup", Duplicate, 0, 4}, {"s4", Stored, 6, 0},
			}
			if !reflect.DeepEqual(*got, want) {
				t.Errorf("outcomes:\n got %v\nwant %v", *got, want)
			}
			wantStats := Stats{Inputs: 2, InputsDone: 2, Files: 2, Read: 8, Stored: 6, Copies: 2, Duplicates: 2, Done: true}
			res.Elapsed = 0
			if res.Stats != wantStats {
				t.Errorf("stats %+v, want %+v", res.Stats, wantStats)
			}
			a, err := db.Article(ctx, 3)
			if err != nil || a.CopyOf != 1 || a.Similarity < 0.5 || a.Ingested.IsZero() || a.ContentHash == "" {
				t.Errorf("stored copy %+v, %v", a, err)
			}

			// A second run stores nothing new.
			opt2 := Options{Read: fakeRead(inputs), Batch: batch}
			got2 := collect(&opt2)
			res2, err := Run(ctx, db, []string{"a", "b"}, opt2)
			if err != nil {
				t.Fatal(err)
			}
			if res2.Stored != 0 || res2.Duplicates != 8 {
				t.Errorf("second run: %+v, want 0 stored, 8 duplicates", res2.Stats)
			}
			for _, o := range *got2 {
				if o.status != Duplicate || o.ref == 0 {
					t.Errorf("second run outcome %+v", o)
				}
			}
			if n, _ := db.Count(ctx); n != 6 {
				t.Errorf("%d articles stored, want 6", n)
			}
		})
	}
}

func TestRunBadInput(t *testing.T) {
	ctx := context.Background()
	plain := errors.New("reader gave a plain error")
	inputs := map[string][]item{
		"good": {{key: "g1", text: story(10)}},
		"mixed": {
			{err: &hearsay.InputError{Origin: "mixed", Where: "line 1", Err: errors.New("invalid JSON")}},
			{key: "m2", text: story(11)},
			{err: &hearsay.InputError{Origin: "mixed", Where: "line 3", Err: errors.New("wrong type for field text")}},
			{err: plain},
			{key: "m5", text: story(12)},
		},
		"empty-text": {{key: "t-only", text: ""}},
	}
	db := openDB(t)
	var reported []string
	opt := Options{Read: fakeRead(inputs), Batch: 2, OnError: func(ie *hearsay.InputError) { reported = append(reported, ie.Error()) }}
	res, err := Run(ctx, db, []string{"good", "missing", "mixed", "empty-text"}, opt)
	if err != nil {
		t.Fatal(err)
	}
	if res.Stored != 4 || res.Failed != 4 || len(res.Errors) != 4 {
		t.Errorf("stats %+v with %d errors, want 4 stored, 4 failed", res.Stats, len(res.Errors))
	}
	want := []string{
		"missing: file does not exist",
		"mixed: line 1: invalid JSON",
		"mixed: line 3: wrong type for field text",
		"mixed: reader gave a plain error",
	}
	if !reflect.DeepEqual(reported, want) {
		t.Errorf("reported:\n got %q\nwant %q", reported, want)
	}
	if !errors.Is(res.Errors[3], plain) {
		t.Errorf("plain error not wrapped: %v", res.Errors[3])
	}
	as, _ := db.Articles(ctx, hearsay.ArticleFilter{})
	var keys []string
	for _, a := range as {
		keys = append(keys, a.Key)
	}
	if strings.Join(keys, " ") != "t-only m5 m2 g1" {
		t.Errorf("stored %v", keys)
	}
}

// failingStore fails Put from the nth call on.
type failingStore struct {
	*sqlite.DB
	n, calls int
}

func (s *failingStore) Put(ctx context.Context, docs []hearsay.Document) error {
	s.calls++
	if s.calls >= s.n {
		return errors.New("disk full")
	}
	return s.DB.Put(ctx, docs)
}

func TestRunStoreFailureKeepsEarlierBatches(t *testing.T) {
	ctx := context.Background()
	var its []item
	for i := range 10 {
		its = append(its, item{key: fmt.Sprint(i), text: story(uint64(100 + i))})
	}
	db := openDB(t)
	_, err := Run(ctx, &failingStore{DB: db, n: 3}, []string{"x"}, Options{Read: fakeRead(map[string][]item{"x": its}), Batch: 3})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("Run error = %v, want disk full", err)
	}
	if n, _ := db.Count(ctx); n != 6 {
		t.Errorf("%d articles kept, want the 6 of the first two batches", n)
	}
	// Resuming stores the rest once.
	res, err := Run(ctx, db, []string{"x"}, Options{Read: fakeRead(map[string][]item{"x": its}), Batch: 3})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stored != 4 || res.Duplicates != 6 {
		t.Errorf("resumed run %+v, want 4 stored, 6 duplicates", res.Stats)
	}
}

func TestRunCancelStoresWhatWasRead(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := openDB(t)
	read := func(ctx context.Context, input string) iter.Seq2[*hearsay.Article, error] {
		return func(yield func(*hearsay.Article, error) bool) {
			for i := range 1000 {
				if i == 5 {
					cancel()
				}
				if !yield(&hearsay.Article{Key: fmt.Sprint(i), Text: story(uint64(1000 + i))}, nil) {
					return
				}
			}
		}
	}
	res, err := Run(ctx, db, []string{"x"}, Options{Read: read, Batch: 100})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run error = %v, want context.Canceled", err)
	}
	if n, _ := db.Count(context.Background()); n != 5 || res.Stored != 5 {
		t.Errorf("%d articles stored (%d reported), want 5", n, res.Stored)
	}
}

// fakeAnalyzer codes one event per article, fails on articles whose key
// starts with "fail" and panics on "panic".
type fakeAnalyzer struct{ calls atomic.Int32 }

func (f *fakeAnalyzer) Analyze(ctx context.Context, a *hearsay.Article) (*hearsay.Analysis, error) {
	f.calls.Add(1)
	switch {
	case strings.HasPrefix(a.Key, "fail"):
		return nil, errors.New("cannot parse")
	case strings.HasPrefix(a.Key, "panic"):
		panic("bug")
	}
	a.Text = "the analyzer must not change the stored text"
	return &hearsay.Analysis{
		Events: []hearsay.Event{{CAMEO: "190", Root: "19", Rule: a.Key, Polarity: hearsay.Asserted}},
		Claims: []hearsay.Claim{{Stance: hearsay.Asserts, Events: []int{0}}},
	}, nil
}

func TestRunAnalysis(t *testing.T) {
	ctx := context.Background()
	var its []item
	for i := range 40 {
		key := fmt.Sprint("k", i)
		switch i {
		case 7:
			key = "fail7"
		case 13:
			key = "panic13"
		}
		its = append(its, item{key: key, text: story(uint64(200 + i))})
	}
	its = append(its, item{key: "dup", text: story(200)})
	db := openDB(t)
	an := &fakeAnalyzer{}
	res, err := Run(ctx, db, []string{"x"}, Options{Read: fakeRead(map[string][]item{"x": its}), Analyzer: an, Workers: 4, Batch: 16})
	if err != nil {
		t.Fatal(err)
	}
	if an.calls.Load() != 40 {
		t.Errorf("analyzer called %d times, want 40 (not for the duplicate)", an.calls.Load())
	}
	if res.Stored != 40 || res.Failed != 2 {
		t.Errorf("stats %+v, want 40 stored, 2 failed", res.Stats)
	}
	for _, e := range res.Errors {
		if e.Where != "analysis" {
			t.Errorf("error %v, want an analysis error", e)
		}
	}
	events, err := db.Events(ctx, hearsay.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 38 {
		t.Fatalf("%d events, want 38", len(events))
	}
	// Storage order follows input order whatever the workers did.
	for i, e := range events {
		a, err := db.Article(ctx, e.ArticleID)
		if err != nil {
			t.Fatal(err)
		}
		if e.Rule != a.Key || !strings.HasPrefix(a.Text, "w") {
			t.Errorf("event %d: rule %q on article %q (%.20s)", i, e.Rule, a.Key, a.Text)
		}
		if a.ID != int64(i+1)+int64(min(1, max(0, i-6)))+int64(min(1, max(0, i-11))) {
			t.Errorf("event %d on article %d", i, a.ID)
		}
	}
	claims, _ := db.Claims(ctx, hearsay.ClaimFilter{})
	if len(claims) != 38 || len(claims[0].EventIDs) != 1 || claims[0].EventIDs[0] != events[0].ID {
		t.Errorf("claims not linked to their events: %d claims, first %+v", len(claims), claims[0])
	}
}

func TestOriginFile(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a/b.jsonl:line 12", "a/b.jsonl"},
		{"c.warc.gz#record 3 at offset 81920", "c.warc.gz"},
		{"https://x.example/feed:item 2", "https://x.example/feed"},
		{"seeds/000.txt", "seeds/000.txt"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := OriginFile(tt.in); got != tt.want {
			t.Errorf("OriginFile(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestProgress(t *testing.T) {
	var b strings.Builder
	p := NewProgress(&b, false)
	s := Stats{Inputs: 4, InputsDone: 1, Files: 3, Read: 100, Stored: 90, Copies: 2, Duplicates: 10, Failed: 1, Elapsed: 2e9}
	p.Update(s) // the first log line waits an interval
	if b.Len() != 0 {
		t.Errorf("log line before an interval passed: %q", b.String())
	}
	s.Done = true
	p.Update(s)
	want := "ingest: 1/4 inputs, 3 files, 100 articles (50/s), 90 stored (2 copies), 10 duplicates, 1 errors\n"
	if b.String() != want {
		t.Errorf("log line %q, want %q", b.String(), want)
	}

	b.Reset()
	p = NewProgress(&b, true)
	s.Done = false
	p.Update(s)
	p.Clear()
	s.InputsDone, s.Done = 4, true
	p.Update(s)
	got := b.String()
	if !strings.HasPrefix(got, "\r[=====               ] 1/4") || !strings.Contains(got, "\r\033[K\r[====================] 4/4") || !strings.HasSuffix(got, "\n") {
		t.Errorf("terminal output %q", got)
	}
}

// blindStore answers dedup's look-ups as if nothing were stored yet: what
// a second ingest sees when it checks before the first one commits.
type blindStore struct{ *sqlite.DB }

func (blindStore) ByContentHash(context.Context, string) (int64, bool, error) { return 0, false, nil }
func (blindStore) NearCandidates(context.Context, []int64) ([]dedup.Candidate, error) {
	return nil, nil
}

func TestRunConcurrentWriterStoresOnce(t *testing.T) {
	ctx := context.Background()
	var its []item
	for i := range 5 {
		its = append(its, item{key: fmt.Sprint(i), text: story(uint64(200 + i))})
	}
	db := openDB(t)
	read := fakeRead(map[string][]item{"x": its})
	if _, err := Run(ctx, db, []string{"x"}, Options{Read: read, Batch: 2}); err != nil {
		t.Fatal(err)
	}
	var dups []int64
	res, err := Run(ctx, blindStore{db}, []string{"x"}, Options{Read: read, Batch: 2, OnArticle: func(o Outcome) {
		if o.Status == Duplicate {
			dups = append(dups, o.DuplicateOf)
		}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stored != 0 || res.Duplicates != 5 || len(dups) != 5 {
		t.Errorf("second run %+v, %d duplicate outcomes; want nothing stored, 5 duplicates", res.Stats, len(dups))
	}
	for _, id := range dups {
		if id <= 0 || id > 5 {
			t.Errorf("duplicate of %d, want one of the first run's ids", id)
		}
	}
	if n, _ := db.Count(ctx); n != 5 {
		t.Errorf("%d articles stored, want 5", n)
	}
}
