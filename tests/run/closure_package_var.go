// Function literals in package variable initialisers whose locals have
// their address taken or are captured by inner closures.
package main

var mk = func() *[]byte {
	b := make([]byte, 3)
	return &b
}

type maker struct{ New func() any }

var m = maker{New: func() any {
	b := make([]byte, 8)
	return &b
}}

var counter = func() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}()

func main() {
	println(len(*mk()))
	println(len(*(m.New().(*[]byte))))
	println(counter(), counter(), counter())
}
