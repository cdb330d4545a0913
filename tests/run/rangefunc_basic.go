package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				println("  count stopped at", i)
				return
			}
		}
		println("  count done")
	}
}

func pairs(s []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, x := range s {
			if !yield(i, x) {
				return
			}
		}
	}
}

func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for n > 0 {
			n--
			if !yield() {
				return
			}
		}
	}
}

type Ints func(func(int) bool)

func main() {
	for x := range count(3) {
		println("x", x)
	}
	for i, s := range pairs([]string{"a", "b", "c"}) {
		println("pair", i, s)
	}
	n := 0
	for range times(4) {
		n++
	}
	println("times", n)
	// break and continue
	sum := 0
	for x := range count(10) {
		if x%2 == 0 {
			continue
		}
		if x > 6 {
			break
		}
		sum += x
	}
	println("sum", sum)
	// the assignment form sets variables outside the loop
	var k int
	var v string
	for k, v = range pairs([]string{"p", "q"}) {
	}
	println("last", k, v)
	var only int
	for only = range count(5) {
	}
	println("only", only)
	// each iteration's variables are fresh
	var fs []func() int
	for x := range count(3) {
		fs = append(fs, func() int { return x * 10 })
	}
	for _, f := range fs {
		println("captured", f())
	}
	// a named func type, and a key-less range
	var it Ints = Ints(count(2))
	for range it {
		println("tick")
	}
	// the body updates outer variables
	total, last := 0, -1
	for i, s := range pairs([]string{"x", "yy", "zzz"}) {
		total += len(s)
		last = i
	}
	println("total", total, last)
	// the key only of a two-value iterator
	for i := range pairs([]string{"m", "n"}) {
		println("key", i)
	}
}
