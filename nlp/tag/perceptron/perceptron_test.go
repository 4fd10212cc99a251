package perceptron

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// trainToy learns to tell apart three classes, each marked by its own
// feature plus a shared noise feature.
func trainToy(t testing.TB) *Model {
	tr := NewTrainer(3)
	shared := HashString("shared")
	scores := make([]float32, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for c := 0; c < 3; c++ {
			feats := []uint64{Hash(1, uint64(c)), shared}
			clear(scores)
			tr.Score(feats, scores)
			guess := 0
			for i, s := range scores {
				if s > scores[guess] {
					guess = i
				}
			}
			tr.Update(feats, c, guess)
			tr.Tick()
		}
	}
	return tr.Model(0)
}

func argmax(s []float32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
}

func TestLearnsSeparableClasses(t *testing.T) {
	m := trainToy(t)
	for c := 0; c < 3; c++ {
		scores := make([]float32, 3)
		m.Score([]uint64{Hash(1, uint64(c)), HashString("shared"), HashString("unseen")}, scores)
		if got := argmax(scores); got != c {
			t.Errorf("class %d predicted as %d (scores %v)", c, got, scores)
		}
	}
}

func TestWriteRead(t *testing.T) {
	m := trainToy(t)
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Read(bufio.NewReader(&buf))
	if err != nil {
		t.Fatal(err)
	}
	if m2.Classes() != m.Classes() || m2.Features() != m.Features() || m2.Weights() != m.Weights() {
		t.Fatalf("read %d/%d/%d classes/features/weights, wrote %d/%d/%d",
			m2.Classes(), m2.Features(), m2.Weights(), m.Classes(), m.Features(), m.Weights())
	}
	for c := 0; c < 3; c++ {
		a, b := make([]float32, 3), make([]float32, 3)
		f := []uint64{Hash(1, uint64(c)), HashString("shared")}
		m.Score(f, a)
		m2.Score(f, b)
		for i := range a {
			if a[i] != b[i] {
				t.Errorf("class %d score %d: %v before, %v after", c, i, a[i], b[i])
			}
		}
	}
}

func TestReadRejects(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("HSPC"), []byte("XXXXX"), []byte("HSPC1\x03\x02\x05")} {
		if _, err := Read(bufio.NewReader(bytes.NewReader(data))); err == nil {
			t.Errorf("Read(%q) succeeded", data)
		}
	}
}

func TestHashSpreads(t *testing.T) {
	seen := map[uint64]bool{}
	for a := uint64(0); a < 100; a++ {
		for b := uint64(0); b < 100; b++ {
			seen[Hash(a, b)] = true
		}
	}
	if len(seen) != 10000 {
		t.Errorf("%d distinct hashes of 10000 pairs", len(seen))
	}
	if HashString("a") == HashString("b") || HashString("") == HashString("a") {
		t.Error("HashString collides on tiny strings")
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	trainToy(f).WriteTo(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("HSPC1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Read(bufio.NewReader(bytes.NewReader(data)))
		if err != nil {
			return
		}
		scores := make([]float32, m.Classes())
		m.Score([]uint64{1, 2, 3, HashString("shared")}, scores)
	})
}

func TestCompact(t *testing.T) {
	var rows rowBuilder
	rows.add(1, 0, 0.3)
	rows.add(1, 1, -2.6)
	rows.add(2, 0, 0.1) // pruned: feature 2 disappears
	rows.add(3, 2, 1.124)
	m := rows.model(3, 0, true)
	c := m.Compact(0.2, 0.25)
	if c.Features() != 2 || c.Weights() != 3 {
		t.Fatalf("compacted to %d features and %d weights, want 2 and 3", c.Features(), c.Weights())
	}
	tests := []struct {
		feat uint64
		want []float32 // in units of 0.25
	}{
		{1, []float32{1, -10, 0}}, // 0.3 → 0.25, -2.6 → -2.5
		{2, []float32{0, 0, 0}},
		{3, []float32{0, 0, 4}}, // 1.124 → 1.0
	}
	for _, tt := range tests {
		got := make([]float32, 3)
		c.Score([]uint64{tt.feat}, got)
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("feature %d: scores %v, want %v", tt.feat, got, tt.want)
				break
			}
		}
	}
	if c.Unit() != 0.25 {
		t.Errorf("unit %v, want 0.25", c.Unit())
	}
	// weights too large for int16 at the requested step get a coarser unit
	var big rowBuilder
	big.add(1, 0, 20000)
	big.add(1, 1, 1)
	bm := big.model(2, 0.25, false)
	if bm.Unit() <= 0.25 {
		t.Errorf("unit %v for a weight of 20000, want > 0.25", bm.Unit())
	}
}

