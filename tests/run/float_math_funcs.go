package main

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func exp(x float64) float64 {
	sum, term := 1.0, 1.0
	for i := 1; i < 40; i++ {
		term *= x / float64(i)
		sum += term
	}
	return sum
}

func ln(x float64) float64 {
	// Newton on exp(y) = x.
	y := 0.0
	for i := 0; i < 100; i++ {
		y -= 1 - x/exp(y)
	}
	return y
}

func sin(x float64) float64 {
	sum, term := 0.0, x
	for i := 1; i < 30; i++ {
		sum += term
		term *= -x * x / float64((2*i)*(2*i+1))
	}
	return sum
}

func floor(x float64) float64 {
	i := float64(int64(x))
	if i > x {
		i--
	}
	return i
}

func main() {
	println(exp(1), exp(-2.5), ln(10), sin(1), sin(3.141592653589793))
	println(floor(2.7), floor(-2.7), floor(-3), abs(-0.5))
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign / float64(2*k+1)
		sign = -sign
	}
	println(pi * 4)
	var f32sum float32
	var f64sum float64
	for i := 1; i <= 10000; i++ {
		f32sum += 1 / float32(i)
		f64sum += 1 / float64(i)
	}
	println(f32sum, f64sum, float64(f32sum)-f64sum)
}
