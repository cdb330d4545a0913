package p

type T struct{ a int }

func f() {
	if x := T{a: 1}; x.a > 0 {
	}
}
