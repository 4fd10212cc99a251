package corpus

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestDeterministic(t *testing.T) {
	a, b := New(5), New(5)
	for range 20 {
		x, y := a.Article(), b.Article()
		if x.Text() != y.Text() || !bytes.Equal(a.HTML(x), b.HTML(y)) || !bytes.Equal(a.JSONL(x), b.JSONL(y)) {
			t.Fatal("same seed, different output")
		}
	}
	if New(5).Article().Text() == New(6).Article().Text() {
		t.Error("different seeds, same article")
	}
}

func TestShapes(t *testing.T) {
	g := New(1)
	for i := range 50 {
		a := g.Article()
		page := g.HTML(a)
		if len(page) < 30<<10 || len(page) > 84<<10 {
			t.Errorf("page %d: %d bytes, want 30–80 KB", i, len(page))
		}
		if !bytes.Contains(page, []byte(a.URL)) || strings.Contains(a.Title, "%!") {
			t.Errorf("page %d: bad article %q", i, a.Title)
		}
		var m map[string]string
		if err := json.Unmarshal(g.JSONL(a), &m); err != nil || m["id"] != a.ID {
			t.Errorf("line %d: %v %v", i, err, m)
		}
		var w bytes.Buffer
		if err := WARCRecord(&w, a, page, i, false); err != nil || !bytes.HasPrefix(w.Bytes(), []byte("WARC/1.0\r\n")) {
			t.Errorf("record %d: %v", i, err)
		}
	}
}
