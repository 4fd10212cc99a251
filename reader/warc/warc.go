// Package warc reads WARC files (ISO 28500, versions 1.0 and 1.1), plain or
// gzip-compressed, either one gzip member per record as in Common Crawl
// CC-NEWS files or the whole file in one member. It streams: memory stays
// bounded whatever the file's size.
//
// A corrupt record is reported with its number and byte offset and the reader
// resynchronises on the next "WARC/1." line, so that the records around it
// still come out; a truncated file yields what could be read, then an error.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxRecord is the largest record body kept in memory; a longer one is
// skipped with an error.
const MaxRecord = 64 << 20

// maxHeader bounds a record's header block.
const maxHeader = 1 << 20

// Record is one WARC record.
type Record struct {
	Version string // "WARC/1.0" or "WARC/1.1"
	Number  int    // 1-based position in the file
	Offset  int64  // byte offset of the record: in the file, or for gzip in the decompressed stream
	Header  Header // WARC named fields
	Body    []byte // the record block; valid until the next call to Next
}

// Header holds a record's named fields, keyed in canonical case
// ("Warc-Type" for WARC-Type). Use Get.
type Header map[string]string

// Get returns the field named key, case-insensitively.
func (h Header) Get(key string) string { return h[canonical(key)] }

func canonical(k string) string {
	b := []byte(strings.ToLower(strings.TrimSpace(k)))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '-'
	}
	return string(b)
}

// RecordError is a corrupt or unreadable record. Reading can go on after
// it, unless it wraps io.ErrUnexpectedEOF (the file ends).
type RecordError struct {
	Number int
	Offset int64
	Gzip   bool // Offset is in the compressed file (a bad gzip member)
	// Inflated: Offset is in the decompressed stream of a gzip file.
	Inflated bool
	Err      error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("%s: %v", e.Where(), e.Err)
}

// Where names the record: "record 4 at offset 81920".
func (e *RecordError) Where() string {
	if e.Gzip {
		return fmt.Sprintf("record %d at compressed offset %d", e.Number, e.Offset)
	}
	if e.Inflated {
		return fmt.Sprintf("record %d at uncompressed offset %d", e.Number, e.Offset)
	}
	return fmt.Sprintf("record %d at offset %d", e.Number, e.Offset)
}

func (e *RecordError) Unwrap() error { return e.Err }

// Reader reads records from a WARC stream.
type Reader struct {
	br     *bufio.Reader
	gz     *gzStream // nil for a plain file
	off    int64     // bytes consumed from the (decompressed) stream
	n      int       // records started
	buf    bytes.Buffer
	body   []byte
	resync bool   // skip to the next "WARC/1." line before reading
	line   []byte // a version line already read during resync
	done   bool
}

// NewReader returns a Reader for r, which may be plain or gzip-compressed.
func NewReader(r io.Reader) *Reader {
	raw := bufio.NewReaderSize(r, 1<<16)
	if head, _ := raw.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		gz := &gzStream{src: &countReader{br: raw}}
		return &Reader{br: bufio.NewReaderSize(gz, 1<<16), gz: gz}
	}
	return &Reader{br: raw}
}

// errCorruptGzip marks a read that hit a bad gzip member.
type gzipError struct {
	offset int64
	err    error
}

func (e *gzipError) Error() string {
	return fmt.Sprintf("gzip member at offset %d: %v", e.offset, e.err)
}

// Next returns the next record, io.EOF at the end, or a *RecordError for a
// record that could not be read; call Next again to go on after one.
func (r *Reader) Next() (*Record, error) {
	if r.done {
		return nil, io.EOF
	}
	rec, err := r.next()
	if err == nil || err == io.EOF {
		if err == io.EOF {
			r.done = true
		}
		return rec, err
	}
	var re *RecordError
	if errors.As(err, &re) {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			r.done = true
		} else {
			r.resync = true
		}
		return nil, re
	}
	r.done = true
	return nil, err
}

