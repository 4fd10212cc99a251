package text

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"hearsay/reader/corpus"
)

// shared returns the path of a file under ../shared, skipping the test when
// the shared data is absent.
func shared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	return p
}

func paragraphs(s string) []string {
	var out []string
	for p := range strings.SplitSeq(strings.TrimSpace(s), "\n\n") {
		out = append(out, strings.TrimSpace(p))
	}
	return out
}

func TestSeeds(t *testing.T) {
	furniture := []string{
		"Portuguese / Spanish / English", "Middle East Near You", "Show Comments",
		"Asia & AmericasMiddle EastNewsSyriaUS", "Financialtribune.com", "National",
	}
	tests := []struct {
		file, title, outlet string
	}{
		{"000_5c9707e47f33ddd9", "Reports: US cooperates secretly with Assad against IS", ""},
		{"003_f1f8689750023cb5", "US Informed Iran of Intent to Hit IS", "Financialtribune.com"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile(shared(t, "seeds/"+tt.file+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("testdata", tt.file+".want"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(&Cleaner{Memory: NewMemory()}, string(raw), tt.file, "")
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if a.Outlet != tt.outlet {
				t.Errorf("outlet = %q, want %q (the bare site name among the furniture)", a.Outlet, tt.outlet)
			}
			if !strings.HasPrefix(a.Text, tt.title+"\n\n") {
				t.Errorf("text does not start with the headline: %.80q", a.Text)
			}
			if n := strings.Count(a.Text, tt.title); n != 1 {
				t.Errorf("headline appears %d times", n)
			}
			got, exp := paragraphs(a.Text), paragraphs(string(want))
			for i := 0; i < max(len(got), len(exp)); i++ {
				g, e := "", ""
				if i < len(got) {
					g = got[i]
				}
				if i < len(exp) {
					e = exp[i]
				}
				if g != e {
					t.Errorf("paragraph %d:\n got %q\nwant %q", i, g, e)
				}
			}
			for _, p := range got {
				for _, f := range furniture {
					if p == f {
						t.Errorf("furniture kept: %q", p)
					}
				}
				if p == "0" {
					t.Errorf("furniture kept: %q", p)
				}
			}
			if !strings.HasPrefix(a.Key, "sha256:") || len(a.Key) != 7+64 {
				t.Errorf("key = %q", a.Key)
			}
		})
	}
}

// TestDevArticles cleans the JSONL dev articles and checks that every gold
// sentence survives while lines that are plainly furniture go.
func TestDevArticles(t *testing.T) {
	arts := readJSONL(t, shared(t, "data/news/dev/articles.jsonl"))
	golds := readJSONL(t, shared(t, "data/news/dev/gold.jsonl"))
	sentences := map[string][]string{}
	for _, g := range golds {
		id := g["id"].(string)
		for _, k := range []string{"claims", "events"} {
			list, _ := g[k].([]any)
			for _, x := range list {
				if s, ok := x.(map[string]any)["sentence"].(string); ok {
					sentences[id] = append(sentences[id], s)
				}
			}
		}
	}
	furniture := func(p string) bool {
		return strings.Contains(p, "©") || strings.Contains(p, " | ") || p == "Show Comments" ||
			strings.HasPrefix(p, "•") || strings.HasPrefix(p, "›") || strings.HasPrefix(p, "Share this") ||
			strings.HasPrefix(p, "Tags:") || strings.HasPrefix(p, "Filed under:") || p == "Related" ||
			p == "Most read" || p == "Advertisement" || strings.HasPrefix(p, "☰")
	}
	c := &Cleaner{Memory: NewMemory()}
	checked := 0
	for _, a := range arts {
		id, outlet, title := a["id"].(string), a["outlet"].(string), a["title"].(string)
		res := c.CleanText(a["text"].(string), outlet, title)
		if !strings.HasPrefix(res.Text, title+"\n\n") {
			t.Errorf("%s: text does not start with the title %q: %.100q", id, title, res.Text)
		}
		if res.Title != title {
			t.Errorf("%s: title = %q, want %q", id, res.Title, title)
		}
		norm := strings.Join(strings.Fields(res.Text), " ")
		for _, s := range sentences[id] {
			checked++
			if !strings.Contains(norm, strings.Join(strings.Fields(s), " ")) {
				t.Errorf("%s: gold sentence lost: %q", id, s)
			}
		}
		for _, p := range paragraphs(res.Text) {
			if furniture(p) || p == outlet {
				t.Errorf("%s: furniture kept: %q", id, p)
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d gold sentences checked", checked)
	}
}

func readJSONL(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		out = append(out, m)
	}
	return out
}

func TestHeader(t *testing.T) {
	in := "Title: Talks resume in Geneva\nURL: https://www.example.org/a\nDate: 2014-09-24\nOutlet: Example Times\n\n" +
		"Talks resume in Geneva\n\nDiplomats from six countries met again in Geneva on Wednesday to resume the talks.\n\n" +
		"Home | World | Sport\n"
	a, err := Parse(&Cleaner{}, in, "x.txt", "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Talks resume in Geneva" || a.URL != "https://www.example.org/a" || a.Outlet != "Example Times" {
		t.Errorf("header not honoured: %+v", a)
	}
	if !a.Published.Equal(time.Date(2014, 9, 24, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("date = %v", a.Published)
	}
	want := "Talks resume in Geneva\n\nDiplomats from six countries met again in Geneva on Wednesday to resume the talks."
	if a.Text != want {
		t.Errorf("text = %q, want %q", a.Text, want)
	}
	// Without a header block, a "Key: value" first line is text.
	h, rest := ParseHeader("Reports: US cooperates\n\nBody.")
	if h != (Header{}) || rest != "Reports: US cooperates\n\nBody." {
		t.Errorf("not a header: %+v %q", h, rest)
	}
}

func TestClean(t *testing.T) {
	body := "The minister said on Tuesday that the talks would resume next week in Geneva."
	tests := []struct {
		name, in, title, want string
	}{
		{"wrapped prose joined",
			"Talks to resume\n\nThe minister said on Tuesday that the talks, stalled since\nJune, would resume next week in Geneva after a long pause.\n",
			"", "Talks to resume\n\nThe minister said on Tuesday that the talks, stalled since June, would resume next week in Geneva after a long pause."},
		{"menu and copyright dropped",
			"Home | World | Business | Sport\nTalks to resume\n\n" + body + "\n\n© 2014 Example Times. All rights reserved.",
			"", "Talks to resume\n\n" + body},
		{"no headline: first sentence",
			body + "\n\nShare this:\nFacebook | Twitter", "", body},
		{"short body line kept",
			"Talks to resume\n\n" + body + "\n\nNo one was hurt.\n\n" + body, "",
			"Talks to resume\n\n" + body + "\n\nNo one was hurt.\n\n" + body},
		{"only furniture", "Home | World\nShow Comments\n0\n", "", ""},
		{"wire story",
			"REUTERS\nWorld News | Sep 24, 2014 | 10:12am EDT\n\nIran told in advance of Syria strikes\n\nBy Jane Doe\n\n" +
				"TEHRAN (Reuters) - The United States informed Iran in advance of its intention\nto strike Islamic State militants in Syria, an Iranian official told\nReuters on Wednesday.\n\n" +
				"\"Iran was concerned,\" the official said.\n\n(Reporting by Jane Doe; Editing by Tom Smith)\n\nOur Standards: The Thomson Reuters Trust Principles.\n",
			"", "Iran told in advance of Syria strikes\n\nTEHRAN (Reuters) - The United States informed Iran in advance of its intention to strike Islamic State militants in Syria, an Iranian official told Reuters on Wednesday.\n\n\"Iran was concerned,\" the official said."},
		{"byline is not the headline",
			"Talks to resume\n\nPosted September 30, 2014 by the editor\n\n" + body, "", "Talks to resume\n\n" + body},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := (&Cleaner{}).CleanText(tt.in, "", tt.title)
			if got.Text != tt.want {
				t.Errorf("got  %q\nwant %q", got.Text, tt.want)
			}
		})
	}
}

// TestMemory checks that lines repeated across articles of one outlet are
// dropped, and that the same article read twice keeps its body.
func TestMemory(t *testing.T) {
	m := NewMemory()
	c := &Cleaner{Memory: m}
	promo := "Read our weekly newsletter every Friday morning now."
	a := "Talks to resume\n\nThe minister said on Tuesday that the talks would resume next week in Geneva.\n\nShare this:\nFacebook | Twitter\n\n" + promo + "\n"
	b := "Floods hit the north\n\nHeavy rain flooded three northern provinces on Monday, officials said, cutting roads.\n\n" + promo + "\n"
	if got := (&Cleaner{}).CleanText(b, "Example", ""); !strings.Contains(got.Text, "newsletter") {
		t.Fatalf("without memory the promotion looks like prose and should be kept: %q", got.Text)
	}
	c.CleanText(a, "Example", "")
	got := c.CleanText(b, "Example", "")
	if strings.Contains(got.Text, "newsletter") {
		t.Errorf("repeated outlet line kept: %q", got.Text)
	}
	if !strings.Contains(got.Text, "cutting roads") {
		t.Errorf("body lost: %q", got.Text)
	}
	again := c.CleanText(a, "Example", "")
	if !strings.Contains(again.Text, "resume next week in Geneva") {
		t.Errorf("body lost on second reading: %q", again.Text)
	}
}

func FuzzClean(f *testing.F) {
	f.Add("Title: x\n\nHello world. This is a test sentence here.\n", "outlet", "")
	f.Add("Home | World\nHeadline here now\n\nA sentence of some length that ends with a stop.\n\n© 2014", "", "Headline here now")
	f.Add("\xff\xfe\x00 | • ›\n\n\n", "", "")
	f.Add("Posted September 30, 2014 by x\nAsia & AmericasMiddle EastNewsSyriaUS\n", "a", "b")
	f.Fuzz(func(t *testing.T, s, outlet, title string) {
		c := &Cleaner{Memory: NewMemory()}
		r := c.CleanText(s, outlet, title)
		if strings.Contains(r.Text, "\n\n\n") {
			t.Errorf("empty paragraph in %q", r.Text)
		}
		if _, err := Parse(c, s, "fuzz", outlet); err != nil && err != ErrNoText {
			t.Errorf("unexpected error %v", err)
		}
	})
}

// BenchmarkClean cleans generated articles carrying menus, share links and
// copyright lines, as plain text.
func BenchmarkClean(b *testing.B) {
	g := corpus.New(1)
	docs := make([]string, 200)
	size := 0
	for i := range docs {
		a := g.Article()
		docs[i] = a.Outlet + "\nHome | World | Politics | Business\n\n" + a.Text() + "\n\nShare this:\nFacebook | Twitter | Email\n\n© 2014 " + a.Outlet
		size += len(docs[i])
	}
	c := &Cleaner{Memory: NewMemory()}
	b.SetBytes(int64(size / len(docs)))
	cpu0 := corpus.CPUTime()
	n := 0
	for b.Loop() {
		if r := c.CleanText(docs[n%len(docs)], "", ""); r.Text == "" {
			b.Fatal("nothing kept")
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	if cpu := corpus.CPUTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
	}
}
