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
		x := float64(10000000000.0)
		p(int64(sat32(x)))
	}
	{
		x := float64(10000000000.0)
		p(sat64(x))
	}
	{
		x := float64(10000000000.0)
		p(int64(int32(satU32(x))))
	}
	{
		x := float64(10000000000.0)
		p(int64(satU64(x)))
	}
	pf32(float32(float64(10000000000.0)))
	p(int64(sat32(float64(float32(float64(10000000000.0))))))
	pf64(float64(float32(float64(10000000000.0))))
	{
		x := float64(-10000000000.0)
		p(int64(sat32(x)))
	}
	{
		x := float64(-10000000000.0)
		p(sat64(x))
	}
	{
		x := float64(-10000000000.0)
		p(int64(int32(satU32(x))))
	}
	{
		x := float64(-10000000000.0)
		p(int64(satU64(x)))
	}
	pf32(float32(float64(-10000000000.0)))
	p(int64(sat32(float64(float32(float64(-10000000000.0))))))
	pf64(float64(float32(float64(-10000000000.0))))
	{
		x := float64(-1.5)
		p(int64(sat32(x)))
	}
	{
		x := float64(-1.5)
		p(sat64(x))
	}
	{
		x := float64(-1.5)
		p(int64(int32(satU32(x))))
	}
	{
		x := float64(-1.5)
		p(int64(satU64(x)))
	}
	pf32(float32(float64(-1.5)))
	p(int64(sat32(float64(float32(float64(-1.5))))))
	pf64(float64(float32(float64(-1.5))))
	{
		x := float64(3.99)
		p(int64(sat32(x)))
	}
	{
		x := float64(3.99)
		p(sat64(x))
	}
	{
		x := float64(3.99)
		p(int64(int32(satU32(x))))
	}
	{
		x := float64(3.99)
		p(int64(satU64(x)))
	}
	pf32(float32(float64(3.99)))
	p(int64(sat32(float64(float32(float64(3.99))))))
	pf64(float64(float32(float64(3.99))))
	{
		x := float64(math.NaN())
		p(int64(sat32(x)))
	}
	{
		x := float64(math.NaN())
		p(sat64(x))
	}
	{
		x := float64(math.NaN())
		p(int64(int32(satU32(x))))
	}
	{
		x := float64(math.NaN())
		p(int64(satU64(x)))
	}
	pf32(float32(float64(math.NaN())))
	p(int64(sat32(float64(float32(float64(math.NaN()))))))
	pf64(float64(float32(float64(math.NaN()))))
	{
		x := float64(4000000000.0)
		p(int64(sat32(x)))
	}
	{
		x := float64(4000000000.0)
		p(sat64(x))
	}
	{
		x := float64(4000000000.0)
		p(int64(int32(satU32(x))))
	}
	{
		x := float64(4000000000.0)
		p(int64(satU64(x)))
	}
	pf32(float32(float64(4000000000.0)))
	p(int64(sat32(float64(float32(float64(4000000000.0))))))
	pf64(float64(float32(float64(4000000000.0))))
	{
		x := float64(math.Copysign(0, -1))
		p(int64(sat32(x)))
	}
	{
		x := float64(math.Copysign(0, -1))
		p(sat64(x))
	}
	{
		x := float64(math.Copysign(0, -1))
		p(int64(int32(satU32(x))))
	}
	{
		x := float64(math.Copysign(0, -1))
		p(int64(satU64(x)))
	}
	pf32(float32(float64(math.Copysign(0, -1))))
	p(int64(sat32(float64(float32(float64(math.Copysign(0, -1)))))))
	pf64(float64(float32(float64(math.Copysign(0, -1)))))
	{
		x := float64(1e+19)
		p(int64(sat32(x)))
	}
	{
		x := float64(1e+19)
		p(sat64(x))
	}
	{
		x := float64(1e+19)
		p(int64(int32(satU32(x))))
	}
	{
		x := float64(1e+19)
		p(int64(satU64(x)))
	}
	pf32(float32(float64(1e+19)))
	p(int64(sat32(float64(float32(float64(1e+19))))))
	pf64(float64(float32(float64(1e+19))))
	{
		x := float64(math.Inf(1))
		p(int64(sat32(x)))
	}
	{
		x := float64(math.Inf(1))
		p(sat64(x))
	}
	{
		x := float64(math.Inf(1))
		p(int64(int32(satU32(x))))
	}
	{
		x := float64(math.Inf(1))
		p(int64(satU64(x)))
	}
	pf32(float32(float64(math.Inf(1))))
	p(int64(sat32(float64(float32(float64(math.Inf(1)))))))
	pf64(float64(float32(float64(math.Inf(1)))))
	{
		x := int64(0)
	pf64(float64(x))
	pf64(float64(uint64(x)))
	pf32(float32(x))
	pf32(float32(uint64(x)))
	p(int64(int32(x)))
	pf64(float64(int32(x)))
	pf64(float64(uint32(x)))
	pf32(float32(int32(x)))
	pf32(float32(uint32(x)))
	p(int64(int32(x)))
	p(int64(uint32(x)))
	p(int64(math.Float64bits(math.Float64frombits(uint64(x)))))
	p(int64(int32(x)))
	p(int64(int32(x)))
	}
	{
		x := int64(1)
	pf64(float64(x))
	pf64(float64(uint64(x)))
	pf32(float32(x))
	pf32(float32(uint64(x)))
	p(int64(int32(x)))
	pf64(float64(int32(x)))
	pf64(float64(uint32(x)))
	pf32(float32(int32(x)))
	pf32(float32(uint32(x)))
	p(int64(int32(x)))
	p(int64(uint32(x)))
	p(int64(math.Float64bits(math.Float64frombits(uint64(x)))))
	p(int64(int32(x)))
	p(int64(int32(x)))
	}
	{
		x := int64(-1)
	pf64(float64(x))
	pf64(float64(uint64(x)))
	pf32(float32(x))
	pf32(float32(uint64(x)))
	p(int64(int32(x)))
	pf64(float64(int32(x)))
	pf64(float64(uint32(x)))
	pf32(float32(int32(x)))
	pf32(float32(uint32(x)))
	p(int64(int32(x)))
	p(int64(uint32(x)))
	p(int64(math.Float64bits(math.Float64frombits(uint64(x)))))
	p(int64(int32(x)))
	p(int64(int32(x)))
	}
	{
		x := int64(9007199254740993)
	pf64(float64(x))
	pf64(float64(uint64(x)))
	pf32(float32(x))
	pf32(float32(uint64(x)))
	p(int64(int32(x)))
	pf64(float64(int32(x)))
	pf64(float64(uint32(x)))
	pf32(float32(int32(x)))
	pf32(float32(uint32(x)))
	p(int64(int32(x)))
	p(int64(uint32(x)))
	p(int64(math.Float64bits(math.Float64frombits(uint64(x)))))
	p(int64(int32(x)))
	p(int64(int32(x)))
	}
	{
		x := int64(-9223372036854775808)
	pf64(float64(x))
	pf64(float64(uint64(x)))
	pf32(float32(x))
	pf32(float32(uint64(x)))
	p(int64(int32(x)))
	pf64(float64(int32(x)))
	pf64(float64(uint32(x)))
	pf32(float32(int32(x)))
	pf32(float32(uint32(x)))
	p(int64(int32(x)))
	p(int64(uint32(x)))
	p(int64(math.Float64bits(math.Float64frombits(uint64(x)))))
	p(int64(int32(x)))
	p(int64(int32(x)))
	}
	{
		x := int64(16777217)
	pf64(float64(x))
	pf64(float64(uint64(x)))
	pf32(float32(x))
	pf32(float32(uint64(x)))
	p(int64(int32(x)))
	pf64(float64(int32(x)))
	pf64(float64(uint32(x)))
	pf32(float32(int32(x)))
	pf32(float32(uint32(x)))
	p(int64(int32(x)))
	p(int64(uint32(x)))
	p(int64(math.Float64bits(math.Float64frombits(uint64(x)))))
	p(int64(int32(x)))
	p(int64(int32(x)))
	}
	{
		x := int64(2147483647)
	pf64(float64(x))
	pf64(float64(uint64(x)))
	pf32(float32(x))
	pf32(float32(uint64(x)))
	p(int64(int32(x)))
	pf64(float64(int32(x)))
	pf64(float64(uint32(x)))
	pf32(float32(int32(x)))
	pf32(float32(uint32(x)))
	p(int64(int32(x)))
	p(int64(uint32(x)))
	p(int64(math.Float64bits(math.Float64frombits(uint64(x)))))
	p(int64(int32(x)))
	p(int64(int32(x)))
	}
	{
		x := int64(-2147483648)
	pf64(float64(x))
	pf64(float64(uint64(x)))
	pf32(float32(x))
	pf32(float32(uint64(x)))
	p(int64(int32(x)))
	pf64(float64(int32(x)))
	pf64(float64(uint32(x)))
	pf32(float32(int32(x)))
	pf32(float32(uint32(x)))
	p(int64(int32(x)))
	p(int64(uint32(x)))
	p(int64(math.Float64bits(math.Float64frombits(uint64(x)))))
	p(int64(int32(x)))
	p(int64(int32(x)))
	}
}
