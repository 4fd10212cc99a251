package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"hearsay/story"
)

// BenchmarkStoryUpdate measures linking one new article (with its events and
// claims) into merged events, stories and propositions in a database already
// holding 1k, 10k or 100k linked articles.
// Run: go test ./sqlite -run '^$' -bench StoryUpdate -benchtime 500x
func BenchmarkStoryUpdate(b *testing.B) {
	for _, stored := range []int{1000, 10000, 100000} {
		b.Run(fmt.Sprintf("stored=%d", stored), func(b *testing.B) {
			ctx := context.Background()
			db, err := Open(filepath.Join(b.TempDir(), "bench.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			s := db.Stories()
			pre := story.Generate(stored, 1, 1)
			for i := 0; i < len(pre); i += 1000 {
				if err := story.Update(ctx, s, pre[i:min(i+1000, len(pre))]); err != nil {
					b.Fatal(err)
				}
			}
			fresh := story.Generate(b.N, int64(stored+1), 2)
			b.ReportAllocs()
			b.ResetTimer()
			for i := range fresh {
				if err := story.Update(ctx, s, fresh[i:i+1]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
