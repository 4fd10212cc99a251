package claim

import (
	"os"
	"path/filepath"
	"testing"

	"hearsay/claim/polnear"
)

// BenchmarkExtract measures claim extraction over PolNeAR dev articles
// segmented in advance; it reports sentences per second.
func BenchmarkExtract(b *testing.B) {
	benchDocs(b, func(text string) { Extract(Segment(text), nil, "X") })
}

// BenchmarkAttributions measures the PolNeAR-shaped scanner alone.
func BenchmarkAttributions(b *testing.B) {
	benchDocs(b, func(text string) { Attributions(Segment(text)) })
}

func benchDocs(b *testing.B, run func(string)) {
	dir := filepath.Join("..", "..", "shared", "data", "attribution", "polnear", "dev")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("shared data absent: %v", err)
	}
	arts, err := polnear.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	sents, bytes := 0, 0
	for _, a := range arts {
		sents += len(Segment(a.Text).Sentences)
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			run(a.Text)
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
