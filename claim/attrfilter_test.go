package claim

import (
	"math"
	"testing"
)

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
