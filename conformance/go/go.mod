module agorakey.local/conformance/go

// One dependency beyond the standard library: AgoraIO-Community's packaging of
// Agora's AccessToken (006) Go code, the only Go implementation of Agora's
// tokens this machine's module proxy serves (the reference module
// github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src is refused; see
// ../README.md). 1.19 is the release the committed vectors were made with and
// the oldest this program is meant to build with.
go 1.19

require github.com/AgoraIO-Community/go-tokenbuilder v1.0.0
