package sqlite

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"hearsay"
	"hearsay/dedup"
)

func openTest(t testing.TB) *DB {
	t.Helper()
	db, err := Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func sampleDocs() []hearsay.Document {
	text := "The United States struck Islamic State positions near Raqqa on Monday, officials said.\n\nDamascus denied it had been told."
	return []hearsay.Document{
		{
			Article: hearsay.Article{
				Key: "a1", URL: "https://example.com/a1", CanonicalURL: "https://example.com/c/a1", Outlet: "Levant Wire",
				Title: "US strikes near Raqqa", Author: "A. Writer", Published: date("2014-09-23T08:00:00+03:00"),
				Language: "en", Text: text, Format: "jsonl", Origin: "dev.jsonl:1", Ingested: date("2026-01-02T03:04:05Z"),
			},
			Analysis: &hearsay.Analysis{
				Events: []hearsay.Event{
					{
						Sentence: 0, SentSpan: hearsay.Span{Start: 0, End: 87, Text: text[:87]},
						Source:  hearsay.Actor{Code: "USAGOV", Country: "USA", Sector: "GOV", Name: "United States", Span: hearsay.Span{Start: 4, End: 17, Text: "United States"}},
						Target:  hearsay.Actor{Code: "IMGMUSISI", Name: "Islamic State", Span: hearsay.Span{Start: 25, End: 38, Text: "Islamic State"}},
						Trigger: hearsay.Span{Start: 18, End: 24, Text: "struck"},
						CAMEO:   "195", Root: "19", Goldstein: -10, QuadClass: 4, PLOVER: "ASSAULT", Mode: "aerial",
						Polarity: hearsay.Asserted, Date: date("2014-09-22T00:00:00Z"), DateText: "on Monday",
						Place: &hearsay.Place{Name: "Raqqa", Country: "SYR", Lat: 35.95, Lon: 39.01, Span: hearsay.Span{Start: 54, End: 59, Text: "Raqqa"}},
						Rule:  "verb:strike",
					},
					{
						Sentence: 1, SentSpan: hearsay.Span{Start: 89, End: len(text), Text: text[89:]},
						Source:  hearsay.Actor{Code: "SYRGOV", Country: "SYR", Sector: "GOV", Span: hearsay.Span{Start: 89, End: 97, Text: "Damascus"}},
						Target:  hearsay.Actor{Code: "USA", Country: "USA"},
						Trigger: hearsay.Span{Start: 98, End: 104, Text: "denied"},
						CAMEO:   "023", Root: "02", Goldstein: 3, QuadClass: 1,
						Polarity: hearsay.Negated, Rule: "verb:tell",
					},
				},
				Claims: []hearsay.Claim{
					{
						Sentence: 0, Events: []int{0},
						Claimant: hearsay.Claimant{Span: hearsay.Span{Start: 72, End: 81, Text: "officials"}, Kind: hearsay.AnonymousOfficial, Actor: "USAGOV"},
						Cue:      hearsay.Span{Start: 82, End: 86, Text: "said"},
						Content:  hearsay.Span{Start: 0, End: 70, Text: text[:70]},
						Stance:   hearsay.Asserts, Via: []string{"AFP", "Levant Wire"},
					},
					{
						Sentence: 1, Events: []int{1},
						Claimant: hearsay.Claimant{Span: hearsay.Span{Start: 89, End: 97, Text: "Damascus"}, Kind: hearsay.Government, Actor: "SYRGOV", Name: "Damascus", Role: "government"},
						Cue:      hearsay.Span{Start: 98, End: 104, Text: "denied"},
						Stance:   hearsay.Denies, Direct: true, Denies: 1,
					},
				},
			},
		},
		{
			Article: hearsay.Article{
				Key: "b2", Outlet: "NewsPulse Digest", Title: "Iran says no", Published: date("2014-09-15T10:00:00Z"),
				Text: "Iran's supreme leader said he had vetoed an American request for cooperation.", Format: "text",
			},
		},
		{
			Article: hearsay.Article{Key: "c3", Outlet: "levant wire", Title: "Undated", Text: "A story without a date about Raqqa."},
		},
	}
}

// normalise makes times comparable with reflect.DeepEqual.
func normalise(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func TestRoundTrip(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	docs := sampleDocs()
	if err := db.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		if d.Article.ID != int64(i+1) {
			t.Errorf("doc %d: id %d, want %d", i, d.Article.ID, i+1)
		}
	}
	an := docs[0].Analysis
	if an.Events[0].ID == 0 || an.Events[0].ArticleID != docs[0].Article.ID || an.Claims[1].ID == 0 {
		t.Errorf("Put did not set event and claim ids: %+v %+v", an.Events[0], an.Claims[1])
	}
	if !reflect.DeepEqual(an.Claims[0].EventIDs, []int64{an.Events[0].ID}) {
		t.Errorf("claim 0 EventIDs = %v, want [%d]", an.Claims[0].EventIDs, an.Events[0].ID)
	}

	got, err := db.Article(ctx, docs[0].Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := docs[0].Article
	fp := dedup.Compute(want.Text)
	want.ContentHash, want.SimHash = fp.ContentHash, fp.SimHash
	if normalise(got) != normalise(want) {
		t.Errorf("article round trip:\n got %s\nwant %s", normalise(got), normalise(want))
	}
	if !got.Published.Equal(want.Published) {
		t.Errorf("published %v, want %v", got.Published, want.Published)
	}

	events, err := db.Events(ctx, hearsay.EventFilter{ArticleID: docs[0].Article.ID})
	if err != nil {
		t.Fatal(err)
	}
	if normalise(events) != normalise(an.Events) {
		t.Errorf("events round trip:\n got %s\nwant %s", normalise(events), normalise(an.Events))
	}
	claims, err := db.Claims(ctx, hearsay.ClaimFilter{ArticleID: docs[0].Article.ID})
	if err != nil {
		t.Fatal(err)
	}
	if normalise(claims) != normalise(an.Claims) {
		t.Errorf("claims round trip:\n got %s\nwant %s", normalise(claims), normalise(an.Claims))
	}

	if _, err := db.Article(ctx, 99); !errors.Is(err, hearsay.ErrNotFound) {
		t.Errorf("Article(99) error = %v, want ErrNotFound", err)
	}
}

func ids[T any](xs []T, id func(T) int64) []int64 {
	out := []int64{}
	for _, x := range xs {
		out = append(out, id(x))
	}
	return out
}

func TestArticleFilters(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if err := db.Put(ctx, sampleDocs()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    hearsay.ArticleFilter
		want []int64
	}{
		{"all, newest first, undated last", hearsay.ArticleFilter{}, []int64{1, 2, 3}},
		{"since", hearsay.ArticleFilter{Since: date("2014-09-20T00:00:00Z")}, []int64{1}},
		{"until", hearsay.ArticleFilter{Until: date("2014-09-20T00:00:00Z")}, []int64{2}},
		{"outlet, any case", hearsay.ArticleFilter{Outlet: "LEVANT WIRE"}, []int64{1, 3}},
		{"search", hearsay.ArticleFilter{Search: "raqqa"}, []int64{1, 3}},
		{"search all words", hearsay.ArticleFilter{Search: "Raqqa Damascus"}, []int64{1}},
		{"search title", hearsay.ArticleFilter{Search: "undated"}, []int64{3}},
		{"search prefix", hearsay.ArticleFilter{Search: "coop*"}, []int64{2}},
		{"search with FTS syntax", hearsay.ArticleFilter{Search: `Iran" OR NEAR(x`}, []int64{}},
		{"search nothing", hearsay.ArticleFilter{Search: `"" *`}, []int64{}},
		{"search and outlet", hearsay.ArticleFilter{Search: "raqqa", Outlet: "Levant Wire", Limit: 1}, []int64{1}},
		{"limit", hearsay.ArticleFilter{Limit: 2}, []int64{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := db.Articles(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(as, func(a hearsay.Article) int64 { return a.ID }); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestEventAndClaimFilters(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	if err := db.Put(ctx, sampleDocs()); err != nil {
		t.Fatal(err)
	}
	events := []struct {
		name string
		f    hearsay.EventFilter
		want []int64
	}{
		{"all", hearsay.EventFilter{}, []int64{1, 2}},
		{"actor prefix either side", hearsay.EventFilter{Actor: "USA"}, []int64{1, 2}},
		{"actor full code", hearsay.EventFilter{Actor: "SYRGOV"}, []int64{2}},
		{"actor glob characters are literal", hearsay.EventFilter{Actor: "*"}, []int64{}},
		{"cameo root", hearsay.EventFilter{Code: "19"}, []int64{1}},
		{"plover", hearsay.EventFilter{PLOVER: "ASSAULT"}, []int64{1}},
		{"polarity", hearsay.EventFilter{Polarity: hearsay.Negated}, []int64{2}},
		// Event 1 has its own date (Sept 22); event 2 takes the article's (Sept 23, 05:00 UTC).
		{"since uses event date", hearsay.EventFilter{Since: date("2014-09-23T00:00:00Z")}, []int64{2}},
		{"until", hearsay.EventFilter{Until: date("2014-09-23T00:00:00Z")}, []int64{1}},
		{"outlet", hearsay.EventFilter{Outlet: "NewsPulse Digest"}, []int64{}},
		{"limit", hearsay.EventFilter{Limit: 1}, []int64{1}},
	}
	for _, tt := range events {
		t.Run("events/"+tt.name, func(t *testing.T) {
			es, err := db.Events(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(es, func(e hearsay.Event) int64 { return e.ID }); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	claims := []struct {
		name string
		f    hearsay.ClaimFilter
		want []int64
	}{
		{"all", hearsay.ClaimFilter{}, []int64{1, 2}},
		{"claimant actor", hearsay.ClaimFilter{Actor: "SYR"}, []int64{2}},
		{"event actor", hearsay.ClaimFilter{Actor: "IMG"}, []int64{1}},
		{"stance", hearsay.ClaimFilter{Stance: hearsay.Denies}, []int64{2}},
		{"kind", hearsay.ClaimFilter{ClaimantKind: hearsay.AnonymousOfficial}, []int64{1}},
		{"outlet", hearsay.ClaimFilter{Outlet: "levant wire"}, []int64{1, 2}},
		{"since", hearsay.ClaimFilter{Since: date("2014-10-01T00:00:00Z")}, []int64{}},
		{"article", hearsay.ClaimFilter{ArticleID: 2}, []int64{}},
	}
	for _, tt := range claims {
		t.Run("claims/"+tt.name, func(t *testing.T) {
			cs, err := db.Claims(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(cs, func(c hearsay.Claim) int64 { return c.ID }); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPutIsAtomic(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	docs := sampleDocs()
	docs[2].Article.CopyOf = 999 // no such article: the foreign key fails
	if err := db.Put(ctx, docs); err == nil {
		t.Fatal("Put with a dangling copy_of succeeded")
	}
	if n, _ := db.Count(ctx); n != 0 {
		t.Errorf("%d articles stored by a failed batch, want 0", n)
	}
	if docs[0].Article.ID != 0 || docs[0].Analysis.Events[0].ID != 0 {
		t.Errorf("failed Put set ids")
	}
	docs[2].Article.CopyOf = 0
	if err := db.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.Count(ctx); n != 3 {
		t.Errorf("%d articles stored, want 3", n)
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

func TestDedupLookup(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	docs := sampleDocs()
	if err := db.Put(ctx, docs); err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("The foreign minister said the talks in Geneva had failed again and would resume in spring. ", 1) +
		"Officials from both sides met for six hours on Tuesday without agreeing on a ceasefire line or on the exchange of prisoners, " +
		"according to a statement issued by the mediators late in the evening after the last session ended."
	orig := []hearsay.Document{{Article: hearsay.Article{Key: "orig", Text: long}}}
	if err := db.Put(ctx, orig); err != nil {
		t.Fatal(err)
	}
	cp := []hearsay.Document{{Article: hearsay.Article{Key: "copy", Text: "GENEVA - " + long, CopyOf: orig[0].Article.ID, Similarity: 0.9}}}
	if err := db.Put(ctx, cp); err != nil {
		t.Fatal(err)
	}

	id, ok, err := db.ByContentHash(ctx, dedup.ContentHash(strings.ToUpper(long)))
	if err != nil || !ok || id != orig[0].Article.ID {
		t.Errorf("ByContentHash = %d, %v, %v; want %d", id, ok, err, orig[0].Article.ID)
	}
	if _, ok, _ := db.ByContentHash(ctx, dedup.ContentHash("nothing like it")); ok {
		t.Errorf("ByContentHash found a text never stored")
	}
	fp := dedup.Compute(long + " The mediators gave no date.")
	m, err := dedup.Check(ctx, &fp, db)
	if err != nil {
		t.Fatal(err)
	}
	if m.Kind != dedup.Copy || m.ID != orig[0].Article.ID {
		t.Errorf("Check = %v of %d, want copy of %d", m.Kind, m.ID, orig[0].Article.ID)
	}
	got, err := db.Article(ctx, cp[0].Article.ID)
	if err != nil || got.CopyOf != orig[0].Article.ID || got.Similarity != 0.9 {
		t.Errorf("stored copy: %+v, %v", got, err)
	}
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Put(ctx, sampleDocs()); err != nil {
		t.Fatal(err)
	}
	db.Close()
	// Reopening applies nothing twice and keeps the data.
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var versions []int
	rows, err := db.SQL().QueryContext(ctx, `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var v int
		rows.Scan(&v)
		versions = append(versions, v)
	}
	rows.Close()
	var want []int
	for _, m := range Migrations() {
		want = append(want, m.Version)
	}
	if !reflect.DeepEqual(versions, want) {
		t.Errorf("applied versions %v, want %v", versions, want)
	}
	if n, _ := db.Count(ctx); n != 3 {
		t.Errorf("%d articles after reopening, want 3", n)
	}
	var mode string
	db.SQL().QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode)
	if mode != "wal" {
		t.Errorf("journal mode %q, want wal", mode)
	}
	var fk int
	db.SQL().QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk)
	if fk != 1 {
		t.Errorf("foreign keys off")
	}
}

func TestMigrationAddedLater(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	saved := migrations
	defer func() { migrations = saved }()
	// A version above every known one, as another package would add.
	next := 100
	for _, m := range saved {
		next = max(next, m.Version+1)
	}
	migrations = append(append([]Migration(nil), saved...), Migration{Version: next, Name: "later", SQL: `CREATE TABLE later (x INTEGER)`})
	db, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().ExecContext(ctx, `INSERT INTO later (x) VALUES (1)`); err != nil {
		t.Errorf("migration %d not applied: %v", next, err)
	}
	db.Close()

	migrations = append(migrations, Migration{Version: next, Name: "clash", SQL: `SELECT 1`})
	if db, err := Open(path); err == nil {
		db.Close()
		t.Errorf("Open accepted two migrations with version %d", next)
	}
	migrations = append(append([]Migration(nil), saved...), Migration{Version: next + 1, Name: "bad", SQL: `CREATE TABLE nonsense (`})
	if db, err := Open(path); err == nil {
		db.Close()
		t.Errorf("Open accepted a broken migration")
	}
}

func TestOpenErrors(t *testing.T) {
	for _, p := range []string{"", "a?b.db", filepath.Join(t.TempDir(), "missing-dir", "x.db")} {
		if db, err := Open(p); err == nil {
			db.Close()
			t.Errorf("Open(%q) succeeded", p)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Assad", `"Assad"`},
		{"US  Syria", `"US" "Syria"`},
		{`say "no"`, `"say" "no"`},
		{`a"b`, `"a""b"`},
		{"coop*", `"coop"*`},
		{"* **", ""},
		{"a\x00b\xff", `"a" "b"`},
	}
	for _, tt := range tests {
		if got := FTSQuery(tt.in); got != tt.want {
			t.Errorf("FTSQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFTSQuery(f *testing.F) {
	db := openTest(f)
	if err := db.Put(context.Background(), sampleDocs()); err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Raqqa", `NEAR("a" b)`, `"`, "a*b*", "x OR y", "^col:", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := db.Articles(context.Background(), hearsay.ArticleFilter{Search: s}); err != nil {
			t.Errorf("search %q: %v", s, err)
		}
	})
}

func TestPutSkipsTextStoredMeanwhile(t *testing.T) {
	ctx := context.Background()
	db := openTest(t)
	first := sampleDocs()
	if err := db.Put(ctx, first); err != nil {
		t.Fatal(err)
	}
	events, _ := db.Events(ctx, hearsay.EventFilter{})
	// Another writer's batch holding one of the same texts, and a new one.
	again := sampleDocs()[:2]
	again[1].Article.Text += " A paragraph of its own."
	again[1].Article.ContentHash = ""
	if err := db.Put(ctx, again); err != nil {
		t.Fatal(err)
	}
	if got := again[0].Article; got.DuplicateOf != first[0].Article.ID || got.ID != first[0].Article.ID {
		t.Errorf("stored text: id %d, duplicate of %d; want both %d", got.ID, got.DuplicateOf, first[0].Article.ID)
	}
	if again[1].Article.DuplicateOf != 0 || again[1].Article.ID <= first[2].Article.ID {
		t.Errorf("new text: %+v, want stored with a new id", again[1].Article)
	}
	if n, _ := db.Count(ctx); n != 4 {
		t.Errorf("%d articles, want 4", n)
	}
	want := len(events)
	if again[1].Analysis != nil {
		want += len(again[1].Analysis.Events)
	}
	if evs, _ := db.Events(ctx, hearsay.EventFilter{}); len(evs) != want {
		t.Errorf("%d events, want %d: the skipped article's events are not stored again", len(evs), want)
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}
