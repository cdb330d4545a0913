package main

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  iterator", n, "exits")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func gotoOut() {
	tries := 0
retry:
	tries++
	for x := range count(5) {
		for y := range count(5) {
			if x+y == 3 && tries < 3 {
				goto retry
			}
			if x == 2 {
				goto done
			}
		}
	}
	println("not reached")
done:
	println("done after", tries, "tries")
}

func gotoInBody() {
	for x := range count(3) {
		if x == 1 {
			goto next
		}
		println("body", x)
	next:
	}
	for x := range count(4) {
		for y := range count(4) {
			if y == 1 {
				goto skip
			}
			println("inner", x, y)
		}
	skip:
		if x == 2 {
			goto out
		}
	}
out:
	println("out")
}

func one(yield func(int) bool) { yield(1) }

// recover() in a loop body is not the deferred function's: it is nil.
func recoverInBody() {
	defer func() {
		println("outer recover", recover().(string))
	}()
	defer func() {
		for x := range one {
			println("in body", x, recover() != nil)
		}
	}()
	for x := range one {
		println("plain", x, recover() == nil)
	}
	panic("p")
}

func main() {
	gotoOut()
	gotoInBody()
	recoverInBody()
}
