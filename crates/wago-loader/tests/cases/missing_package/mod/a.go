package m

import (
	"foo/bar"
	q "example.com/other/q"
	_ "example.com/m/nothere"
)
