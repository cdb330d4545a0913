package main

func main() {
	s := "a"
	switch s {
	case "a", "b", "a":
	}
}
