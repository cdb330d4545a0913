package p

var x [3int
