package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hearsay"
	"hearsay/event"
	"hearsay/nlp"
	"hearsay/sqlite"
)

var testEvents = []hearsay.Event{{
	ID: 7, ArticleID: 3, Sentence: 0,
	SentSpan: hearsay.Span{Text: "Syrian warplanes raided IS sites in Deir Ez-Zor."},
	Source:   hearsay.Actor{Code: "SYRMIL", Country: "SYR", Sector: "MIL", Span: hearsay.Span{Text: "Syrian warplanes"}},
	Target:   hearsay.Actor{Code: "IMGMUSISI", Name: "Islamic State", Span: hearsay.Span{Text: "IS"}},
	Trigger:  hearsay.Span{Text: "raided"}, CAMEO: "195", Root: "19", Goldstein: -10, QuadClass: 4,
	PLOVER: "ASSAULT", Mode: "aerial", Polarity: hearsay.Asserted,
	Date:  time.Date(2014, 8, 26, 0, 0, 0, 0, time.UTC),
	Place: &hearsay.Place{Name: "Deir ez-Zor", Country: "SYR", Lat: 35.33, Lon: 40.14},
	Rule:  "verb \"raid\" → 190",
}}

func TestWriteEventsGDELT(t *testing.T) {
	var b bytes.Buffer
	if err := writeEvents(&b, "gdelt", testEvents, func(int64) string { return "https://x.example/a" }); err != nil {
		t.Fatal(err)
	}
	cols := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\t")
	if len(cols) != 61 {
		t.Fatalf("%d columns, want 61", len(cols))
	}
	checks := map[int]string{0: "7", 1: "20140826", 2: "201408", 3: "2014", 5: "SYRMIL", 7: "SYR", 12: "MIL",
		15: "IMGMUSISI", 18: "IMG", 25: "1", 26: "195", 27: "195", 28: "19", 29: "4", 30: "-10",
		51: "4", 52: "Deir ez-Zor", 56: "35.33", 57: "40.14", 60: "https://x.example/a"}
	for i, want := range checks {
		if cols[i] != want {
			t.Errorf("column %d = %q, want %q", i, cols[i], want)
		}
	}
}

func TestWriteEventsCSVAndJSON(t *testing.T) {
	var b bytes.Buffer
	if err := writeEvents(&b, "csv", testEvents, nil); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(rows) != 2 || len(rows[0]) != len(rows[1]) {
		t.Fatalf("csv: %v %v", rows, err)
	}
	rec := map[string]string{}
	for i, h := range rows[0] {
		rec[h] = rows[1][i]
	}
	if rec["source"] != "SYRMIL" || rec["plover"] != "ASSAULT" || rec["date"] != "2014-08-26" || rec["place"] != "Deir ez-Zor" {
		t.Errorf("csv record: %v", rec)
	}
	b.Reset()
	if err := writeEvents(&b, "json", testEvents, nil); err != nil {
		t.Fatal(err)
	}
	var ev hearsay.Event
	if err := json.Unmarshal(b.Bytes(), &ev); err != nil || ev.CAMEO != "195" || ev.Place == nil {
		t.Errorf("json: %+v %v", ev, err)
	}
	b.Reset()
	writeEvents(&b, "table", testEvents, nil)
	if !strings.Contains(b.String(), "SYRMIL") || !strings.Contains(b.String(), "2014-08-26") {
		t.Errorf("table: %q", b.String())
	}
}

func TestDateHeader(t *testing.T) {
	text, d := dateHeader("Date: 2014-08-27\nDamascus warned the US.", time.Time{})
	if d.Format("2006-01-02") != "2014-08-27" || !strings.HasSuffix(text, "Damascus warned the US.") || len(text) != len("Date: 2014-08-27\nDamascus warned the US.") {
		t.Errorf("dateHeader: %q %v", text, d)
	}
	if text, d := dateHeader("No header here.", time.Time{}); !d.IsZero() || text != "No header here." {
		t.Errorf("no header: %q %v", text, d)
	}
}

