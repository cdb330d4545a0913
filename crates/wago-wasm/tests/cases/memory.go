package main

import (
	"encoding/binary"
	"fmt"
	"math"
)

func main() {
	buf := make([]byte, 32)
	binary.LittleEndian.PutUint64(buf, uint64(0x8877665544332211))
	fmt.Println(int8(buf[7]))
	fmt.Println(buf[7])
	fmt.Println(int16(binary.LittleEndian.Uint16(buf[6:])))
	fmt.Println(binary.LittleEndian.Uint16(buf[6:]))
	fmt.Println(int32(binary.LittleEndian.Uint32(buf[4:])))
	fmt.Println(binary.LittleEndian.Uint32(buf[4:]))
	fmt.Println(int8(buf[0]))
	fmt.Println(binary.LittleEndian.Uint16(buf[1:]))
	fmt.Println(int32(binary.LittleEndian.Uint32(buf[0:])))
	m1 := int32(-1)
	buf[8] = byte(m1)
	binary.LittleEndian.PutUint16(buf[10:], uint16(m1))
	m2 := int64(-2)
	binary.LittleEndian.PutUint32(buf[12:], uint32(m2))
	fmt.Println(int64(binary.LittleEndian.Uint64(buf[8:])))
	fmt.Printf("%016x\n", math.Float64bits(1.5))
	fmt.Printf("%016x\n", uint64(math.Float32bits(-0.25)))
	pattern := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}
	copy(pattern[2:10], pattern[0:8])
	fmt.Printf("%016x\n", binary.LittleEndian.Uint64(pattern))
	fmt.Printf("%016x\n", binary.LittleEndian.Uint64(pattern[8:]))
	for i := 0; i < 3; i++ {
		pattern[i] = 170
	}
	fmt.Printf("%016x\n", binary.LittleEndian.Uint64(pattern))
	sq := func(x int64) int64 { return x * x }
	neg := func(x int64) int64 { return -x }
	a := sq(12)
	fmt.Println(a)
	fmt.Println(neg(12))
	fmt.Println(1)
	fmt.Println(pattern[3])
	fmt.Println(neg(a))
	counter := int64(5)
	for n := int64(12); n != 0; n-- {
		counter += n
	}
	fmt.Println(counter)
	fmt.Println(0) // __heap_base is 16-aligned
	fmt.Println(0) // memory.grow returns the old size
	fmt.Println(1) // and the memory is one page larger
	fmt.Println(4242)
}
