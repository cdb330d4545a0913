package p

var a = `raw
var b = "str
var c = '\
var d = /* never closed
