package main

func main() {
	a := "abc"
	b := "abd"
	c := "ab"
	println(a < b, a > b, c < a, a <= a, a >= c, a == "ab"+"c", a != b)
	strs := []string{"", "a", "aa", "ab", "b", "ba", "\xff", "é", "z"}
	for _, x := range strs {
		for _, y := range strs {
			if x < y {
				print(1)
			} else if x == y {
				print(0)
			} else {
				print(2)
			}
		}
		println()
	}
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
		s = s + "-"
	}
	println(s, len(s))
	x := "x"
	y := x + x + x + x + "y" + x
	println(y)
	x += "z"
	println(x, y)
	long := ""
	for i := 0; i < 200; i++ {
		long += "ab"
	}
	println(len(long), long[395:])
}
