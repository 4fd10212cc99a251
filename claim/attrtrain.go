package claim

import (
	"fmt"
	"io"
	"math/rand/v2"

	"hearsay/claim/polnear"
	"hearsay/nlp"
)

// TrainOptions are the settings of TrainAttributionModel.
type TrainOptions struct {
	Epochs   int     // most passes over the training sentences (default 10)
	Seed     uint64  // shuffling seed; the same seed and data give the same model
	MinCount int     // least occurrences of a feature in training to keep it (default 2)
	Holdout  float64 // share of the articles held back to choose the number of passes (default 0.1; 0 for none)
	Stack    int     // with k > 1, a stacked model: a second stage reads the labels of a first, learned from k-fold first-stage labels of the training articles
	Bag      int     // with k > 1, k perceptrons trained over differently shuffled orders of the same sentences, their weights averaged into one model (as large and as fast as one)
	Log      io.Writer
}

// TrainReport says how a training run went.
type TrainReport struct {
	Articles, Heldout int
	Features          int
	Epochs            int                // passes of the final model
	Curve             []float64          // held-out relation F1 (overlap) after each pass
	Heldscores        AttributionScores  // held-out scores of the chosen pass
	Stacked           *AttributionScores // held-out scores of the stacked model, when one was trained with a hold-out
}

// AttrDoc is an analysed article with its gold attributions, the unit of
// training.
type AttrDoc struct {
	Doc       *nlp.Doc
	Relations []polnear.Relation
	prev      []int // first-stage labels, when training a stacked model's second stage
}

// AnalyzeArticles analyses each article's text with analyze.
func AnalyzeArticles(arts []polnear.Article, analyze func(string) *nlp.Doc) []AttrDoc {
	out := make([]AttrDoc, len(arts))
	for i, a := range arts {
		out[i] = AttrDoc{Doc: analyze(a.Text), Relations: a.Relations}
	}
	return out
}

// goldLabels gives each token of d the BIO label of the annotated span
// holding it. A content is labelled first, so that a source or cue inside
// the hull of a discontinuous content keeps its own label; a span that
// continues from an earlier sentence starts there with a B label.
func goldLabels(d *nlp.Doc, rels []polnear.Relation) []int {
	labels := make([]int, len(d.Tokens))
	role := make([]int, len(d.Tokens))
	id := make([]int, len(d.Tokens))
	mark := func(sp polnear.Span, r, rel int) {
		if sp.End <= sp.Start {
			return
		}
		for i, t := range d.Tokens {
			if t.End <= sp.Start {
				continue
			}
			if t.Start >= sp.End {
				break
			}
			// most of the token inside the span
			in := min(t.End, sp.End) - max(t.Start, sp.Start)
			if 2*in >= t.End-t.Start {
				role[i], id[i] = r, rel
			}
		}
	}
	for k, r := range rels {
		mark(r.Content, 3, k)
	}
	for k, r := range rels {
		mark(r.Source, 1, k)
		mark(r.Cue, 2, k)
	}
	for _, sent := range d.Sentences {
		for i := sent.Start; i < sent.End; i++ {
			r := role[i]
			if r == 0 {
				continue
			}
			l := []int{0, lBS, lBC, lBT}[r]
			if i > sent.Start && role[i-1] == r && id[i-1] == id[i] {
				l++
			}
			labels[i] = l
		}
	}
	return labels
}

// trainer holds the training state of the averaged perceptron.
type trainer struct {
	rows   map[uint64]int32
	w, acc []float32 // weights and the sum of step-weighted updates, for averaging
	tw, ta [nLabels + 1][nLabels]float32
	step   float32
}

type trainSent struct {
	feats  [][]int32 // feature rows per token
	labels []int
}

// sentences turns analysed documents into training sentences, keeping only
// features in t.rows.
func (t *trainer) sentences(docs []AttrDoc) []trainSent {
	var out []trainSent
	var buf []uint64
	for _, ad := range docs {
		s := newScanner(ad.Doc)
		fx := newFeaturizer(s)
		fx.prev = ad.prev
		gold := goldLabels(ad.Doc, ad.Relations)
		for _, sent := range ad.Doc.Sentences {
			if sent.End <= sent.Start {
				continue
			}
			ts := trainSent{labels: gold[sent.Start:sent.End]}
			for i := sent.Start; i < sent.End; i++ {
				buf = fx.features(i, sent.Start, sent.End, buf[:0])
				var rs []int32
				for _, h := range buf {
					if r, ok := t.rows[h]; ok {
						rs = append(rs, r)
					}
				}
				ts.feats = append(ts.feats, rs)
			}
			out = append(out, ts)
		}
	}
	return out
}