func TestMix(t *testing.T) {
	var a, b rowBuilder
	a.add(1, 0, 2)
	a.add(1, 2, -1)
	a.add(3, 1, 4) // only in a: halved
	b.add(1, 0, 4)
	b.add(1, 1, 3)
	b.add(2, 2, 8) // only in b: halved
	ma, mb := a.model(3, 0, true), b.model(3, 0, true)
	m, err := Mix(ma, mb)
	if err != nil {
		t.Fatal(err)
	}
	if m.Features() != 3 || m.Weights() != 5 {
		t.Fatalf("mixed model has %d features and %d weights, want 3 and 5", m.Features(), m.Weights())
	}
	m = m.Compact(0, 0.25)
	tests := []struct {
		feat uint64
		want []float32 // averaged weights
	}{
		{1, []float32{3, 1.5, -0.5}},
		{2, []float32{0, 0, 4}},
		{3, []float32{0, 2, 0}},
	}
	for _, tt := range tests {
		got := make([]float32, 3)
		m.Score([]uint64{tt.feat}, got)
		for i := range got {
			if got[i]*m.Unit() != tt.want[i] {
				t.Errorf("feature %d: weights %v (unit %v), want %v", tt.feat, got, m.Unit(), tt.want)
				break
			}
		}
	}
	if _, err := Mix(); err == nil {
		t.Error("Mix() succeeded")
	}
	if _, err := Mix(ma, (&rowBuilder{}).model(2, 0, true)); err == nil {
		t.Error("mixing models of 3 and 2 classes succeeded")
	}
	// mixing a model with itself changes no score
	self, err := Mix(ma, ma)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []uint64{1, 3, 7} {
		x, y := make([]float32, 3), make([]float32, 3)
		ma.Score([]uint64{f}, x)
		self.Score([]uint64{f}, y)
		for i := range x {
			if x[i]*ma.Unit() != y[i]*self.Unit() {
				t.Errorf("feature %d: %v mixed with itself gives %v", f, x, y)
				break
			}
		}
	}
}

// TestCacheScoresAsModel scores random feature sets, many of them absent
// from the model and many colliding in small caches, with a Cache and with
// the Model: the scores must be identical.
func TestCacheScoresAsModel(t *testing.T) {
	const nclass = 7
	tr := NewTrainer(nclass)
	rng := rand.New(rand.NewPCG(5, 6))
	for range 3000 {
		feats := []uint64{Hash(1, rng.Uint64N(400)), Hash(2, rng.Uint64N(50)), 0}
		tr.Update(feats, rng.IntN(nclass), rng.IntN(nclass))
		tr.Tick()
	}
	m := tr.Model(0)
	for _, bits := range []int{0, 4, 8, 14} {
		c := m.NewCache(bits)
		if c.Model() != m {
			t.Fatalf("bits %d: Model() is not the cached model", bits)
		}
		for range 300 {
			feats := make([]uint64, rng.IntN(150))
			for i := range feats {
				switch rng.IntN(4) {
				case 0:
					feats[i] = Hash(3, rng.Uint64N(1000)) // absent
				case 1:
					feats[i] = uint64(rng.IntN(20)) // small keys, 0 included
				default:
					feats[i] = Hash(uint64(1+rng.IntN(2)), rng.Uint64N(400))
				}
			}
			want, got := make([]float32, nclass), make([]float32, nclass)
			m.Score(feats, want)
			c.Score(feats, got)
			if !slices.Equal(got, want) {
				t.Fatalf("bits %d: cache scores %v, model %v", bits, got, want)
			}
		}
	}
}

// TestTrainerScoresAfterUpdates interleaves updates and scoring of features
// that collide in the trainer's cache (keys equal in their low bits), some
// never updated, against a plain map of weights.
func TestTrainerScoresAfterUpdates(t *testing.T) {
	const nclass = 5
	tr := NewTrainer(nclass)
	ref := map[uint64][nclass]int32{}
	rng := rand.New(rand.NewPCG(9, 10))
	key := func() uint64 { return uint64(rng.IntN(8))<<trainerCacheBits | uint64(rng.IntN(3)) }
	for range 5000 {
		feats := make([]uint64, 1+rng.IntN(6))
		for i := range feats {
			feats[i] = key()
		}
		want, got := make([]float32, nclass), make([]float32, nclass)
		for _, f := range feats {
			for c, w := range ref[f] {
				want[c] += float32(w)
			}
		}
		tr.Score(feats, got)
		if !slices.Equal(got, want) {
			t.Fatalf("scores %v, want %v", got, want)
		}
		truth, guess := rng.IntN(nclass), rng.IntN(nclass)
		if rng.IntN(2) == 0 {
			tr.Update(feats, truth, guess)
			if truth != guess {
				for _, f := range feats {
					r := ref[f]
					r[truth]++
					r[guess]--
					ref[f] = r
				}
			}
		} else {
			tr.Add(feats, truth, -2)
			for _, f := range feats {
				r := ref[f]
				r[truth] -= 2
				ref[f] = r
			}
		}
		tr.Tick()
	}
}
