package english

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestModelsEnv(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "tagger.model"), []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(ModelsEnv, dir)
	p, err := loadDefault()
	if err != nil {
		t.Fatal(err)
	}
	// The folder's broken tagger replaces the embedded one; the other
	// layers come from the binary.
	if !slices.Contains(p.Missing(), "tagger") || len(p.LoadErrors()) == 0 {
		t.Errorf("missing %v, load errors %v: want the folder's tagger tried and left out", p.Missing(), p.LoadErrors())
	}
	t.Setenv(ModelsEnv, "")
	if p, err := loadDefault(); err != nil || slices.Contains(p.Missing(), "tagger") {
		t.Errorf("without %s: missing %v, %v", ModelsEnv, p.Missing(), err)
	}
}
