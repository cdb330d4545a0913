package main

import "os"

// os.Args: the program name (which differs by host, so it is not
// printed) and the arguments the test gives it (os_args.run).
func main() {
	println(len(os.Args), len(os.Args[0]) > 0)
	for i, a := range os.Args[1:] {
		println(i, a, len(a))
	}
}
