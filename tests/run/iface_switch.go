package main

// Type switches: nil, several types per case, interface cases, default,
// the bound variable's type per clause, break.

type Stringer interface{ String() string }
type Celsius float64
type Name string

func (c Celsius) String() string { return "celsius" }

func kind(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return "some int"
	case bool:
		if v {
			return "true"
		}
		return "false"
	case string:
		return "string " + v
	case Name:
		return "name " + string(v)
	case Stringer:
		return "stringer " + v.String()
	case []int:
		return "slice of " + itoa(len(v))
	case error:
		return "error " + v.Error()
	default:
		return "other"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	return s
}

type myErr struct{}

func (myErr) Error() string { return "bad" }

func main() {
	vals := []any{nil, 1, int64(2), true, false, "s", Name("n"), Celsius(3), []int{1, 2}, myErr{}, 2.5, int8(1)}
	for _, v := range vals {
		println(kind(v))
	}
	count := 0
loop:
	for _, v := range vals {
		switch v.(type) {
		case float64:
			break loop
		default:
			count++
		}
	}
	println(count)
}
