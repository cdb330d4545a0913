package p

/* never closed
var x int
