package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func first(xs ...int) (int, bool) {
	if len(xs) == 0 {
		return 0, false
	}
	return xs[0], true
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func count(prefix int, rest ...[]int) int { return prefix + len(rest) }

func two() (int, int)        { return 3, 4 }
func three() (int, int, int) { return 1, 2, 3 }
func pre(a int, xs ...int) int { return a*100 + sum(xs...) }
func words() (string, string) { return "p", "q" }

func main() {
	println(sum(two()), sum(three()), pre(two()), pre(three()), join(words()))
	println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	println(sum(nums...), sum(nums[1:]...))
	println(join(", ", "a", "b", "c"), join("-"), join("", "x"))
	println(first())
	println(first(9, 8))
	mutate(nums...)
	println(nums[0])
	a, b := 1, 2
	mutate(a, b)
	println(a)
	println(count(1, []int{1}, nil, nums))
	f := sum
	println(f(10, 20))
	var empty []int
	println(sum(empty...))
}
