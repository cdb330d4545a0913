// Package initialisation across packages: each package after the ones it
// imports, each once; variables in dependency order, then init functions
// in source order; main's last.
package main

import (
	"initpkgs/b"
	"initpkgs/c"
)

var M = c.Record("main.M")

func init() { c.Record("main.init") }

func main() {
	for i, s := range c.Order {
		println(i, s)
	}
	println(b.B, M, c.C)
}