func (r *Reader) fail(start int64, err error) error {
	var ge *gzipError
	if errors.As(err, &ge) {
		trunc := errors.Is(ge.err, io.ErrUnexpectedEOF)
		e := &RecordError{Number: r.n, Offset: ge.offset, Gzip: true, Err: fmt.Errorf("corrupt gzip: %w", ge.err)}
		if trunc {
			e.Err = fmt.Errorf("truncated gzip: %w", io.ErrUnexpectedEOF)
		}
		return e
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return &RecordError{Number: r.n, Offset: start, Inflated: r.gz != nil, Err: err}
}

// readLine reads one line, without its line ending, at most max bytes (the
// rest of a longer line is skipped).
func (r *Reader) readLine(max int) ([]byte, error) {
	var out []byte
	for {
		chunk, err := r.br.ReadSlice('\n')
		r.off += int64(len(chunk))
		if len(out)+len(chunk) <= max {
			if out == nil && err == nil {
				out = chunk
			} else {
				out = append(out, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			out = bytes.Clone(out)
			continue
		}
		return bytes.TrimRight(out, "\r\n"), err
	}
}

func isVersion(line []byte) bool { return bytes.HasPrefix(line, []byte("WARC/1.")) }

func (r *Reader) next() (*Record, error) {
	// Find the version line: skip blank lines, or on resync anything.
	var line []byte
	start := r.off
	if r.line != nil {
		line, r.line = r.line, nil
	} else {
		for {
			start = r.off
			l, err := r.readLine(4096)
			if err != nil && len(l) == 0 {
				if err == io.EOF {
					return nil, io.EOF
				}
				if r.resync {
					var ge *gzipError
					if errors.As(err, &ge) && !errors.Is(ge.err, io.ErrUnexpectedEOF) {
						continue
					}
				}
				r.n++
				return nil, r.fail(start, err)
			}
			if isVersion(l) {
				line = l
				break
			}
			if len(bytes.TrimSpace(l)) == 0 || r.resync {
				if err == io.EOF {
					return nil, io.EOF
				}
				continue
			}
			r.n++
			return nil, r.fail(start, fmt.Errorf("expected a WARC/1.x header, found %q", truncate(l, 40)))
		}
	}
	r.resync = false
	r.n++
	rec := &Record{Version: string(line), Number: r.n, Offset: start, Header: Header{}}
	// Named fields.
	size := 0
	last := ""
	for {
		l, err := r.readLine(maxHeader)
		if err != nil && (err != io.EOF || len(l) == 0) {
			return nil, r.fail(start, err)
		}
		if len(l) == 0 {
			break
		}
		size += len(l)
		if size > maxHeader {
			return nil, r.fail(start, errors.New("header block too long"))
		}
		if isVersion(l) {
			// A record cut short: the next one begins.
			r.line = bytes.Clone(l)
			return nil, r.fail(start, errors.New("record header cut short by the next record"))
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" {
			rec.Header[last] += " " + strings.TrimSpace(string(l))
			continue
		}
		k, v, ok := bytes.Cut(l, []byte(":"))
		if !ok {
			return nil, r.fail(start, fmt.Errorf("malformed header line %q", truncate(l, 40)))
		}
		last = canonical(string(k))
		rec.Header[last] = strings.TrimSpace(string(v))
	}
	cl := rec.Header.Get("Content-Length")
	length, err := strconv.ParseInt(cl, 10, 64)
	if err != nil || length < 0 {
		return nil, r.fail(start, fmt.Errorf("bad Content-Length %q", truncate([]byte(cl), 40)))
	}
	if length > MaxRecord {
		n, err := r.br.Discard(int(min(length, 1<<62)))
		r.off += int64(n)
		if err != nil {
			return nil, r.fail(start, err)
		}
		return nil, r.fail(start, fmt.Errorf("record of %d bytes skipped (limit %d MiB)", length, MaxRecord>>20))
	}
	// Read into a buffer that grows with what arrives, so that a bogus
	// large length on a short input costs no more than the input.
	r.buf.Reset()
	n64, err := io.CopyN(&r.buf, r.br, length)
	n := int(n64)
	r.off += n64
	r.body = r.buf.Bytes()
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	var ge *gzipError
	if err != nil && errors.As(err, &ge) {
		return nil, r.fail(start, err)
	}
	if err == nil {
		// The block is followed by two line endings; anything else
		// means the Content-Length was wrong.
		err = r.trailer()
	}
	if err != nil {
		// A wrong Content-Length may have swallowed the records that
		// follow: give back what follows the first version line in
		// the block and report this record.
		if p := bytes.Index(r.body[:n], []byte("\nWARC/1.")); p >= 0 {
			back := bytes.Clone(r.body[p+1 : n])
			r.off -= int64(len(back))
			r.br = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(back), r.br), 1<<16)
			return nil, r.fail(start, errors.New("record block does not end where its Content-Length says"))
		}
		return nil, r.fail(start, err)
	}
	rec.Body = r.body
	return rec, nil
}

// trailer consumes the "\r\n\r\n" after a record block. A missing trailer
// followed directly by the next record is tolerated.
func (r *Reader) trailer() error {
	for i := 0; i < 4; i++ {
		b, err := r.br.Peek(1)
		if err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
		if b[0] != '\r' && b[0] != '\n' {
			if p, _ := r.br.Peek(7); isVersion(p) {
				return nil
			}
			return errors.New("record block does not end where its Content-Length says")
		}
		r.br.Discard(1)
		r.off++
	}
	return nil
}

func truncate(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "…"
	}
	return string(b)
}

