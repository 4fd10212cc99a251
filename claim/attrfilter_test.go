package claim

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestAttributionFilterRoundTrip(t *testing.T) {
	f := &AttributionFilter{w: make([]float32, 1<<filterBits), bias: -0.25, threshold: 0.15}
	for i := range f.w {
		f.w[i] = float32(i%7) - 3
	}
	var buf bytes.Buffer
	n, err := f.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) {
		t.Errorf("WriteTo reported %d bytes, wrote %d", n, buf.Len())
	}
	g, err := ReadAttributionFilter(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if g.bias != f.bias || g.threshold != f.threshold {
		t.Errorf("bias, threshold = %v, %v; want %v, %v", g.bias, g.threshold, f.bias, f.threshold)
	}
	for i := range f.w {
		if g.w[i] != f.w[i] {
			t.Fatalf("weight %d = %v, want %v", i, g.w[i], f.w[i])
		}
	}
	whole := buf.Bytes()
	bad := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"other magic", append([]byte("HSAF9\n"), whole[len(filterMagic):]...)},
		{"header cut", whole[:len(filterMagic)+5]},
		{"weights cut", whole[:len(whole)-3]},
		{"other hash width", func() []byte {
			b := append([]byte(nil), whole...)
			b[len(filterMagic)] = filterBits + 1
			return b
		}()},
	}
	for _, c := range bad {
		if _, err := ReadAttributionFilter(bytes.NewReader(c.data)); err == nil {
			t.Errorf("%s: no error", c.name)
		}
	}
}

func TestTrainFilterSeparates(t *testing.T) {
	// feature 1 marks right attributions, feature 2 wrong ones; feature 3
	// is on everywhere
	var ex []filterExample
	for i := range 200 {
		ex = append(ex, filterExample{feats: []uint32{1, 3}, right: i%10 != 0}, filterExample{feats: []uint32{2, 3}, right: i%10 == 0})
	}
	f := trainFilter(ex, 10, 1e-4, 1)
	pr, pw := f.prob([]uint32{1, 3}), f.prob([]uint32{2, 3})
	if math.Abs(pr-0.9) > 0.05 || math.Abs(pw-0.1) > 0.05 {
		t.Errorf("P(right | right feature) = %.3f, P(right | wrong feature) = %.3f; want about 0.9 and 0.1", pr, pw)
	}
}

func TestBuiltinFilter(t *testing.T) {
	m, err := BuiltinAttributionModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Filter == nil {
		t.Fatal("the embedded model has no filter")
	}
	if th := m.Filter.threshold; th <= 0 || th >= 1 {
		t.Errorf("threshold %v", th)
	}
}

// FuzzReadAttributionFilter checks that no input makes the reader panic.
func FuzzReadAttributionFilter(f *testing.F) {
	f.Add([]byte(filterMagic))
	f.Add([]byte(filterMagic + "\x10\x00\x00\x00\x00\x00\x80\x3f\x00\x00\x00\x3e"))
	f.Add([]byte(strings.Repeat("x", 40)))
	f.Fuzz(func(t *testing.T, data []byte) {
		ReadAttributionFilter(bytes.NewReader(data))
	})
}
