package main

// Closures inside generic functions: they capture variables of type
// parameter type, are returned as func values, and use defer.

func Counter[T int | float64](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	get := func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		calls++
		v := f(k)
		cache[k] = v
		return v
	}
	return get, func() int { return calls }
}

func Traced[T any](name string, v T) (out T) {
	defer func() {
		println("leave", name)
	}()
	println("enter", name)
	out = v
	return
}

func ForEach[T any](xs []T, f func(int, T)) {
	for i, x := range xs {
		func() {
			f(i, x)
		}()
	}
}

func main() {
	c := Counter(2)
	c()
	println(c(), c())
	fc := Counter(0.25)
	fc()
	println(fc())
	sq, calls := Memo(func(x int) int { return x * x })
	println(sq(4), sq(4), sq(5), calls())
	up, n := Memo(func(s string) string { return s + "!" })
	println(up("hi"), up("hi"), n())
	println(Traced("a", 7))
	println(Traced("b", "str"))
	ForEach([]string{"p", "q"}, func(i int, s string) { println(i, s) })
}
