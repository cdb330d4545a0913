package p

// Operations on type parameters go by their type sets (errors from go1.27's gc).

func idx[T [4]byte | string | []byte](x T) byte { return x[1] }

func lt[T comparable](a, b T) bool { return a /* ERROR "type parameter T cannot use operator <" */ < b }

func rng[S []int | [3]int](s S) {
	for range s /* ERROR "cannot range over s (variable of type S constrained by []int | [3]int): []int and [3]int have different underlying types" */ {
	}
}

func sl[T []byte | []int](x T) { _ = x /* ERROR "cannot slice x (variable of type T constrained by []byte | []int): []byte and []int have different underlying types" */ [1:] }

func clr[T any](x T) { clear(x /* ERROR "cannot clear x (variable of type T constrained by any): argument must be (or constrained by) map or slice" */) }

func asrt[T any](x T) { _ = x /* ERROR "cannot use type assertion on type parameter value x" */ .(int) }

func mk[T []int | map[int]int]() { _ = make(T /* ERROR "cannot make T: []int and map[int]int have different underlying types" */) }
