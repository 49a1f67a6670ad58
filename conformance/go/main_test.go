package main

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"reflect"
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

// Every committed 006 vector, rebuilt by go-tokenbuilder from its fields, must
// give the reference's token, and parse back to those fields.
func TestToken006ReproducesTheVectors(t *testing.T) {
	data, err := os.ReadFile("../vectors/go-reference-vectors.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, line := range bytes.Split(data, []byte("\n")) {
		var v struct {
			fields006
			ID, Version, Token string
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if err := json.Unmarshal(line, &v); err != nil {
			t.Fatal(err)
		}
		if v.Version != "006" {
			continue
		}
		checked++
		request, _ := json.Marshal(map[string]any{"op": "build006", "token006": v.fields006})
		if res := handle(request); res["token"] != v.Token {
			t.Errorf("%s: build006 differs (%v)", v.ID, res["error"])
		}
		request, _ = json.Marshal(map[string]any{"op": "parse006", "token": v.Token})
		res := handle(request)
		if res["ts"] != v.Ts || res["salt"] != v.Salt || !reflect.DeepEqual(res["privileges"], v.Privileges) {
			t.Errorf("%s: parse006 gave %v", v.ID, res)
		}
	}
	if checked != 180 {
		t.Fatalf("expected 180 006 vectors, found %d", checked)
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
	for _, line := range []string{`not json`, `{"op":"nope"}`, `{"op":"zlib","hex":"zz"}`, `{"op":"token007","contentHex":"0"}`, `{"op":"build006"}`, `{"op":"parse006","token":"006abc"}`, `{"op":"parse006","token":"0064f163f5f0f9a621d729566c74d10037c!!!"}`} {
		if _, ok := handle([]byte(line))["error"].(string); !ok {
			t.Errorf("%s: no error in the response", line)
		}
	}
}
