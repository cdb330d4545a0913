package p

var x = fmt.
