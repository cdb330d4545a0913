package main

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	println(a, b)
	println(a+b, a-b, a*b, -a)
	println(real(a*b), imag(a*b))
	var c complex64 = complex(float32(0.1), float32(0.2))
	d := c * c
	println(c, d, real(d), imag(d))
	z := complex(0, 0)
	for i := 0; i < 5; i++ {
		z = z*z + complex(0.25, 0.5)
		println(z)
	}
	println(a == complex(1.5, -2), a != b)
	var e complex128
	e += 1i
	e *= 1i
	println(e)
	f := complex128(c)
	g := complex64(b)
	println(f, g)
	const k = 2i * 2i
	println(k, real(k))
	h := 1 + 2i
	h++
	h -= 0.5i
	h--
	h--
	println(h)
	var m complex64 = 3i
	m++
	m *= m
	println(m)
}
