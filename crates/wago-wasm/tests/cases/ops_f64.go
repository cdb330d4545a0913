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
		a, b := float64(1.5), float64(-2.25)
		_, _ = a, b
		pf64(a + b)
		pf64(a - b)
		pf64(a * b)
		pf64(a / b)
		pf64(min(a, b))
		pf64(max(a, b))
		pf64(float64(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a, b := float64(0.1), float64(3.0)
		_, _ = a, b
		pf64(a + b)
		pf64(a - b)
		pf64(a * b)
		pf64(a / b)
		pf64(min(a, b))
		pf64(max(a, b))
		pf64(float64(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a, b := float64(math.Copysign(0, -1)), float64(0.0)
		_, _ = a, b
		pf64(a + b)
		pf64(a - b)
		pf64(a * b)
		pf64(a / b)
		pf64(min(a, b))
		pf64(max(a, b))
		pf64(float64(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a, b := float64(1e+308), float64(10.0)
		_, _ = a, b
		pf64(a + b)
		pf64(a - b)
		pf64(a * b)
		pf64(a / b)
		pf64(min(a, b))
		pf64(max(a, b))
		pf64(float64(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a, b := float64(math.NaN()), float64(1.0)
		_, _ = a, b
		pf64(a + b)
		pf64(a - b)
		pf64(a * b)
		pf64(a / b)
		pf64(min(a, b))
		pf64(max(a, b))
		pf64(float64(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a, b := float64(math.Inf(1)), float64(math.Inf(-1))
		_, _ = a, b
		pf64(a + b)
		pf64(a - b)
		pf64(a * b)
		pf64(a / b)
		pf64(min(a, b))
		pf64(max(a, b))
		pf64(float64(math.Copysign(float64(a), float64(b))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		}
	{
		a := float64(-2.5)
		_ = a
		pf64(float64(-a))
		pf64(float64(math.Abs(float64(a))))
		pf64(float64(math.Sqrt(float64(a))))
		pf64(float64(math.Ceil(float64(a))))
		pf64(float64(math.Floor(float64(a))))
		pf64(float64(math.Trunc(float64(a))))
		pf64(float64(math.RoundToEven(float64(a))))
		}
	{
		a := float64(2.5)
		_ = a
		pf64(float64(-a))
		pf64(float64(math.Abs(float64(a))))
		pf64(float64(math.Sqrt(float64(a))))
		pf64(float64(math.Ceil(float64(a))))
		pf64(float64(math.Floor(float64(a))))
		pf64(float64(math.Trunc(float64(a))))
		pf64(float64(math.RoundToEven(float64(a))))
		}
	{
		a := float64(0.1)
		_ = a
		pf64(float64(-a))
		pf64(float64(math.Abs(float64(a))))
		pf64(float64(math.Sqrt(float64(a))))
		pf64(float64(math.Ceil(float64(a))))
		pf64(float64(math.Floor(float64(a))))
		pf64(float64(math.Trunc(float64(a))))
		pf64(float64(math.RoundToEven(float64(a))))
		}
	{
		a := float64(math.Copysign(0, -1))
		_ = a
		pf64(float64(-a))
		pf64(float64(math.Abs(float64(a))))
		pf64(float64(math.Sqrt(float64(a))))
		pf64(float64(math.Ceil(float64(a))))
		pf64(float64(math.Floor(float64(a))))
		pf64(float64(math.Trunc(float64(a))))
		pf64(float64(math.RoundToEven(float64(a))))
		}
	{
		a := float64(1e+300)
		_ = a
		pf64(float64(-a))
		pf64(float64(math.Abs(float64(a))))
		pf64(float64(math.Sqrt(float64(a))))
		pf64(float64(math.Ceil(float64(a))))
		pf64(float64(math.Floor(float64(a))))
		pf64(float64(math.Trunc(float64(a))))
		pf64(float64(math.RoundToEven(float64(a))))
		}
	{
		a := float64(-3.5)
		_ = a
		pf64(float64(-a))
		pf64(float64(math.Abs(float64(a))))
		pf64(float64(math.Sqrt(float64(a))))
		pf64(float64(math.Ceil(float64(a))))
		pf64(float64(math.Floor(float64(a))))
		pf64(float64(math.Trunc(float64(a))))
		pf64(float64(math.RoundToEven(float64(a))))
		}
	{
		a := float64(math.NaN())
		_ = a
		pf64(float64(-a))
		pf64(float64(math.Abs(float64(a))))
		pf64(float64(math.Sqrt(float64(a))))
		pf64(float64(math.Ceil(float64(a))))
		pf64(float64(math.Floor(float64(a))))
		pf64(float64(math.Trunc(float64(a))))
		pf64(float64(math.RoundToEven(float64(a))))
		}
}