func (t *trainer) epoch(sents []trainSent, rng *rand.Rand) {
	order := rng.Perm(len(sents))
	for _, k := range order {
		ts := sents[k]
		scores := make([][nLabels]float32, len(ts.labels))
		for i, rs := range ts.feats {
			for _, r := range rs {
				ws := t.w[int(r)*nLabels : int(r)*nLabels+nLabels]
				for l := range nLabels {
					scores[i][l] += ws[l]
				}
			}
		}
		pred := viterbi(scores, &t.tw)
		t.step++
		same := true
		for i := range pred {
			if pred[i] != ts.labels[i] {
				same = false
				break
			}
		}
		if same {
			continue
		}
		for i := range pred {
			g, p := ts.labels[i], pred[i]
			gp, pp := nLabels, nLabels
			if i > 0 {
				gp, pp = ts.labels[i-1], pred[i-1]
			}
			if g != p {
				for _, r := range ts.feats[i] {
					b := int(r) * nLabels
					t.w[b+g]++
					t.acc[b+g] += t.step
					t.w[b+p]--
					t.acc[b+p] -= t.step
				}
			}
			if g != p || gp != pp {
				t.tw[gp][g]++
				t.ta[gp][g] += t.step
				t.tw[pp][p]--
				t.ta[pp][p] -= t.step
			}
		}
	}
}

// model returns the averaged weights as a model, leaving out rows that
// are all zero.
func (t *trainer) model() *AttributionModel {
	m := &AttributionModel{rows: make(map[uint64]int32, len(t.rows))}
	c := t.step + 1
	for h, r := range t.rows {
		b := int(r) * nLabels
		var row [nLabels]float32
		nz := false
		for l := range nLabels {
			row[l] = t.w[b+l] - t.acc[b+l]/c
			if row[l] > 1e-4 || row[l] < -1e-4 {
				nz = true
			} else {
				row[l] = 0
			}
		}
		if !nz {
			continue
		}
		m.rows[h] = int32(len(m.w) / nLabels)
		m.w = append(m.w, row[:]...)
	}
	for a := range t.tw {
		for l := range nLabels {
			m.trans[a][l] = t.tw[a][l] - t.ta[a][l]/c
		}
	}
	m.index()
	return m
}

// featureRows counts feature hashes over docs and numbers those met at
// least minCount times, in order of first occurrence.
func featureRows(docs []AttrDoc, minCount int) map[uint64]int32 {
	count := map[uint64]int32{}
	var order []uint64
	var buf []uint64
	for _, ad := range docs {
		fx := newFeaturizer(newScanner(ad.Doc))
		fx.prev = ad.prev
		for _, sent := range ad.Doc.Sentences {
			for i := sent.Start; i < sent.End; i++ {
				buf = fx.features(i, sent.Start, sent.End, buf[:0])
				for _, h := range buf {
					if count[h] == 0 {
						order = append(order, h)
					}
					count[h]++
				}
			}
		}
	}
	rows := map[uint64]int32{}
	for _, h := range order {
		if int(count[h]) >= minCount {
			rows[h] = int32(len(rows))
		}
	}
	return rows
}

func newTrainer(docs []AttrDoc, minCount int) *trainer {
	t := &trainer{rows: featureRows(docs, minCount)}
	t.w = make([]float32, len(t.rows)*nLabels)
	t.acc = make([]float32, len(t.rows)*nLabels)
	return t
}

