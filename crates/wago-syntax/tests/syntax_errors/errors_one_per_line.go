package p

var x = ) ) ) )
