package p

var e = <- <-chan int
