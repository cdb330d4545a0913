package main

import "runtime"

func main() {
	defer println("deferred 1")
	defer func() {
		println("recover sees", recover() == nil)
	}()
	println("before")
	runtime.Goexit()
	println("not reached")
}
