// Package reader reads news articles from files, folders and URLs, detecting
// each input's kind by its content: plain text, HTML, RSS and Atom feeds,
// WARC (plain or gzip), and JSON Lines. One package per format does the
// parsing (reader/text, reader/html, reader/feed, reader/warc, reader/jsonl);
// this package finds the inputs and dispatches.
package reader

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"hearsay"
	"hearsay/fetch"
	"hearsay/reader/feed"
	"hearsay/reader/html"
	"hearsay/reader/jsonl"
	"hearsay/reader/text"
	"hearsay/reader/warc"
)

// Options controls reading.
type Options struct {
	Follow  bool          // for feeds: fetch each item's page and extract it
	Fetcher *fetch.Client // used for http(s) inputs and Follow; nil means fetch.New(fetch.Options{})
	Date    time.Time     // publication date for articles that carry none (e.g. --date); zero = unknown

	// Memory is the per-outlet line memory of the furniture cleaner; share
	// one across calls to Read to learn an outlet's furniture over a whole
	// run. nil: a fresh Memory for each call to Read.
	Memory *text.Memory
}

// MaxArticleFile is the largest plain-text or HTML file read as one article;
// a longer one is an InputError. JSON Lines and WARC files are streamed and
// have no such limit.
var MaxArticleFile int64 = 32 << 20

// Errors reported, wrapped in a *hearsay.InputError.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file")
	ErrTooLarge = errors.New("file too large")
)

// Read reads every article in input: a file, a folder (recursively, sorted,
// deterministic order), or an http(s) URL. The kind is detected by content,
// not only by extension. Each article is yielded with a nil error; each
// problem as a nil article and a *hearsay.InputError (file, record/line/
// offset, reason), after which reading goes on with the next record or file.
// Read never panics on any input. ctx cancels.
func Read(ctx context.Context, input string, opt Options) iter.Seq2[*hearsay.Article, error] {
	return func(yield func(*hearsay.Article, error) bool) {
		r := &run{ctx: ctx, opt: opt, yield: yield}
		if r.opt.Memory == nil {
			r.opt.Memory = text.NewMemory()
		}
		r.cleaner = &text.Cleaner{Memory: r.opt.Memory}
		r.input(input)
	}
}

// run is the state of one call to Read.
type run struct {
	ctx     context.Context
	opt     Options
	cleaner *text.Cleaner
	yield   func(*hearsay.Article, error) bool
	stopped bool // the consumer stopped the iteration
	inYield bool // control is in the consumer's loop body

	gzipDepth int // gzip layers being read
}

// emit passes one result on; it reports false once the consumer has stopped.
func (r *run) emit(a *hearsay.Article, err error) bool {
	if r.stopped {
		return false
	}
	if a != nil && a.Published.IsZero() && !r.opt.Date.IsZero() {
		a.Published = r.opt.Date
	}
	r.inYield = true
	ok := r.yield(a, err)
	r.inYield = false
	if !ok {
		r.stopped = true
	}
	return !r.stopped
}

func (r *run) fail(origin, where string, err error) bool {
	var ie *hearsay.InputError
	if errors.As(err, &ie) {
		return r.emit(nil, ie)
	}
	return r.emit(nil, &hearsay.InputError{Origin: origin, Where: where, Err: err})
}

// guard turns a panic while reading one input into an InputError, so that a
// bug in a parser costs one file, not the run.
func (r *run) guard(origin string) {
	if p := recover(); p != nil {
		if r.stopped || r.inYield {
			panic(p) // the consumer's own panic: not ours to swallow
		}
		r.fail(origin, "", fmt.Errorf("internal error reading input: %v\n%s", p, debug.Stack()))
	}
}

func (r *run) input(input string) {
	if isURL(input) {
		r.url(input)
		return
	}
	fi, err := os.Stat(input)
	if err != nil {
		r.fail(input, "", err)
		return
	}
	if !fi.IsDir() {
		r.file(input)
		return
	}
	// WalkDir visits entries in lexical order: deterministic.
	err = filepath.WalkDir(input, func(path string, d fs.DirEntry, err error) error {
		if r.stopped {
			return fs.SkipAll
		}
		if err := r.ctx.Err(); err != nil {
			r.fail(path, "", err)
			return fs.SkipAll
		}
		if err != nil {
			r.fail(path, "", err)
			return nil
		}
		if path != input && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.Type().IsRegular():
			r.file(path)
		case d.Type()&fs.ModeSymlink != 0:
			// Follow links to files (not to folders: no cycles).
			if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() {
				r.file(path)
			}
		}
		return nil
	})
	if err != nil {
		r.fail(input, "", err)
	}
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// file reads one file.
func (r *run) file(path string) {
	defer r.guard(path)
	f, err := os.Open(path)
	if err != nil {
		r.fail(path, "", err)
		return
	}
	defer f.Close()
	var size int64 = -1
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	r.stream(f, path, size)
}

