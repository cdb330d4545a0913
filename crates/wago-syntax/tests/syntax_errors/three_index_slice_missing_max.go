package p

var s []int
var t = s[1:2:]
