package main

// The errors package: New, Is, As (pointer and value targets, interface
// targets), Unwrap, Join, custom Is/As methods.

import "errors"

var ErrNotFound = errors.New("not found")
var ErrPerm = errors.New("permission denied")

type PathError struct {
	Op, Path string
	Err      error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return "code" }
func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && t/10 == c/10
}

type temporary interface{ Temporary() bool }

type netErr struct{}

func (netErr) Error() string   { return "net" }
func (netErr) Temporary() bool { return true }

func main() {
	err := error(&PathError{"open", "/etc/x", ErrPerm})
	println(err.Error())
	println(errors.Is(err, ErrPerm), errors.Is(err, ErrNotFound), errors.Is(nil, ErrPerm))
	var pe *PathError
	if errors.As(err, &pe) {
		println("as PathError:", pe.Op, pe.Path)
	}
	println(errors.Unwrap(err) == ErrPerm, errors.Unwrap(ErrPerm) == nil)
	println(errors.Is(Code(42), Code(47)), errors.Is(Code(42), Code(52)))
	var c Code
	println(errors.As(&PathError{"a", "b", Code(7)}, &c), int(c))
	var tmp temporary
	wrapped := &PathError{"dial", "host", netErr{}}
	println(errors.As(wrapped, &tmp), tmp.Temporary())
	j := errors.Join(ErrNotFound, nil, err)
	println(j.Error())
	println(errors.Is(j, ErrPerm), errors.Is(j, ErrNotFound))
	println(errors.Join(nil, nil) == nil)
	var pe2 *PathError
	println(errors.As(ErrNotFound, &pe2), pe2 == nil)
}
