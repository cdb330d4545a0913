package main

func fail(msg string) {
	panic("failed: " + msg)
}

func main() {
	fail("disk full")
}
