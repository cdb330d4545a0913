// Package regexp from GOROOT: compiling, matching, submatches, replacing
// and splitting (RE2 syntax).
package main

import (
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; carol@nowhere.org"
	println(re.MatchString(s), re.FindString(s), re.NumSubexp())
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		println(m[0], m[1], m[2])
	}
	println(re.ReplaceAllString(s, "$2:$1"))
	idx := re.FindStringIndex(s)
	println(idx[0], idx[1])
	words := regexp.MustCompile(`[,;]\s*`).Split(s, -1)
	println(len(words), strings.Join(words, "|"))
	_, err := regexp.Compile(`a(b`)
	println(err.Error())
	dates := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	m := dates.FindStringSubmatch("on 2024-02 and 2025-11")
	println(m[dates.SubexpIndex("year")], m[dates.SubexpIndex("month")], dates.String())
	println(regexp.MustCompile(`^[a-z]+\d*$`).MatchString("abc123"), regexp.QuoteMeta("a.b*c"))
	up := regexp.MustCompile(`\b\w`).ReplaceAllStringFunc("hello big world", strings.ToUpper)
	println(up)
	println(regexp.MustCompile(`(?i)GO+`).FindAllString("go Goo gOOO g", -1)[2])
}
