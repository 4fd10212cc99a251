package tokenize_test
import ("testing";"fmt";"hearsay/nlp/tokenize")
func TestDemo(t *testing.T){
 for _, s := range []string{"BEIRUT, Aug. 26 (Reuters) - Gen. J. Smith didn't say \"We can't go. They won't stay.\" He left the U.S. The end... Really?! e-mail me at bob.smith@x.com or see https://x.com/a?b=1). It costs $1,000.50 or 3.5% 😀👍🏽 non-profit long-term 22-506 cannot gonna",
  "Syria denies report\nDAMASCUS (AP) - The state-run agency said\nthat it was fine.\n\nNew para here"} {
  d := tokenize.Doc(s)
  for _, se := range d.Sentences { fmt.Print("[") ; for i:=se.Start;i<se.End;i++ { fmt.Print(d.Tokens[i].Form, "|") }; fmt.Println("]") }
 }
}
