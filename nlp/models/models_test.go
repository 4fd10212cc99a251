package models

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestHeaderRoundTrip(t *testing.T) {
	h := Header{Name: "tagger", Version: "1.2.0", Trained: "2026-11-22", Data: []string{"ud/gum/train"}, Scores: map[string]float64{"upos_ewt_dev": 95.1}, Seed: 7}
	var buf bytes.Buffer
	zw, err := WriteHeader(&buf, h)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(zw, "payload\nline two\n")
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	got, r, err := ReadHeader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	rest, _ := io.ReadAll(r)
	if got.Name != h.Name || got.Version != h.Version || got.Scores["upos_ewt_dev"] != 95.1 || got.Seed != 7 || string(rest) != "payload\nline two\n" {
		t.Errorf("got %+v and %q", got, rest)
	}
}

func TestReadHeaderErrors(t *testing.T) {
	for _, in := range []string{"", "not gzip", "\x1f\x8b\x08\x00garbage"} {
		if _, _, err := ReadHeader(strings.NewReader(in)); err == nil {
			t.Errorf("ReadHeader(%q): no error", in)
		}
	}
	if _, err := WriteHeader(io.Discard, Header{Name: "x"}); err == nil {
		t.Error("WriteHeader without a version: no error")
	}
}

func TestOpen(t *testing.T) {
	_, err := Open("nonexistent.model")
	if !errors.Is(err, ErrNotExist) || !strings.Contains(err.Error(), "nonexistent.model") {
		t.Errorf("Open of a missing model: %v", err)
	}
	for _, name := range List() {
		h, err := Info(name)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if h.Version == "" || h.Trained == "" || len(h.Data) == 0 {
			t.Errorf("%s: header lacks version, date or data: %+v", name, h)
		}
	}
}

func TestGUMNonCommercial(t *testing.T) {
	for name, want := range map[string]bool{"GUM_fiction_beast.conllu": true, "ud/gum/train/GUM_whow_joke.conllu": true, "GUM_news_iodine.conllu": false, "GUM_bio_byron.conllu": false} {
		if got := GUMNonCommercial(name); got != want {
			t.Errorf("GUMNonCommercial(%q) = %v", name, got)
		}
	}
}
