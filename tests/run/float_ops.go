package main

func sqrtNewton(x float64) float64 {
	z := x / 2
	for i := 0; i < 50; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	println(sqrtNewton(2), sqrtNewton(1e10), sqrtNewton(0.25))
	a, b := 7.5, -2.25
	println(a+b, a-b, a*b, a/b, -a)
	x := 1.0
	x += 0.5
	x *= 3
	x /= 4
	x -= 0.125
	println(x)
	const huge = 1e300
	println(huge*huge/huge, 1e-320, 5e-324, 5e-324/2)
	sum := 0.0
	for i := 1; i <= 100; i++ {
		sum += 1 / float64(i*i)
	}
	println(sum)
	fact := 1.0
	for i := 1; i <= 25; i++ {
		fact *= float64(i)
	}
	println(fact)
	println(0.1+0.2, 0.3, 1.0/3.0, 2.0/3.0, 100.0, 1e21, 1e20, 123456789.0)
	println(float32(0.1), float32(1e10), float32(16777216.0), float32(1)/float32(3))
}
