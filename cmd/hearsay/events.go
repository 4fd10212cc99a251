package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"hearsay"
	"hearsay/sqlite"
)

func init() {
	register(&command{name: "events", summary: "list stored events (table, --json, --csv or --gdelt) with filters", run: runEvents})
}

func runEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "events")
	db := fs.String("db", defaultDB(e), "database `FILE` (default $HEARSAY_DB or ./hearsay.db)")
	asJSON := fs.Bool("json", false, "write JSON Lines")
	asCSV := fs.Bool("csv", false, "write CSV with a header row")
	asGDELT := fs.Bool("gdelt", false, "write GDELT 2.0 event records (61 tab-separated columns, no header)")
	var f hearsay.EventFilter
	fs.StringVar(&f.Actor, "actor", "", "actor code `PREFIX` on either side (USA, SYRMIL)")
	fs.StringVar(&f.Code, "code", "", "CAMEO code `PREFIX`: a root (19) or a code (190)")
	fs.StringVar(&f.PLOVER, "plover", "", "PLOVER event `TYPE` (ASSAULT)")
	pol := fs.String("polarity", "", "asserted, negated, future or hypothetical")
	since := fs.String("since", "", "events on or after `YYYY-MM-DD`")
	until := fs.String("until", "", "events before `YYYY-MM-DD`")
	fs.StringVar(&f.Outlet, "outlet", "", "outlet `NAME`")
	fs.IntVar(&f.Limit, "limit", 0, "at most `N` events (0: all)")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	n := 0
	for _, b := range []bool{*asJSON, *asCSV, *asGDELT} {
		if b {
			n++
		}
	}
	if n > 1 {
		return fmt.Errorf("%w: choose one of --json, --csv, --gdelt", errUsage)
	}
	var err error
	if f.Since, err = flagDay("since", *since); err != nil {
		return err
	}
	if f.Until, err = flagDay("until", *until); err != nil {
		return err
	}
	switch p := hearsay.Polarity(*pol); p {
	case "", hearsay.Asserted, hearsay.Negated, hearsay.Future, hearsay.Hypothetical:
		f.Polarity = p
	default:
		return fmt.Errorf("%w: --polarity %q", errUsage, *pol)
	}
	f.PLOVER = strings.ToUpper(f.PLOVER)
	store, err := sqlite.Open(*db)
	if err != nil {
		return err
	}
	defer store.Close()
	evs, err := store.Events(ctx, f)
	if err != nil {
		return err
	}
	format := "table"
	switch {
	case *asJSON:
		format = "json"
	case *asCSV:
		format = "csv"
	case *asGDELT:
		format = "gdelt"
	}
	urls := map[int64]string{}
	url := func(id int64) string {
		if u, ok := urls[id]; ok {
			return u
		}
		a, err := store.Article(ctx, id)
		if err == nil {
			urls[id] = a.URL
		}
		return a.URL
	}
	return writeEvents(e.stdout, format, evs, url)
}

func flagDay(name, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return t, fmt.Errorf("%w: --%s: %v", errUsage, name, err)
	}
	return t, nil
}

// writeEvents writes events as a table, JSON Lines, CSV or GDELT 2.0
// records; url gives an article's URL for GDELT's SOURCEURL.
func writeEvents(w io.Writer, format string, evs []hearsay.Event, url func(articleID int64) string) error {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	switch format {
	case "json":
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		for _, ev := range evs {
			if err := enc.Encode(ev); err != nil {
				return err
			}
		}
	case "csv":
		cw := csv.NewWriter(bw)
		cw.Write(csvHeader)
		for _, ev := range evs {
			cw.Write(csvRow(ev))
		}
		cw.Flush()
		return cw.Error()
	case "gdelt":
		for _, ev := range evs {
			u := ""
			if url != nil && ev.ArticleID != 0 {
				u = url(ev.ArticleID)
			}
			bw.WriteString(strings.Join(gdeltRow(ev, u), "\t"))
			bw.WriteByte('\n')
		}
	default:
		for _, ev := range evs {
			fmt.Fprintf(bw, "%-10s %-12s %-5s %-12s %-12s %-10s %-12s %s\n", day(ev.Date), actorOr(ev.Source), ev.CAMEO,
				actorOr(ev.Target), ev.PLOVER, ev.Polarity, placeName(ev.Place), trunc(ev.SentSpan.Text, 80))
		}
	}
	return nil
}

