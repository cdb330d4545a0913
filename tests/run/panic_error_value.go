package main

type E struct{ msg string }

func (e *E) Error() string { return "E: " + e.msg }

func main() {
	defer println("deferred runs")
	var err error = &E{"broken"}
	panic(err)
}
