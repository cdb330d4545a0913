module m
require (
	x v1 // "
