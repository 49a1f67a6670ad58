module agorakey.local/conformance/go

// Standard library only: this module must build with nothing but a Go
// toolchain (the Agora reference module cannot be fetched here; see
// ../README.md). 1.19 is the release the committed vectors were made with and
// the oldest this program is meant to build with.
go 1.19