// countReader counts the bytes consumed from a buffered reader; it reads
// byte by byte for the decompressor, so the count is exact.
type countReader struct {
	br *bufio.Reader
	n  int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.br.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countReader) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

// seekMagic skips to the next gzip member header, returning io.EOF when
// there is none.
func (c *countReader) seekMagic() error {
	for {
		p, _ := c.br.Peek(3)
		if len(p) == 3 && p[0] == 0x1f && p[1] == 0x8b && p[2] == 8 {
			return nil
		}
		if len(p) < 3 {
			c.br.Discard(len(p))
			c.n += int64(len(p))
			return io.EOF
		}
		// No member can start before the next 0x1f byte.
		buf, _ := c.br.Peek(c.br.Buffered())
		skip := len(buf)
		if i := bytes.IndexByte(buf[1:], 0x1f); i >= 0 {
			skip = i + 1
		}
		c.br.Discard(skip)
		c.n += int64(skip)
	}
}

// gzStream decompresses a sequence of gzip members. A bad member is
// reported once as a *gzipError and reading resumes at the next member.
type gzStream struct {
	src   *countReader
	zr    *gzip.Reader
	open  bool
	start int64 // compressed offset of the current member
	eof   bool
}

func (g *gzStream) Read(p []byte) (int, error) {
	for {
		if g.eof {
			return 0, io.EOF
		}
		if !g.open {
			if _, err := g.src.br.Peek(1); err != nil {
				g.eof = true
				return 0, io.EOF
			}
			g.start = g.src.n
			var err error
			if g.zr == nil {
				g.zr, err = gzip.NewReader(g.src)
			} else {
				err = g.zr.Reset(g.src)
			}
			if err != nil {
				return 0, g.bad(err)
			}
			g.zr.Multistream(false)
			g.open = true
		}
		n, err := g.zr.Read(p)
		if err == io.EOF {
			g.open = false
			if n > 0 {
				return n, nil
			}
			continue
		}
		if err != nil {
			return n, g.bad(err)
		}
		return n, nil
	}
}

// bad reports a bad member and positions the source at the next one.
func (g *gzStream) bad(err error) error {
	g.open = false
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	e := &gzipError{offset: g.start, err: err}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		g.eof = true
		return e
	}
	// Look for the next member after the start of this one.
	if g.src.n == g.start {
		g.src.br.Discard(1)
		g.src.n++
	}
	if g.src.seekMagic() != nil {
		g.eof = true
	}
	return e
}
