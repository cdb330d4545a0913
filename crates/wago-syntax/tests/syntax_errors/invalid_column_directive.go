package p

//line foo.go:10:0
var x int
