package main

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	println(nan, inf, -inf, -zero, zero)
	var f32 float32 = float32(nan)
	println(f32, float32(inf), float32(-inf))
	println(complex(nan, inf), complex(-zero, -inf), complex(1, nan))
	vals := []float64{1, 10, 100, 1e5, 1e6, 1e7, 1e15, 1e16, 1e21, 1e22, 0.1, 0.01, 1e-4, 1e-5, 1e-7, 123.456, -987654.321, 2.5e-300, 1.7976931348623157e308, 4.9e-324}
	for _, v := range vals {
		println(v, -v, float32(v))
	}
}
