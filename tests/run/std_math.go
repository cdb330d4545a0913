package main

import "math"

// math compiled from GOROOT: the instruction-backed functions (Sqrt,
// Floor, Ceil, Trunc, Abs, Copysign) and pure-Go ones.
func main() {
	xs := []float64{2, -2.5, 0.5, 1e10, -0.0, 3.7, -3.7}
	for _, x := range xs {
		println(x, math.Sqrt(math.Abs(x)), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	println(math.Copysign(3, -1), math.Copysign(-3, 1), math.Signbit(math.Copysign(0, -1)))
	println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 1), math.IsInf(math.Inf(-1), 0))
	println(math.Sqrt(-1) != math.Sqrt(-1), math.Floor(math.Inf(-1)))
	println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(0.1))
	println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi)
	println(math.Max(3, 7), math.Min(3, 7), math.Mod(7.5, 2), math.Hypot(3, 4))
	println(math.Exp(1), math.Log(10), math.Pow(2, 10), math.Pow(2, 0.5))
	println(math.Sin(1), math.Cos(1), math.Atan2(1, 2), math.Cbrt(27))
	frac, exp := math.Frexp(48)
	println(frac, exp, math.Ldexp(0.75, 6))
	ip, fp := math.Modf(-3.25)
	println(ip, fp, math.Nextafter(1, 2)-1)
	println(math.Log2(1024), math.Log10(0.001), math.Expm1(1e-10), math.Log1p(1e-10))
}
