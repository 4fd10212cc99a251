package story

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkUpdate measures the cost of linking one new article (with its
// events and claims) into a store already holding 1k, 10k or 100k articles.
// Run: go test ./story -run '^$' -bench Update -benchtime 2000x
func BenchmarkUpdate(b *testing.B) {
	for _, stored := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("stored=%d", stored), func(b *testing.B) {
			s := NewMemStore()
			ctx := context.Background()
			pre := Generate(stored, 1, 1)
			for i := 0; i < len(pre); i += 500 {
				if err := Update(ctx, s, pre[i:min(i+500, len(pre))]); err != nil {
					b.Fatal(err)
				}
			}
			fresh := Generate(b.N, int64(stored+1), 2)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range fresh {
				if err := Update(ctx, s, fresh[i:i+1]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
