package p

// new(expr) (go1.26) and generic methods (go1.27), as std uses them.

type key struct{ name string }

var k1 = new("NewConnContextKey")
var k2 = new(key{"x"})
var k3 = new(1 << 2)
var _ *string = k1
var _ *key = k2
var _ *int = k3

type U struct{ User *string }

func clone(u *U) *U {
	uc := new(*u)
	if u.User != nil {
		uc.User = new(*u.User)
	}
	return uc
}

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Rand struct{ seed uint64 }

func (r *Rand) N[Int intType](n Int) Int {
	return Int(r.seed) % n
}

func useN(r *Rand) {
	var a int = r.N(10)
	var b uint8 = r.N[uint8](3)
	_, _ = a, b
	var _ string = r.N(3) // ERROR "cannot use r.N(3) (value of type int) as string value in variable declaration"
}
