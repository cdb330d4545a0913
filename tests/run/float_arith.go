package main

// Float arithmetic, comparisons and conversions: NaN and infinity rules,
// signed zeros, int <-> float conversions, float32 rounding, and a few
// numeric routines whose every step must round as IEEE 754 says.

var zero float64

func nanInf() {
	nan := zero / zero
	inf := 1 / zero
	println(nan == nan, nan != nan, nan < nan, nan <= nan, nan > nan, nan >= nan)
	println(nan == 1, nan < 1, nan > 1, 1 < nan, inf == inf, -inf < inf)
	println(inf+1, inf-inf, inf*0, inf/inf, -inf*-1, 1/inf, -1/inf)
	println(nan+1, nan*0, 0*inf, inf > 1.7976931348623157e308)
	x := nan
	println(x == x, x != x)
	var f32nan = float32(nan)
	println(f32nan == f32nan, f32nan != f32nan, float32(inf) > 3.4e38)
}

func signedZeros() {
	nz := -zero
	println(nz, zero*-1, -1*zero, nz+0, 0+nz, nz+nz, nz-0, zero-zero, nz*nz)
	println(nz == zero, 1/nz, 1/zero, -nz)
	var f float32 = 0
	println(-f, f*-1, 1/(-f))
}

func toInt() {
	vals := []float64{0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -1.5, -2.5, 1e15 + 0.5, 9.007199254740993e15, -1e18, 123456789.987}
	for _, v := range vals {
		// Out-of-range conversions are implementation-defined (gc's amd64
		// and wasm ports differ), so only in-range ones are printed.
		if v > -2147483648.0 && v < 2147483648.0 {
			println(v, int(v), int64(v), int32(v), int8(int32(v)))
		} else {
			println(v, int(v), int64(v))
		}
	}
	uvals := []float64{0, 1.9, 255.9, 65535.5, 4294967295.5, 1.8446744073709550e19, 9.3e18}
	for _, v := range uvals {
		if v < 4294967296.0 {
			println(v, uint(v), uint64(v), uint32(v), uint8(uint32(v)))
		} else {
			println(v, uint(v), uint64(v))
		}
	}
	var f32s = []float32{0.5, 1.5, -2.5, 16777217, 1e9, -2147483648}
	for _, v := range f32s {
		println(v, int(v), int32(v), uint64(v*v))
	}
}

func fromInt() {
	ints := []int64{0, 1, -1, 1<<53 - 1, 1 << 53, 1<<53 + 1, 1<<53 + 3, 1<<63 - 1, -1 << 63, 123456789123456789}
	for _, i := range ints {
		println(i, float64(i), float32(i))
	}
	uints := []uint64{0, 1, 1<<64 - 1, 1 << 63, 1<<63 + 1025, 1<<63 + 1024, 1<<63 + 3072, 12345678901234567890}
	for _, u := range uints {
		println(u, float64(u), float32(u))
	}
	var i32 int32 = 16777217
	var u32 uint32 = 4294967295
	var i8 int8 = -128
	println(float64(i32), float32(i32), float64(u32), float32(u32), float64(i8), float32(i8))
}

func float32Rounding() {
	var a float32 = 1
	var b float32 = 3
	c := a / b
	println(c, c*b, c*3 == 1, float64(c)*3)
	var s float32
	for i := 0; i < 1000; i++ {
		s += 0.1
	}
	var d float64
	for i := 0; i < 1000; i++ {
		d += 0.1
	}
	println(s, d, float32(d), float64(s))
	x := float32(16777216)
	println(x+1, x+2, x+3, float32(0.1)*float32(0.1), x*x*x*x*x*x)
	big := 1e300
	println(float32(big), float32(-big), float32(1e-300), float32(3.4028235677973366e38), float32(3.4028235677973362e38))
	h := float32(1.00000006) // halfway between float32 neighbours: rounds to even
	println(h, float32(1.0000001788139343), float32(1.0000000596046448))
}

// sqrt by Newton's method, to the last bit.
func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	r := x
	if r > 1 {
		r = x / 2
	}
	for i := 0; i < 2000; i++ {
		n := (r + x/r) / 2
		if n == r {
			break
		}
		r = n
	}
	return r
}

// exp by its Taylor series after halving the argument.
func exp(x float64) float64 {
	k := 0
	for x > 0.5 || x < -0.5 {
		x /= 2
		k++
	}
	sum, term := 1.0, 1.0
	for i := 1; i < 30; i++ {
		term *= x / float64(i)
		sum += term
	}
	for ; k > 0; k-- {
		sum *= sum
	}
	return sum
}

func routines() {
	println(sqrt(2), sqrt(9), sqrt(1e-10), sqrt(1e300), sqrt(0.5))
	println(exp(1), exp(-1), exp(10), exp(0.001))
	// The harmonic series and an alternating series for pi.
	h := 0.0
	for i := 1; i <= 10000; i++ {
		h += 1 / float64(i)
	}
	pi := 0.0
	sign := 1.0
	for i := 0; i < 100000; i++ {
		pi += sign * 4 / float64(2*i+1)
		sign = -sign
	}
	println(h, pi)
	// A polynomial, evaluated by Horner's rule at a few points.
	coef := []float64{1, -2.5, 0.75, 3.125, -1e-3}
	for _, x := range []float64{-2, -0.5, 0, 0.3, 1.7, 1000} {
		y := 0.0
		for _, c := range coef {
			y = y*x + c
		}
		println(x, y)
	}
	// Mixed comparisons and a sort by hand.
	v := []float64{3.5, -1, 2e10, 0.001, -7.25, 0, 1e-300}
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j] < v[j-1]; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
	for _, x := range v {
		print(x, " ")
	}
	println()
}

func constants() {
	const third = 1.0 / 3
	const huge = 1e300 * 1e300 / 1e300
	var f32 float32 = third
	println(third, f32, huge, float32(third)*3, 0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	println(x+y == 0.3, x+y)
}

func main() {
	nanInf()
	signedZeros()
	toInt()
	fromInt()
	float32Rounding()
	routines()
	constants()
}
