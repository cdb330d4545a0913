package main

func f() int {
	for {
		break
	}
}

func main() { f() }
