package main

import (
	"io"
	"os"
	"path/filepath"
)

// writeModelFile writes a trained file to path through save: into a
// temporary file beside it, renamed over path only once save and the close
// succeed, so a failed or interrupted training run never leaves a truncated
// model where the binary embeds it.
func writeModelFile(path string, save func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := save(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
