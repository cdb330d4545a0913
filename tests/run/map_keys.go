package main

// Float specials without package math.
var zero = 0.0
var negZero = -zero
var nan = zero / zero
var inf = 1 / zero

type Point struct {
	X, Y int
}

// Padding between the fields and after the last one.
type Padded struct {
	a int8
	b int64
	c int16
}

type Named struct {
	first, last string
	age         uint8
}

type Nested struct {
	p    Point
	tags [2]string
	f    float64
}

type Celsius float64

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func ints() {
	m8 := map[int8]int{}
	m16 := map[int16]int{}
	m32 := map[int32]int{}
	m64 := map[int64]int{}
	mu8 := map[uint8]int{}
	mu16 := map[uint16]int{}
	mu32 := map[uint32]int{}
	mu64 := map[uint64]int{}
	mi := map[int]int{}
	mu := map[uint]int{}
	mp := map[uintptr]int{}
	for i := -300; i < 300; i++ {
		m8[int8(i)]++
		m16[int16(i*200)]++
		m32[int32(i)<<20]++
		m64[int64(i)<<40]++
		mu8[uint8(i)]++
		mu16[uint16(i*300)]++
		mu32[uint32(i)]++
		mu64[uint64(i)<<33]++
		mi[i%7]++
		mu[uint(i)]++
		mp[uintptr(i&15)]++
	}
	println(len(m8), m8[-128], m8[0], m8[127])
	println(len(m16), m16[0], m16[-20000])
	println(len(m32), m32[-1<<20], m32[299<<20])
	println(len(m64), m64[-300<<40])
	println(len(mu8), mu8[255], mu8[0])
	println(len(mu16), mu16[0])
	println(len(mu32), mu32[1<<32-1], mu32[5])
	println(len(mu64), mu64[5<<33])
	println(len(mi), mi[0], mi[-6], mi[6])
	println(len(mu), mu[^uint(0)])
	println(len(mp), mp[3])
}

func floats() {
	f := map[float64]int{}
	f[1.5] = 1
	f[0] = 2
	f[negZero] += 10 // the same entry as +0
	f[nan] = 3
	f[nan] = 4 // NaN != NaN: another entry
	f[inf] = 5
	println(len(f), f[0], f[1.5], f[inf], f[-inf])
	v, ok := f[nan]
	println(v, ok)
	delete(f, nan)
	println(len(f))
	nans, total := 0, 0
	for k, v := range f {
		if k != k {
			nans++
		}
		total += v
	}
	println(nans, total)
	clear(f)
	println(len(f))

	g := map[float32]string{}
	g[float32(0.1)] = "a"
	g[float32(negZero)] = "negzero"
	g[0] = "zero"
	g[float32(nan)] = "nan"
	println(len(g), g[0.1], g[0], g[float32(0.2)] == "")

	c := map[Celsius]bool{-40: true, 100: true}
	println(len(c), c[-40], c[37])

	z := map[complex128]int{}
	z[complex(1, 2)] = 1
	z[complex(1, -2)] = 2
	z[complex(0, 0)] = 3
	z[complex(negZero, 0)] += 4
	println(len(z), z[1+2i], z[1-2i], z[0])
	z64 := map[complex64]int{complex(1, 1): 7}
	println(z64[1+1i], z64[1-1i])
}

func others() {
	b := map[bool]int{}
	for i := 0; i < 10; i++ {
		b[i%3 == 0]++
	}
	println(len(b), b[true], b[false])

	x, y := new(int), new(int)
	p := map[*int]string{x: "x", y: "y", nil: "nil"}
	println(len(p), p[x], p[y], p[nil], p[new(int)] == "")

	r := map[rune]int{}
	for _, ch := range "hello, wörld" {
		r[ch]++
	}
	println(len(r), r['l'], r['ö'], r['z'])

	s := map[string]int{"": 1}
	s[""]++
	s["a"+"b"] = 3
	ab := "a"
	ab += "b"
	println(len(s), s[""], s[ab])
}

func composites() {
	pts := map[Point]string{}
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			pts[Point{i, j}] = itoa(i) + "," + itoa(j)
		}
	}
	q := Point{X: 3}
	q.Y = 4
	println(len(pts), pts[q], pts[Point{4, 4}], pts[Point{5, 5}] == "")

	pad := map[Padded]int{}
	for i := 0; i < 10; i++ {
		pad[Padded{int8(i), int64(i) << 40, int16(-i)}] = i
	}
	var k Padded
	k.a = 7
	k.b = 7 << 40
	k.c = -7
	println(len(pad), pad[k], pad[Padded{9, 9 << 40, -9}])

	people := map[Named]int{}
	first := "Ada"
	people[Named{first, "Lovelace", 36}] = 1815
	people[Named{"Alan", "Turing", 41}] = 1912
	name := "Love"
	name += "lace"
	println(len(people), people[Named{"Ada", name, 36}], people[Named{"Ada", name, 37}])

	arr := map[[3]int]int{}
	arr[[3]int{1, 2, 3}] = 6
	arr[[3]int{3, 2, 1}] = 60
	key := [3]int{}
	key[0], key[1], key[2] = 1, 2, 3
	println(len(arr), arr[key], arr[[3]int{3, 2, 1}], arr[[3]int{}])

	sa := map[[2]string]bool{{"a", "b"}: true}
	two := [2]string{"a", ""}
	two[1] = "b"
	println(sa[two], sa[[2]string{"b", "a"}])

	nest := map[Nested]int{}
	nest[Nested{Point{1, 2}, [2]string{"x", "y"}, 0}] = 1
	nest[Nested{Point{1, 2}, [2]string{"x", "y"}, negZero}]++
	nest[Nested{Point{1, 2}, [2]string{"x", "z"}, 0}] = 5
	println(len(nest), nest[Nested{Point{1, 2}, [2]string{"x", "y"}, 0}])

	empty := map[struct{}]int{}
	empty[struct{}{}]++
	empty[struct{}{}]++
	println(len(empty), empty[struct{}{}])

	ptrKeys := map[Point]*Point{}
	orig := &Point{1, 1}
	ptrKeys[*orig] = orig
	orig.X = 100
	println(len(ptrKeys), ptrKeys[Point{1, 1}].X, ptrKeys[Point{100, 1}] == nil)
}

func main() {
	ints()
	floats()
	others()
	composites()
}
