package main

import (
	"context"
	"fmt"
	"io"

	"hearsay/nlp"
	"hearsay/nlp/english"
)

func init() {
	register(&command{name: "parse", summary: "analyse English text or CoNLL-U from stdin: tokens, tags, lemmas, dependencies, entities", run: runParse})
}

// runParse reads raw text (or CoNLL-U with --input conllu) on stdin and
// writes the analysis as CoNLL-U or JSON on stdout.
func runParse(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "parse")
	format := fs.String("format", "conllu", "output format: conllu or json")
	input := fs.String("input", "text", "input format: text (raw text) or conllu (keep its tokens and sentences)")
	modelDir := fs.String("models", "", "load model files from this folder first (to try models before embedding them)")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: hearsay parse [--format conllu|json] [--input text|conllu] < input")
		fs.PrintDefaults()
	}
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("%w: parse reads stdin and takes no arguments", errUsage)
	}
	if *format != "conllu" && *format != "json" {
		return fmt.Errorf("%w: --format %q: want conllu or json", errUsage, *format)
	}
	if *input != "text" && *input != "conllu" {
		return fmt.Errorf("%w: --input %q: want text or conllu", errUsage, *input)
	}
	p, err := english.Default()
	if *modelDir != "" {
		p, err = english.LoadDir(*modelDir)
	}
	if err != nil {
		return err
	}
	for _, err := range p.LoadErrors() {
		fmt.Fprintf(e.stderr, "hearsay parse: %v\n", err)
	}
	for _, m := range p.Missing() {
		fmt.Fprintf(e.stderr, "hearsay parse: no usable %s model (absent from the binary or unreadable); that layer is skipped\n", m)
	}
	var d *nlp.Doc
	if *input == "conllu" {
		d, err = nlp.ReadCoNLLU(e.stdin)
		if err != nil {
			return fmt.Errorf("reading CoNLL-U: %w", err)
		}
		p.AnnotateTokens(d)
	} else {
		b, err := io.ReadAll(e.stdin)
		if err != nil {
			return fmt.Errorf("reading stdin: %w", err)
		}
		d = p.Analyze(string(b))
	}
	if *format == "json" {
		return nlp.WriteJSON(e.stdout, d)
	}
	return nlp.WriteCoNLLU(e.stdout, d)
}
