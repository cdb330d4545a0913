package main

import "os"

// The environment the test gives the program (os_env.run), and nothing
// else: Getenv, LookupEnv (set but empty, unset), Environ.
func main() {
	println(os.Getenv("WAGO_A"), os.Getenv("WAGO_B"), os.Getenv("WAGO_MISSING") == "")
	v, ok := os.LookupEnv("WAGO_EMPTY")
	println(len(v), ok)
	v, ok = os.LookupEnv("WAGO_MISSING")
	println(len(v), ok)
	v, ok = os.LookupEnv("")
	println(len(v), ok)
	env := os.Environ()
	println(len(env))
	for _, kv := range env {
		println(kv)
	}
}
