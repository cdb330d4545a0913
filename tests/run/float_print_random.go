package main

import "unsafe"

// println of many pseudo-random floats (a fixed LCG, so the output is
// deterministic): raw float64 and float32 bit patterns, which mostly have
// large exponents, short decimals scaled by powers of ten, which exercise
// the plain form, and complex values made of both.

var state uint64 = 0x2545f4914f6cdd1d

func next() uint64 {
	state = state*6364136223846793005 + 1442695040888963407
	return state ^ state>>31
}

func f64(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

func f32(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

func main() {
	for i := 0; i < 2500; i++ {
		println(f64(next()), f64(next()), f64(next()), f64(next()))
	}
	for i := 0; i < 1250; i++ {
		println(f32(uint32(next())), f32(uint32(next())), f32(uint32(next())), f32(uint32(next())))
	}
	var pow10 [24]float64
	pow10[0] = 1
	for i := 1; i < len(pow10); i++ {
		pow10[i] = pow10[i-1] * 10
	}
	for i := 0; i < 500; i++ {
		for j := 0; j < 4; j++ {
			digits := float64(next() % 1000000000)
			v := digits / pow10[next()%uint64(len(pow10))]
			if next()%3 == 0 {
				v = digits * pow10[next()%16]
			}
			print(v, " ", float32(v), " ")
		}
		println()
	}
	for i := 0; i < 500; i++ {
		println(complex(f64(next()), f64(next())), complex(f32(uint32(next())), f32(uint32(next()))))
	}
}
