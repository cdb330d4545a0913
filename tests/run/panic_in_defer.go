package main

func f() {
	defer println("first registered, runs last")
	defer func() {
		println("second registered, runs first")
	}()
	panic("boom")
}

func main() {
	defer println("main deferred")
	f()
}
