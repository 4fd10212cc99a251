package perceptron

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
)

// PutUvarint writes x as an unsigned varint, the integer encoding of the
// model files; errors surface at the writer's Flush.
func PutUvarint(w *bufio.Writer, x uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], x)])
}

// GetUvarint reads an unsigned varint no larger than max.
func GetUvarint(r *bufio.Reader, max uint64) (uint64, error) {
	x, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, err
	}
	if x > max {
		return 0, fmt.Errorf("value %d out of range", x)
	}
	return x, nil
}

// GetString reads a string written as its varint length (at most 64 KiB)
// and its bytes.
func GetString(r *bufio.Reader) (string, error) {
	n, err := GetUvarint(r, 1<<16)
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", err
	}
	return string(b), nil
}
