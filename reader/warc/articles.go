package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net/http"
	"strings"
	"time"

	"hearsay"
	"hearsay/reader/html"
	"hearsay/reader/text"
)

// Read yields the articles in the HTML response (and resource) records of a
// WARC stream, extracted with reader/html and cleaned with c. Records of
// other types or with other content types are skipped; a page without an
// article, a corrupt record, or a truncated file is an InputError naming
// the record and offset. origin names the input.
func Read(ctx context.Context, r io.Reader, origin string, c *text.Cleaner) iter.Seq2[*hearsay.Article, error] {
	return func(yield func(*hearsay.Article, error) bool) {
		wr := NewReader(r)
		for {
			if err := ctx.Err(); err != nil {
				yield(nil, &hearsay.InputError{Origin: origin, Err: err})
				return
			}
			rec, err := wr.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				var re *RecordError
				if errors.As(err, &re) {
					if !yield(nil, &hearsay.InputError{Origin: origin, Where: re.Where(), Err: re.Err}) {
						return
					}
					continue
				}
				yield(nil, &hearsay.InputError{Origin: origin, Err: err})
				return
			}
			a, err := Article(rec, c)
			if a == nil && err == nil {
				continue
			}
			where := fmt.Sprintf("record %d at offset %d", rec.Number, rec.Offset)
			if wr.gz != nil {
				where = fmt.Sprintf("record %d at uncompressed offset %d", rec.Number, rec.Offset)
			}
			if err != nil {
				if !yield(nil, &hearsay.InputError{Origin: origin, Where: where, Err: err}) {
					return
				}
				continue
			}
			a.Origin = fmt.Sprintf("%s#record %d", origin, rec.Number)
			if !yield(a, nil) {
				return
			}
		}
	}
}

// MaxPage bounds a decompressed HTTP body.
const MaxPage = 32 << 20

// Article extracts the article in a record. It returns nil, nil for a
// record that does not hold an HTML page (request, metadata, images...).
func Article(rec *Record, c *text.Cleaner) (*hearsay.Article, error) {
	var body []byte
	var ctype string
	switch strings.ToLower(rec.Header.Get("WARC-Type")) {
	case "response":
		ct := strings.ToLower(rec.Header.Get("Content-Type"))
		if !strings.HasPrefix(ct, "application/http") {
			return nil, nil
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Body)), nil)
		if err != nil {
			return nil, fmt.Errorf("bad HTTP response: %w", err)
		}
		defer resp.Body.Close()
		if resp.StatusCode < 200 || resp.StatusCode > 299 {
			return nil, nil
		}
		ctype = resp.Header.Get("Content-Type")
		if !isHTML(ctype) {
			return nil, nil
		}
		var rd io.Reader = resp.Body
		switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
		case "gzip", "x-gzip":
			zr, err := gzip.NewReader(rd)
			if err != nil {
				return nil, fmt.Errorf("HTTP body: %w", err)
			}
			rd = zr
		case "deflate":
			rd = flate.NewReader(rd)
		case "", "identity":
		default:
			return nil, fmt.Errorf("unsupported Content-Encoding %q", resp.Header.Get("Content-Encoding"))
		}
		body, err = io.ReadAll(io.LimitReader(rd, MaxPage+1))
		if err != nil && len(body) == 0 {
			return nil, fmt.Errorf("HTTP body: %w", err)
		}
		if len(body) > MaxPage {
			return nil, fmt.Errorf("page larger than %d MiB", MaxPage>>20)
		}
	case "resource":
		ctype = rec.Header.Get("Content-Type")
		if !isHTML(ctype) {
			return nil, nil
		}
		body = rec.Body
	default:
		return nil, nil
	}
	uri := strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>")
	a, err := html.Extract(body, ctype, uri, c)
	if err != nil {
		return nil, err
	}
	a.Key = rec.Header.Get("WARC-Record-ID")
	if a.Key == "" {
		a.Key = text.Key(a.Text)
	}
	a.Format = "warc"
	if a.URL == "" {
		a.URL = uri
	}
	return a, nil
}

// isHTML reports whether a Content-Type is HTML (or absent, then the page
// decides).
func isHTML(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// Date returns a record's WARC-Date, zero when absent or malformed.
func (r *Record) Date() time.Time {
	t, _ := time.Parse(time.RFC3339, r.Header.Get("WARC-Date"))
	return t
}
