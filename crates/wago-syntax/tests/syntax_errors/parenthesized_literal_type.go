package p

type T struct{}

var x = (T){}
