package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"hearsay/claim"
	"hearsay/claim/polnear"
)

func init() {
	register(&command{
		name:    "attribute",
		summary: "read text on stdin, write its attributions (source, cue, content with byte offsets) as JSON Lines",
		run:     runAttribute,
	})
	trainers.add("cues", "learn the attribution cue lexicon from PolNeAR train into claim/cues.tsv", runTrainCues)
}

func runAttribute(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "attribute")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: hearsay attribute < article.txt")
		fs.PrintDefaults()
	}
	an := analyzerFlag(fs)
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	analyze, err := an()
	if err != nil {
		return err
	}
	text, err := io.ReadAll(e.stdin)
	if err != nil {
		return fmt.Errorf("reading stdin: %w", err)
	}
	d := analyze(string(text))
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	for _, a := range claim.Attributions(d) {
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	return w.Flush()
}

func runTrainCues(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train cues")
	data := fs.String("data", "../shared/data/attribution/polnear/train", "PolNeAR train compartment")
	out := fs.String("out", filepath.Join("claim", "cues.tsv"), "lexicon file to write")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	arts, err := polnear.ReadDir(*data)
	if err != nil {
		return err
	}
	lx := claim.LearnCues(arts)
	if err := writeModelFile(*out, func(w io.Writer) error { _, err := lx.WriteTo(w); return err }); err != nil {
		return fmt.Errorf("writing %s: %w", *out, err)
	}
	fmt.Fprintf(e.stdout, "%d cue forms from %d articles written to %s\n", len(lx), len(arts), *out)
	return nil
}
