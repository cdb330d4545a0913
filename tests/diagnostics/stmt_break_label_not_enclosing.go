package main

func main() {
L:
	for {
	}
	for {
		break L
	}
}
