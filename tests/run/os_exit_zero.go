package main

import "os"

func f() {
	defer println("deferred in f: must not print")
	os.Exit(0)
}

// os.Exit(0) from a nested call: status 0, no deferred calls run.
func main() {
	defer println("deferred in main: must not print")
	println("calling f")
	f()
	println("after f: must not print")
}
