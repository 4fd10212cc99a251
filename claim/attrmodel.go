package claim

import (
	"bufio"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"sync"

	"hearsay/nlp"
	"hearsay/nlp/models"
)

// The learned attribution tagger labels every token of a sentence with one
// of seven BIO labels (source, cue, content, or none); relations are then
// assembled from the labelled spans around each cue (see assemble).
const (
	lO = iota
	lBS
	lIS
	lBC
	lIC
	lBT
	lIT
	nLabels
)

// labelRole maps a label to its role (0 none, 1 source, 2 cue, 3 content).
var labelRole = [nLabels]int{0, 1, 1, 2, 2, 3, 3}

// labelInside reports whether a label continues a span.
var labelInside = [nLabels]bool{false, false, true, false, true, false, true}

// allowed reports whether label b may follow label a (an inside label only
// follows its own role); a == nLabels stands for the start of a sentence.
func allowed(a, b int) bool {
	if !labelInside[b] {
		return true
	}
	return a < nLabels && labelRole[a] == labelRole[b]
}

// AttributionModel is a learned attribution tagger: a first-order linear
// sequence model (an averaged structured perceptron) over hashed token
// features, with the header it was stored with.
type AttributionModel struct {
	Header models.Header
	// Ranker, when set, chooses each cue's source and content among
	// candidates and drops the attributions whose choice is unlikely to be
	// right (see TrainAttributionRanker); the embedded model comes with the
	// embedded ranker.
	Ranker *AttributionRanker
	rows   map[uint64]int32  // feature hash → row of w
	table  rowTable          // the same, for fast lookup (see index)
	first  *AttributionModel // the first stage of a stacked model, whose labels are features of this one; nil for one stage
	w      []float32         // nLabels weights per row
	trans  [nLabels + 1][nLabels]float32
}

// attributionFormat is the payload format version of attribution.model.
const attributionFormat = 3

//go:embed attribution.model
var attributionModelFile string

var (
	builtinModelOnce sync.Once
	builtinModel     *AttributionModel
	builtinModelErr  error
)

// BuiltinAttributionModel returns the embedded attribution model, loaded
// once; the error says why it could not be read.
func BuiltinAttributionModel() (*AttributionModel, error) {
	builtinModelOnce.Do(func() {
		builtinModel, builtinModelErr = ReadAttributionModel(strings.NewReader(attributionModelFile))
		if builtinModelErr == nil {
			builtinModel.Ranker = builtinAttributionRanker()
		}
	})
	return builtinModel, builtinModelErr
}

// WriteTo writes m as a model file (gzip; a JSON header line, then the
// binary payload: the label count, the transition weights as float32, the
// scale of the feature weights, then the feature rows sorted by hash, each
// as the varint difference from the previous hash and one int16 weight per
// label, the weight times the scale, rounded).
func (m *AttributionModel) WriteTo(w io.Writer) (int64, error) {
	h := m.Header
	h.Name = "attribution"
	h.Format = attributionFormat
	if h.Version == "" {
		h.Version = "1"
	}
	cw := &countWriter{w: w}
	zw, err := models.WriteHeader(cw, h)
	if err != nil {
		return cw.n, err
	}
	bw := bufio.NewWriter(zw)
	err = m.writePayload(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		return cw.n, fmt.Errorf("writing attribution model: %w", err)
	}
	return cw.n, nil
}

