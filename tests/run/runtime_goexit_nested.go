package main

import "runtime"

func stop() {
	println("stopping")
	runtime.Goexit()
}

func main() {
	stop()
	println("not reached")
}
