package p

//line foo.go:0
var x int
