// Functions named _ (compile-time assertions, as math/big writes them):
// several may exist; they are checked but never called.
package main

func _() {
	var x [1]int
	_ = x[0]
}

func _() {
	println("never runs")
}

type T struct{}

func (T) _() {}

func main() {
	println("ok")
}
