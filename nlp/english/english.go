// Package english assembles hearsay's English pipeline: tokenizer and
// sentence segmenter (nlp/tokenize), part-of-speech tagger (nlp/tag),
// lemmatizer (nlp/lemma), dependency parser (nlp/parse) and named-entity
// tagger (nlp/ner), with the models embedded in nlp/models.
package english

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"

	"hearsay/nlp"
	"hearsay/nlp/lemma"
	"hearsay/nlp/models"
	"hearsay/nlp/ner"
	"hearsay/nlp/parse"
	"hearsay/nlp/tag"
	"hearsay/nlp/tokenize"
)

// Layer names, in the order the pipeline runs them.
const (
	Tagger     = "tagger"
	Lemmatizer = "lemmatizer"
	Parser     = "parser"
	NER        = "ner"
)

// layer is one model of the pipeline.
type layer struct {
	name string // Tagger, Lemmatizer, ...
	file string // model file in nlp/models
	load func(r io.Reader) (nlp.Annotator, error)
}

var layers = []layer{
	{Tagger, "tagger.model", func(r io.Reader) (nlp.Annotator, error) { return tag.Load(r) }},
	{Lemmatizer, "lemma.model", func(r io.Reader) (nlp.Annotator, error) { return lemma.Load(r) }},
	{Parser, "parser.model", func(r io.Reader) (nlp.Annotator, error) { return parse.Load(r) }},
	{NER, "ner.model", func(r io.Reader) (nlp.Annotator, error) { return ner.Load(r) }},
}

// Pipeline is the English pipeline. It is safe for concurrent use.
type Pipeline struct {
	annotators []nlp.Annotator // per layer; nil for a missing one
	headers    []models.Header // per layer
	missing    []string
	loadErrs   []error
	panics     atomic.Int64 // layers that panicked on a Doc (see run)
}

var (
	defOnce sync.Once
	def     *Pipeline
	defErr  error
)

// ModelsEnv names the environment variable that points every command at a
// folder of model files to use before the embedded ones (LoadDir): the way
// to measure freshly trained models downstream (events, claims, stories)
// before committing them.
const ModelsEnv = "HEARSAY_MODELS"

// Default returns the pipeline built from the models embedded in the
// binary (or, when $HEARSAY_MODELS names a folder, from its files first),
// loading them on the first call. A model file that is absent, or present
// but unreadable (see LoadErrors), leaves its layer out (see Missing).
func Default() (*Pipeline, error) {
	defOnce.Do(func() { def, defErr = loadDefault() })
	return def, defErr
}

func loadDefault() (*Pipeline, error) {
	if dir := os.Getenv(ModelsEnv); dir != "" {
		return LoadDir(dir)
	}
	return Load(models.Open)
}

// Load builds a pipeline from the model files open returns by name
// ("tagger.model"). A file whose open error wraps models.ErrNotExist, or
// that its package cannot load, leaves its layer out; any other open error
// is returned.
func Load(open func(name string) (io.ReadCloser, error)) (*Pipeline, error) {
	p := &Pipeline{annotators: make([]nlp.Annotator, len(layers)), headers: make([]models.Header, len(layers))}
	for i, l := range layers {
		f, err := open(l.file)
		if errors.Is(err, fs.ErrNotExist) {
			p.missing = append(p.missing, l.name)
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("english: opening %s: %w", l.file, err)
		}
		a, err := l.load(f)
		f.Close()
		if err != nil {
			// A stale or damaged model file leaves its layer out rather
			// than the whole pipeline; LoadErrors reports it.
			p.missing = append(p.missing, l.name)
			p.loadErrs = append(p.loadErrs, fmt.Errorf("english: loading %s: %w", l.file, err))
			continue
		}
		p.annotators[i] = a
		if f2, err := open(l.file); err == nil {
			if h, _, err := models.ReadHeader(f2); err == nil {
				p.headers[i] = h
			}
			f2.Close()
		}
	}
	return p, nil
}

