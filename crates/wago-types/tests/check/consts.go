package p

const (
	a = iota
	b
	c
)

const big = 1 << 100
const small = big >> 98

var _ [small]int = [4]int{}
var _ [c]int = [2]int{}

const f = 1.0 / 3
const g = f * 3
const h int = g

var b1 byte = 300 // ERROR "cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)"
var b2 = byte(300) // ERROR "constant 300 overflows byte"

const k = 300

var b3 byte = k // ERROR "cannot use k (untyped int constant 300) as byte value in variable declaration (overflows)"
var i1 int = 1.5 // ERROR "cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)"

const u uint8 = 255
const v = u + 1 // ERROR "u + 1 (constant 256 of type uint8) overflows uint8"

var x1 = 1 / 0 // ERROR "invalid operation: division by zero"

const s = "abc" + "def"

var _ [len(s)]int = [6]int{}

const m = ^uint32(0)

var _ uint32 = m
