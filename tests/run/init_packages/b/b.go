package b

import (
	"initpkgs/a"
	"initpkgs/c"
)

var B = c.Record("b.B") + a.A

func init() { c.Record("b.init") }
