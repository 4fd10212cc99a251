package nlpeval

import (
	"os"
	"path/filepath"
	"testing"

	"hearsay/nlp/tokenize"
)

// shared returns the path of a file under ../shared/data, skipping the test
// when the shared data is absent.
func shared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return p
}

func TestSegmentationDev(t *testing.T) {
	gumDev, _ := filepath.Glob(filepath.Join(filepath.Dir(shared(t, "ud/gum/dev/GUM_news_iodine.conllu")), "*.conllu"))
	for _, c := range []struct {
		name      string
		paths     []string
		tok, sent float64
	}{
		{"EWT dev", []string{shared(t, "ud/ewt/en_ewt-ud-dev.conllu")}, 97, 75},
		{"GUM dev", gumDev, 97, 80},
	} {
		tb, err := ReadTreebank(c.name, c.paths...)
		if err != nil {
			t.Fatal(err)
		}
		d := tokenize.Doc(tb.Raw)
		tok, sent := tb.Segmentation(d)
		t.Logf("%s: tokens F1 %.2f (P %.3f R %.3f), sentences F1 %.2f (P %.3f R %.3f)", c.name, tok.Score(), tok.Precision(), tok.Recall(), sent.Score(), sent.Precision(), sent.Recall())
		if tok.Score() < c.tok || sent.Score() < c.sent {
			t.Errorf("%s: token F1 %.2f (want ≥ %.0f), sentence F1 %.2f (want ≥ %.0f)", c.name, tok.Score(), c.tok, sent.Score(), c.sent)
		}
		if os.Getenv("NLPEVAL_DUMP") != "" {
			dumpErrors(t, tb, d)
		}
	}
}