// TrainAttributionModel learns an attribution model from analysed
// documents. With a hold-out share, the articles are split (by the seed),
// the number of passes is chosen by relation F1 (overlap) on the held-out
// part, and the model is then trained again on all articles for that many
// passes.
func TrainAttributionModel(docs []AttrDoc, opt TrainOptions) (*AttributionModel, TrainReport, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	var rep TrainReport
	rep.Articles = len(docs)
	if len(docs) == 0 {
		return nil, rep, fmt.Errorf("train attribution: no articles")
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format, args...)
		}
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	epochs := opt.Epochs
	nHeld := int(float64(len(docs))*opt.Holdout + 0.5)
	var tr, held []AttrDoc
	if opt.Holdout > 0 && nHeld > 0 && nHeld < len(docs) {
		perm := rng.Perm(len(docs))
		for k, i := range perm {
			if k < nHeld {
				held = append(held, docs[i])
			} else {
				tr = append(tr, docs[i])
			}
		}
		rep.Heldout = len(held)
		ts, sents := newTrainers(tr, opt.MinCount, opt.Bag)
		best := -1.0
		for e := 1; e <= opt.Epochs; e++ {
			m := bagEpoch(ts, sents, rng)
			sc := ScoreAttributionDocs(held, m.Attributions)
			f := sc.Overlap.Relation.F1
			rep.Curve = append(rep.Curve, f)
			logf("pass %d: held-out relation F1 %.3f (exact %.3f), cue %.3f, source %.3f, content %.3f\n", e, f, sc.Exact.Relation.F1, sc.Overlap.Cue.F1, sc.Overlap.Source.F1, sc.Overlap.Content.F1)
			if f > best {
				best, epochs, rep.Heldscores = f, e, sc
			}
		}
	}
	var m *AttributionModel
	if opt.Stack > 1 {
		if rep.Heldout > 0 {
			hm := trainStacked(tr, epochs, opt.MinCount, opt.Stack, rng)
			sc := ScoreAttributionDocs(held, hm.Attributions)
			rep.Stacked = &sc
			logf("stacked (%d folds), %d passes: held-out relation F1 %.3f (exact %.3f), cue %.3f, source %.3f, content %.3f\n", opt.Stack, epochs, sc.Overlap.Relation.F1, sc.Exact.Relation.F1, sc.Overlap.Cue.F1, sc.Overlap.Source.F1, sc.Overlap.Content.F1)
		}
		m = trainStacked(docs, epochs, opt.MinCount, opt.Stack, rng)
		rep.Features = len(m.rows) + len(m.first.rows)
	} else {
		ts, sents := newTrainers(docs, opt.MinCount, opt.Bag)
		for e := 1; e < epochs; e++ {
			for _, t := range ts {
				t.epoch(sents, rng)
			}
		}
		m = bagEpoch(ts, sents, rng)
		rep.Features = len(m.rows)
	}
	rep.Epochs = epochs
	logf("final: %d passes over %d articles, %d feature rows\n", epochs, len(docs), rep.Features)
	return m, rep, nil
}

// newTrainers returns k (at least one) trainers over the same feature
// rows of docs, and the training sentences they share.
func newTrainers(docs []AttrDoc, minCount, k int) ([]*trainer, []trainSent) {
	t := newTrainer(docs, minCount)
	ts := []*trainer{t}
	for len(ts) < k {
		u := &trainer{rows: t.rows, w: make([]float32, len(t.w)), acc: make([]float32, len(t.acc))}
		ts = append(ts, u)
	}
	return ts, t.sentences(docs)
}

// bagEpoch runs one pass of every trainer, each over its own order of
// the sentences, and returns their averaged model.
func bagEpoch(ts []*trainer, sents []trainSent, rng *rand.Rand) *AttributionModel {
	for _, t := range ts {
		t.epoch(sents, rng)
	}
	if len(ts) == 1 {
		return ts[0].model()
	}
	return averageModels(ts)
}

// averageModels returns the mean of the trainers' averaged weights, which
// share their feature rows.
func averageModels(ts []*trainer) *AttributionModel {
	sum := &trainer{rows: ts[0].rows, w: make([]float32, len(ts[0].w)), acc: make([]float32, len(ts[0].acc))}
	k := float32(len(ts))
	for _, t := range ts {
		c := t.step + 1
		for i := range t.w {
			sum.w[i] += (t.w[i] - t.acc[i]/c) / k
		}
		for a := range t.tw {
			for l := range nLabels {
				sum.tw[a][l] += (t.tw[a][l] - t.ta[a][l]/c) / k
			}
		}
	}
	// sum holds averaged weights already: no step-weighted part to subtract
	return sum.model()
}

// trainStage trains one stage on docs for the given number of passes.
func trainStage(docs []AttrDoc, epochs, minCount int, rng *rand.Rand) *AttributionModel {
	t := newTrainer(docs, minCount)
	sents := t.sentences(docs)
	for e := 1; e <= epochs; e++ {
		t.epoch(sents, rng)
	}
	return t.model()
}

// trainStacked trains a two-stage model: the first stage on all docs; the
// second on docs whose first-stage labels come from models trained on the
// other folds, as at run time they come from a model that has not seen
// the text.
func trainStacked(docs []AttrDoc, epochs, minCount, folds int, rng *rand.Rand) *AttributionModel {
	second := make([]AttrDoc, len(docs))
	copy(second, docs)
	for f := range folds {
		var tr []AttrDoc
		for i := range docs {
			if i%folds != f {
				tr = append(tr, docs[i])
			}
		}
		fm := trainStage(tr, epochs, minCount, rng)
		for i := f; i < len(docs); i += folds {
			second[i].prev = fm.labels(newScanner(docs[i].Doc))
		}
	}
	m := trainStage(second, epochs, minCount, rng)
	m.first = trainStage(docs, epochs, minCount, rng)
	return m
}
