package main

import (
	"encoding/hex"
	"fmt"

	"github.com/AgoraIO-Community/go-tokenbuilder/accesstoken"
)

// The 006 ops run AgoraIO-Community/go-tokenbuilder, the one Go packaging of
// Agora's AccessToken (006) code this machine's module proxy serves (the
// reference module itself is refused: ../README.md). It covers 006 only, so
// 007 tokens are still checked against Go's compress/zlib alone (zlib.go).
//
// Both ops set every field the token carries (time, salt, privileges)
// directly on accesstoken.AccessToken instead of calling a builder, whose
// clock and random salt would make the token unrepeatable.

type fields006 struct {
	AppID          string            `json:"appId"`
	AppCertificate string            `json:"appCertificate"`
	ChannelName    string            `json:"channelName"`
	UID            string            `json:"uid"`
	Ts             uint32            `json:"ts"`
	Salt           uint32            `json:"salt"`
	Privileges     map[uint16]uint32 `json:"privileges"`
}

func init() {
	register("build006", func(req request) (response, error) {
		f := req.Token006
		if f == nil {
			return nil, fmt.Errorf("build006 needs the token's fields in \"token006\"")
		}
		message := make(map[uint16]uint32, len(f.Privileges))
		for id, expire := range f.Privileges {
			message[id] = expire
		}
		token := accesstoken.AccessToken{
			AppID:          f.AppID,
			AppCertificate: f.AppCertificate,
			ChannelName:    f.ChannelName,
			UidStr:         f.UID,
			Ts:             f.Ts,
			Salt:           f.Salt,
			Message:        message,
		}
		built, err := token.Build()
		if err != nil {
			return nil, fmt.Errorf("build006: %w", err)
		}
		return response{"token": built}, nil
	})
	register("parse006", func(req request) (response, error) {
		if len(req.Token) < 35 {
			// FromString slices the version and app id without checking the length.
			return nil, fmt.Errorf("parse006: a 006 token is at least 35 characters; got %d", len(req.Token))
		}
		var token accesstoken.AccessToken
		if !token.FromString(req.Token) {
			return nil, fmt.Errorf("parse006: go-tokenbuilder's FromString refused the token")
		}
		return response{
			"appId":          req.Token[3:35],
			"signatureHex":   hex.EncodeToString([]byte(token.Signature)),
			"crcChannelName": token.CrcChannelName,
			"crcUid":         token.CrcUid,
			"ts":             token.Ts,
			"salt":           token.Salt,
			"privileges":     token.Message,
		}, nil
	})
}
