package main

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"testing"
)

// The committed vectors hold tokens the Go reference made with Go 1.19; every
// 007 token is "007"+base64(zlib(contentHex)), so this program must rebuild
// each one from its contentHex. If a Go release changes compress/flate's
// output, this fails first, before any comparison with agorakey.
func TestToken007ReproducesTheVectors(t *testing.T) {
	f, err := os.Open("../vectors/go-reference-vectors.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lines := bufio.NewReader(f)
	checked := 0
	for {
		line, err := lines.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			var v struct{ ID, Version, Token, ContentHex string }
			if err := json.Unmarshal(line, &v); err != nil {
				t.Fatal(err)
			}
			if v.Version == "007" {
				res := handle([]byte(`{"op":"token007","contentHex":"` + v.ContentHex + `"}`))
				if res["token"] != v.Token {
					t.Errorf("%s: token differs (%v)", v.ID, res["error"])
				}
				checked++
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked == 0 {
		t.Fatal("no 007 vectors found")
	}
}

func TestZlibInflatesBack(t *testing.T) {
	in := bytes.Repeat([]byte("agorakey "), 10000)
	res := handle([]byte(`{"op":"zlib","id":7,"hex":"` + hex.EncodeToString(in) + `"}`))
	if res["id"] != float64(7) {
		t.Fatalf("id not echoed: %v", res["id"])
	}
	compressed, err := hex.DecodeString(res["hex"].(string))
	if err != nil {
		t.Fatal(err)
	}
	r, err := zlib.NewReader(bytes.NewReader(compressed))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil || !bytes.Equal(out, in) {
		t.Fatalf("round trip failed: %v", err)
	}
}

func TestBadRequestsAnswerErrors(t *testing.T) {
	for _, line := range []string{`not json`, `{"op":"nope"}`, `{"op":"zlib","hex":"zz"}`, `{"op":"token007","contentHex":"0"}`} {
		if _, ok := handle([]byte(line))["error"].(string); !ok {
			t.Errorf("%s: no error in the response", line)
		}
	}
}
