package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"hearsay/story"
)

func init() {
	register(&command{name: "stories", summary: "list stories: clusters of articles about one development", run: runStories})
	register(&command{name: "story", summary: "show one story with its articles", run: runStory})
	register(&command{name: "conflicts", summary: "list contested propositions with the claimants on each side", run: runConflicts})
	register(&command{name: "event", summary: "show one merged event with every mention", run: runEvent})
}

// storyFlags are the flags shared by the story commands.
type storyFlags struct {
	db    *string
	json  *bool
	since *string
}

func newStoryFlags(e *env, name string) (*flag.FlagSet, *storyFlags) {
	fs := newFlags(e, name)
	f := &storyFlags{
		db:    fs.String("db", defaultDB(e), "database file"),
		json:  fs.Bool("json", false, "write JSON"),
		since: fs.String("since", "", "only what is dated on or after `DATE` (YYYY-MM-DD)"),
	}
	return fs, f
}

// storyRun is a story command with its flags parsed and its store open.
type storyRun struct {
	store story.Store
	since time.Time // zero when --since is not given
	pos   []string  // positional arguments
	json  bool
	close func()
}

// open parses args with fs (which holds f), checks --since and the
// positional arguments (with check, when not nil), then opens the story
// store; the caller closes it with run.close.
func (f *storyFlags) open(ctx context.Context, fs *flag.FlagSet, args []string, check func(pos []string) error) (*storyRun, error) {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return nil, err
	}
	if check != nil {
		if err := check(pos); err != nil {
			return nil, err
		}
	}
	r := &storyRun{pos: pos, json: *f.json}
	if *f.since != "" {
		if r.since, err = time.Parse("2006-01-02", *f.since); err != nil {
			return nil, fmt.Errorf("%w: --since %q: want YYYY-MM-DD", errUsage, *f.since)
		}
	}
	if r.store, r.close, err = openStories(ctx, *f.db); err != nil {
		return nil, err
	}
	return r, nil
}

func runStories(ctx context.Context, e *env, args []string) error {
	fs, f := newStoryFlags(e, "stories")
	r, err := f.open(ctx, fs, args, nil)
	if err != nil {
		return err
	}
	defer r.close()
	sts, err := story.Stories(ctx, r.store, r.since)
	if err != nil {
		return err
	}
	if r.json {
		return printJSON(e, sts)
	}
	for _, st := range sts {
		fmt.Fprintf(e.stdout, "%d\t%s..%s\t%d articles, %d outlets, %d originals\t%s\n", st.ID, st.First.Format("2006-01-02"),
			st.Last.Format("2006-01-02"), st.Counts.Articles, st.Counts.Outlets, st.Counts.Origins, st.Label)
	}
	return nil
}

func runStory(ctx context.Context, e *env, args []string) error {
	r, id, err := openByID(ctx, e, "story", args)
	if err != nil {
		return err
	}
	defer r.close()
	st, err := story.StoryByID(ctx, r.store, id)
	if err != nil {
		return err
	}
	if r.json {
		return printJSON(e, st)
	}
	fmt.Fprintf(e.stdout, "story %d: %s\n%s..%s: %d articles, %d outlets, %d not copies\n", st.ID, st.Label,
		st.First.Format("2006-01-02"), st.Last.Format("2006-01-02"), st.Counts.Articles, st.Counts.Outlets, st.Counts.Origins)
	if len(st.Events) > 0 {
		fmt.Fprintln(e.stdout, "events (most reported first):")
		for i, k := range st.Events {
			fmt.Fprintf(e.stdout, "  %s\t%s\n", strings.ReplaceAll(k, "|", " "), st.EventLabels[i])
		}
	}
	if len(st.Places) > 0 {
		fmt.Fprintf(e.stdout, "places: %s\n", strings.Join(st.Places, ", "))
	}
	for _, a := range st.Articles {
		copy := ""
		if a.Copy {
			copy = " (copy)"
		}
		fmt.Fprintf(e.stdout, "  %d\t%s\t%s\t%s%s\n", a.ID, a.Published.Format("2006-01-02"), a.Outlet, a.Title, copy)
	}
	return nil
}

func runConflicts(ctx context.Context, e *env, args []string) error {
	fs, f := newStoryFlags(e, "conflicts")
	all := fs.Bool("all", false, "list every proposition, contested or not")
	r, err := f.open(ctx, fs, args, nil)
	if err != nil {
		return err
	}
	defer r.close()
	s, since := r.store, r.since
	if *all {
		props, err := story.Propositions(ctx, s, since, false)
		if err != nil {
			return err
		}
		if r.json {
			return printJSON(e, nonNil(props))
		}
		for _, p := range props {
			writeProposition(e.stdout, p)
		}
		return nil
	}
	conflicts, err := story.Conflicts(ctx, s, since)
	if err != nil {
		return err
	}
	if r.json {
		return printJSON(e, nonNil(conflicts))
	}
	if len(conflicts) == 0 {
		fmt.Fprintln(e.stdout, "no contested propositions")
	}
	for _, c := range conflicts {
		if c.Actors[1] == "" {
			fmt.Fprintf(e.stdout, "== %s ==\n", c.Actors[0])
		} else {
			fmt.Fprintf(e.stdout, "== %s – %s ==\n", c.Actors[0], c.Actors[1])
		}
		for _, p := range c.Contested {
			writeProposition(e.stdout, p)
		}
		for _, p := range c.Related {
			writeProposition(e.stdout, p)
		}
	}
	return nil
}

