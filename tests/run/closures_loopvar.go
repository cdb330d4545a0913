package main

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		print(g())
	}
	println()
	var hs []func() int
	for i := range 3 {
		hs = append(hs, func() int { i *= 10; return i })
	}
	println(hs[0](), hs[0](), hs[1](), hs[2]())
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	println(*ptrs[0], *ptrs[1], *ptrs[2])
	var ks []func() int
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		ks = append(ks, func() int { return i })
	}
	for _, k := range ks {
		print(k(), " ")
	}
	println()
	acc := 0
	add := func(n int) { acc += n }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	println(acc)
}
