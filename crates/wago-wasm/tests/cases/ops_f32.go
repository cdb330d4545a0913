package main

import (
	"fmt"
	"math"
	"math/bits"
)

var _ = bits.Len

func p(x int64)    { fmt.Println(x) }
func ph(x uint64)  { fmt.Printf("%016x\n", x) }
func pf64(x float64) {
	if x != x {
		fmt.Println("NaN")
	} else {
		ph(math.Float64bits(x))
	}
}
func pf32(x float32) {
	if x != x {
		fmt.Println("NaN")
	} else {
		ph(uint64(math.Float32bits(x)))
	}
}
func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
func satS(x float64, lo, hi float64) int64 {
	if x != x {
		return 0
	}
	if x <= lo {
		return int64(lo)
	}
	if x >= hi {
		return int64(hi)
	}
	return int64(x)
}
func satU64(x float64) uint64 {
	if x != x || x <= 0 {
		return 0
	}
	if x >= 18446744073709551615.0 {
		return math.MaxUint64
	}
	return uint64(x)
}
func satU32(x float64) uint32 {
	if x != x || x <= 0 {
		return 0
	}
	if x >= 4294967295.0 {
		return math.MaxUint32
	}
	return uint32(x)
}
func sat32(x float64) int32 {
	if x != x {
		return 0
	}
	if x <= -2147483648.0 {
		return math.MinInt32
	}
	if x >= 2147483647.0 {
		return math.MaxInt32
	}
	return int32(x)
}
func sat64(x float64) int64 {
	if x != x {
		return 0
	}
	if x <= -9223372036854775808.0 {
		return math.MinInt64
	}
	if x >= 9223372036854775807.0 {
		return math.MaxInt64
	}
	return int64(x)
}

func main() {
	{
		a, b := float32(1.5), float32(-2.25)
		_, _ = a, b
		pf32(a + b)
		pf32(a - b)
		pf32(a * b)
		pf32(a / b)
		pf32(min(a, b))
		pf32(max(a, b))
		pf32(float32(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a, b := float32(0.1), float32(3.0)
		_, _ = a, b
		pf32(a + b)
		pf32(a - b)
		pf32(a * b)
		pf32(a / b)
		pf32(min(a, b))
		pf32(max(a, b))
		pf32(float32(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a, b := float32(math.Copysign(0, -1)), float32(0.0)
		_, _ = a, b
		pf32(a + b)
		pf32(a - b)
		pf32(a * b)
		pf32(a / b)
		pf32(min(a, b))
		pf32(max(a, b))
		pf32(float32(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a, b := float32(3e+38), float32(10.0)
		_, _ = a, b
		pf32(a + b)
		pf32(a - b)
		pf32(a * b)
		pf32(a / b)
		pf32(min(a, b))
		pf32(max(a, b))
		pf32(float32(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a, b := float32(math.NaN()), float32(1.0)
		_, _ = a, b
		pf32(a + b)
		pf32(a - b)
		pf32(a * b)
		pf32(a / b)
		pf32(min(a, b))
		pf32(max(a, b))
		pf32(float32(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a := float32(-2.5)
		_ = a
		pf32(float32(-a))
		pf32(float32(math.Abs(float64(a))))
		pf32(float32(math.Sqrt(float64(a))))
		pf32(float32(math.Ceil(float64(a))))
		pf32(float32(math.Floor(float64(a))))
		pf32(float32(math.Trunc(float64(a))))
		pf32(float32(math.RoundToEven(float64(a))))
		}
	{
		a := float32(2.5)
		_ = a
		pf32(float32(-a))
		pf32(float32(math.Abs(float64(a))))
		pf32(float32(math.Sqrt(float64(a))))
		pf32(float32(math.Ceil(float64(a))))
		pf32(float32(math.Floor(float64(a))))
		pf32(float32(math.Trunc(float64(a))))
		pf32(float32(math.RoundToEven(float64(a))))
		}
	{
		a := float32(0.1)
		_ = a
		pf32(float32(-a))
		pf32(float32(math.Abs(float64(a))))
		pf32(float32(math.Sqrt(float64(a))))
		pf32(float32(math.Ceil(float64(a))))
		pf32(float32(math.Floor(float64(a))))
		pf32(float32(math.Trunc(float64(a))))
		pf32(float32(math.RoundToEven(float64(a))))
		}
	{
		a := float32(math.Copysign(0, -1))
		_ = a
		pf32(float32(-a))
		pf32(float32(math.Abs(float64(a))))
		pf32(float32(math.Sqrt(float64(a))))
		pf32(float32(math.Ceil(float64(a))))
		pf32(float32(math.Floor(float64(a))))
		pf32(float32(math.Trunc(float64(a))))
		pf32(float32(math.RoundToEven(float64(a))))
		}
	{
		a := float32(-3.5)
		_ = a
		pf32(float32(-a))
		pf32(float32(math.Abs(float64(a))))
		pf32(float32(math.Sqrt(float64(a))))
		pf32(float32(math.Ceil(float64(a))))
		pf32(float32(math.Floor(float64(a))))
		pf32(float32(math.Trunc(float64(a))))
		pf32(float32(math.RoundToEven(float64(a))))
		}
	{
		a := float32(16.0)
		_ = a
		pf32(float32(-a))
		pf32(float32(math.Abs(float64(a))))
		pf32(float32(math.Sqrt(float64(a))))
		pf32(float32(math.Ceil(float64(a))))
		pf32(float32(math.Floor(float64(a))))
		pf32(float32(math.Trunc(float64(a))))
		pf32(float32(math.RoundToEven(float64(a))))
		}
}
