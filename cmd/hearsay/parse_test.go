package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"hearsay/nlp"
)

// parseRun runs "hearsay parse" with stdin and returns the exit status,
// stdout and stderr.
func parseRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := run(context.Background(), e, append([]string{"parse"}, args...))
	return code, out.String(), errb.String()
}

func TestParseText(t *testing.T) {
	code, out, errs := parseRun(t, "BEIRUT, Aug. 26 (Reuters) - Syria's minister didn't comment. He left.")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	d, err := nlp.ReadCoNLLU(strings.NewReader(out))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	if len(d.Sentences) != 3 || !strings.Contains(out, "# text = He left.") || !strings.Contains(out, "\tn't\t") {
		t.Errorf("unexpected analysis:\n%s", out)
	}
}

func TestParseJSON(t *testing.T) {
	code, out, errs := parseRun(t, "He went home.", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var v struct {
		Tokens []struct {
			Form       string `json:"form"`
			Start, End int
		} `json:"tokens"`
		Sentences []struct{ Text string } `json:"sentences"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Tokens) != 4 || v.Tokens[3].Form != "." || v.Tokens[3].Start != 12 || len(v.Sentences) != 1 {
		t.Errorf("unexpected JSON: %s", out)
	}
}

func TestParseCoNLLU(t *testing.T) {
	in := "# text = They left\n1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n2\tleft\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tOK\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	code, out, errs := parseRun(t, in, "--input", "conllu")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	d, err := nlp.ReadCoNLLU(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) != 3 || len(d.Sentences) != 2 {
		t.Errorf("tokens or sentences changed:\n%s", out)
	}
	// malformed input: a clear error naming the line, exit status 1
	code, _, errs = parseRun(t, "1\tx\tx\n", "--input", "conllu")
	if code != 1 || !strings.Contains(errs, "line 1") {
		t.Errorf("malformed CoNLL-U: exit %d, stderr %q", code, errs)
	}
	if code, _, _ := parseRun(t, "", "--format", "xml"); code != 2 {
		t.Errorf("bad --format: exit %d, want 2", code)
	}
}
