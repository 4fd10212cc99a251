// Package dedup finds exact and near-duplicate articles.
//
// An exact duplicate has the same normalised text: the words of the text,
// lower-cased and joined by single spaces, so that differences of spacing,
// punctuation and case do not matter. Its fingerprint is the SHA-256 of that
// normalised text (ContentHash).
//
// A near duplicate is a syndicated copy: the same wire story with small
// edits (a new headline, a dropped dateline, a few words changed) and
// different page furniture. Near duplicates are found with MinHash over word
// shingles: each text becomes the set of its overlapping runs of Shingle
// words, and a signature of NumHashes minima estimates the Jaccard similarity
// of two such sets; the signature is computed by one-permutation hashing
// (each shingle hashed once into one of NumHashes bins, empty bins filled
// by rotation), so its cost grows with the text and not with NumHashes.
// Locality-sensitive hashing over Bands bands of the
// signature finds candidates without comparing against every stored article;
// a candidate is a copy when its estimated resemblance reaches Threshold.
// A 64-bit SimHash over the same shingles is kept with every article as a
// compact second fingerprint.
package dedup

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parameters of the near-duplicate detector. They are measured on the
// syndicated copies in the shared news data; see docs/ACCURACY.md.
const (
	// Shingle is the number of words in a shingle.
	Shingle = 4
	// NumHashes is the length of a MinHash signature.
	NumHashes = 128
	// Rows is the number of signature values in one LSH band.
	Rows = 3
	// Bands is the number of LSH bands. Two texts become candidates when
	// all Rows values of any band agree: with 42 bands of 3 rows a pair of
	// Jaccard similarity 0.4 becomes a candidate with probability 0.94, one
	// of 0.5 with 0.996, and one of 0.1 (same topic, different story) with
	// 0.04.
	Bands = NumHashes / Rows
	// MinJaccard is the least estimated Jaccard similarity of the shingle
	// sets for a candidate to count as a copy. The syndicated copies of the
	// dev set score 0.52 to 0.69; different articles of the same story
	// score below 0.05, and template-made synthetic articles (reader/corpus)
	// up to about 0.35.
	MinJaccard = 0.4
	// Threshold is the least resemblance (see Resemblance) for a candidate
	// to count as a copy.
	Threshold = 0.5
)

// Signature is a MinHash signature: for each of NumHashes hash functions, the
// least hash value over the text's shingles.
type Signature [NumHashes]uint32

// Fingerprint is what dedup needs to know of a text.
type Fingerprint struct {
	ContentHash string    // hex SHA-256 of the normalised text
	SimHash     uint64    // 64-bit SimHash over shingles
	MinHash     Signature // MinHash signature over shingles
	Shingles    int       // number of distinct shingles
	Words       int       // number of words in the normalised text
}

// Normalize returns the words of s, lower-cased, joined by single spaces.
// Letters and digits make words; everything else separates them.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for w := range words(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// words yields the lower-cased words of s.
func words(s string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		var buf []byte
		flush := func() bool {
			if len(buf) == 0 {
				return true
			}
			w := string(buf)
			buf = buf[:0]
			return yield(w)
		}
		for i := 0; i < len(s); {
			c := s[i]
			if c < utf8.RuneSelf {
				i++
				switch {
				case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
					buf = append(buf, c)
				case 'A' <= c && c <= 'Z':
					buf = append(buf, c+'a'-'A')
				case c == '\'' && len(buf) > 0:
					// "Assad's" and "Assad’s" both become "assads".
				default:
					if !flush() {
						return
					}
				}
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			i += n
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			case unicode.Is(unicode.Mn, r):
				// combining marks stay with their letter
				if len(buf) > 0 {
					buf = utf8.AppendRune(buf, r)
				}
			case r == '’' && len(buf) > 0:
			default:
				if !flush() {
					return
				}
			}
		}
		flush()
	}
}

// ContentHash returns the hex SHA-256 of the normalised text.
func ContentHash(text string) string {
	sum := sha256.Sum256([]byte(Normalize(text)))
	return hex.EncodeToString(sum[:])
}

