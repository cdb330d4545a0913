package p

var c <-int
