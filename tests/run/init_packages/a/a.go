package a

import "initpkgs/c"

var A = c.Record("a.A") + B

var B = c.Record("a.B")

func init() { c.Record("a.init.0") }

func init() { c.Record("a.init.1") }