// stream reads one input stream of the given size (-1: unknown).
func (r *run) stream(in io.Reader, origin string, size int64) {
	br := bufio.NewReaderSize(in, 1<<16)
	head, _ := br.Peek(4 * SniffLen)
	kind := Detect(head, origin)
	switch kind {
	case Empty:
		r.fail(origin, "", ErrEmpty)
	case Binary:
		r.fail(origin, "", ErrBinary)
	case Gzip:
		if gzipHolds(head) == WARC {
			r.warc(br, origin)
			return
		}
		r.gzip(br, origin)
	case WARC:
		r.warc(br, origin)
	case JSONL:
		for a, err := range jsonl.Read(r.ctx, br, origin, r.cleaner, time.Time{}) {
			if !r.emit(a, err) {
				return
			}
		}
	default:
		r.whole(br, origin, size, kind)
	}
}

// gzipHolds tells the kind of what the gzip stream starting with head
// holds.
func gzipHolds(head []byte) Kind {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return Unknown
	}
	inner := make([]byte, SniffLen)
	n, _ := io.ReadFull(zr, inner)
	return Detect(inner[:n], "")
}

// warc reads a WARC file, plain or gzip.
func (r *run) warc(br *bufio.Reader, origin string) {
	for a, err := range warc.Read(r.ctx, br, origin, r.cleaner) {
		if !r.emit(a, err) {
			return
		}
	}
}

// gzip reads a gzip-compressed input by the kind of what it holds.
func (r *run) gzip(br *bufio.Reader, origin string) {
	if r.gzipDepth >= 2 {
		r.fail(origin, "", errors.New("gzip nested more than twice"))
		return
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		r.fail(origin, "", fmt.Errorf("gzip: %w", err))
		return
	}
	defer zr.Close()
	r.gzipDepth++
	defer func() { r.gzipDepth-- }()
	r.stream(&gzipErrReader{zr}, origin, -1)
}

// gzipErrReader names gzip in the errors of a decompressing reader.
type gzipErrReader struct{ r io.Reader }

func (g *gzipErrReader) Read(p []byte) (int, error) {
	n, err := g.r.Read(p)
	if err != nil && err != io.EOF {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("truncated gzip: %w", err)
		} else {
			err = fmt.Errorf("gzip: %w", err)
		}
	}
	return n, err
}

// whole reads an input that is one document (text, HTML, feed) into memory,
// up to MaxArticleFile.
func (r *run) whole(br *bufio.Reader, origin string, size int64, kind Kind) {
	if size > MaxArticleFile {
		r.fail(origin, "", fmt.Errorf("%w: %d bytes (a %s file is read whole, up to %d MiB)", ErrTooLarge, size, kind, MaxArticleFile>>20))
		return
	}
	body, err := io.ReadAll(io.LimitReader(br, MaxArticleFile+1))
	if int64(len(body)) > MaxArticleFile {
		r.fail(origin, "", fmt.Errorf("%w: more than %d MiB (a %s file is read whole)", ErrTooLarge, MaxArticleFile>>20, kind))
		return
	}
	if err != nil {
		// Keep what could be read, and say what went wrong.
		if !r.fail(origin, "", err) || len(body) == 0 {
			return
		}
	}
	r.document(body, origin, "", kind)
}

// document reads one in-memory document of a known kind. contentType is the
// HTTP Content-Type when it came from the web.
func (r *run) document(body []byte, origin, contentType string, kind Kind) {
	switch kind {
	case Feed:
		if r.opt.Follow && r.opt.Fetcher == nil {
			r.opt.Fetcher = fetch.New(fetch.Options{})
		}
		fo := feed.Options{Follow: r.opt.Follow, Fetcher: r.opt.Fetcher, Cleaner: r.cleaner}
		for a, err := range feed.Read(r.ctx, body, contentType, origin, fo) {
			if !r.emit(a, err) {
				return
			}
		}
	case HTML:
		a, err := html.Extract(body, contentType, pageURL(origin), r.cleaner)
		if err != nil {
			r.fail(origin, "", err)
			return
		}
		a.Key = text.Key(a.Text)
		a.Origin = origin
		r.emit(a, nil)
	default:
		s := decodeText(body)
		a, err := text.Parse(r.cleaner, s, origin, filepath.Dir(origin))
		if err != nil {
			r.fail(origin, "", err)
			return
		}
		r.emit(a, nil)
	}
}

// pageURL returns origin when it is a URL, else "".
func pageURL(origin string) string {
	if isURL(origin) {
		return origin
	}
	return ""
}

// decodeText turns plain-text bytes into valid UTF-8: as is when valid, with
// stray bad bytes dropped when mostly UTF-8, else read as Windows-1252 (a
// superset of the printable ISO-8859-1).
func decodeText(b []byte) string {
	b = trimBOM(b)
	if utf8.Valid(b) {
		return string(b)
	}
	good, bad := 0, 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			bad++
		case n > 1:
			good++
		}
		i += n
	}
	if good > bad {
		return strings.ToValidUTF8(string(b), "")
	}
	s, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "")
	}
	return string(s)
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
		return b[3:]
	}
	return b
}

// url reads an http(s) input.
func (r *run) url(u string) {
	defer r.guard(u)
	c := r.opt.Fetcher
	if c == nil {
		c = fetch.New(fetch.Options{})
		r.opt.Fetcher = c
	}
	resp, err := c.Get(r.ctx, u)
	if err != nil {
		r.fail(u, "", err)
		return
	}
	switch kind := Detect(resp.Body, u); kind {
	case HTML, Feed, Text:
		r.document(resp.Body, u, resp.ContentType(), kind)
	default:
		r.stream(bytes.NewReader(resp.Body), u, int64(len(resp.Body)))
	}
}
