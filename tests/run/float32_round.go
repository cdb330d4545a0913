package main

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	println(a+b, a+b == 0.3, float64(a+b))
	var s float32
	for i := 0; i < 1000; i++ {
		s += 0.001
	}
	println(s)
	var big float32 = 16777216
	println(big+1, big+2, big+1 == big)
	var x float32 = 1
	for i := 0; i < 30; i++ {
		x = x*1.1 + 0.3
	}
	println(x)
	f64 := 0.1
	f32 := float32(f64)
	println(float64(f32) == f64, float64(f32)-f64)
	var tiny float32 = 1e-38
	println(tiny/1000, tiny*tiny)
	var p float32 = 3.14159265358979
	println(p*p, p/7, -p)
	h := float32(1) / 3
	println(h*3 == 1, h+h+h)
}
