package p

var g2 func()

func f(x int, g func(), s []int) {
	switch x {
	case 1, 2:
	case 1: // ERROR "duplicate case 1 (constant of type int) in expression switch"
	}
	switch g {
	case g2: // ERROR "invalid case g2 in switch on g (func can only be compared to nil)"
	case nil:
	}
	switch s {
	case s: // ERROR "invalid case s in switch on s (slice can only be compared to nil)"
	}
}

const a, b, c = 1, 2 // ERROR "missing init expr for c"

const d = 1, 2 // ERROR "extra init expr 2"

const (
	e, f2 = 1, 2
	h // ERROR "extra init expr at"
)

const big = 1 << 600 << 600 // ERROR "constant shift overflow"