// fakeAnalyzer parses "Damascus warned the US." by hand, whatever the
// text, so that "hearsay code" is tested apart from the models.
func fakeAnalyzer() (event.Analyzer, error) {
	return func(text string) *nlp.Doc {
		const c = "1\tDamascus\tDamascus\tPROPN\t_\t_\t2\tnsubj\t_\t_\n" +
			"2\twarned\twarn\tVERB\t_\t_\t0\troot\t_\t_\n" +
			"3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n" +
			"4\tUS\tUS\tPROPN\t_\t_\t2\tobj\t_\t_\n" +
			"5\tyesterday\tyesterday\tADV\t_\t_\t2\tadvmod\t_\t_\n\n"
		d, err := nlp.ReadCoNLLU(strings.NewReader(c))
		if err != nil {
			panic(err)
		}
		return d
	}, nil
}

func TestCodeCommand(t *testing.T) {
	saved := codeAnalyzer
	codeAnalyzer = fakeAnalyzer
	defer func() { codeAnalyzer = saved }()
	tests := []struct {
		name, in string
		args     []string
		id, date string
	}{
		{"json lines", `{"id":"a1","published":"2014-08-27T10:00:00Z","text":"Damascus warned the US yesterday"}` + "\n", nil, "a1", "2014-08-26"},
		{"text with --date", "Damascus warned the US yesterday", []string{"--date", "2014-09-24"}, "", "2014-09-23"},
		{"text with a date header", "Date: 2014-09-24\nDamascus warned the US yesterday", nil, "", "2014-09-23"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(tt.in), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
		if err := runCode(context.Background(), e, tt.args); err != nil {
			t.Fatalf("%s: %v (%s)", tt.name, err, errb.String())
		}
		var got struct {
			ID     string `json:"id"`
			CAMEO  string `json:"cameo"`
			Date   string `json:"date"`
			Source struct {
				Code string `json:"code"`
			} `json:"source"`
		}
		if err := json.Unmarshal(out.Bytes(), &got); err != nil {
			t.Fatalf("%s: %v: %q", tt.name, err, out.String())
		}
		if got.ID != tt.id || got.CAMEO != "130" || got.Source.Code != "SYRGOV" || !strings.HasPrefix(got.Date, tt.date) {
			t.Errorf("%s: %+v", tt.name, got)
		}
	}
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader("{not json}\n"), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	if err := runCode(context.Background(), e, nil); err == nil || !strings.Contains(errb.String(), "line 1") {
		t.Errorf("bad record: err %v, stderr %q", err, errb.String())
	}
}

func TestEventsCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	store, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	ev := testEvents[0]
	ev.ID, ev.ArticleID = 0, 0
	other := ev
	other.CAMEO, other.Root, other.PLOVER, other.Source.Code, other.Source.Country = "040", "04", "CONSULT", "USA", "USA"
	doc := hearsay.Document{
		Article:  hearsay.Article{Key: "k1", URL: "https://x.example/a", Outlet: "X", Text: "t", Published: time.Date(2014, 8, 27, 0, 0, 0, 0, time.UTC)},
		Analysis: &hearsay.Analysis{Events: []hearsay.Event{ev, other}},
	}
	if err := store.Put(context.Background(), []hearsay.Document{doc}); err != nil {
		t.Fatal(err)
	}
	store.Close()
	run := func(args ...string) string {
		var out, errb bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
		if err := runEvents(context.Background(), e, append([]string{"--db", db}, args...)); err != nil {
			t.Fatalf("events %v: %v %s", args, err, errb.String())
		}
		return out.String()
	}
	if got := run("--code", "19", "--gdelt"); strings.Count(got, "\n") != 1 || !strings.Contains(got, "https://x.example/a") || len(strings.Split(strings.TrimSpace(got), "\t")) != 61 {
		t.Errorf("--code 19 --gdelt: %q", got)
	}
	if got := run("--actor", "USA", "--json"); strings.Count(got, "\n") != 1 || !strings.Contains(got, `"cameo":"040"`) {
		t.Errorf("--actor USA --json: %q", got)
	}
	if got := run("--plover", "assault", "--csv"); strings.Count(got, "\n") != 2 {
		t.Errorf("--plover assault --csv: %q", got)
	}
}
