// fmt through reflect on slices and strings: lengths differ from
// capacities, subslices, nested slices, byte slices, slices in structs
// (wago's slice headers hold 32-bit lengths; reflect reads them through
// internal/unsafeheader).
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type rec struct {
	Name  string
	Tags  []string
	Score []float64
}

func main() {
	s := make([]int, 2, 10)
	s[1] = 7
	fmt.Println(s, len(s), cap(s))
	words := []string{"a", "b", "c", "d"}
	fmt.Println(words[1:3], words[:0], words[3:])
	fmt.Printf("%v %q %d\n", words[:2], words[2:], []int{1, 2, 3}[1:])
	fmt.Printf("%x %X %s\n", []byte("hi!"), []byte{0xde, 0xad}[:1], []byte("bytes")[1:4])
	fmt.Println([][]int{{1}, {2, 3}, nil, make([]int, 0, 5)})
	r := rec{"x", []string{"t1", "t2"}[:1], []float64{1.5, 2.25}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(fmt.Sprint(strings.Repeat("ab", 3)[2:5], []rune("héllo")[1:3]))
	v := reflect.ValueOf(s)
	fmt.Println(v.Len(), v.Cap(), v.Index(1).Int())
	v2 := reflect.Append(v, reflect.ValueOf(9))
	fmt.Println(v2.Len(), v2.Interface())
	sv := reflect.ValueOf("string value")
	fmt.Println(sv.Len(), sv.Slice(0, 6).String())
	m := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 4)
	m.Index(0).SetString("made")
	fmt.Println(m.Len(), m.Cap(), m.Interface())
	fmt.Printf("%5.2f|%-6s|%06d|%t|%v|%p\n", 3.14159, "pad", 42, false, nil, nil)
	fmt.Printf("%T %T %T\n", s, r, words[1:])
}