// writePayload writes the weights of m, then a byte saying whether a
// first stage follows, then the first stage's payload.
func (m *AttributionModel) writePayload(bw *bufio.Writer) error {
	var err error
	put := func(v any) {
		if err == nil {
			err = binary.Write(bw, binary.LittleEndian, v)
		}
	}
	put(uint32(nLabels))
	for a := range m.trans {
		put(m.trans[a][:])
	}
	maxAbs := float32(1e-6)
	for _, v := range m.w {
		maxAbs = max(maxAbs, v, -v)
	}
	scale := 32767 / maxAbs
	put(scale)
	// rows whose weights all round to zero are left out
	quant := func(k uint64) (q [nLabels]int16, zero bool) {
		r := int(m.rows[k])
		zero = true
		for l := range nLabels {
			q[l] = int16(math.Round(float64(m.w[r*nLabels+l] * scale)))
			zero = zero && q[l] == 0
		}
		return q, zero
	}
	keys := make([]uint64, 0, len(m.rows))
	for k := range m.rows {
		if _, zero := quant(k); !zero {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	put(uint32(len(keys)))
	prev := uint64(0)
	var buf [binary.MaxVarintLen64]byte
	for _, k := range keys {
		if err != nil {
			break
		}
		n := binary.PutUvarint(buf[:], k-prev)
		prev = k
		_, err = bw.Write(buf[:n])
		q, _ := quant(k)
		put(q[:])
	}
	if m.first == nil {
		put(uint8(0))
		return err
	}
	put(uint8(1))
	if err != nil {
		return err
	}
	return m.first.writePayload(bw)
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// ReadAttributionModel reads a model file written by WriteTo.
func ReadAttributionModel(r io.Reader) (*AttributionModel, error) {
	h, body, err := models.ReadHeader(r)
	if err != nil {
		return nil, fmt.Errorf("attribution model: %w", err)
	}
	if h.Name != "attribution" || h.Format != attributionFormat && h.Format != 2 {
		return nil, fmt.Errorf("attribution model: got %q format %d, want attribution format %d", h.Name, h.Format, attributionFormat)
	}
	m, err := readPayload(bufio.NewReader(body), 0, h.Format >= 3)
	if err != nil {
		return nil, err
	}
	m.Header = h
	return m, nil
}

// readPayload reads what writePayload wrote; depth counts the stages
// read so far. Format 2 files have one stage and no stage flag.
func readPayload(br *bufio.Reader, depth int, stages bool) (*AttributionModel, error) {
	m := &AttributionModel{}
	var nl uint32
	if err := binary.Read(br, binary.LittleEndian, &nl); err != nil || nl != nLabels {
		return nil, fmt.Errorf("attribution model: bad label count (%v)", err)
	}
	for a := range m.trans {
		if err := binary.Read(br, binary.LittleEndian, m.trans[a][:]); err != nil {
			return nil, fmt.Errorf("attribution model: transitions: %w", err)
		}
		for _, v := range m.trans[a] {
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				return nil, errors.New("attribution model: transition weight not a number")
			}
		}
	}
	var scale float32
	if err := binary.Read(br, binary.LittleEndian, &scale); err != nil {
		return nil, fmt.Errorf("attribution model: scale: %w", err)
	}
	if !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, fmt.Errorf("attribution model: bad scale %v", scale)
	}
	var n uint32
	if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("attribution model: row count: %w", err)
	}
	if n > 1<<24 {
		return nil, errors.New("attribution model: too many rows")
	}
	m.rows = make(map[uint64]int32, min(n, 1<<16))
	m.w = make([]float32, 0, min(int(n), 1<<16)*nLabels)
	prev := uint64(0)
	var q [nLabels]int16
	for i := 0; i < int(n); i++ {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("attribution model: row %d: %w", i, err)
		}
		prev += d
		if err := binary.Read(br, binary.LittleEndian, q[:]); err != nil {
			return nil, fmt.Errorf("attribution model: row %d: %w", i, err)
		}
		m.rows[prev] = int32(len(m.w) / nLabels)
		for _, v := range q {
			m.w = append(m.w, float32(v)/scale)
		}
	}
	m.index()
	if !stages {
		return m, nil // format 2: one stage, no flag
	}
	more, err := br.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("attribution model: stage flag: %w", err)
	}
	switch {
	case more == 0:
	case more == 1 && depth == 0:
		if m.first, err = readPayload(br, depth+1, true); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("attribution model: bad stage flag %d", more)
	}
	return m, nil
}

// rowTable is an open-addressing hash table from feature hash to row,
// faster than a map for the many lookups of tagging. Key 0 marks an empty
// slot; the feature hash 0 is stored as 1.
type rowTable struct {
	keys []uint64
	vals []int32
	mask uint64
}

func tableKey(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// index builds m.table from m.rows.
func (m *AttributionModel) index() {
	size := 1
	for size < 2*len(m.rows)+1 {
		size <<= 1
	}
	t := rowTable{keys: make([]uint64, size), vals: make([]int32, size), mask: uint64(size - 1)}
	for h, r := range m.rows {
		k := tableKey(h)
		i := (k * 0x9E3779B97F4A7C15) >> 20 & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, r
	}
	m.table = t
}

func (t *rowTable) get(h uint64) (int32, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	k := tableKey(h)
	for i := (k * 0x9E3779B97F4A7C15) >> 20 & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// tagSentence returns the best label sequence of tokens [a, b) of the
// scanner's Doc under m.
func (m *AttributionModel) tagSentence(fx *featurizer, a, b int) []int {
	n := b - a
	if n <= 0 {
		return nil
	}
	scores := make([][nLabels]float32, n)
	var buf []uint64
	for i := a; i < b; i++ {
		buf = fx.features(i, a, b, buf[:0])
		sc := &scores[i-a]
		for _, h := range buf {
			r, ok := m.table.get(h)
			if !ok {
				continue
			}
			ws := m.w[int(r)*nLabels : int(r)*nLabels+nLabels]
			for l := range nLabels {
				sc[l] += ws[l]
			}
		}
		if fx.s.margin != nil {
			cue := max(sc[lBC], sc[lBC+1])
			other := float32(math.Inf(-1))
			for l := range nLabels {
				if labelRole[l] != 2 {
					other = max(other, sc[l])
				}
			}
			fx.s.margin[i] = cue - other
		}
	}
	return viterbi(scores, &m.trans)
}

// viterbi returns the best-scoring allowed label sequence for the given
// per-token label scores and transition weights.
func viterbi(scores [][nLabels]float32, trans *[nLabels + 1][nLabels]float32) []int {
	n := len(scores)
	back := make([][nLabels]int8, n)
	var cur, next [nLabels]float32
	neg := float32(math.Inf(-1))
	for l := range nLabels {
		cur[l] = neg
		if allowed(nLabels, l) {
			cur[l] = scores[0][l] + trans[nLabels][l]
		}
	}
	for t := 1; t < n; t++ {
		for l := range nLabels {
			best, arg := neg, 0
			for p := range nLabels {
				if cur[p] == neg || !allowed(p, l) {
					continue
				}
				if v := cur[p] + trans[p][l]; v > best {
					best, arg = v, p
				}
			}
			next[l] = best + scores[t][l]
			back[t][l] = int8(arg)
		}
		cur = next
	}
	best, arg := neg, 0
	for l := range nLabels {
		if cur[l] > best {
			best, arg = cur[l], l
		}
	}
	out := make([]int, n)
	out[n-1] = arg
	for t := n - 1; t > 0; t-- {
		out[t-1] = int(back[t][out[t]])
	}
	return out
}

// Attributions tags every sentence of d with m and assembles the
// attributions. A Doc with no tokens is segmented with Segment first.
func (m *AttributionModel) Attributions(d *nlp.Doc) []Attribution {
	s := newScanner(d)
	s.ranker = m.Ranker
	return s.assemble(m.labels(s))
}

// labels returns the label of every token of the scanner's Doc: from the
// first stage, when m has one, then from m with the first stage's labels
// as features.
func (m *AttributionModel) labels(s *scanner) []int {
	var prev []int
	if m.first != nil {
		prev = m.first.labels(s)
	}
	fx := newFeaturizer(s)
	fx.prev = prev
	d := s.d
	labels := make([]int, len(d.Tokens))
	s.margin = make([]float32, len(d.Tokens))
	for _, sent := range d.Sentences {
		if sent.End-sent.Start > 400 {
			// a "sentence" this long is text without punctuation: tag it in windows
			for a := sent.Start; a < sent.End; a += 200 {
				copy(labels[a:], m.tagSentence(fx, a, min(a+200, sent.End)))
			}
			continue
		}
		copy(labels[sent.Start:], m.tagSentence(fx, sent.Start, sent.End))
	}
	return labels
}
