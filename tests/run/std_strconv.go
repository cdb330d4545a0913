package main

import (
	"strconv"
	"unicode"
)

func main() {
	n, err := strconv.Atoi("1234")
	println(n, err == nil)
	_, err = strconv.Atoi("12x")
	println(err.Error())
	println(strconv.Itoa(-56), strconv.FormatInt(255, 16), strconv.Quote("hi\n"))
	f, _ := strconv.ParseFloat("3.25", 64)
	println(f, strconv.FormatFloat(1.0/3, 'g', 5, 64))
	println(unicode.IsUpper('A'), unicode.IsDigit('x'), string(unicode.ToLower('Q')))
}
