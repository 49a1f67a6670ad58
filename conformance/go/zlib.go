package main

import (
	"bytes"
	"compress/zlib"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"runtime"
)

func init() {
	register("version", func(request) (response, error) {
		// The Go release decides compress/flate's bytes, so every report names it.
		return response{"go": runtime.Version()}, nil
	})
	register("zlib", func(req request) (response, error) {
		data, err := decodeHex("hex", req.Hex)
		if err != nil {
			return nil, err
		}
		compressed, err := zlibBytes(data)
		if err != nil {
			return nil, err
		}
		return response{"hex": hex.EncodeToString(compressed)}, nil
	})
	register("token007", func(req request) (response, error) {
		content, err := decodeHex("contentHex", req.ContentHex)
		if err != nil {
			return nil, err
		}
		compressed, err := zlibBytes(content)
		if err != nil {
			return nil, err
		}
		// A 007 token is the version, then standard (padded) base64 of the
		// zlib-compressed content: the reference's last step after signing.
		return response{"token": "007" + base64.StdEncoding.EncodeToString(compressed)}, nil
	})
}

// zlibBytes compresses data as the reference does: zlib.NewWriter (the
// default level, which compress/flate runs as level 6), one Write, Close.
// Close, not Flush: Flush would add an empty stored block and change the bytes.
func zlibBytes(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	if _, err := w.Write(data); err != nil {
		return nil, fmt.Errorf("zlib write: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("zlib close: %w", err)
	}
	return buf.Bytes(), nil
}

func decodeHex(field, s string) ([]byte, error) {
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("%s is not hex: %w", field, err)
	}
	return b, nil
}
