package main

// Where recover works: only when called directly by the deferred
// function; deferred calls run in order; a recovered function returns
// normally to its caller; panics inside deferred calls.

func helper() any { return recover() }

func indirect() (r any) {
	defer func() {
		r = recover() // direct: recovers what helper could not
	}()
	defer func() {
		if helper() != nil {
			println("helper recovered (wrong)")
		} else {
			println("helper got nil")
		}
	}()
	panic("p1")
}

func deferredDirect() {
	defer func() {
		println("outer sees", recover().(string))
	}()
	defer helperDeferred()
	panic("p2")
}

func helperDeferred() {
	println("deferred fn recover:", recover().(string))
	panic("p2 again")
}

func order() {
	defer println("third")
	defer func() {
		println("second, recovered", recover().(string))
	}()
	defer println("first")
	panic("order")
}

func afterRecover() int {
	order()
	return 5
}

func nested() (s string) {
	defer func() {
		s = recover().(string) + "+outer"
	}()
	func() {
		defer func() {
			panic(recover().(string) + "+inner")
		}()
		panic("start")
	}()
	return "unreached"
}

func main() {
	println(indirect().(string))
	deferredDirect()
	println(afterRecover())
	println(nested())
}