func actorOr(a hearsay.Actor) string {
	if a.Code == "" {
		return "-"
	}
	return a.Code
}

func placeName(p *hearsay.Place) string {
	if p == nil {
		return "-"
	}
	return p.Name
}

var csvHeader = []string{"id", "article_id", "sentence", "date", "source", "source_country", "source_text", "cameo", "root",
	"goldstein", "quad_class", "plover", "plover_mode", "polarity", "target", "target_country", "target_text", "trigger",
	"place", "place_country", "lat", "lon", "date_text", "rule", "sentence_text"}

func csvRow(ev hearsay.Event) []string {
	var place, pc, lat, lon string
	if ev.Place != nil {
		place, pc = ev.Place.Name, ev.Place.Country
		lat, lon = ftoa(ev.Place.Lat), ftoa(ev.Place.Lon)
	}
	date := ""
	if !ev.Date.IsZero() {
		date = ev.Date.Format("2006-01-02")
	}
	return []string{itoa64(ev.ID), itoa64(ev.ArticleID), strconv.Itoa(ev.Sentence), date, ev.Source.Code, ev.Source.Country,
		ev.Source.Span.Text, ev.CAMEO, ev.Root, ftoa(ev.Goldstein), strconv.Itoa(ev.QuadClass), ev.PLOVER, ev.Mode,
		string(ev.Polarity), ev.Target.Code, ev.Target.Country, ev.Target.Span.Text, ev.Trigger.Text, place, pc, lat, lon,
		ev.DateText, ev.Rule, ev.SentSpan.Text}
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// gdeltRow lays an event out in the 61 columns of a GDELT 2.0 event record.
// Fields we do not have (ethnic and religious codes, FIPS and ADM codes,
// mention counts, tone) are left empty or zero.
func gdeltRow(ev hearsay.Event, url string) []string {
	d := ev.Date
	if d.IsZero() {
		d = time.Time{}
	}
	sqlDate, monthYear, year, frac := "", "", "", ""
	if !d.IsZero() {
		sqlDate = d.Format("20060102")
		monthYear = d.Format("200601")
		year = d.Format("2006")
		frac = strconv.FormatFloat(float64(d.Year())+float64(int(d.Month())*30+d.Day())/365, 'f', 4, 64)
	}
	actorCols := func(a hearsay.Actor) []string {
		known := ""
		if a.Country == "" && a.Code != "" && len(a.Code) >= 3 {
			known = a.Code[:3]
		}
		types := []string{"", "", ""}
		rest := strings.TrimPrefix(a.Code, a.Country)
		for i := 0; i < 3 && len(rest) >= 3; i++ {
			types[i] = rest[:3]
			rest = rest[3:]
		}
		return []string{a.Code, strings.ToUpper(a.Name), a.Country, known, "", "", "", types[0], types[1], types[2]}
	}
	geo := func(p *hearsay.Place) []string {
		if p == nil {
			return []string{"0", "", "", "", "", "", "", ""}
		}
		return []string{"4", p.Name, "", "", "", ftoa(p.Lat), ftoa(p.Lon), ""}
	}
	base := ev.CAMEO
	if len(base) > 3 {
		base = base[:3]
	}
	root := "0"
	if ev.Sentence == 0 {
		root = "1"
	}
	row := []string{itoa64(ev.ID), sqlDate, monthYear, year, frac}
	row = append(row, actorCols(ev.Source)...)
	row = append(row, actorCols(ev.Target)...)
	row = append(row, root, ev.CAMEO, base, ev.Root, strconv.Itoa(ev.QuadClass), ftoa(ev.Goldstein), "1", "1", "1", "0")
	row = append(row, geo(nil)...) // actor 1 geography: unknown
	row = append(row, geo(nil)...) // actor 2
	row = append(row, geo(ev.Place)...)
	row = append(row, sqlDateTime(d), url)
	return row
}

func sqlDateTime(d time.Time) string {
	if d.IsZero() {
		return ""
	}
	return d.Format("20060102150405")
}
