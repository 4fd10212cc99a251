package tokenize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"hearsay/nlp"
)

func forms(toks []nlp.Token) string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Form)
	}
	return strings.Join(out, " | ")
}

func TestTokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"I don't know.", "I | do | n't | know | ."},
		{"We can't, won't, and ain't.", "We | ca | n't | , | wo | n't | , | and | ai | n't | ."},
		{"She's here; they're gone; I'd go; we'll see; you've won; I'm off.", "She | 's | here | ; | they | 're | gone | ; | I | 'd | go | ; | we | 'll | see | ; | you | 've | won | ; | I | 'm | off | ."},
		{"It’s the students’ books", "It | ’s | the | students | ’ | books"},
		{"DON'T", "DO | N'T"},
		{"cannot gonna", "can | not | gon | na"},
		{"a 15-year-old e-mail", "a | 15 | - | year | - | old | e-mail"},
		{"$1,000.50 and 3.5% of 2,5", "$ | 1,000.50 | and | 3.5 | % | of | 2 | , | 5"},
		{"the U.S. Gen. Smith of Apple Inc. met J. Doe at 10:30 a.m. today", "the | U.S. | Gen. | Smith | of | Apple | Inc. | met | J. | Doe | at | 10:30 | a.m. | today"},
		{"See https://example.com/a?b=1, or www.x.org.", "See | https://example.com/a?b=1 | , | or | www.x.org | ."},
		{"(mail bob.smith@example.com)", "( | mail | bob.smith@example.com | )"},
		{"“Stop,” he said... Wait!?", "“ | Stop | , | ” | he | said | ... | Wait | !?"},
		{"\"Yes\" 'no'", "\" | Yes | \" | ' | no | '"},
		{"call 713-664-7478 now", "call | 713-664-7478 | now"},
		{"ages 13-17 in 1998-2001, ext 3-5213", "ages | 13 | - | 17 | in | 1998 | - | 2001 | , | ext | 3-5213"},
		{"fun :) really :-( ok;) Note:Do 10:30", "fun | :) | really | :-( | ok | ;) | Note | : | Do | 10:30"},
		{"AT&T and R&D", "AT&T | and | R&D"},
		{"CCNG, Inc.. On", "CCNG | , | Inc. | . | On"},
		{"Wait.. U.S... no", "Wait | .. | U.S | ... | no"},
		{"ok 👍🏽 🇺🇸 😀😀", "ok | 👍🏽 | 🇺🇸 | 😀 | 😀"},
		{"Москва и بيروت", "Москва | и | بيروت"},
		{"", ""},
		{"a\x00b\x07c", "a | b | c"},
	} {
		got := forms(Tokenize(c.in))
		if got != c.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func sentences(text string) []string {
	d := Doc(text)
	var out []string
	for i := range d.Sentences {
		out = append(out, d.SentenceText(i))
	}
	return out
}

func TestSegment(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"BEIRUT, Aug. 26 (Reuters) - Gen. J. Smith arrived in the U.S. on Monday. He left.",
			[]string{"BEIRUT, Aug. 26 (Reuters) -", "Gen. J. Smith arrived in the U.S. on Monday.", "He left."}},
		{"WASHINGTON — The talks ended. where now? nowhere.", []string{"WASHINGTON —", "The talks ended.", "where now?", "nowhere."}},
		{"The U.N. envoy left.", []string{"The U.N. envoy left."}},
		{"He works in the U.S. The firm does not.", []string{"He works in the U.S.", "The firm does not."}},
		{`He said: "We will go. They will stay." Then he left.`, []string{`He said: "We will go.`, `They will stay."`, "Then he left."}},
		{`"Is it over?" he asked.`, []string{`"Is it over?" he asked.`}},
		{"Syria denies report\nDAMASCUS (AP) - The agency said\nthat it was fine.\n\nNew paragraph without a stop\n\nLast",
			[]string{"Syria denies report", "DAMASCUS (AP) -", "The agency said\nthat it was fine.", "New paragraph without a stop", "Last"}},
		{"Photo: Smith,\nAP", []string{"Photo: Smith,\nAP"}},
		{"He left in 1805. [19] She stayed.", []string{"He left in 1805. [19]", "She stayed."}},
		{"Wait... what? OK.", []string{"Wait... what?", "OK."}},
		{"", nil},
	} {
		got := sentences(c.in)
		if strings.Join(got, "\x00") != strings.Join(c.want, "\x00") {
			t.Errorf("Segment(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestLongSentenceCapped(t *testing.T) {
	text := strings.Repeat("word ", 1000)
	d := Doc(text)
	if len(d.Sentences) != 4 {
		t.Fatalf("%d sentences, want 4", len(d.Sentences))
	}
	for _, s := range d.Sentences {
		if s.End-s.Start > MaxSentence {
			t.Errorf("sentence of %d tokens", s.End-s.Start)
		}
	}
}

// checkDoc verifies the invariants of a tokenized, segmented text.
func checkDoc(t *testing.T, text string, d *nlp.Doc) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(text)
	for i, tk := range d.Tokens {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d: bad offsets %d..%d (previous end %d, text %d bytes)", i, tk.Start, tk.End, prev, len(text))
		}
		if text[tk.Start:tk.End] != tk.Form {
			t.Fatalf("token %d: form %q, text %q", i, tk.Form, text[tk.Start:tk.End])
		}
		if valid && !utf8.ValidString(tk.Form) {
			t.Fatalf("token %d: %q splits a character", i, tk.Form)
		}
		gap := text[prev:tk.Start]
		if i > 0 && strings.TrimFunc(gap, isSpaceRune) != "" {
			t.Fatalf("token %d: text %q skipped", i, gap)
		}
		if i > 0 && d.Tokens[i-1].SpaceAfter != (gap != "") {
			t.Fatalf("token %d: SpaceAfter %v before gap %q", i-1, d.Tokens[i-1].SpaceAfter, gap)
		}
		prev = tk.End
	}
	if rest := text[prev:]; strings.TrimFunc(rest, isSpaceRune) != "" {
		t.Fatalf("text %q left untokenized", rest)
	}
	next := 0
	for _, s := range d.Sentences {
		if s.Start != next || s.End <= s.Start || s.End-s.Start > MaxSentence {
			t.Fatalf("sentence %v after %d", s, next)
		}
		next = s.End
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
}

func TestBadInput(t *testing.T) {
	for _, text := range []string{
		"", " \n\t ", "\x00\x01\x02", "a\u200bb\ufeffc", string([]byte{0xff, 0xfe, 'a', 0xc3}),
		"مرحبا بالعالم. Привет, мир! 你好世界。😀👍🏽‍♂️",
		strings.Repeat("-", 1000), strings.Repeat(".", 1000), strings.Repeat("'", 50) + "x",
		"don't'''s n'tn't 's' ’’s",
	} {
		checkDoc(t, text, Doc(text))
	}
}

func TestFiveMegabyteParagraph(t *testing.T) {
	if testing.Short() {
		t.Skip("long input")
	}
	text := strings.Repeat("the quick brown fox jumps over the lazy dog and ", 5<<20/48)
	checkDoc(t, text, Doc(text))
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"I don't know.", "U.S. Gen. J. Smith, Aug. 26 (Reuters) -", "e-mail bob@x.com https://a.b/c).", "$1,000.50 3.5%", "“Hi,” he said.", "😀👍🏽🇺🇸", "can't won't gonna", "a\nb\n\nc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkDoc(t, text, Doc(text))
	})
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"A. B. C.", "He said \"Go.\" Then?", "x\ny\n\nz", "Dr. No. Mr. Yes... ok!!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		toks := Tokenize(text)
		sents := Segment(text, toks)
		checkDoc(t, text, &nlp.Doc{Text: text, Tokens: toks, Sentences: sents})
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat(`BEIRUT, Aug. 26 (Reuters) - Syria's foreign minister said on Monday that the U.S. hadn't coordinated "any" strikes with Damascus, and that 1,200 people were killed in the 15-year-old conflict. `, 200)
	n := len(Tokenize(text))
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Tokenize(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkSegment(b *testing.B) {
	text := strings.Repeat(`BEIRUT, Aug. 26 (Reuters) - Syria's foreign minister said on Monday that the U.S. hadn't coordinated "any" strikes. He left. `, 200)
	toks := Tokenize(text)
	b.ResetTimer()
	for b.Loop() {
		Segment(text, toks)
	}
	b.ReportMetric(float64(len(toks))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestLexicon(t *testing.T) {
	l := theLexicon()
	for _, c := range []struct {
		name string
		ok   bool
	}{
		{"abbr U.S.", l.abbrev["U.S."]}, {"abbr Inc.", l.abbrev["Inc."]}, {"title Gen.", l.title["Gen."]},
		{"hword e-mail", l.hyphWord["e-mail"]}, {"start the", l.starter["the"]}, {"mwt cannot", len(l.mwt["cannot"]) == 2},
		{"no abbr the.", !l.abbrev["the."]}, {"no start obama", !l.starter["obama"]},
	} {
		if !c.ok {
			t.Errorf("lexicon: %s", c.name)
		}
	}
	bad := parseLexicon("abbr\nmwt\tab\t1,5\nmwt\tab\tx\nhpre\tnon\n")
	if len(bad.mwt) != 0 || !bad.hyphPre["non"] {
		t.Errorf("malformed lexicon lines: %+v", bad.mwt)
	}
}
