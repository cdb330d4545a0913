package p

var x = return
