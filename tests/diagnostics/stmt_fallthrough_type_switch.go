package main

func main() {
	var x any
	switch x.(type) {
	case int:
		fallthrough
	case string:
	}
}