// Compute returns the fingerprint of text.
func Compute(text string) Fingerprint {
	norm := Normalize(text)
	sum := sha256.Sum256([]byte(norm))
	fp := Fingerprint{ContentHash: hex.EncodeToString(sum[:])}
	for i := range fp.MinHash {
		fp.MinHash[i] = ^uint32(0)
	}
	// Word hashes, then shingle hashes over runs of Shingle words.
	var wh []uint64
	for w := range strings.SplitSeq(norm, " ") {
		if w != "" {
			wh = append(wh, hashString(w))
		}
	}
	fp.Words = len(wh)
	var counts [64]int32
	seen := make(map[uint64]struct{}, len(wh))
	add := func(h uint64) {
		if _, dup := seen[h]; dup {
			return
		}
		seen[h] = struct{}{}
		// counts[b] is the number of shingles with bit b set; branch-free,
		// since the bits are random.
		for b := range 64 {
			counts[b] += int32(h >> b & 1)
		}
		// One-permutation hashing: the top bits of the shingle's hash pick
		// a bin, the low 32 bits compete for the bin's minimum.
		bin := h >> (64 - binBits)
		if v := uint32(h); v < fp.MinHash[bin] {
			fp.MinHash[bin] = v
		}
	}
	if len(wh) > 0 && len(wh) < Shingle {
		// A text shorter than one shingle is one shingle.
		var h uint64
		for _, x := range wh {
			h = mix(bits.RotateLeft64(h, 17) ^ x)
		}
		add(h)
	}
	for i := 0; i+Shingle <= len(wh); i++ {
		var h uint64
		for _, x := range wh[i : i+Shingle] {
			h = mix(bits.RotateLeft64(h, 17) ^ x)
		}
		add(h)
	}
	fp.Shingles = len(seen)
	if fp.Shingles > 0 {
		fp.MinHash.densify()
	}
	for b := range 64 {
		if 2*int(counts[b]) > fp.Shingles {
			fp.SimHash |= 1 << b
		}
	}
	return fp
}

// binBits is log2(NumHashes).
const binBits = 7

// densify fills the bins no shingle fell into, which a short text leaves,
// by rotation: an empty bin takes the value of the next non-empty bin to
// its right (wrapping round), mixed with the distance to it, so that two
// texts agree on a filled bin about as often as they agree on a full one.
func (s *Signature) densify() {
	const empty = ^uint32(0)
	orig := *s
	for i := range orig {
		if orig[i] != empty {
			continue
		}
		for k := 1; k < NumHashes; k++ {
			if v := orig[(i+k)%NumHashes]; v != empty {
				s[i] = uint32(mix(uint64(v) ^ uint64(k)<<32))
				break
			}
		}
	}
}

// hashString is FNV-1a over s followed by a finaliser; it is stable across
// processes and versions, since fingerprints are stored.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return mix(h)
}

// mix is the SplitMix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Empty reports whether the fingerprint is of a text without words.
func (fp *Fingerprint) Empty() bool { return fp.Shingles == 0 }

// BandKeys returns the LSH keys of the signature: one per band, each a hash
// of the band's number and its Rows values. Two signatures that share a key
// are candidates. The keys are stable across processes, since they are
// stored; they are 48-bit non-negative integers, which SQLite stores in six
// bytes.
func (s *Signature) BandKeys() [Bands]int64 {
	var keys [Bands]int64
	for b := range Bands {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range s[b*Rows : (b+1)*Rows] {
			h = mix(h ^ uint64(v))
		}
		keys[b] = int64(h >> 16)
	}
	return keys
}

// Jaccard estimates the Jaccard similarity of the shingle sets of two
// signatures: the fraction of hash functions whose minima agree.
func (s *Signature) Jaccard(t *Signature) float64 {
	n := 0
	for i := range s {
		if s[i] == t[i] {
			n++
		}
	}
	return float64(n) / NumHashes
}

// MarshalBinary encodes the signature as NumHashes little-endian uint32s.
func (s *Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 4*NumHashes)
	for i, v := range s {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary decodes a signature written by MarshalBinary.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) != 4*NumHashes {
		return errBadSignature
	}
	for i := range s {
		s[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return nil
}

// Hamming returns the number of differing bits of two SimHashes.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }
