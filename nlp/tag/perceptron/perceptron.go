// Package perceptron is a sparse multi-class averaged perceptron over hashed
// features, shared by hearsay's tagger and parser.
//
// A feature is a uint64 hash; each feature holds weights only for the classes
// it was ever updated towards or away from, so models stay small even with
// a hundred classes. Training uses a Trainer; its averaged weights become an
// immutable Model that scores quickly and serializes compactly.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Hash mixes a and b into a feature hash (a SplitMix64-style finalizer).
func Hash(a, b uint64) uint64 {
	x := a*0x9E3779B97F4A7C15 ^ (b + 0x632BE59BD9B4E019 + (a << 6) + (a >> 2))
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// HashString hashes s (FNV-1a, then mixed).
func HashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return Hash(h, uint64(len(s)))
}

type entry struct {
	class int32
	w     int32 // current weight (updates are ±1)
	u     int64 // sum of step*delta, for averaging
}

// Trainer accumulates perceptron updates and their averages.
type Trainer struct {
	nclass int
	index  map[uint64]int32 // a feature's row in rows
	rows   [][]entry
	step   int64
	// a direct-mapped cache of index: scoring looks up the same features
	// again and again, and a hit is cheaper than a map lookup
	cache []trainSlot
}

// trainSlot is an entry of a Trainer's cache: feature key has row row, or
// none when row < 0.
type trainSlot struct {
	key uint64
	row int32
}

// trainerCacheBits is the size of a Trainer's cache: 2^16 features.
const trainerCacheBits = 16

// NewTrainer returns a trainer for nclass classes.
func NewTrainer(nclass int) *Trainer {
	t := &Trainer{nclass: nclass, index: make(map[uint64]int32), step: 1, cache: make([]trainSlot, 1<<trainerCacheBits)}
	for i := range t.cache {
		// a key whose low bits are not i is never looked up at i
		t.cache[i] = trainSlot{key: uint64(i) ^ 1, row: -1}
	}
	return t
}

// Classes returns the number of classes.
func (t *Trainer) Classes() int { return t.nclass }

// row returns the row of feature f, -1 if it has none.
func (t *Trainer) row(f uint64) int32 {
	c := &t.cache[f&(1<<trainerCacheBits-1)]
	if c.key != f {
		r, ok := t.index[f]
		if !ok {
			r = -1
		}
		*c = trainSlot{key: f, row: r}
	}
	return c.row
}

// rowFor returns the row of feature f, adding an empty one if it has none.
func (t *Trainer) rowFor(f uint64) int32 {
	r := t.row(f)
	if r < 0 {
		r = int32(len(t.rows))
		t.rows = append(t.rows, nil)
		t.index[f] = r
		t.cache[f&(1<<trainerCacheBits-1)] = trainSlot{key: f, row: r}
	}
	return r
}

// Score adds the current weights of feats to scores (len ≥ number of classes).
func (t *Trainer) Score(feats []uint64, scores []float32) {
	for _, f := range feats {
		if r := t.row(f); r >= 0 {
			for _, e := range t.rows[r] {
				scores[e.class] += float32(e.w)
			}
		}
	}
}

// Update rewards class truth and penalizes class guess for feats. It does
// nothing when they are equal.
func (t *Trainer) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r := t.rowFor(f)
		row := t.rows[r]
		row = t.add(row, int32(truth), 1)
		row = t.add(row, int32(guess), -1)
		t.rows[r] = row
	}
}

// Add adds delta to the weight of class for each of feats: a one-sided
// update, for structured training, where the features of the right and of
// the predicted decision differ.
func (t *Trainer) Add(feats []uint64, class int, delta int32) {
	for _, f := range feats {
		r := t.rowFor(f)
		t.rows[r] = t.add(t.rows[r], int32(class), delta)
	}
}

func (t *Trainer) add(row []entry, class int32, d int32) []entry {
	for i := range row {
		if row[i].class == class {
			row[i].w += d
			row[i].u += t.step * int64(d)
			return row
		}
	}
	return append(row, entry{class: class, w: d, u: t.step * int64(d)})
}

// Tick counts one training instance; averaging weighs each weight vector by
// the number of instances it survived.
func (t *Trainer) Tick() { t.step++ }

// Model returns the averaged weights, dropping those whose magnitude is
// below prune.
func (t *Trainer) Model(prune float32) *Model {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	c := float64(t.step)
	var rows rowBuilder
	for _, k := range keys {
		row := slices.Clone(t.rows[t.index[k]])
		slices.SortFunc(row, func(a, b entry) int { return int(a.class - b.class) })
		for _, e := range row {
			avg := float32(float64(e.w) - float64(e.u)/c)
			if avg > prune || avg < -prune {
				rows.add(k, uint16(e.class), avg)
			}
		}
	}
	return rows.model(t.nclass, 0, true)
}

// rowBuilder collects weights feature by feature, in increasing feature
// order, before they are quantized into a Model.
type rowBuilder struct {
	keys    []uint64
	offs    []uint32
	classes []uint16
	weights []float32
}

func (b *rowBuilder) add(key uint64, class uint16, w float32) {
	if n := len(b.keys); n == 0 || b.keys[n-1] != key {
		b.keys = append(b.keys, key)
		b.offs = append(b.offs, uint32(len(b.classes)))
	}
	b.classes = append(b.classes, class)
	b.weights = append(b.weights, w)
}

// model quantizes the weights to multiples of a unit no smaller than step
// and large enough for every weight to fit in an int16; a weight that
// rounds to zero is dropped. With keepRaw the model also keeps the exact
// weights, so that Compact rounds them only once.
func (b *rowBuilder) model(nclass int, step float32, keepRaw bool) *Model {
	var maxAbs float32
	for _, w := range b.weights {
		maxAbs = max(maxAbs, w, -w)
	}
	unit := max(step, maxAbs/math.MaxInt16)
	if unit == 0 {
		unit = 1
	}
	m := &Model{nclass: nclass, unit: unit}
	offs := append(b.offs, uint32(len(b.classes)))
	for i, k := range b.keys {
		start := len(m.data)
		for j := offs[i]; j < offs[i+1]; j++ {
			q := math.Round(float64(b.weights[j] / unit))
			if q != 0 || keepRaw {
				m.data = append(m.data, cell{class: b.classes[j], w: int16(q)})
				if keepRaw {
					m.raw = append(m.raw, b.weights[j])
				}
			}
		}
		if len(m.data) > start {
			m.keys = append(m.keys, k)
			m.offs = append(m.offs, uint32(start))
		}
	}
	m.offs = append(m.offs, uint32(len(m.data)))
	m.index()
	return m
}

// Compact returns a copy of m without the weights whose magnitude is below
// prune and with the others rounded to multiples of step (at least the
// model's unit), which is how they are stored: small steps keep scores
// nearly exact, larger ones make smaller files.
func (m *Model) Compact(prune, step float32) *Model {
	if step <= 0 {
		step = 1.0 / 64
	}
	var rows rowBuilder
	for i, k := range m.keys {
		for j := m.offs[i]; j < m.offs[i+1]; j++ {
			c := m.data[j]
			w := float32(c.w) * m.unit
			if m.raw != nil {
				w = m.raw[j]
			}
			if w >= prune || w <= -prune {
				rows.add(k, c.class, w)
			}
		}
	}
	return rows.model(m.nclass, step, false)
}

// cell is one weight: a class and its weight in units of Model.unit.
type cell struct {
	class uint16
	w     int16
}

// slot is an entry of a Model's open-addressing feature table.
type slot struct {
	key uint64
	lo  uint32 // the feature's weights are data[lo:lo+n]
	n   uint32 // 0 for an empty slot
}

// Model is a trained, immutable perceptron. It is safe for concurrent use.
type Model struct {
	nclass int
	unit   float32  // a weight is its cell's w times unit
	keys   []uint64 // sorted feature hashes
	offs   []uint32 // keys[i]'s weights are data[offs[i]:offs[i+1]]
	data   []cell
	raw    []float32 // exact weights of data, for Compact; nil once compacted or read

	table []slot // open addressing with linear probing
	mask  uint64
	bloom []uint64 // a Bloom filter of keys (see mayHave)
	bmask uint64
}

func (m *Model) index() {
	n := 1
	for n < len(m.keys)+len(m.keys)/2+2 {
		n <<= 1
	}
	m.table = make([]slot, n)
	m.mask = uint64(n - 1)
	for i, k := range m.keys {
		j := k & m.mask
		for m.table[j].n != 0 {
			j = (j + 1) & m.mask
		}
		m.table[j] = slot{key: k, lo: m.offs[i], n: m.offs[i+1] - m.offs[i]}
	}
	nb := 64
	for nb < 8*len(m.keys) {
		nb <<= 1
	}
	m.bloom = make([]uint64, nb/64)
	m.bmask = uint64(nb - 1)
	for _, k := range m.keys {
		b1, b2 := m.bloomBits(k)
		m.bloom[b1/64] |= 1 << (b1 % 64)
		m.bloom[b2/64] |= 1 << (b2 % 64)
	}
}

// bloomBits returns the two bits of the Bloom filter that feature f sets:
// taken from bits of the hash that the table's index does not use.
func (m *Model) bloomBits(f uint64) (uint64, uint64) {
	return (f >> 40) & m.bmask, (f >> 17) & m.bmask
}

// mayHave reports whether f may be a feature of m: false means it surely
// is not (a Bloom filter of 8 bits per feature, small enough to stay in
// the processor's cache, spares the probe of the large table).
func (m *Model) mayHave(f uint64) bool {
	b1, b2 := m.bloomBits(f)
	return m.bloom[b1/64]&(1<<(b1%64)) != 0 && m.bloom[b2/64]&(1<<(b2%64)) != 0
}

// Classes returns the number of classes.
func (m *Model) Classes() int { return m.nclass }

// Features returns the number of features with weights.
func (m *Model) Features() int { return len(m.keys) }

// Weights returns the number of stored weights.
func (m *Model) Weights() int { return len(m.data) }

// Unit returns the unit of the scores Score adds: a weight of 1 in the
// trained model adds 1/Unit.
func (m *Model) Unit() float32 { return m.unit }

// Score adds the weights of feats to scores (len ≥ number of classes), in
// units of Unit(); only their order matters for a decision.
func (m *Model) Score(feats []uint64, scores []float32) {
	// Find every feature's row first, then add the rows: the lookups do
	// not depend on each other, so their cache misses overlap.
	var found [64]slot
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), len(found))]
		feats = feats[len(chunk):]
		k := 0
		for _, f := range chunk {
			j := f & m.mask
			for {
				s := m.table[j]
				if s.n == 0 {
					break
				}
				if s.key == f {
					found[k] = s
					k++
					break
				}
				j = (j + 1) & m.mask
			}
		}
		for _, s := range found[:k] {
			for _, c := range m.data[s.lo : s.lo+s.n] {
				scores[c.class] += float32(c.w)
			}
		}
	}
}

const magic = "HSPC1"

// WriteTo writes the model in a compact binary form.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	buf := make([]byte, binary.MaxVarintLen64)
	put := func(x uint64) {
		k := binary.PutUvarint(buf, x)
		bw.Write(buf[:k])
		n += int64(k)
	}
	bw.WriteString(magic)
	n += int64(len(magic))
	put(uint64(m.nclass))
	put(uint64(len(m.keys)))
	binary.LittleEndian.PutUint32(buf, math.Float32bits(m.unit))
	bw.Write(buf[:4])
	n += 4
	var prev uint64
	for i, k := range m.keys {
		put(k - prev)
		prev = k
		put(uint64(m.offs[i+1] - m.offs[i]))
	}
	// classes as deltas within a row, then the weights in units
	for i := range m.keys {
		prev := uint16(0)
		for _, c := range m.data[m.offs[i]:m.offs[i+1]] {
			put(uint64(c.class - prev))
			prev = c.class
		}
	}
	for _, c := range m.data {
		q := int64(c.w)
		put(uint64(q<<1) ^ uint64(q>>63))
	}
	return n, bw.Flush()
}

// ErrFormat reports a malformed model.
var ErrFormat = errors.New("perceptron: malformed model")

// Read reads a model written by WriteTo.
func Read(r io.ByteReader) (*Model, error) {
	for i := 0; i < len(magic); i++ {
		b, err := r.ReadByte()
		if err != nil || b != magic[i] {
			return nil, fmt.Errorf("%w: bad magic", ErrFormat)
		}
	}
	get := func(what string, max uint64) (uint64, error) {
		x, err := binary.ReadUvarint(r)
		if err != nil {
			return 0, fmt.Errorf("%w: reading %s: %v", ErrFormat, what, err)
		}
		if x > max {
			return 0, fmt.Errorf("%w: %s %d out of range", ErrFormat, what, x)
		}
		return x, nil
	}
	nc, err := get("class count", 1<<16)
	if err != nil {
		return nil, err
	}
	nk, err := get("feature count", 1<<28)
	if err != nil {
		return nil, err
	}
	var b4 [4]byte
	for j := range b4 {
		if b4[j], err = r.ReadByte(); err != nil {
			return nil, fmt.Errorf("%w: reading step: %v", ErrFormat, err)
		}
	}
	unit := math.Float32frombits(binary.LittleEndian.Uint32(b4[:]))
	if !(unit > 0) || math.IsInf(float64(unit), 0) {
		return nil, fmt.Errorf("%w: bad weight unit %v", ErrFormat, unit)
	}
	m := &Model{nclass: int(nc), unit: unit}
	m.keys = make([]uint64, 0, min(nk, 1<<20))
	m.offs = make([]uint32, 1, min(nk, 1<<20)+1)
	var prev uint64
	var total uint64
	for i := uint64(0); i < nk; i++ {
		d, err := get("feature", math.MaxUint64)
		if err != nil {
			return nil, err
		}
		if i > 0 && d == 0 {
			return nil, fmt.Errorf("%w: duplicate feature", ErrFormat)
		}
		prev += d
		cnt, err := get("row length", nc)
		if err != nil {
			return nil, err
		}
		total += cnt
		if total > 1<<31 {
			return nil, fmt.Errorf("%w: too many weights", ErrFormat)
		}
		m.keys = append(m.keys, prev)
		m.offs = append(m.offs, uint32(total))
	}
	m.data = make([]cell, 0, min(total, 1<<22))
	for i := range m.keys {
		prev := uint64(0)
		for j := m.offs[i]; j < m.offs[i+1]; j++ {
			d, err := get("class", nc)
			if err != nil {
				return nil, err
			}
			if j > m.offs[i] && d == 0 {
				return nil, fmt.Errorf("%w: repeated class", ErrFormat)
			}
			prev += d
			if prev >= nc {
				return nil, fmt.Errorf("%w: class %d out of range", ErrFormat, prev)
			}
			m.data = append(m.data, cell{class: uint16(prev)})
		}
	}
	for i := range m.data {
		z, err := get("weight", math.MaxUint64)
		if err != nil {
			return nil, err
		}
		q := int64(z>>1) ^ -int64(z&1)
		if q < math.MinInt16 || q > math.MaxInt16 {
			return nil, fmt.Errorf("%w: weight %d out of range", ErrFormat, q)
		}
		m.data[i].w = int16(q)
	}
	m.index()
	return m, nil
}

// Mix returns the average of the weights of models over the same classes
// (parameter mixing: perceptrons trained with different seeds or data
// orders, averaged, usually generalize a little better than any one of
// them). A feature missing from a model counts as zero there. The result
// keeps exact weights for Compact when every model has them.
func Mix(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, errors.New("perceptron: nothing to mix")
	}
	nclass := models[0].nclass
	keepRaw := true
	for _, m := range models {
		if m.nclass != nclass {
			return nil, fmt.Errorf("perceptron: mixing models of %d and %d classes", nclass, m.nclass)
		}
		keepRaw = keepRaw && m.raw != nil
	}
	pos := make([]int, len(models)) // next feature of each model
	sum := make([]float32, nclass)
	seen := make([]bool, nclass)
	inv := 1 / float32(len(models))
	var rows rowBuilder
	for {
		// the smallest feature not yet mixed
		k, ok := uint64(0), false
		for i, m := range models {
			if pos[i] < len(m.keys) && (!ok || m.keys[pos[i]] < k) {
				k, ok = m.keys[pos[i]], true
			}
		}
		if !ok {
			break
		}
		clear(sum)
		clear(seen)
		for i, m := range models {
			if pos[i] >= len(m.keys) || m.keys[pos[i]] != k {
				continue
			}
			f := pos[i]
			for j := m.offs[f]; j < m.offs[f+1]; j++ {
				c := m.data[j]
				w := float32(c.w) * m.unit
				if m.raw != nil {
					w = m.raw[j]
				}
				sum[c.class] += w
				seen[c.class] = true
			}
			pos[i]++
		}
		for c := range sum {
			if seen[c] {
				rows.add(k, uint16(c), sum[c]*inv)
			}
		}
	}
	return rows.model(nclass, 0, keepRaw), nil
}

// Cache remembers where its Model keeps the weights of recently scored
// features, in a small direct-mapped table: a parser scores mostly the same
// features from one transition to the next and from one beam item to the
// next, and a hit in the cache (a few hundred kilobytes) costs far less than
// a probe of the model's table (tens of megabytes). Scores are exactly
// those of Model.Score. A Cache is not safe for concurrent use; the Model
// stays immutable, so any number of caches may share it.
type Cache struct {
	m     *Model
	slots []slot
	mask  uint64
	// acc sums the rows: indexed by a class (a uint16), it needs no bounds
	// checks; only its first nclass entries are ever touched
	acc *[1 << 16]float32
}

// NewCache returns a cache of 2^bits features (bits between 4 and 24) for m.
func (m *Model) NewCache(bits int) *Cache {
	bits = min(max(bits, 4), 24)
	c := &Cache{m: m, slots: make([]slot, 1<<bits), mask: 1<<bits - 1, acc: new([1 << 16]float32)}
	for i := range c.slots {
		// a key whose low bits are not i can never be looked up at i
		c.slots[i].key = uint64(i) ^ 1
	}
	return c
}

// Model returns the model whose weights c caches.
func (c *Cache) Model() *Model { return c.m }

// Score adds the weights of feats to scores (len ≥ number of classes), as
// Model.Score does.
func (c *Cache) Score(feats []uint64, scores []float32) {
	m := c.m
	acc := c.acc
	nc := min(m.nclass, len(scores))
	clear(acc[:nc])
	// As in Model.Score: find every row first, then add them, so that the
	// misses of the cache overlap.
	var found [64]slot
	for len(feats) > 0 {
		chunk := feats[:min(len(feats), len(found))]
		feats = feats[len(chunk):]
		for i, f := range chunk {
			cs := &c.slots[f&c.mask]
			if cs.key != f {
				// not cached: find it in the model (n = 0 when absent,
				// which is cached too)
				*cs = slot{key: f}
				j := f & m.mask
				for m.mayHave(f) {
					s := m.table[j]
					if s.n == 0 {
						break
					}
					if s.key == f {
						*cs = s
						break
					}
					j = (j + 1) & m.mask
				}
			}
			found[i] = *cs
		}
		for _, s := range found[:len(chunk)] {
			for _, w := range m.data[s.lo : s.lo+s.n] {
				acc[w.class] += float32(w.w)
			}
		}
	}
	for i, x := range acc[:nc] {
		scores[i] += x
	}
}
