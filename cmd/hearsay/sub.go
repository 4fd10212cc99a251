package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// subcommand is one target of a command with targets, such as
// "hearsay eval nlp" or "hearsay train ner".
type subcommand struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// group is a command whose first argument picks a subcommand; each
// subcommand's file adds itself to the group from init.
type group map[string]subcommand

func (g group) add(name, summary string, run func(ctx context.Context, e *env, args []string) error) {
	if _, dup := g[name]; dup {
		panic("hearsay: subcommand registered twice: " + name)
	}
	g[name] = subcommand{summary: summary, run: run}
}

func (g group) names() []string {
	names := make([]string, 0, len(g))
	for n := range g {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// dispatch runs the subcommand named by args[0].
func (g group) dispatch(cmd string) func(ctx context.Context, e *env, args []string) error {
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
			fmt.Fprintf(e.stdout, "usage: hearsay %s <%s> [flags]\n\n", cmd, strings.Join(g.names(), "|"))
			width := 0
			for _, n := range g.names() {
				width = max(width, len(n))
			}
			for _, n := range g.names() {
				fmt.Fprintf(e.stdout, "  %-*s  %s\n", width, n, g[n].summary)
			}
			if len(args) == 0 {
				return fmt.Errorf("%w: missing target", errUsage)
			}
			return nil
		}
		s, ok := g[args[0]]
		if !ok {
			return fmt.Errorf("%w: unknown target %q (have %s)", errUsage, args[0], strings.Join(g.names(), ", "))
		}
		return s.run(ctx, e, args[1:])
	}
}

// evals holds the targets of "hearsay eval"; each evaluation's file adds
// itself with evals.add from init.
var evals = group{}

// trainers holds the targets of "hearsay train".
var trainers = group{}

func init() {
	register(&command{name: "eval", summary: "print accuracy scores on the shared evaluation data", run: evals.dispatch("eval")})
	register(&command{name: "train", summary: "train a model from the shared training data", run: trainers.dispatch("train")})
}