// LoadDir builds a pipeline from the model files in dir, falling back to
// the embedded file of each model dir lacks. It serves to try freshly
// trained models before they are committed to nlp/models.
func LoadDir(dir string) (*Pipeline, error) {
	return Load(func(name string) (io.ReadCloser, error) {
		f, err := os.Open(filepath.Join(dir, name))
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		return models.Open(name)
	})
}

// Missing returns the layers left out for want of a usable model file
// ("parser"), in pipeline order; nil when the pipeline is complete.
func (p *Pipeline) Missing() []string { return p.missing }

// LoadErrors returns why model files that are present could not be loaded
// (a file from an older format, say); nil when every present file loaded.
func (p *Pipeline) LoadErrors() []error { return p.loadErrs }

// Has reports whether the pipeline runs the layer name (Tagger, ...).
func (p *Pipeline) Has(name string) bool {
	for i, l := range layers {
		if l.name == name {
			return p.annotators[i] != nil
		}
	}
	return false
}

// Models returns the headers of the loaded model files, by layer name.
func (p *Pipeline) Models() map[string]models.Header {
	out := map[string]models.Header{}
	for i, l := range layers {
		if p.annotators[i] != nil {
			out[l.name] = p.headers[i]
		}
	}
	return out
}

// Analyze tokenizes and segments text and runs every layer the pipeline
// has over it: tags, lemmas, dependencies, entities. Sentences are at most
// tokenize.MaxSentence tokens long. It never fails: empty text gives an
// empty Doc.
func (p *Pipeline) Analyze(text string) *nlp.Doc {
	d := tokenize.Doc(text)
	p.run(d)
	return d
}

// AnnotateTokens runs every layer the pipeline has over d, whose tokens
// and sentences are kept as they are (CoNLL-U input, say): the layers
// present overwrite tags, lemmas, heads, relations and entity tags; a
// missing layer leaves its fields as they were. A Doc with tokens but no
// sentences is segmented first.
func (p *Pipeline) AnnotateTokens(d *nlp.Doc) {
	if len(d.Sentences) == 0 && len(d.Tokens) > 0 {
		d.Sentences = tokenize.Segment(d.Text, d.Tokens)
		if len(d.Sentences) == 0 || d.Sentences[len(d.Sentences)-1].End != len(d.Tokens) {
			d.Sentences = []nlp.Sentence{{Start: 0, End: len(d.Tokens)}}
		}
	}
	p.run(d)
}

// Lemmatize fills only the lemmas of d, from the tags its tokens already
// carry (gold tags, say). Without a lemmatizer model it does nothing.
func (p *Pipeline) Lemmatize(d *nlp.Doc) {
	for i, l := range layers {
		if l.name == Lemmatizer && p.annotators[i] != nil {
			p.annotate(i, p.annotators[i], d)
		}
	}
}

func (p *Pipeline) run(d *nlp.Doc) {
	if len(d.Tokens) == 0 {
		return
	}
	for i, a := range p.annotators {
		if a == nil {
			continue
		}
		if layers[i].name == Parser {
			for j := range d.Tokens {
				d.Tokens[j].Head = -1
			}
		}
		p.annotate(i, a, d)
	}
}

// annotate runs layer i over d. A layer that panics (a bug, never
// expected) leaves its fields cleared on d instead of taking the caller
// down; Panics counts such events so that tests can insist on none.
func (p *Pipeline) annotate(i int, a nlp.Annotator, d *nlp.Doc) {
	defer func() {
		if recover() == nil {
			return
		}
		p.panics.Add(1)
		for j := range d.Tokens {
			t := &d.Tokens[j]
			switch layers[i].name {
			case Tagger:
				t.UPOS, t.XPOS = "", ""
			case Lemmatizer:
				t.Lemma = ""
			case Parser:
				t.Head, t.Rel = -1, ""
			case NER:
				t.Ent = ""
			}
		}
	}()
	a.Annotate(d)
}

// Panics returns how many times a layer has panicked on a Doc since the
// pipeline was loaded (each time, that layer's fields were left empty).
func (p *Pipeline) Panics() int64 { return p.panics.Load() }
