package main

func f() bool { return true }

func main() {
	select {
	case f():
	}
}
