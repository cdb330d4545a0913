// Upstream internal/reflectlite over wago's abi-layout type descriptors:
// errors.As into pointer, struct and interface targets (ifaceE2I),
// errors.Is on comparable values, sort.Slice's Swapper on elements of
// several sizes (unsafe_New and typedmemmove for the big ones).
package main

import (
	"errors"
	"sort"
)

type codeErr struct{ code int }

func (e *codeErr) Error() string { return "code" }

type valErr struct {
	name string
	n    int16
}

func (e valErr) Error() string { return "val " + e.name }

type wrapped struct {
	msg   string
	inner error
}

func (w wrapped) Error() string { return w.msg + ": " + w.inner.Error() }
func (w wrapped) Unwrap() error { return w.inner }

type temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

type big struct {
	a, b, c int64
	s    string
}

func main() {
	err := error(wrapped{"outer", wrapped{"mid", &codeErr{7}}})
	var ce *codeErr
	println(errors.As(err, &ce), ce != nil && ce.code == 7)

	var ve valErr
	err2 := error(wrapped{"w", valErr{"x", 3}})
	println(errors.As(err2, &ve), ve.name, ve.n)
	println(errors.As(err, &ve))

	var tmp temporary
	err3 := error(wrapped{"t", tempErr{}})
	println(errors.As(err3, &tmp), tmp != nil && tmp.Temporary())
	println(errors.As(err, &tmp))

	println(errors.Is(err2, valErr{"x", 3}), errors.Is(err2, valErr{"y", 3}))

	bigs := []big{{3, 0, 0, "c"}, {1, 0, 0, "a"}, {2, 0, 0, "b"}}
	sort.Slice(bigs, func(i, j int) bool { return bigs[i].a < bigs[j].a })
	for _, b := range bigs {
		print(b.s, " ")
	}
	println()
	ptrs := []*big{&bigs[2], &bigs[0], &bigs[1]}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].s < ptrs[j].s })
	println(ptrs[0].s, ptrs[1].s, ptrs[2].s)
	bs := []byte("hello")
	sort.Slice(bs, func(i, j int) bool { return bs[i] < bs[j] })
	println(string(bs))
	fs := []float32{2.5, -1, 0}
	sort.Slice(fs, func(i, j int) bool { return fs[i] < fs[j] })
	println(fs[0] == -1, fs[2] == 2.5)
	defer func() { println("recovered:", recover().(string)) }()
	errors.As(err, nil)
}
