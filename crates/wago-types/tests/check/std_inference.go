package p

// Type inference as std needs it.

func Grow[S ~[]E, E any](s S, n int) S { return s }

// Partial instantiation whose constraints give the rest (slices.Concat).
func Concat[S ~[]E, E any](slices ...S) S {
	newslice := Grow[S](nil, 4)
	for _, s := range slices {
		newslice = append(newslice, s...)
	}
	return newslice
}

// Core types of constraints come before untyped defaults (httpsfv).
func Contains[S ~[]E, E comparable](s S, v E) bool { return len(s) > 0 && s[0] == v }

var _ = Contains([]byte("1.5"), '.')

// Generic functions passed as arguments are instantiated from the
// parameter's type (runtime/pprof: slices.SortFunc(x, slices.Compare)).
type ordered interface{ ~int | ~uint | ~uintptr | ~string }

func Compare[S ~[]E, E ordered](s1, s2 S) int { return len(s1) - len(s2) }

func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {}

func sortAll(all [][]uintptr) { SortFunc(all, Compare) }

// A generic function calling itself with its type parameters swapped
// (x/tools/internal/refactor/inline).
func intersects[K comparable, T1, T2 any](x map[K]T1, y map[K]T2) bool {
	if len(x) > len(y) {
		return intersects(y, x)
	}
	for k := range x {
		if _, ok := y[k]; ok {
			return true
		}
	}
	return false
}

// A bound that refers to a type parameter declared later in the list
// (internal/runtime/gc/internal/gen).
type Value interface {
	kind() int
	getOp() int
}

type Word interface {
	Value
	isWord()
}

type wrap[T Value] interface {
	Value
	wrap(x int) T
}

func Arg[W wrap[T], T Word](n int) T {
	var w W
	return w.wrap(n)
}

func BadArg[W wrap[T], T any](n int) {} // ERROR "T does not satisfy Value (missing method getOp)"
