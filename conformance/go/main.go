// Command agorakey-go is the Go side of agorakey's differential tests.
//
// It reads one JSON request per line on stdin and writes one JSON response per
// line on stdout, in order, until stdin closes. Every request has an "op"; an
// optional "id" is echoed back so a client can check it is reading the answer
// to the question it asked. A failed request answers {"id":…,"error":"…"} and
// the program carries on: one bad case must not end a fuzzing run.
//
// The ops live in a registry (ops.go) filled by init functions, one file per
// family, so that a file needing more than the standard library can add its
// ops behind a build tag without touching this loop (see reference note in ops.go).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	out := bufio.NewWriterSize(os.Stdout, 1<<20)
	enc := json.NewEncoder(out) // Encode ends each value with "\n": one response per line.
	for {
		// ReadBytes, not bufio.Scanner: a 300 KiB payload is a 600 KB hex line,
		// past Scanner's default token limit.
		line, err := in.ReadBytes('\n')
		if len(line) > 0 {
			if encErr := enc.Encode(handle(line)); encErr != nil {
				fmt.Fprintln(os.Stderr, "agorakey-go: writing a response:", encErr)
				os.Exit(1)
			}
			// Flush per response: the client waits for each answer before asking again.
			if flushErr := out.Flush(); flushErr != nil {
				fmt.Fprintln(os.Stderr, "agorakey-go: flushing stdout:", flushErr)
				os.Exit(1)
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "agorakey-go: reading stdin:", err)
			os.Exit(1)
		}
	}
}

// handle decodes one request line and runs its op. It never panics the
// program: a bad request becomes an error response.
func handle(line []byte) response {
	var req request
	if err := json.Unmarshal(line, &req); err != nil {
		return response{"error": "request is not a JSON object: " + err.Error()}
	}
	op, ok := ops[req.Op]
	if !ok {
		return response{"id": req.ID, "error": fmt.Sprintf("unknown op %q", req.Op)}
	}
	res, err := op(req)
	if err != nil {
		return response{"id": req.ID, "error": err.Error()}
	}
	res["id"] = req.ID
	return res
}
