package p

var s []int
var t = s[]
