package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		sum += i
	}
	println(sum)
	n := 0
	for n < 100 {
		n = n*2 + 1
	}
	println(n)
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			print(i*j, " ")
		}
	}
	println()
	for i := range 4 {
		print(i)
	}
	println()
	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	println(k)
}
