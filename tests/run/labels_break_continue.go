package main

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	count := 0
loop:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i == 7:
			break loop
		default:
			count += i
		}
	}
	println(count)
sw:
	switch x := 5; x {
	case 5:
		for k := 0; k < 10; k++ {
			if k == 2 {
				break sw
			}
			println("k", k)
		}
		println("unreachable")
	}
	n := 0
rows:
	for _, row := range [][]int{{1, 2}, {3, -1, 4}, {5}} {
		for _, v := range row {
			if v < 0 {
				continue rows
			}
			n += v
		}
		n *= 10
	}
	println(n)
	i := 0
	for {
		i++
		if i > 100 {
			break
		}
		if i%7 != 0 {
			continue
		}
		print(i, " ")
	}
	println()
}
