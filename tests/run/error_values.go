package main

// The error interface: custom error types, returning errors, nil checks,
// and the typed-nil pitfall.

type NotFound struct{ key string }

func (e *NotFound) Error() string { return "not found: " + e.key }

type Code int

func (c Code) Error() string { return "code " + string(rune('0'+int(c))) }

func lookup(k string) (int, error) {
	if k == "a" {
		return 1, nil
	}
	if k == "c" {
		return 0, Code(3)
	}
	return 0, &NotFound{k}
}

func typedNil() error {
	var p *NotFound
	return p
}

func main() {
	for _, k := range []string{"a", "b", "c"} {
		v, err := lookup(k)
		if err != nil {
			println("error:", err.Error())
			if nf, ok := err.(*NotFound); ok {
				println("key was", nf.key)
			}
			continue
		}
		println("value", v)
	}
	err := typedNil()
	println(err == nil, err != nil)
	var e2 error = Code(5)
	println(e2 == Code(5), e2 == Code(4))
}
