package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"hearsay"
	"hearsay/event"
	"hearsay/event/actor"
	"hearsay/event/petrarch"
	"hearsay/event/verbs"
	"hearsay/nlp"
	"hearsay/nlp/english"
)

func init() {
	register(&command{name: "code", summary: "code events (CAMEO, PLOVER) in text or JSON Lines on stdin; no database", run: runCode})
}

// codedEvent is one line of "hearsay code" output: the input record's id
// and the event.
type codedEvent struct {
	ID string `json:"id,omitempty"`
	hearsay.Event
}

// codeInput is one JSON Lines input record.
type codeInput struct {
	ID        string `json:"id"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func runCode(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "code")
	dict := fs.String("dict", "", "code with the PETRARCH-2 dictionaries in `DIR` (verbs, actors, agents, discards) instead of the built-in ones")
	date := fs.String("date", "", "article date `YYYY-MM-DD` for relative dates and people's roles (JSON Lines records carry their own)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	var def time.Time
	if *date != "" {
		d, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return fmt.Errorf("%w: --date: %v", errUsage, err)
		}
		def = d
	}
	coder, err := newCoder(*dict, e.stderr)
	if err != nil {
		return err
	}
	analyze, err := codeAnalyzer()
	if err != nil {
		return err
	}
	in, err := io.ReadAll(e.stdin)
	if err != nil {
		return fmt.Errorf("reading stdin: %w", err)
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	code := func(id, text string, published time.Time) error {
		for _, ev := range coder.Code(analyze(text), published) {
			if err := enc.Encode(codedEvent{ID: id, Event: ev}); err != nil {
				return err
			}
		}
		return nil
	}
	trimmed := bytes.TrimSpace(in)
	if len(trimmed) == 0 || trimmed[0] != '{' {
		text, published := dateHeader(string(in), def)
		return code("", text, published)
	}
	failed := false
	for n, line := range bytes.Split(in, []byte("\n")) {
		if err := ctx.Err(); err != nil {
			return err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var r codeInput
		if err := json.Unmarshal(line, &r); err != nil {
			fmt.Fprintf(e.stderr, "hearsay code: stdin: line %d: %v\n", n+1, err)
			failed = true
			continue
		}
		published := def
		if r.Published != "" {
			p, err := parseCodeDay(r.Published)
			if err != nil {
				fmt.Fprintf(e.stderr, "hearsay code: stdin: line %d: published: %v\n", n+1, err)
				failed = true
				continue
			}
			published = p
		}
		if err := code(r.ID, r.Text, published); err != nil {
			return err
		}
	}
	if failed {
		return errFailed
	}
	return nil
}

// codeAnalyzer returns the analysis "hearsay code" and the event evaluations
// use: the English pipeline. Tests replace it.
var codeAnalyzer = func() (event.Analyzer, error) {
	p, err := english.Default()
	if err != nil {
		return nil, fmt.Errorf("loading the English models: %w", err)
	}
	for _, l := range []string{english.Tagger, english.Parser} {
		if !p.Has(l) {
			return nil, fmt.Errorf("the English %s model is not in this binary (nlp/models): events are coded over the parse", l)
		}
	}
	return func(text string) *nlp.Doc { return p.Analyze(text) }, nil
}

// parseCodeDay reads an RFC 3339 time or a YYYY-MM-DD date.
func parseCodeDay(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	return time.Parse("2006-01-02", s)
}

// dateHeader strips a first line "Date: YYYY-MM-DD" from a text, returning
// the rest and the date (def when there is none).
func dateHeader(text string, def time.Time) (string, time.Time) {
	first, rest, _ := strings.Cut(text, "\n")
	k, v, ok := strings.Cut(strings.TrimSpace(first), ":")
	if !ok || !strings.EqualFold(strings.TrimSpace(k), "date") {
		return text, def
	}
	d, err := parseCodeDay(strings.TrimSpace(v))
	if err != nil {
		return text, def
	}
	// Keep byte offsets meaningful: blank the header rather than cut it.
	return strings.Repeat(" ", len(first)) + "\n" + rest, d
}

// newCoder returns the built-in coder, or one over the PETRARCH-2
// dictionaries in dir; it reports what it loaded to log.
func newCoder(dir string, log io.Writer) (*event.Coder, error) {
	return newCoderVerbs(dir, "", log)
}

// newCoderVerbs is newCoder with the verb file of dir chosen by name.
func newCoderVerbs(dir, verbFile string, log io.Writer) (*event.Coder, error) {
	if dir == "" {
		return event.New(actor.Builtin(), verbs.Builtin()), nil
	}
	set, err := petrarch.LoadDirVerbs(dir, verbFile)
	if err != nil {
		return nil, fmt.Errorf("--dict: %w", err)
	}
	v, _, n := set.Verbs.Counts()
	fmt.Fprintf(log, "hearsay: %s: %d verb blocks, %d verbs (%d lemma keys), %d patterns, %d synsets, %d entries; %d discards; %d issues\n",
		dir, set.VerbStats.Blocks, set.VerbStats.Verbs, v, set.VerbStats.Patterns, set.VerbStats.Synsets, n, set.Discards.Len(), len(set.Issues))
	for _, p := range set.VerbStats.Problems {
		fmt.Fprintf(log, "hearsay: skipped malformed entry: %v\n", p)
	}
	actors := set.Actors
	if actors == nil {
		actors = actor.Builtin()
	}
	c := event.New(actors, set.Verbs)
	if set.Discards.Len() > 0 {
		c.Discard = func(s string) bool { m, _ := set.Discards.Match(s); return m }
	}
	return c, nil
}
