package claim

import (
	"bytes"
	"strings"
	"testing"

	"hearsay/claim/polnear"
	"hearsay/nlp/english"
)

func tinyDocs(t testing.TB) []AttrDoc {
	t.Helper()
	arts, err := polnear.ReadDir("testdata/polnear-tiny")
	if err != nil {
		t.Fatal(err)
	}
	return AnalyzeArticles(arts, Segment)
}

func trainTiny(t testing.TB, seed uint64, stack int) *AttributionModel {
	t.Helper()
	m, rep, err := TrainAttributionModel(tinyDocs(t), TrainOptions{Epochs: 10, Seed: seed, MinCount: 1, Stack: stack})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Epochs != 10 || rep.Features == 0 {
		t.Fatalf("report %+v", rep)
	}
	return m
}

// TestTrainTiny trains on a tiny BRAT sample, with one stage and
// stacked, and checks that the model learns it, survives a write and a
// read, and is the same for a seed.
func TestTrainTiny(t *testing.T) {
	for _, stack := range []int{0, 3} {
		docs := tinyDocs(t)
		m := trainTiny(t, 7, stack)
		if (m.first != nil) != (stack > 1) {
			t.Fatalf("stack %d: first stage %v", stack, m.first != nil)
		}
		sc := ScoreAttributionDocs(docs, m.Attributions)
		if sc.Overlap.Relation.F1 < 0.9 || sc.Exact.Cue.F1 < 0.9 {
			t.Errorf("stack %d: training sample not learned: relation F1 %.3f, exact cue F1 %.3f", stack, sc.Overlap.Relation.F1, sc.Exact.Cue.F1)
		}

		var a, b bytes.Buffer
		if _, err := m.WriteTo(&a); err != nil {
			t.Fatal(err)
		}
		if _, err := trainTiny(t, 7, stack).WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("stack %d: two trainings with the same seed wrote different models", stack)
		}
		m2, err := ReadAttributionModel(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if m2.Header.Name != "attribution" || (m2.first != nil) != (stack > 1) {
			t.Errorf("stack %d: read back header %+v, first stage %v", stack, m2.Header, m2.first != nil)
		}
		sc2 := ScoreAttributionDocs(docs, m2.Attributions)
		if sc2.Overlap.Relation != sc.Overlap.Relation {
			t.Errorf("stack %d: scores after reading back %+v, before %+v", stack, sc2.Overlap.Relation, sc.Overlap.Relation)
		}

		// unseen text in the same shape
		text := "The minister said the port would close in June. Weather was mild."
		got := m.Attributions(Segment(text))
		if len(got) != 1 || got[0].Cue.Text != "said" || got[0].Source.Text != "The minister" || !strings.HasPrefix(got[0].Content.Text, "the port would close") {
			t.Errorf("stack %d: unseen sentence: %+v", stack, got)
		}
	}
}

func TestGoldLabels(t *testing.T) {
	text := "“We won,” she said, “and we will win again.”"
	d := Segment(text)
	cue := strings.Index(text, "said")
	src := strings.Index(text, "she")
	rel := polnear.Relation{
		Source:  polnear.Span{Start: src, End: src + 3},
		Cue:     polnear.Span{Start: cue, End: cue + 4},
		Content: polnear.Span{Start: 0, End: len(text)}, // the hull of a discontinuous content
	}
	labels := goldLabels(d, []polnear.Relation{rel})
	var b strings.Builder
	for i, tk := range d.Tokens {
		b.WriteString(tk.Form + "/" + [...]string{"O", "BS", "IS", "BC", "IC", "BT", "IT"}[labels[i]] + " ")
	}
	want := "“/BT We/IT won/IT ,/IT ”/IT she/BS said/BC ,/BT “/IT and/IT we/IT will/IT win/IT again/IT ./IT ”/IT "
	if b.String() != want {
		t.Errorf("labels\n got %s\nwant %s", b.String(), want)
	}
	as := newScanner(d).assemble(labels)
	if len(as) != 1 || as[0].Content.Start != 0 || as[0].Content.End != len(text) || as[0].Source.Text != "she" {
		t.Errorf("assembled %+v", as)
	}
}

