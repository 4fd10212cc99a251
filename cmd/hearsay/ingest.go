package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"time"

	"golang.org/x/term"

	"hearsay"
	"hearsay/analyze"
	"hearsay/ingest"
	"hearsay/reader"
	"hearsay/sqlite"
)

func init() {
	register(&command{name: "ingest", summary: "read news (files, folders, URLs) into the database", run: runIngest})
}

// defaultDB is the database a command uses without --db: $HEARSAY_DB, or
// ./hearsay.db.
func defaultDB(e *env) string {
	if p := e.getenv("HEARSAY_DB"); p != "" {
		return p
	}
	return "hearsay.db"
}

// isTerminal reports whether w is a terminal.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest")
	db := fs.String("db", defaultDB(e), "database `FILE` (default $HEARSAY_DB or ./hearsay.db)")
	follow := fs.Bool("follow", false, "for feeds, fetch and extract each item's page")
	dateFlag := fs.String("date", "", "publication `DATE` (YYYY-MM-DD) for articles that carry none")
	batch := fs.Int("batch", ingest.DefaultBatch, "articles stored per transaction")
	quiet := fs.Bool("q", false, "do not list the articles stored")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: hearsay ingest [--db FILE] [--follow] [--date YYYY-MM-DD] PATH|URL ...")
		fs.PrintDefaults()
	}
	inputs, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("%w: no input named (a file, a folder or a URL)", errUsage)
	}
	var date time.Time
	if *dateFlag != "" {
		if date, err = time.Parse("2006-01-02", *dateFlag); err != nil {
			return fmt.Errorf("%w: --date %q: want YYYY-MM-DD", errUsage, *dateFlag)
		}
	}
	an, err := analyze.New()
	if err != nil {
		return err
	}
	store, err := sqlite.OpenContext(ctx, *db)
	if err != nil {
		return err
	}
	defer store.Close()

	tty := isTerminal(e.stderr)
	progress := ingest.NewProgress(e.stderr, tty)
	outTTY := tty && isTerminal(e.stdout)
	opt := ingest.Options{
		Reader:   reader.Options{Follow: *follow, Date: date},
		Analyzer: an,
		Batch:    *batch,
		Progress: progress.Update,
		OnArticle: func(o ingest.Outcome) {
			if *quiet {
				return
			}
			if outTTY {
				progress.Clear()
			}
			fmt.Fprintln(e.stdout, outcomeLine(o))
		},
		OnError: func(ie *hearsay.InputError) {
			progress.Clear()
			fmt.Fprintf(e.stderr, "hearsay ingest: %v\n", ie)
		},
	}
	opt.Progress = progress.Update
	res, err := ingest.Run(ctx, store, inputs, opt)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return fmt.Errorf("interrupted after storing %d articles", res.Stored)
		}
		return err
	}
	if len(res.Errors) > 0 {
		return errFailed
	}
	return nil
}

// outcomeLine is one line of ingest's listing: id, outlet, date, title and
// what kind of article it is.
func outcomeLine(o ingest.Outcome) string {
	a := o.Article
	switch o.Status {
	case ingest.Duplicate:
		return fmt.Sprintf("%6s  %-20s  %-10s  %s  (already stored as %d)", "-", trunc(a.Outlet, 20), day(a.Published), trunc(a.Title, 70), o.DuplicateOf)
	case ingest.Copied:
		return fmt.Sprintf("%6d  %-20s  %-10s  %s  (copy of %d, similarity %.2f)", a.ID, trunc(a.Outlet, 20), day(a.Published), trunc(a.Title, 70), a.CopyOf, a.Similarity)
	}
	return fmt.Sprintf("%6d  %-20s  %-10s  %s", a.ID, trunc(a.Outlet, 20), day(a.Published), trunc(a.Title, 70))
}

// day is t as YYYY-MM-DD, or "-" when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02")
}

// trunc shortens s to at most n runes, marking a cut with an ellipsis;
// an empty s becomes "-".
func trunc(s string, n int) string {
	if s == "" {
		return "-"
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
