package main

// Method values and deferred calls through interfaces.

type Logger interface{ Log(s string) int }

type prefix struct{ p string }

func (l prefix) Log(s string) int {
	println(l.p + s)
	return len(s)
}

func run() {
	var l Logger = prefix{"> "}
	defer l.Log("deferred")
	f := l.Log
	l = prefix{"changed "}
	println(f("bound"))
	l.Log("direct")
}

func main() {
	run()
	fs := []func(string) int{}
	for _, p := range []string{"a:", "b:"} {
		var l Logger = prefix{p}
		fs = append(fs, l.Log)
	}
	for _, f := range fs {
		f("x")
	}
}
