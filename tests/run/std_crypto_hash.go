// Hashes from crypto and hash over GOROOT: sha256, sha512, sha1, md5,
// hmac, crc32, fnv, adler32, and the hex and base64 encodings of digests.
// (Decoding errors format with fmt, which is not compiled yet.)
package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	msg := []byte("The quick brown fox jumps over the lazy dog")
	s256 := sha256.Sum256(msg)
	println(hex.EncodeToString(s256[:]))
	s512 := sha512.Sum512(msg)
	println(hex.EncodeToString(s512[:16]))
	s1 := sha1.Sum(msg)
	println(hex.EncodeToString(s1[:]))
	m5 := md5.Sum(msg)
	println(hex.EncodeToString(m5[:]), base64.StdEncoding.EncodeToString(m5[:]))
	h := sha256.New()
	io.Copy(h, strings.NewReader(strings.Repeat("abc", 1000)))
	println(hex.EncodeToString(h.Sum(nil)), h.Size(), h.BlockSize())
	mac := hmac.New(sha256.New, []byte("key"))
	mac.Write(msg)
	sum := mac.Sum(nil)
	println(hex.EncodeToString(sum), hmac.Equal(sum, sum))
	// hmac unwraps a SHA-3 hash through a function crypto/sha3 gives
	// crypto/internal/fips140hash by //go:linkname.
	mac3 := hmac.New(func() hash.Hash { return sha3.New256() }, []byte("key"))
	mac3.Write(msg)
	println(hex.EncodeToString(mac3.Sum(nil)))
	println(crc32.ChecksumIEEE(msg), adler32.Checksum(msg))
	f := fnv.New64a()
	f.Write(msg)
	println(f.Sum64())
	dst := make([]byte, hex.EncodedLen(3))
	hex.Encode(dst, []byte{1, 171, 255})
	println(string(dst), base64.URLEncoding.EncodeToString([]byte{250, 251, 252}))
}
