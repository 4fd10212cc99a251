package claim

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"hearsay"
	"hearsay/nlp"
)

// conllu builds a one-sentence CoNLL-U text from "form/lemma/xpos/head/rel" words.
func conllu(words ...string) string {
	var b strings.Builder
	for i, w := range words {
		f := strings.Split(w, "/")
		b.WriteString(strings.Join([]string{itoa(i + 1), f[0], f[1], "_", f[2], "_", f[3], f[4], "_", "_"}, "\t"))
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	return b.String()
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func TestPredicateStance(t *testing.T) {
	cases := []struct {
		name string
		src  string
		pred int // 0-based word index
		want hearsay.Stance
	}{
		{"plain", conllu("Iran/Iran/NNP/2/nsubj", "attacked/attack/VBD/0/root", "Iraq/Iraq/NNP/2/obj"), 1, hearsay.Asserts},
		{"negated", conllu("Iran/Iran/NNP/4/nsubj", "did/do/VBD/4/aux", "not/not/RB/4/advmod", "attack/attack/VB/0/root"), 3, hearsay.Denies},
		{"modal", conllu("Iran/Iran/NNP/3/nsubj", "may/may/MD/3/aux", "attack/attack/VB/0/root"), 2, hearsay.Hedges},
		{"future", conllu("Iran/Iran/NNP/3/nsubj", "will/will/MD/3/aux", "attack/attack/VB/0/root"), 2, hearsay.Intends},
		{"wanted", conllu("Iran/Iran/NNP/2/nsubj", "wants/want/VBZ/0/root", "to/to/TO/4/mark", "attack/attack/VB/2/xcomp"), 3, hearsay.Intends},
		{"denied", conllu("Iran/Iran/NNP/2/nsubj", "denied/deny/VBD/0/root", "attacking/attack/VBG/2/xcomp"), 2, hearsay.Denies},
		{"conditional", conllu("if/if/IN/3/mark", "Iran/Iran/NNP/3/nsubj", "attacks/attack/VBZ/5/advcl", "we/we/PRP/5/nsubj", "respond/respond/VBP/0/root"), 2, hearsay.Conditional},
		{"imperative", conllu("please/please/UH/2/discourse", "call/call/VB/0/root", "me/me/PRP/2/obj"), 1, hearsay.Intends},
		{"question", conllu("Did/do/VBD/3/aux", "Iran/Iran/NNP/3/nsubj", "attack/attack/VB/0/root", "?/?/./3/punct"), 2, hearsay.Questions},
		// a wh-question presupposes its event: someone fought
		{"wh-question", conllu("who/who/WP/2/nsubj", "fought/fight/VBD/0/root", "the/the/DT/4/det", "wars/war/NNS/2/obj", "?/?/./2/punct"), 1, hearsay.Asserts},
		{"wh-determiner question", conllu("What/what/WDT/2/det", "foods/food/NNS/5/obj", "do/do/VBP/5/aux", "you/you/PRP/5/nsubj", "eat/eat/VB/0/root", "?/?/./5/punct"), 4, hearsay.Asserts},
		// "able" is implicative: "was able to find" found
		{"able", conllu("I/I/PRP/3/nsubj", "was/be/VBD/3/cop", "able/able/JJ/0/root", "to/to/TO/5/mark", "find/find/VB/3/xcomp", "it/it/PRP/5/obj"), 4, hearsay.Asserts},
		{"will be able", conllu("Faz/Faz/NNP/4/nsubj", "will/will/MD/4/aux", "be/be/VB/4/cop", "able/able/JJ/0/root", "to/to/TO/6/mark", "help/help/VB/4/xcomp"), 5, hearsay.Intends},
		// an adjective with an infinitive says what could be done
		{"easy to", conllu("it/it/PRP/3/expl", "is/be/VBZ/3/cop", "easy/easy/JJ/0/root", "to/to/TO/5/mark", "make/make/VB/3/csubj", "money/money/NN/5/obj"), 4, hearsay.Hedges},
		// ... unless it is an emotive factive
		{"glad to", conllu("I/I/PRP/3/nsubj", "am/be/VBP/3/cop", "glad/glad/JJ/0/root", "to/to/TO/5/mark", "hear/hear/VB/3/xcomp", "it/it/PRP/5/obj"), 4, hearsay.Asserts},
		// an infinitival relative: nobody stayed
		{"place to stay", conllu("it/it/PRP/4/nsubj", "is/be/VBZ/4/cop", "a/a/DT/4/det", "place/place/NN/0/root", "to/to/TO/6/mark", "stay/stay/VB/4/acl"), 5, hearsay.Intends},
		{"took the time to", conllu("he/he/PRP/2/nsubj", "took/take/VBD/0/root", "the/the/DT/4/det", "time/time/NN/2/obj", "to/to/TO/6/mark", "explain/explain/VB/4/acl"), 5, hearsay.Asserts},
		// a title is not a relative
		{"title", conllu("a/a/DT/2/det", "Charge/Charge/NNP/0/root", "to/to/TO/4/mark", "Keep/keep/VB/2/acl"), 3, hearsay.Asserts},
		// negation does not reach a conjunct with its own subject ...
		{"conjunct outside negation", conllu("I/I/PRP/4/nsubj", "did/do/VBD/4/aux", "n't/not/RB/4/neg", "call/call/VB/0/root", "and/and/CC/7/cc", "you/you/PRP/7/nsubj", "left/leave/VBD/4/conj"), 6, hearsay.Asserts},
		// ... but does reach one that shares the subject
		{"conjunct under negation", conllu("I/I/PRP/4/nsubj", "did/do/VBD/4/aux", "n't/not/RB/4/neg", "call/call/VB/0/root", "or/or/CC/6/cc", "write/write/VB/4/conj"), 5, hearsay.Denies},
		// a clause set beside another is its own sentence
		{"parataxis outside negation", conllu("I/I/PRP/4/nsubj", "'m/be/VBP/4/aux", "not/not/RB/4/neg", "kidding/kid/VBG/0/root", ",/,/,/4/punct", "I/I/PRP/7/nsubj", "lost/lose/VBD/4/parataxis", "it/it/PRP/7/obj"), 6, hearsay.Asserts},
		{"imperative beside a statement", conllu("it/it/PRP/2/nsubj", "helps/help/VBZ/0/root", ",/,/,/2/punct", "please/please/UH/5/discourse", "contact/contact/VB/2/parataxis", "Joan/Joan/NNP/5/obj"), 4, hearsay.Intends},
		// a "because" clause is taken as given, whatever the main clause does
		{"because under a modal", conllu("I/I/PRP/3/nsubj", "could/could/MD/3/aux", "quit/quit/VB/0/root", "because/because/IN/6/mark", "it/it/PRP/6/nsubj", "failed/fail/VBD/3/advcl"), 5, hearsay.Asserts},
		// ... but an "if" clause is not
		{"if under a modal", conllu("I/I/PRP/3/nsubj", "could/could/MD/3/aux", "quit/quit/VB/0/root", "if/if/IN/6/mark", "it/it/PRP/6/nsubj", "failed/fail/VBD/3/advcl"), 5, hearsay.Conditional},
		// a finite relative clause asserts on its own
		{"relative under negation", conllu("there/there/EX/2/expl", "was/be/VBD/0/root", "no/no/DT/4/neg", "way/way/NN/2/nsubj", "that/that/IN/7/mark", "anybody/anybody/NN/7/nsubj", "helped/help/VBD/4/acl:relcl", "us/we/PRP/7/obj"), 6, hearsay.Asserts},
		// "help" is implicative: what was helped along happened
		{"helped", conllu("Israel/Israel/NNP/2/nsubj", "helped/help/VBD/0/root", "them/they/PRP/2/obj", "win/win/VB/2/xcomp"), 3, hearsay.Asserts},
		// a liking is habitual, a "would like" a wish
		{"love to", conllu("I/I/PRP/2/nsubj", "love/love/VBP/0/root", "to/to/TO/4/mark", "work/work/VB/2/xcomp"), 3, hearsay.Asserts},
		{"would like to", conllu("I/I/PRP/3/nsubj", "would/would/MD/3/aux", "like/like/VB/0/root", "to/to/TO/5/mark", "meet/meet/VB/3/xcomp"), 4, hearsay.Conditional},
		// the "be going to" future: neither the going nor the rocking happened
		{"going to", conllu("2005/2005/CD/3/nsubj", "is/be/VBZ/3/aux", "going/go/VBG/0/root", "to/to/TO/5/mark", "rock/rock/VB/3/xcomp"), 4, hearsay.Intends},
		{"going of going to", conllu("2005/2005/CD/3/nsubj", "is/be/VBZ/3/aux", "going/go/VBG/0/root", "to/to/TO/5/mark", "rock/rock/VB/3/xcomp"), 2, hearsay.Intends},
		{"was going out to", conllu("I/I/PRP/3/nsubj", "was/be/VBD/3/aux", "going/go/VBG/0/root", "out/out/RP/3/compound:prt", "to/to/TO/6/mark", "eat/eat/VB/3/advcl"), 2, hearsay.Asserts},
		// what one is told or invited to do is not done yet
		{"instructed to", conllu("Cloud/Cloud/NNP/3/nsubj", "has/have/VBZ/3/aux", "instructed/instruct/VBN/0/root", "me/I/PRP/3/obj", "to/to/TO/6/mark", "call/call/VB/3/xcomp"), 5, hearsay.Intends},
		{"look forward to", conllu("I/I/PRP/2/nsubj", "look/look/VBP/0/root", "forward/forward/RB/2/advmod", "to/to/TO/5/mark", "seeing/see/VBG/2/advcl", "you/you/PRP/5/obj"), 4, hearsay.Intends},
		{"risks losing", conllu("Google/Google/NNP/2/nsubj", "risks/risk/VBZ/0/root", "losing/lose/VBG/2/xcomp", "users/user/NNS/3/obj"), 2, hearsay.Hedges},
		// "how to": a way of doing, not a doing
		{"how to", conllu("they/they/PRP/2/nsubj", "know/know/VBP/0/root", "how/how/WRB/5/advmod", "to/to/TO/5/mark", "blow/blow/VB/2/ccomp", "things/thing/NNS/5/obj", "up/up/RP/5/compound:prt"), 4, hearsay.Hedges},
		{"relative that is no wh-word", conllu("things/thing/NNS/0/root", "that/that/WDT/6/obj", "you/you/PRP/6/nsubj", "have/have/VBP/6/aux", "had/have/VBN/1/acl:relcl", "to/to/TO/7/mark", "do/do/VB/5/xcomp", "without/without/IN/7/advmod"), 6, hearsay.Asserts},
		// the present progressive of going is a plan
		{"futurate", conllu("I/I/PRP/3/nsubj", "am/be/VBP/3/aux", "going/go/VBG/0/root", "on/on/IN/5/case", "cruise/cruise/NN/3/obl"), 2, hearsay.Intends},
		{"how are things going", conllu("How/how/WRB/4/advmod", "are/be/VBP/4/aux", "things/thing/NNS/4/nsubj", "going/go/VBG/0/root", "?/?/./4/punct"), 3, hearsay.Asserts},
		// what one knows is given, known or not
		{"factive under negation", conllu("I/I/PRP/4/nsubj", "did/do/VBD/4/aux", "n't/not/RB/4/neg", "know/know/VB/0/root", "what/what/WP/8/obj", "I/I/PRP/8/nsubj", "was/be/VBD/8/aux", "missing/miss/VBG/4/ccomp"), 7, hearsay.Asserts},
		{"forgot to", conllu("he/he/PRP/2/nsubj", "forgot/forget/VBD/0/root", "to/to/TO/4/mark", "call/call/VB/2/xcomp"), 3, hearsay.Denies},
		// a "when" clause is outside the main clause's negation ...
		{"when under negation", conllu("calls/call/NNS/4/nsubjpass", "were/be/VBD/4/auxpass", "n't/not/RB/4/neg", "returned/return/VBN/0/root", "when/when/WRB/6/mark", "promised/promise/VBN/4/advcl"), 5, hearsay.Asserts},
		// ... not its future
		{"when under will", conllu("I/I/PRP/3/nsubj", "will/will/MD/3/aux", "call/call/VB/0/root", "when/when/WRB/6/mark", "I/I/PRP/6/nsubj", "arrive/arrive/VBP/3/advcl"), 5, hearsay.Intends},
		// an obligation now is not yet met; one in the past was
		{"have to", conllu("you/you/PRP/2/nsubj", "have/have/VBP/0/root", "to/to/TO/4/mark", "sign/sign/VB/2/xcomp", "up/up/RP/4/compound:prt"), 3, hearsay.Intends},
		{"had to", conllu("people/people/NNS/2/nsubj", "had/have/VBD/0/root", "to/to/TO/4/mark", "die/die/VB/2/xcomp"), 3, hearsay.Asserts},
		// a statement before a question in the same sentence is still a statement
		{"statement before a question", conllu("I/I/PRP/2/nsubj", "have/have/VBP/0/root", "time/time/NN/2/obj", "-/-/:/2/punct", "what/what/WP/8/obj", "should/should/MD/8/aux", "I/I/PRP/8/nsubj", "see/see/VB/2/parataxis", "?/?/./2/punct"), 1, hearsay.Asserts},
	}
	for _, c := range cases {
		d, err := nlp.ReadCoNLLU(strings.NewReader(c.src))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := PredicateStance(d, c.pred); got != c.want {
			t.Errorf("%s: PredicateStance = %s, want %s", c.name, got, c.want)
		}
	}
	// without a parse: tokens next to the predicate
	d := Segment("They did not attack.")
	if got := PredicateStance(d, 3); got != hearsay.Denies {
		t.Errorf("unparsed negation: %s", got)
	}
}

func TestFactualityDev(t *testing.T) {
	dir := sharedPath(t, "data", "factuality", "uds-ih2")
	tf, err := os.Open(filepath.Join(dir, "it-happened-v2.dev.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer tf.Close()
	items, err := ReadItHappened(tf)
	if err != nil {
		t.Fatal(err)
	}
	cf, err := os.Open(filepath.Join(dir, "en-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer cf.Close()
	d, err := nlp.ReadCoNLLU(cf)
	if err != nil {
		t.Fatal(err)
	}
	sc := ScoreFactuality(d, items)
	if sc.Items < 2000 || sc.Accuracy < 0.84 {
		t.Errorf("factuality: %d items, accuracy %.3f; want >= 2000 and >= 0.84", sc.Items, sc.Accuracy)
	}
	n := 0
	for _, m := range sc.Misses {
		n += m
	}
	if n != sc.Items-sc.Correct {
		t.Errorf("misses by rule add up to %d, want %d", n, sc.Items-sc.Correct)
	}
}

func FuzzReadItHappened(f *testing.F) {
	f.Add("Split\tSentence.ID\tPred.Token\tHappened\tKeep\ndev\ten-ud-dev.conllu 3\t2\ttrue\tTrue\ndev\ten-ud-dev.conllu 3\t2\tfalse\tTrue\n")
	f.Add("Sentence.ID\tPred.Token\tHappened\nx 0\t-1\ttrue\n")
	f.Add("")
	f.Fuzz(func(t *testing.T, in string) {
		items, err := ReadItHappened(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, it := range items {
			if it.Sentence < 0 || it.Token < 0 || it.Votes < 1 {
				t.Fatalf("bad item %+v", it)
			}
		}
	})
}
