package p

var s = “hello”
