package claim

import (
	"strings"

	"hearsay"
)

// Grammatical gender a claimant's words reveal, for "he" and "she".
const (
	unknownGender = iota
	male
	female
)

// genderWords are titles and role nouns that say whether a person is a man
// or a woman.
var genderWords = map[string]int{
	"spokeswoman": female, "chairwoman": female, "congresswoman": female, "businesswoman": female,
	"woman": female, "ms": female, "ms.": female, "mrs": female, "mrs.": female, "madam": female,
	"queen": female, "princess": female, "lady": female, "she": female, "her": female, "sister": female,
	"spokesman": male, "chairman": male, "congressman": male, "businessman": male, "man": male,
	"mr": male, "mr.": male, "king": male, "prince": male, "sir": male, "he": male, "him": male,
	"his": male, "brother": male, "father": male, "sheikh": male, "emir": male, "ayatollah": male,
}

// femaleNames are first names of women common in international news; a
// name not listed says nothing (most men's names are not worth listing:
// unknown is treated as compatible with both pronouns).
var femaleNames = set(strings.Fields(`marie jen jennifer marzieh samantha hillary condoleezza angela theresa federica
catherine susan victoria nancy madeleine kamala ursula christine nikki maria elizabeth mary sarah anna
julia helen margaret tzipi golda benazir yulia dilma cristina michelle laura linda karen lisa emily emma
sophie claire marine ségolène christiane najat hina sushma indira hasina jacinda julie heather ellen
valentina kristalina annalena liz penny priti suella kemi rachel yvette mette sanna giorgia hanna leila
fatima aisha zainab huda mona rania noor samira nadia ruth tamar ayelet miri janet gina karine kayleigh
dana morgan wendy catherine carla navi michelle louise irina natalia olga tatiana svetlana elena
marine florence sylvie anne ana carmen isabel sandra monica rosa yasmin shirin masoumeh ebtekar`)...)

// genderOf returns what a claimant's span, role and name say of their
// gender: female, male or unknownGender.
func genderOf(c hearsay.Claimant) int {
	for _, s := range []string{c.Role, c.Span.Text} {
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if g := genderWords[strings.Trim(w, ",;:'’")]; g != unknownGender {
				return g
			}
		}
	}
	if f := strings.Fields(strings.ToLower(c.Name)); len(f) > 1 && femaleNames[f[0]] {
		return female
	}
	return unknownGender
}

// pronounGender is the gender a personal pronoun asks of its antecedent.
func pronounGender(low string) int {
	switch low {
	case "she", "her", "hers":
		return female
	case "he", "him", "his":
		return male
	}
	return unknownGender
}
