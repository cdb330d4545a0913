package main

type Point struct {
	X, Y int
}

type Account struct {
	owner   string
	balance float64
	history [4]int16
	active  bool
}

func main() {
	pts := map[string]Point{}
	pts["a"] = Point{1, 2}
	pts["b"] = Point{Y: 5}
	p := pts["a"]
	p.X += 10
	println(pts["a"].X, p.X) // p is a copy
	pts["a"] = p
	println(pts["a"].X, pts["a"].Y, pts["b"].X, pts["b"].Y)
	zero := pts["missing"]
	println(zero.X, zero.Y, pts["missing"].Y)
	q, ok := pts["b"]
	println(q.Y, ok)
	q.Y = 99
	println(pts["b"].Y)

	// A value read from the map is a copy even after the entry changes.
	before := pts["b"]
	pts["b"] = Point{7, 7}
	println(before.X, before.Y, pts["b"].X)

	accts := map[int]Account{
		1: {owner: "ann", balance: 10.5, active: true},
		2: {owner: "bob"},
	}
	a := accts[1]
	a.balance *= 2
	a.history[0] = 1
	a.history[3] = -4
	accts[1] = a
	accts[3] = Account{"cy", 1, [4]int16{1, 2, 3, 4}, true}
	total := 0.0
	hsum := 0
	for _, acc := range accts {
		total += acc.balance
		for _, h := range acc.history {
			hsum += int(h)
		}
	}
	println(len(accts), total, hsum, accts[1].owner, accts[2].active, accts[1].history[3])

	arrs := map[string][3]int{}
	arrs["x"] = [3]int{1, 2, 3}
	v := arrs["x"]
	v[1] = 20
	println(arrs["x"][1], v[1], arrs["none"][2])

	ptrs := map[string]*Point{"p": {1, 1}}
	ptrs["p"].X = 42
	ptrs["p"].Y++
	println(ptrs["p"].X, ptrs["p"].Y, ptrs["q"] == nil)

	fl := map[string]float64{}
	fl["pi"] += 3.14
	fl["pi"] *= 2
	println(fl["pi"])

	strs := map[int]string{}
	for i := 0; i < 5; i++ {
		strs[i%2] += "ab"
	}
	println(strs[0], strs[1])

	sl := map[string][]Point{}
	sl["line"] = append(sl["line"], Point{1, 1}, Point{2, 2})
	sl["line"][0].X = 100
	println(len(sl["line"]), sl["line"][0].X, sl["line"][1].Y)

	mm := map[Point]map[string]int{}
	mm[Point{}] = map[string]int{"n": 1}
	mm[Point{}]["n"] += 5
	println(mm[Point{}]["n"], len(mm[Point{1, 1}]))

	// Swap two entries in one assignment.
	sw := map[string]Point{"l": {1, 0}, "r": {0, 1}}
	sw["l"], sw["r"] = sw["r"], sw["l"]
	println(sw["l"].Y, sw["r"].X)

	type big struct {
		data [300]int
	}
	bigs := map[int]big{}
	var b big
	b.data[299] = 9
	bigs[1] = b
	println(bigs[1].data[299], bigs[2].data[299])
}
