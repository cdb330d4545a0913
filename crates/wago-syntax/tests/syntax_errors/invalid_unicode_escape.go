package p

var s = "\uD800"
