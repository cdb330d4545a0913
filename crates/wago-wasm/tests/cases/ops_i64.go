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
		a, b := int64(7), int64(3)
		_, _ = a, b
		p(int64(a + b))
		p(int64(a - b))
		p(int64(a * b))
		p(int64(a / b))
		p(int64(int64(uint64(a) / uint64(b))))
		p(int64(a % b))
		p(int64(int64(uint64(a) % uint64(b))))
		p(int64(a & b))
		p(int64(a | b))
		p(int64(a ^ b))
		p(int64(a << (uint64(b) & 63)))
		p(int64(a >> (uint64(b) & 63)))
		p(int64(int64(uint64(a) >> (uint64(b) & 63))))
		p(int64(int64(bits.RotateLeft64(uint64(a), int(b&63)))))
		p(int64(int64(bits.RotateLeft64(uint64(a), -int(b&63)))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		p(b2i(uint64(a) < uint64(b)))
		p(b2i(uint64(a) <= uint64(b)))
		p(b2i(uint64(a) > uint64(b)))
		p(b2i(uint64(a) >= uint64(b)))
		if a < b {
		p(int64(a))
	} else {
		p(int64(b))
	}
		p(int64(bits.LeadingZeros64(uint64(a))))
		p(int64(bits.TrailingZeros64(uint64(a))))
		p(int64(bits.OnesCount64(uint64(a))))
		p(int64(int8(a)))
		p(int64(int16(a)))
		p(int64(int32(a)))
		p(b2i(a == 0))
		p(int64(bits.LeadingZeros64(uint64(b))))
		p(int64(bits.TrailingZeros64(uint64(b))))
		p(int64(bits.OnesCount64(uint64(b))))
		p(int64(int8(b)))
		p(int64(int16(b)))
		p(int64(int32(b)))
		p(b2i(b == 0))
		}
	{
		a, b := int64(-7), int64(3)
		_, _ = a, b
		p(int64(a + b))
		p(int64(a - b))
		p(int64(a * b))
		p(int64(a / b))
		p(int64(int64(uint64(a) / uint64(b))))
		p(int64(a % b))
		p(int64(int64(uint64(a) % uint64(b))))
		p(int64(a & b))
		p(int64(a | b))
		p(int64(a ^ b))
		p(int64(a << (uint64(b) & 63)))
		p(int64(a >> (uint64(b) & 63)))
		p(int64(int64(uint64(a) >> (uint64(b) & 63))))
		p(int64(int64(bits.RotateLeft64(uint64(a), int(b&63)))))
		p(int64(int64(bits.RotateLeft64(uint64(a), -int(b&63)))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		p(b2i(uint64(a) < uint64(b)))
		p(b2i(uint64(a) <= uint64(b)))
		p(b2i(uint64(a) > uint64(b)))
		p(b2i(uint64(a) >= uint64(b)))
		if a < b {
		p(int64(a))
	} else {
		p(int64(b))
	}
		p(int64(bits.LeadingZeros64(uint64(a))))
		p(int64(bits.TrailingZeros64(uint64(a))))
		p(int64(bits.OnesCount64(uint64(a))))
		p(int64(int8(a)))
		p(int64(int16(a)))
		p(int64(int32(a)))
		p(b2i(a == 0))
		p(int64(bits.LeadingZeros64(uint64(b))))
		p(int64(bits.TrailingZeros64(uint64(b))))
		p(int64(bits.OnesCount64(uint64(b))))
		p(int64(int8(b)))
		p(int64(int16(b)))
		p(int64(int32(b)))
		p(b2i(b == 0))
		}
	{
		a, b := int64(-9223372036854775808), int64(7)
		_, _ = a, b
		p(int64(a + b))
		p(int64(a - b))
		p(int64(a * b))
		p(int64(a / b))
		p(int64(int64(uint64(a) / uint64(b))))
		p(int64(a % b))
		p(int64(int64(uint64(a) % uint64(b))))
		p(int64(a & b))
		p(int64(a | b))
		p(int64(a ^ b))
		p(int64(a << (uint64(b) & 63)))
		p(int64(a >> (uint64(b) & 63)))
		p(int64(int64(uint64(a) >> (uint64(b) & 63))))
		p(int64(int64(bits.RotateLeft64(uint64(a), int(b&63)))))
		p(int64(int64(bits.RotateLeft64(uint64(a), -int(b&63)))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		p(b2i(uint64(a) < uint64(b)))
		p(b2i(uint64(a) <= uint64(b)))
		p(b2i(uint64(a) > uint64(b)))
		p(b2i(uint64(a) >= uint64(b)))
		if a < b {
		p(int64(a))
	} else {
		p(int64(b))
	}
		p(int64(bits.LeadingZeros64(uint64(a))))
		p(int64(bits.TrailingZeros64(uint64(a))))
		p(int64(bits.OnesCount64(uint64(a))))
		p(int64(int8(a)))
		p(int64(int16(a)))
		p(int64(int32(a)))
		p(b2i(a == 0))
		p(int64(bits.LeadingZeros64(uint64(b))))
		p(int64(bits.TrailingZeros64(uint64(b))))
		p(int64(bits.OnesCount64(uint64(b))))
		p(int64(int8(b)))
		p(int64(int16(b)))
		p(int64(int32(b)))
		p(b2i(b == 0))
		}
	{
		a, b := int64(123456789012345), int64(-65)
		_, _ = a, b
		p(int64(a + b))
		p(int64(a - b))
		p(int64(a * b))
		p(int64(a / b))
		p(int64(int64(uint64(a) / uint64(b))))
		p(int64(a % b))
		p(int64(int64(uint64(a) % uint64(b))))
		p(int64(a & b))
		p(int64(a | b))
		p(int64(a ^ b))
		p(int64(a << (uint64(b) & 63)))
		p(int64(a >> (uint64(b) & 63)))
		p(int64(int64(uint64(a) >> (uint64(b) & 63))))
		p(int64(int64(bits.RotateLeft64(uint64(a), int(b&63)))))
		p(int64(int64(bits.RotateLeft64(uint64(a), -int(b&63)))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		p(b2i(uint64(a) < uint64(b)))
		p(b2i(uint64(a) <= uint64(b)))
		p(b2i(uint64(a) > uint64(b)))
		p(b2i(uint64(a) >= uint64(b)))
		if a < b {
		p(int64(a))
	} else {
		p(int64(b))
	}
		p(int64(bits.LeadingZeros64(uint64(a))))
		p(int64(bits.TrailingZeros64(uint64(a))))
		p(int64(bits.OnesCount64(uint64(a))))
		p(int64(int8(a)))
		p(int64(int16(a)))
		p(int64(int32(a)))
		p(b2i(a == 0))
		p(int64(bits.LeadingZeros64(uint64(b))))
		p(int64(bits.TrailingZeros64(uint64(b))))
		p(int64(bits.OnesCount64(uint64(b))))
		p(int64(int8(b)))
		p(int64(int16(b)))
		p(int64(int32(b)))
		p(b2i(b == 0))
		}
	{
		a, b := int64(255), int64(65)
		_, _ = a, b
		p(int64(a + b))
		p(int64(a - b))
		p(int64(a * b))
		p(int64(a / b))
		p(int64(int64(uint64(a) / uint64(b))))
		p(int64(a % b))
		p(int64(int64(uint64(a) % uint64(b))))
		p(int64(a & b))
		p(int64(a | b))
		p(int64(a ^ b))
		p(int64(a << (uint64(b) & 63)))
		p(int64(a >> (uint64(b) & 63)))
		p(int64(int64(uint64(a) >> (uint64(b) & 63))))
		p(int64(int64(bits.RotateLeft64(uint64(a), int(b&63)))))
		p(int64(int64(bits.RotateLeft64(uint64(a), -int(b&63)))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		p(b2i(uint64(a) < uint64(b)))
		p(b2i(uint64(a) <= uint64(b)))
		p(b2i(uint64(a) > uint64(b)))
		p(b2i(uint64(a) >= uint64(b)))
		if a < b {
		p(int64(a))
	} else {
		p(int64(b))
	}
		p(int64(bits.LeadingZeros64(uint64(a))))
		p(int64(bits.TrailingZeros64(uint64(a))))
		p(int64(bits.OnesCount64(uint64(a))))
		p(int64(int8(a)))
		p(int64(int16(a)))
		p(int64(int32(a)))
		p(b2i(a == 0))
		p(int64(bits.LeadingZeros64(uint64(b))))
		p(int64(bits.TrailingZeros64(uint64(b))))
		p(int64(bits.OnesCount64(uint64(b))))
		p(int64(int8(b)))
		p(int64(int16(b)))
		p(int64(int32(b)))
		p(b2i(b == 0))
		}
	{
		a, b := int64(-1), int64(1)
		_, _ = a, b
		p(int64(a + b))
		p(int64(a - b))
		p(int64(a * b))
		p(int64(a / b))
		p(int64(int64(uint64(a) / uint64(b))))
		p(int64(a % b))
		p(int64(int64(uint64(a) % uint64(b))))
		p(int64(a & b))
		p(int64(a | b))
		p(int64(a ^ b))
		p(int64(a << (uint64(b) & 63)))
		p(int64(a >> (uint64(b) & 63)))
		p(int64(int64(uint64(a) >> (uint64(b) & 63))))
		p(int64(int64(bits.RotateLeft64(uint64(a), int(b&63)))))
		p(int64(int64(bits.RotateLeft64(uint64(a), -int(b&63)))))
		p(b2i(a == b))
		p(b2i(a != b))
		p(b2i(a < b))
		p(b2i(a <= b))
		p(b2i(a > b))
		p(b2i(a >= b))
		p(b2i(uint64(a) < uint64(b)))
		p(b2i(uint64(a) <= uint64(b)))
		p(b2i(uint64(a) > uint64(b)))
		p(b2i(uint64(a) >= uint64(b)))
		if a < b {
		p(int64(a))
	} else {
		p(int64(b))
	}
		p(int64(bits.LeadingZeros64(uint64(a))))
		p(int64(bits.TrailingZeros64(uint64(a))))
		p(int64(bits.OnesCount64(uint64(a))))
		p(int64(int8(a)))
		p(int64(int16(a)))
		p(int64(int32(a)))
		p(b2i(a == 0))
		p(int64(bits.LeadingZeros64(uint64(b))))
		p(int64(bits.TrailingZeros64(uint64(b))))
		p(int64(bits.OnesCount64(uint64(b))))
		p(int64(int8(b)))
		p(int64(int16(b)))
		p(int64(int32(b)))
		p(b2i(b == 0))
		}
}
