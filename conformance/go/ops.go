package main

// request is the union of every op's fields; each op reads the ones it needs.
// Unknown fields are ignored, so a newer client can talk to an older program.
type request struct {
	ID         any    `json:"id,omitempty"` // echoed as sent (number or string)
	Op         string `json:"op"`
	Hex        string `json:"hex,omitempty"`
	ContentHex string `json:"contentHex,omitempty"`
	Token      string `json:"token,omitempty"`
	// The fields of a 006 token to build (op build006).
	Token006 *fields006 `json:"token006,omitempty"`
}

type response = map[string]any

type opFunc func(request) (response, error)

// ops maps an op name to its handler. Files register their ops in init().
//
// Where the real reference plugs in: a file reference.go starting with
// `//go:build reference`, whose go.mod requires
// github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src, would register
// ops such as "build007" (fields of a vector → accesstoken2.AccessToken with
// fixed IssueTs and Salt, AddService…, Build) and "build006", and the driver
// would then compare whole tokens signed by the reference, not only its last
// compression step. It is not here because that module cannot be downloaded
// on this machine (../README.md has the exact error), and a file that cannot
// build must not sit in the tree.
var ops = map[string]opFunc{}

func register(name string, op opFunc) {
	if _, taken := ops[name]; taken {
		panic("op registered twice: " + name)
	}
	ops[name] = op
}
