package claim

import (
	"os"
	"path/filepath"
	"testing"

	"hearsay/claim/polnear"
	"hearsay/internal/cputime"
	"hearsay/nlp"
	"hearsay/nlp/english"
)

// BenchmarkExtract measures claim extraction over PolNeAR dev articles
// segmented in advance; it reports sentences per second, of wall and of
// CPU time.
func BenchmarkExtract(b *testing.B) {
	benchDocs(b, Segment, func(d *nlp.Doc) { Extract(d, nil, "X") })
}

// BenchmarkAttributions measures the learned attribution tagger over
// PolNeAR dev articles analysed in advance by the English pipeline.
func BenchmarkAttributions(b *testing.B) {
	p, err := english.Default()
	if err != nil {
		b.Fatal(err)
	}
	if _, err := BuiltinAttributionModel(); err != nil {
		b.Fatal(err)
	}
	benchDocs(b, p.Analyze, func(d *nlp.Doc) { Attributions(d) })
}

// BenchmarkRuleAttributions measures the surface rules alone over
// articles segmented in advance.
func BenchmarkRuleAttributions(b *testing.B) {
	benchDocs(b, Segment, func(d *nlp.Doc) { RuleAttributions(d) })
}

func benchDocs(b *testing.B, analyze func(string) *nlp.Doc, run func(*nlp.Doc)) {
	dir := filepath.Join("..", "..", "shared", "data", "attribution", "polnear", "dev")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("shared data absent: %v", err)
	}
	arts, err := polnear.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	sents, bytes := 0, 0
	var docs []*nlp.Doc
	for _, a := range arts {
		d := analyze(a.Text)
		docs = append(docs, d)
		sents += len(d.Sentences)
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	cpu0 := cputime.Now()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			run(d)
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	if cpu := cputime.Now() - cpu0; cpu > 0 {
		// the figure to compare on a shared machine
		b.ReportMetric(float64(sents)*float64(b.N)/cpu.Seconds(), "sentences/cpu-s")
	}
}
