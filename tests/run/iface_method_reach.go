// Methods reached only through interfaces the program builds at run time:
// each route must keep the method (wago drops methods no interface asks
// for, so these are the cases that must not be dropped).
package main

import "errors"

type T struct{ n int }

func (t T) Hidden() string   { return "hidden" }
func (t *T) Bump() int       { t.n++; return t.n }
func (t T) String() string   { return "T" }
func (t T) Unused() string   { return "never asked" }
func (t T) Error() string    { return "T as error" }
func (t T) Unwrap() error    { return errInner }
func (t T) Is(e error) bool  { return e == errMarker }
func (t T) Extra(x int) int  { return x * 2 }
func (t T) Shadowed() string { return "shadow" }

var errInner = errors.New("inner")
var errMarker = errors.New("marker")

type Base interface{ Hidden() string }

type Both interface {
	Base
	Extra(int) int
}

func viaAssert(x any) {
	if h, ok := x.(interface{ Hidden() string }); ok {
		println(h.Hidden())
	}
}

func viaSwitch(x any) {
	switch v := x.(type) {
	case interface{ Bump() int }:
		println(v.Bump(), v.Bump())
	default:
		println("no Bump")
	}
}

func viaConversion(b Both) Base { return b }

func main() {
	t := T{}
	viaAssert(t)
	viaSwitch(&t)
	viaSwitch(t)
	var b Both = t
	println(viaConversion(b).Hidden(), b.Extra(21))
	f := b.Extra
	println(f(5))
	var err error = t
	println(errors.Is(err, errMarker), errors.Is(err, errInner), errors.Unwrap(err) == errInner)
	var target interface{ Shadowed() string }
	println(errors.As(err, &target), target.Shadowed())
	var s interface{ String() string } = t
	println(s.String())
}
