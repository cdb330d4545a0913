package malformed

import (
	_ "../a"
	_ "/abs"
	_ "a//b"
	_ "x/./y"
	_ "x/.."
	_ "a/b/"
	_ "-x"
	_ "x/y."
	_ "ÿ/x"
	_ "x/CON.txt"
	_ "x/lpt1"
	_ "x/y~1"
	_ "x/.y"
	_ "x/a+b"
	_ "std"
	_ "all"
	_ "mod/x"
	_ "x@v"
)
