// fmt over upstream reflect and wago's abi-layout type descriptors:
// Println, Printf's common verbs with widths and flags, Sprintf, Sprint,
// Errorf with %w, %v/%+v/%#v of structs, arrays and pointers to structs,
// Stringer and error methods, %T, bad verbs and missing arguments.
package main

import (
	"errors"
	"fmt"
	"os"
)

type point struct {
	X, Y int
	Name string
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type codeErr struct{ code int }

func (e *codeErr) Error() string { return fmt.Sprint("code ", e.code) }

type pair struct {
	P   point
	T   celsius
	Ok  bool
	Arr [3]int8
}

type color uint8

func main() {
	fmt.Println("hello", 42, -7, 3.5, true, nil, 'x')
	fmt.Printf("%d %5d|%-5d|%05d %x %X %o %b %c %q %U\n", 42, 7, 7, 7, 255, 255, 8, 5, 'x', 'y', 0x1F600)
	fmt.Printf("%s %q %v %10s|%-10s|%.2s\n", "str", "quo\"te", "v", "r", "l", "trunc")
	fmt.Printf("%f %.2f %e %g %g %v %8.3f|\n", 3.14159, 2.5, 12345.678, 1e21, 0.000001, 1.5, -2.25)
	fmt.Printf("%t %v %v %v\n", true, false, int64(-1<<63), uint64(1<<64-1))
	p := point{1, 2, "p"}
	fmt.Printf("%v %+v %#v\n", p, p, p)
	fmt.Printf("%v %+v\n", &p, &pair{p, 21.5, true, [3]int8{-1, 0, 1}})
	fmt.Printf("%#v\n", pair{p, 21.5, true, [3]int8{-1, 0, 1}})
	fmt.Println(celsius(21.5), [2]celsius{1, 2}, color(7))
	err := fmt.Errorf("wrapped: %w", &codeErr{7})
	fmt.Println(err)
	var ce *codeErr
	fmt.Println(errors.As(err, &ce), ce.code, errors.Unwrap(err) == error(ce))
	s := fmt.Sprintf("%v|%6.2f|%x|%X|%08.3f", p, 3.14159, "hi", "hi", 3.14159)
	fmt.Println(s, len(s))
	fmt.Fprintln(os.Stderr, "to stderr", 1.0, int8(-3))
	fmt.Printf("%#v %#v %#v %#x\n", "s", 42, 1.5, 255)
	fmt.Printf("%!d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	var np *point
	fmt.Println(np, error(nil))
	fmt.Printf("%T %T %T %T %T\n", p, &p, err, celsius(0), nil)
	fmt.Print("a", "b", 1, 2, "c\n")
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprintln("x", 3) == "x 3\n")
}
