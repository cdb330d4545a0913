package main

import "os"

// os.Exit ends the program at once with its status: deferred calls do
// not run, and nothing after it runs.
func main() {
	defer println("deferred: must not print")
	println("before exit")
	if len(os.Args) > 0 {
		os.Exit(3)
	}
	println("after exit: must not print")
}
