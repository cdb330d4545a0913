package main

func main() {
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		print(i, ",", j, " ")
	}
	println()
	n := 0
	for n < 5 {
		n += 2
	}
	println(n)
	var k int
	for k = 3; k > 0; k-- {
	}
	println(k)
	sum := 0
	for i := 0; i < 10; i++ {
		if i == 3 {
			continue
		}
		for j := i; j < 10; j += 3 {
			sum += j
		}
	}
	println(sum)
	x := 100
	for x > 1 {
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		print(x, " ")
	}
	println()
	cnt := 0
	for i := 0; i < 1000000; i++ {
		cnt += i & 3
	}
	println(cnt)
}
