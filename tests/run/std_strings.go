// Package strings from GOROOT (it needs sync and internal/bytealg, which
// wago's runtime provides through //go:linkname).
package main

import (
	"strings"
	"unicode"
)

func main() {
	println(strings.ToUpper("hello, wörld"), strings.ToLower("ÀB"), strings.Title("go wasm"))
	println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'c'))
	println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexByte("golang", 'l'))
	println(strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "xyzn"), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Compare("a", "b"), strings.EqualFold("Go", "GO"))
	println(strings.HasPrefix("prefix", "pre"), strings.HasSuffix("suffix", "fix"))
	println(strings.Repeat("na", 4), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("a-b-c", "-", "+"))
	println(strings.Join(strings.Split("a,b,c", ","), "|"), len(strings.SplitN("a,b,c,d", ",", 2)))
	println(strings.Join(strings.Fields("  foo bar  baz   "), "/"), strings.Join(strings.SplitAfter("a,b", ","), "/"))
	println(strings.TrimSpace("  \t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aab", "a"), strings.TrimPrefix("pre-x", "pre-"))
	println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	before, after, found := strings.Cut("key=value", "=")
	println(before, after, found)
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString("x")
		b.WriteByte('-')
		b.WriteRune('é')
	}
	println(b.String(), b.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	println(r.Replace("<a href=\"x\">&</a>"))
	one := strings.NewReplacer("a", "1")
	println(one.Replace("banana"))
	rd := strings.NewReader("hello reader")
	buf := make([]byte, 5)
	n, err := rd.Read(buf)
	println(n, err == nil, string(buf[:n]), rd.Len())
	for i, f := range strings.FieldsFunc("a1b2c3", unicode.IsDigit) {
		print(i, f, " ")
	}
	println()
	println(strings.ToValidUTF8("a\xffb", "?"), strings.LastIndexByte("abcabc", 'b'), strings.ContainsFunc("abc", unicode.IsUpper))
}
