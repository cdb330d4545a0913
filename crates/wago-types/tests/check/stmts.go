package p

func noReturn() int {
} // ERROR "missing return"

func unused() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
}

func tooMany() {
	return 1 // ERROR "too many return values"
}

func notEnough() (int, string) {
	return 1 // ERROR "not enough return values"
}

func cond(i int) {
	if i { // ERROR "non-boolean condition in if statement"
	}
	for i { // ERROR "non-boolean condition in for statement"
	}
}

func breaks() {
	break // ERROR "break is not in a loop, switch, or select"
}

func defines() {
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	_, _ = a, b
}

func ranges(s []string, m map[string]int, c chan int) {
	for i, v := range s {
		_, _ = i, v
	}
	for k, v := range m {
		_, _ = k, v
	}
	for v := range c {
		_ = v
	}
	for i := range 10 {
		_ = i
	}
	for range 3 {
	}
	for i, j := range c { // ERROR "range over c (variable of type chan int) permits only one iteration variable"
		_, _ = i, j
	}
}

func switches(x any) {
	switch v := x.(type) {
	case int:
		_ = v + 1
	case string:
		_ = v + "a"
	}
	switch {
	case true:
		fallthrough
	default:
	}
}

func labels() {
L: // ERROR "label L defined and not used"
	for {
	}
}
