package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"hearsay"
	"hearsay/sqlite"
)

func init() {
	register(&command{name: "articles", summary: "list stored articles (filter by date, outlet, words)", run: runArticles})
	register(&command{name: "article", summary: "print one stored article with its metadata", run: runArticle})
}

// openExisting opens the database at path for reading; unlike sqlite.Open
// it does not create a missing file.
func openExisting(ctx context.Context, path string) (*sqlite.DB, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no database at %s (run hearsay ingest first, or name one with --db)", path)
	}
	return sqlite.OpenContext(ctx, path)
}

func runArticles(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "articles")
	db := fs.String("db", defaultDB(e), "database `FILE` (default $HEARSAY_DB or ./hearsay.db)")
	asJSON := fs.Bool("json", false, "write JSON Lines, one article (with text) a line")
	since := fs.String("since", "", "only articles published on or after `DATE` (YYYY-MM-DD)")
	until := fs.String("until", "", "only articles published before `DATE` (YYYY-MM-DD)")
	outlet := fs.String("outlet", "", "only articles of this `OUTLET` (any case)")
	search := fs.String("search", "", "only articles with all these `WORDS` in title or text (word* for a prefix)")
	limit := fs.Int("limit", 0, "at most `N` articles (0: all)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, rest[0])
	}
	f := hearsay.ArticleFilter{Outlet: *outlet, Search: *search, Limit: *limit}
	if f.Since, err = parseDay("since", *since); err != nil {
		return err
	}
	if f.Until, err = parseDay("until", *until); err != nil {
		return err
	}
	store, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	as, err := store.Articles(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		for _, a := range as {
			if err := enc.Encode(a); err != nil {
				return err
			}
		}
		return nil
	}
	for _, a := range as {
		line := fmt.Sprintf("%6d  %-20s  %-10s  %s", a.ID, trunc(a.Outlet, 20), day(a.Published), trunc(a.Title, 70))
		if a.CopyOf != 0 {
			line += fmt.Sprintf("  (copy of %d)", a.CopyOf)
		}
		fmt.Fprintln(e.stdout, line)
	}
	if len(as) == 0 {
		fmt.Fprintln(e.stderr, "no articles")
	}
	return nil
}

func parseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fmt.Errorf("%w: --%s %q: want YYYY-MM-DD", errUsage, name, s)
	}
	return t, nil
}

func runArticle(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "article")
	db := fs.String("db", defaultDB(e), "database `FILE` (default $HEARSAY_DB or ./hearsay.db)")
	asJSON := fs.Bool("json", false, "write JSON")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return fmt.Errorf("%w: want one article ID", errUsage)
	}
	id, err := strconv.ParseInt(rest[0], 10, 64)
	if err != nil || id <= 0 {
		return fmt.Errorf("%w: article ID %q is not a positive number", errUsage, rest[0])
	}
	store, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()
	a, err := store.Article(ctx, id)
	if errors.Is(err, hearsay.ErrNotFound) {
		return fmt.Errorf("no article %d in %s", id, *db)
	}
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(e, a)
	}
	printArticle(e.stdout, &a)
	return nil
}

// printArticle writes a's metadata, one "Field: value" line each for the
// fields it has, a blank line and its text.
func printArticle(w io.Writer, a *hearsay.Article) {
	field := func(name, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-13s %s\n", name+":", v)
		}
	}
	field("ID", strconv.FormatInt(a.ID, 10))
	field("Title", a.Title)
	field("Outlet", a.Outlet)
	if !a.Published.IsZero() {
		field("Published", a.Published.Format(time.RFC3339))
	}
	field("Author", a.Author)
	field("URL", a.URL)
	if a.CanonicalURL != a.URL {
		field("Canonical", a.CanonicalURL)
	}
	field("Language", a.Language)
	field("Format", a.Format)
	field("Origin", a.Origin)
	field("Key", a.Key)
	if a.CopyOf != 0 {
		field("Copy of", fmt.Sprintf("%d (similarity %.2f)", a.CopyOf, a.Similarity))
	}
	field("Content hash", a.ContentHash)
	field("SimHash", fmt.Sprintf("%016x", a.SimHash))
	if !a.Ingested.IsZero() {
		field("Ingested", a.Ingested.Format(time.RFC3339))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, strings.TrimRight(a.Text, "\n"))
}
