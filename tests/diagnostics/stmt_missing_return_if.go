package main

func f(b bool) int {
	if b {
		return 1
	}
}

func main() { f(true) }
