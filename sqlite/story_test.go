package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"hearsay"
	"hearsay/story"
)

// storyDocs builds documents whose events and claims make merged events,
// stories and a contested proposition.
func storyDocs() []hearsay.Document {
	day := time.Date(2014, 8, 26, 12, 0, 0, 0, time.UTC)
	actor := func(c string) hearsay.Actor { return hearsay.Actor{Code: c, Country: c} }
	var docs []hearsay.Document
	for i := 0; i < 12; i++ {
		pub := day.AddDate(0, 0, i%5)
		pol, stance, who := hearsay.Asserted, hearsay.Asserts, hearsay.AnonymousOfficial
		if i%3 == 0 {
			pol, stance, who = hearsay.Negated, hearsay.Denies, hearsay.NamedOfficial
		}
		a := hearsay.Article{ID: int64(i + 1), Key: fmt.Sprintf("k%02d", i), Outlet: fmt.Sprintf("Outlet %d", i%4),
			Title: "US passing intelligence to Damascus", Published: pub}
		if i == 7 {
			a.CopyOf = 6
		}
		docs = append(docs, hearsay.Document{Article: a, Analysis: &hearsay.Analysis{
			Events: []hearsay.Event{
				{Source: actor("USA"), Target: actor("SYR"), CAMEO: "064", Root: "06", Polarity: pol, Date: pub},
				{Source: actor("SYR"), Target: actor("ISIS"), CAMEO: "195", Root: "19", Polarity: hearsay.Asserted, Date: pub,
					Place: &hearsay.Place{Name: "Deir ez-Zor", Country: "SYR"}},
			},
			Claims: []hearsay.Claim{{Claimant: hearsay.Claimant{Kind: who, Span: hearsay.Span{Text: fmt.Sprintf("Person %d", i%2)}},
				Stance: stance, Events: []int{0}, Via: []string{"AFP"}}},
		}})
	}
	return docs
}

// TestStoriesMatchMemory checks that the SQLite story store clusters and
// counts exactly as the in-memory reference does, and survives reopening.
func TestStoriesMatchMemory(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "h.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	mem := story.NewMemStore()
	docs := storyDocs()
	for i := 0; i < len(docs); i += 5 {
		batch := docs[i:min(i+5, len(docs))]
		if err := story.Update(ctx, db.Stories(), batch); err != nil {
			t.Fatal(err)
		}
		if err := story.Update(ctx, mem, batch); err != nil {
			t.Fatal(err)
		}
	}
	// Idempotent.
	if err := story.Update(ctx, db.Stories(), docs); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()

	gotE, err := story.Events(ctx, db.Stories(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	wantE, _ := story.Events(ctx, mem, time.Time{})
	if !reflect.DeepEqual(gotE, wantE) {
		t.Errorf("merged events differ:\nsqlite %+v\nmemory %+v", gotE, wantE)
	}
	gotP, err := story.Propositions(ctx, db.Stories(), time.Time{}, true)
	if err != nil {
		t.Fatal(err)
	}
	wantP, _ := story.Propositions(ctx, mem, time.Time{}, true)
	if !reflect.DeepEqual(gotP, wantP) || len(gotP) != 1 {
		t.Errorf("conflicts differ or not one:\nsqlite %+v\nmemory %+v", gotP, wantP)
	}
	gotS, err := story.Stories(ctx, db.Stories(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	wantS, _ := story.Stories(ctx, mem, time.Time{})
	if !reflect.DeepEqual(gotS, wantS) || len(gotS) == 0 {
		t.Errorf("stories differ:\nsqlite %+v\nmemory %+v", gotS, wantS)
	}
}
