package p

type T struct{ x int }

func (t T) Get() int { return t.x }

func f() {
	var s []int
	var m map[int]int
	_ = s == s // ERROR "invalid operation: s == s (slice can only be compared to nil)"
	_ = m == nil
	var i int
	var f32 float32
	_ = i + f32 // ERROR "invalid operation: i + f32 (mismatched types int and float32)"
	_ = i + "a" // ERROR "mismatched types int and untyped string"
	var t T
	_ = t.y // ERROR "t.y undefined (type T has no field or method y)"
	_ = t + t // ERROR "invalid operation: operator + not defined on t (variable of struct type T)"
	var p *int = &i
	_ = p < p // ERROR "invalid operation: p < p (operator < not defined on pointer)"
	_ = !i // ERROR "invalid operation: operator ! not defined on i (variable of type int)"
	_ = t.Get()
	_ = undefinedName // ERROR "undefined: undefinedName"
	var str string = 1 // ERROR "cannot use 1 (untyped int constant) as string value in variable declaration"
	_ = str
	_ = len(s) + cap(s)
	_ = i << 2
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1.5 (untyped float constant) must be integer"
	_ = t.get() // ERROR "t.get undefined (type T has no field or method get, but does have method Get)"
}
