package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const big = 1 << 100
const huge = big >> 98

const (
	a, b = iota, iota * 10
	c, d
)

type Flags uint8

const (
	F1 Flags = 1 << iota
	F2
	F3
)

func main() {
	println(Sunday, Monday, Tuesday)
	println(KB, MB, GB)
	println(huge, a, b, c, d)
	f := F1 | F3
	println(f, f&F2 == 0, f&^F1)
	const s = "const" + "ant"
	println(s, len(s))
	const r = 'x' + 1
	println(r, string(rune(r)))
	var u8 uint8 = 255
	println(u8+1 == 0, -7/2, -7%2, 7>>1)
	println(^uint32(0), ^0, 1e3 == 1000)
}
