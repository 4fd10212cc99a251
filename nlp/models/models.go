// Package models holds hearsay's trained English models, embedded in the
// binary, and the file format they share.
//
// A model file is one gzip stream. Its first line is a JSON Header (name,
// version, when it was trained, from which data, with which scores); the
// rest of the stream is the model's own payload, in whatever form its
// package reads. WriteHeader starts such a file and ReadHeader opens one;
// Open returns an embedded file by name ("tagger.model").
package models

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.model
var files embed.FS

// ErrNotExist is wrapped by Open's error for a model that is not embedded.
var ErrNotExist = fs.ErrNotExist

// Header describes a model file: it is the first line of the file.
type Header struct {
	Name    string             `json:"name"`             // model kind: "tagger", "parser", "ner", "lemma"
	Version string             `json:"version"`          // the model's own version, e.g. "1.2.0"
	Trained string             `json:"trained"`          // when it was trained, RFC 3339 date or time
	Data    []string           `json:"data"`             // training files, relative to ../shared/data
	Scores  map[string]float64 `json:"scores,omitempty"` // scores measured at training time (dev data), by name
	Seed    int64              `json:"seed,omitempty"`   // random seed of the training run
	Notes   string             `json:"notes,omitempty"`  // anything else worth knowing
	Format  int                `json:"format,omitempty"` // payload format version of the model's package
}

// maxHeader is the longest header line ReadHeader accepts.
const maxHeader = 1 << 20

// WriteHeader starts a model file on w: it opens a gzip stream and writes h
// as its first line. The caller writes the payload to the returned writer
// and must Close it to finish the stream (w itself is not closed).
func WriteHeader(w io.Writer, h Header) (*gzip.Writer, error) {
	if h.Name == "" || h.Version == "" {
		return nil, errors.New("models: header needs a name and a version")
	}
	line, err := json.Marshal(h)
	if err != nil {
		return nil, fmt.Errorf("models: encoding header: %w", err)
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	zw.Name = h.Name + ".model"
	if _, err := zw.Write(append(line, '\n')); err != nil {
		return nil, fmt.Errorf("models: writing header: %w", err)
	}
	return zw, nil
}

// ReadHeader opens a model file read from r: it returns the header and a
// reader positioned at the start of the payload.
func ReadHeader(r io.Reader) (Header, io.Reader, error) {
	var h Header
	zr, err := gzip.NewReader(r)
	if err != nil {
		return h, nil, fmt.Errorf("models: not a model file: %w", err)
	}
	br := bufio.NewReaderSize(zr, 64<<10)
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if err == nil {
			break
		}
		if errors.Is(err, bufio.ErrBufferFull) && len(line) < maxHeader {
			continue
		}
		return h, nil, fmt.Errorf("models: reading header: %w", err)
	}
	if err := json.Unmarshal(bytes.TrimSpace(line), &h); err != nil {
		return h, nil, fmt.Errorf("models: bad header: %w", err)
	}
	if h.Name == "" {
		return h, nil, errors.New("models: header without a name")
	}
	return h, br, nil
}

// Open returns the embedded model file name ("lemma.model") as stored:
// header and payload, still compressed; pass it to ReadHeader or to the
// model package's Load. The error wraps ErrNotExist and names the file when
// it is not embedded.
func Open(name string) (io.ReadCloser, error) {
	f, err := files.Open(name)
	if err != nil {
		return nil, fmt.Errorf("models: %s is not embedded in this binary: %w", name, ErrNotExist)
	}
	return f, nil
}

// List returns the names of the embedded model files, sorted.
func List() []string {
	ents, _ := fs.ReadDir(files, ".")
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	sort.Strings(out)
	return out
}

// Size returns the size in bytes of the embedded model file name, or 0
// when it is absent.
func Size(name string) int64 {
	fi, err := fs.Stat(files, name)
	if err != nil {
		return 0
	}
	return fi.Size()
}

// Info returns the header of the embedded model file name.
func Info(name string) (Header, error) {
	f, err := Open(name)
	if err != nil {
		return Header{}, err
	}
	defer f.Close()
	h, _, err := ReadHeader(f)
	if err != nil {
		return h, fmt.Errorf("%s: %w", name, err)
	}
	return h, nil
}

// gumNonCommercial lists the GUM genres whose texts carry a non-commercial
// licence (CC BY-NC-SA; see ud/gum/LICENSE.txt). Reddit documents are
// already left out of the shared data.
var gumNonCommercial = []string{"essay", "fiction", "letter", "podcast", "whow", "reddit"}

// GUMNonCommercial reports whether the GUM file named name
// ("GUM_fiction_beast.conllu", with or without a directory) holds a text
// under a non-commercial licence. hearsay's models are trained without
// these documents so that the binary carries nothing derived from them.
func GUMNonCommercial(name string) bool {
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	genre, _, _ := strings.Cut(strings.TrimPrefix(name, "GUM_"), "_")
	for _, g := range gumNonCommercial {
		if genre == g {
			return true
		}
	}
	return false
}
