package main

var calls int

func t(tag string) bool { calls++; print(tag); return true }
func f(tag string) bool { calls++; print(tag); return false }

func main() {
	println(t("a") && f("b") && t("c"))
	println(f("a") && t("b"))
	println(t("a") || t("b"))
	println(f("a") || f("b") || t("c"))
	println(f("a") || t("b") && f("c"))
	println(!(t("a") && t("b")) == f("c"))
	println(calls)
	x, y := 3, 4
	b := x < y && y < 10 || x == 0
	println(b, !b, b != true, b == !false)
	var flags [4]bool
	for i := range flags {
		flags[i] = i%2 == 0
	}
	cnt := 0
	for _, v := range flags {
		if v {
			cnt++
		}
	}
	println(cnt, flags[0] && !flags[1])
	var nb bool
	nb = nb || x > 2
	println(nb)
	var s []int
	if s != nil && s[0] == 1 {
		println("bad")
	}
	if s == nil || s[0] == 1 {
		println("short-circuit ok")
	}
}