func TestBuiltinAttributionModel(t *testing.T) {
	m, err := BuiltinAttributionModel()
	if err != nil {
		t.Fatalf("embedded model does not load: %v", err)
	}
	if m.Header.Name != "attribution" || len(m.rows) == 0 || m.Header.Scores["dev_relation_f1_overlap"] == 0 {
		t.Errorf("embedded model header %+v, %d rows", m.Header, len(m.rows))
	}
	text := `"We told them," the official said. According to AFP, the strikes began.`
	got := Attributions(Segment(text))
	if len(got) == 0 {
		t.Fatalf("no attributions in %q", text)
	}
	for _, a := range got {
		checkSpan(t, text, a.Cue)
		checkSpan(t, text, a.Content)
		checkSpan(t, text, a.Source)
	}
}

// TestAttributionsPolNeARDev checks the embedded model's figure on
// PolNeAR dev with the English pipeline (docs/ACCURACY.md).
func TestAttributionsPolNeARDev(t *testing.T) {
	dir := sharedPath(t, "data", "attribution", "polnear", "dev")
	arts, err := polnear.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	p, err := english.Default()
	if err != nil {
		t.Fatal(err)
	}
	sc := ScoreAttributions(arts, p.Analyze)
	t.Logf("relation F1 overlap %.3f exact %.3f", sc.Overlap.Relation.F1, sc.Exact.Relation.F1)
	if sc.Overlap.Relation.F1 < 0.50 {
		t.Errorf("PolNeAR dev relation F1 (overlap) %.3f, want >= 0.50", sc.Overlap.Relation.F1)
	}
}

func FuzzReadAttributionModel(f *testing.F) {
	var buf bytes.Buffer
	if _, err := trainTiny(f, 1, 2).WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(buf.Bytes()[:len(buf.Bytes())/2])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := ReadAttributionModel(bytes.NewReader(b))
		if err != nil {
			return
		}
		text := "The mayor said the bridge would reopen. “Yes,” she said."
		for _, a := range m.Attributions(Segment(text)) {
			checkSpan(t, text, a.Cue)
			checkSpan(t, text, a.Content)
			checkSpan(t, text, a.Source)
		}
	})
}

// TestTrainBag trains with the weights of three shuffles averaged and
// checks that the model learns the sample, is the same for a seed, and
// has the rows of one model.
func TestTrainBag(t *testing.T) {
	docs := tinyDocs(t)
	train := func() (*AttributionModel, TrainReport) {
		m, rep, err := TrainAttributionModel(docs, TrainOptions{Epochs: 10, Seed: 3, MinCount: 1, Bag: 3})
		if err != nil {
			t.Fatal(err)
		}
		return m, rep
	}
	m, rep := train()
	if sc := ScoreAttributionDocs(docs, m.Attributions); sc.Overlap.Relation.F1 < 0.9 {
		t.Errorf("training sample not learned: relation F1 %.3f", sc.Overlap.Relation.F1)
	}
	if n := len(featureRows(docs, 1)); rep.Features > n {
		t.Errorf("%d feature rows, more than the %d features of the data", rep.Features, n)
	}
	var a, b bytes.Buffer
	if _, err := m.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	m2, _ := train()
	if _, err := m2.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seed wrote different models")
	}
}

// FuzzAttributionsParsed runs the learned tagger and its assembly, which
// read the parse, on text analysed by the English pipeline.
func FuzzAttributionsParsed(f *testing.F) {
	p, err := english.Default()
	if err != nil {
		f.Skip(err)
	}
	for _, s := range []string{
		`"We will win," he said. "They will lose."`,
		"“Does anybody know?” Graham asked. “Neither do I.”\n\n“It is a shame.” ― Sonya Herridge",
		"He was accused of lying. Clinton was endorsed by the paper. Trump attacked her, saying she was wrong.",
		"The museum, Mr. Obama said, would make visitors face the truth, focusing on the past.",
		`"It is over," she said after reading the plan. "We will win." Others said the plan will fail.`,
	} {
		f.Add(s)
	}
	m, err := BuiltinAttributionModel()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		for _, a := range m.Attributions(p.Analyze(text)) {
			checkSpan(t, text, a.Cue)
			checkSpan(t, text, a.Content)
			checkSpan(t, text, a.Source)
		}
	})
}
