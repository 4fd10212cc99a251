// Package jsonl reads news articles from JSON Lines: one object per line with
// the fields id, url, outlet, published, title and text (the format of the
// project's news data). A line that is not valid JSON, or has a field of the
// wrong type, is reported with its line number and reading goes on.
package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"hearsay"
	"hearsay/reader/text"
)

// MaxLine is the longest line read; a longer one is skipped with an error.
const MaxLine = 64 << 20

// record is one line. ID may be a string or a number.
type record struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Outlet    string          `json:"outlet"`
	Published string          `json:"published"`
	Title     string          `json:"title"`
	Text      string          `json:"text"`
	Author    string          `json:"author"`
	Language  string          `json:"language"`
}

// Read yields the articles of a JSON Lines stream. origin names the input
// in errors and in each article's Origin (origin + ":line N"). c cleans each
// text of page furniture (nil: a Cleaner without memory). defaultDate is
// used for records without a date.
func Read(ctx context.Context, r io.Reader, origin string, c *text.Cleaner, defaultDate time.Time) iter.Seq2[*hearsay.Article, error] {
	if c == nil {
		c = &text.Cleaner{}
	}
	return func(yield func(*hearsay.Article, error) bool) {
		br := bufio.NewReaderSize(r, 1<<16)
		var buf []byte
		for n := 1; ; n++ {
			if err := ctx.Err(); err != nil {
				yield(nil, &hearsay.InputError{Origin: origin, Where: "line " + strconv.Itoa(n), Err: err})
				return
			}
			line, tooLong, err := readLine(br, buf[:0])
			buf = line
			if err != nil && err != io.EOF {
				// A read error (a truncated gzip, say) cuts the line:
				// report the error, not a JSON error on the stump.
				yield(nil, &hearsay.InputError{Origin: origin, Where: "line " + strconv.Itoa(n), Err: err})
				return
			}
			if len(bytes.TrimSpace(line)) > 0 || tooLong {
				var a *hearsay.Article
				var perr error
				if tooLong {
					perr = fmt.Errorf("line longer than %d MiB", MaxLine>>20)
				} else {
					a, perr = Parse(line, c, defaultDate)
				}
				where := "line " + strconv.Itoa(n)
				if a != nil {
					a.Origin = origin + ":" + where
					if !yield(a, nil) {
						return
					}
				}
				if perr != nil {
					if !yield(nil, &hearsay.InputError{Origin: origin, Where: where, Err: perr}) {
						return
					}
				}
			}
			if err == io.EOF {
				return
			}
		}
	}
}

// readLine reads one line into buf without its newline. When the line is
// longer than MaxLine, the rest is skipped and tooLong is set.
func readLine(br *bufio.Reader, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > MaxLine {
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}

// Parse decodes one JSON line into an article, cleaning its text with c. It
// may return both an article and an error (a record whose date could not be
// read is kept without it).
func Parse(line []byte, c *text.Cleaner, defaultDate time.Time) (*hearsay.Article, error) {
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return nil, fmt.Errorf("field %q: %s where %s was expected", te.Field, te.Value, te.Type)
		}
		return nil, fmt.Errorf("bad JSON: %w", err)
	}
	id, err := recordID(rec.ID)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(rec.Text) == "" {
		return nil, errors.New("no text")
	}
	memKey := rec.Outlet
	if memKey == "" {
		memKey = hostOf(rec.URL)
	}
	res := c.CleanText(rec.Text, memKey, rec.Title)
	clean := res.Text
	if clean == "" {
		// Nothing looked like prose (a one-line item): keep the text
		// as given rather than lose it.
		clean = strings.Join(strings.Fields(rec.Text), " ")
	}
	a := &hearsay.Article{
		Key:       id,
		URL:       rec.URL,
		Outlet:    rec.Outlet,
		Title:     rec.Title,
		Author:    rec.Author,
		Language:  rec.Language,
		Text:      clean,
		Format:    "jsonl",
		Published: defaultDate,
	}
	if a.Title == "" {
		a.Title = res.Title
	}
	if a.Key == "" {
		a.Key = text.Key(clean)
	}
	if rec.Published != "" {
		t, err := text.ParseDate(rec.Published)
		if err != nil {
			return a, fmt.Errorf("field \"published\": %w", err)
		}
		a.Published = t
	}
	return a, nil
}

func recordID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("field \"id\": %w", err)
		}
		return s, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf("field \"id\": %.20s where a string or number was expected", raw)
}

func hostOf(u string) string {
	_, rest, ok := strings.Cut(u, "://")
	if !ok {
		return ""
	}
	host, _, _ := strings.Cut(rest, "/")
	return strings.TrimPrefix(strings.ToLower(host), "www.")
}
