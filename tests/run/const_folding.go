package main

const (
	Big   = 1 << 100
	Small = Big >> 98
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Third = 1.0 / 3
	Str   = "con" + "cat"
	Mask  = ^uint32(0)
	Neg   = -Big / (1 << 99)
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

func main() {
	println(Small, Neg, Str, len(Str), Mask)
	println(Pi, Third, Pi*2, float32(Pi))
	println(Sunday, Monday, Tuesday, Thursday)
	println(KB, MB, GB, TB)
	println(Big/(Big>>60), 'a'+1, 'x'-'a', "s"[0])
	const c = 10 / 4
	const d = 10 / 4.0
	println(c, d, 7%3, -7%3, -7/2)
	const h = 0x7fffffff + 1
	var i64 int64 = h
	println(i64, uint8(300%256), int8(-128))
	println(len("héllo"), len([3]int{}), 1e3 == 1000)
	const shift = 1.0 << 3
	println(shift, 5.0/2)
	var f float32 = 1 << 24
	println(f + 1)
	println(Monday+Tuesday*2, Weekday(3))
}
