package main

func _() {}

func main() {
	_()
}