// nonNil makes a nil slice encode as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func writeProposition(w io.Writer, p story.Proposition) {
	state := "not contested"
	if p.Contested {
		state = "CONTESTED"
	}
	fmt.Fprintf(w, "#%d %s: %s (%s..%s)\n", p.ID, p.Label, state, p.First.Format("2006-01-02"), p.Last.Format("2006-01-02"))
	writeSide(w, "asserted", p.Asserted)
	writeSide(w, "denied", p.Denied)
	writeSide(w, "confirmed only in part", p.Partly)
	writeSide(w, "otherwise (future, conditional, questioned)", p.Other)
	fmt.Fprintln(w)
}

func writeSide(w io.Writer, name string, sd story.Side) {
	if len(sd.Claimants) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s by %d independent origin(s) (%d mentions, %d articles, %d outlets):\n", name,
		sd.Counts.Origins, sd.Counts.Mentions, sd.Counts.Articles, sd.Counts.Outlets)
	for _, c := range sd.Claimants {
		who := c.Text
		switch {
		case who == "":
			who = "(the article itself)"
		case c.Name != "" && !strings.Contains(strings.ToLower(who), strings.ToLower(c.Name)):
			who = fmt.Sprintf("%s (%q)", c.Name, who)
		}
		kind := string(c.Kind)
		if c.Actor != "" {
			kind += ", " + c.Actor
		}
		via := ""
		if len(c.Via) > 0 {
			via = " via " + strings.Join(c.Via, " → ")
		}
		first := ""
		if !c.FirstSeen.IsZero() {
			first = ", first seen " + c.FirstSeen.Format("2006-01-02")
		}
		fmt.Fprintf(w, "    %s [%s]%s%s — %d article(s)\n", who, kind, via, first, c.Counts.Articles)
		for _, q := range c.Quotes {
			outlet := ""
			if q.Outlet != "" {
				outlet = " (" + q.Outlet + ")"
			}
			stance := string(q.Stance)
			if q.Polarity != "" {
				stance += " (event " + string(q.Polarity) + ")"
			}
			fmt.Fprintf(w, "      article %d%s bytes %d-%d, %s: %q\n", q.ArticleID, outlet, q.Start, q.End, stance, q.Text)
		}
	}
}

func runEvent(ctx context.Context, e *env, args []string) error {
	r, id, err := openByID(ctx, e, "event", args)
	if err != nil {
		return err
	}
	defer r.close()
	ev, err := story.Event(ctx, r.store, id)
	if err != nil {
		return err
	}
	if r.json {
		return printJSON(e, ev)
	}
	fmt.Fprintf(e.stdout, "event %d: %s [CAMEO %s]\n%s..%s, confidence %.2f: %d mentions, %d articles, %d outlets, %d independent origins\n",
		ev.ID, ev.Label, ev.CAMEO, ev.First.Format("2006-01-02"), ev.Last.Format("2006-01-02"), ev.Confidence,
		ev.Counts.Mentions, ev.Counts.Articles, ev.Counts.Outlets, ev.Counts.Origins)
	if len(ev.Places) > 0 {
		fmt.Fprintf(e.stdout, "places: %s\n", strings.Join(ev.Places, ", "))
	}
	for _, m := range ev.Mentions {
		copy := ""
		if m.Copy {
			copy = " (copy)"
		}
		fmt.Fprintf(e.stdout, "  article %d%s, %s %s, bytes %d-%d: %s %s %s (%s, %s): %q\n", m.ArticleID, copy, m.Outlet,
			m.Published.Format("2006-01-02"), m.Start, m.End, m.Source.Code, m.Trigger, m.Target.Code, m.CAMEO, m.Polarity, m.Sentence)
	}
	return nil
}

// openByID parses the flags and the one ID argument of a command that shows
// one item, and opens the story store.
func openByID(ctx context.Context, e *env, name string, args []string) (*storyRun, int64, error) {
	fs, f := newStoryFlags(e, name)
	var id int64
	r, err := f.open(ctx, fs, args, func(pos []string) error {
		if len(pos) != 1 {
			return fmt.Errorf("%w: want one ID", errUsage)
		}
		var err error
		if id, err = strconv.ParseInt(pos[0], 10, 64); err != nil || id <= 0 {
			return fmt.Errorf("%w: bad ID %q", errUsage, pos[0])
		}
		return nil
	})
	return r, id, err
}

// openStories opens the story store of an existing database.
func openStories(ctx context.Context, path string) (story.Store, func(), error) {
	db, err := openExisting(ctx, path)
	if err != nil {
		return nil, nil, err
	}
	return db.Stories(), func() { db.Close() }, nil
}
