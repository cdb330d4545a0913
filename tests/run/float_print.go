package main

import "unsafe"

// println of float32, float64, complex64 and complex128 values: the
// shortest form that round trips at the value's own size, %g style.

func f64(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

func f32(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

func integers() {
	for i := 0; i <= 12; i++ {
		print(float64(i), " ")
	}
	println()
	println(100.0, 1000.0, 12345.0, 99999.0, 100000.0, 123456.0, 999999.0)
	println(1e6, 1234567.0, 1e7, 123456789.0, 1e15, 1e16, 1e17)
	println(float64(1<<53), float64(1<<53+2), float64(1<<62), 18446744073709551615.0)
	println(-1.0, -42.0, -1e6, -123456.0)
	println(float32(16777216), float32(16777218), float32(1e6), float32(123456), float32(1<<40))
}

func fractions() {
	one, three := 1.0, 3.0
	println(0.1, 0.2, 0.3, 0.1+0.2, one/three, 2*one/three, 0.5, 0.25, 0.125)
	println(1.5, 2.75, 3.14159, 2.718281828459045, 1.0000000000000002, 0.9999999999999999)
	println(123.456, 0.000123456, 1234.5678, 999999.5, 999999.9999)
	println(float32(0.1), float32(0.2), float32(one/three), float32(3.14159), float32(1.0000001))
	println(float32(0.1)+float32(0.2), float64(float32(0.1)))
}

func boundaries() {
	println(1e20, 1e21, 1e22, 1e23, 123456789012345678901.0)
	println(1e-4, 1e-5, 0.00012, 0.000012, 0.0001234, 0.00001234)
	println(0.001, 0.01, 9.999e-5, 1.0001e-4)
	println(float32(1e-4), float32(1e-5), float32(1e20), float32(1e21))
	// The e form starts at exponent 6.
	println(999999.0, 1e6, 999999.9, 100000.5)
}

func extremes() {
	println(5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308)
	println(f64(1), f64(2), f64(3), f64(0x000fffffffffffff), f64(0x0010000000000000))
	println(1.7976931348623157e308, -1.7976931348623157e308, f64(0x7fefffffffffffff-1))
	println(f32(1), f32(2), f32(0x007fffff), f32(0x00800000), f32(0x7f7fffff))
	println(float32(3.4028234663852886e38), float32(1.401298464324817e-45))
	println(1e100, 1e-100, 1.5e300, 4.9e-300, 1e308, 1e-308, 123e200, 6.02214076e23)
	println(float32(1e30), float32(1e-30), float32(1e38), float32(1e-38), float32(6.02214076e23))
}

func specials() {
	var zero float64
	var zero32 float32
	nan := zero / zero
	inf := 1 / zero
	println(zero, -zero, zero32, -zero32)
	println(nan, inf, -inf, -nan)
	println(float32(nan), float32(inf), float32(-inf))
	println(f64(0x7ff8000000000001), f64(0xfff0000000000001), f32(0x7fc00000), f32(0xff800001))
	println(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308)
}

func powers() {
	x := 1.0
	for i := 0; i < 1100; i++ {
		x /= 2
		if i%7 == 0 || i > 1060 {
			print(x, " ")
		}
	}
	println()
	x = 1.0
	for i := 0; i < 1030; i++ {
		x *= 2
		if i%9 == 0 || i > 1015 {
			print(x, " ")
		}
	}
	println()
	p := 1.0
	for i := 0; i < 330; i++ {
		p /= 10
		print(p, " ")
	}
	println()
	p = 1.0
	for i := 0; i < 310; i++ {
		p *= 10
		print(p, " ")
	}
	println()
	var q float32 = 1
	for i := 0; i < 50; i++ {
		q /= 10
		print(q, " ")
	}
	println()
	q = 1
	for i := 0; i < 40; i++ {
		q *= 10
		print(q, " ")
	}
	println()
}

func complexes() {
	var zero float64
	nan := zero / zero
	inf := 1 / zero
	println(complex(1, 2), complex(1, -2), complex(-1.5, 0.25), complex(0, 0), complex(zero, -zero))
	println(complex(1e21, 1e-7), complex(5e-324, 1.7976931348623157e308))
	println(complex(nan, 1), complex(1, nan), complex(inf, -inf), complex(-inf, inf))
	var c64 complex64 = complex(0.1, 0.2)
	println(c64, c64*c64, complex64(complex(float32(1)/3, -float32(2)/3)))
	c := complex(3.0, 4.0)
	println(c*c, c+c, c-1, real(c), imag(c), -c)
	print(complex(1, 1), "\n")
}

func main() {
	integers()
	fractions()
	boundaries()
	extremes()
	specials()
	powers()
	complexes()
}
