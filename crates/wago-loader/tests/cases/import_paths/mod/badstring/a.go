package badstring

import (
	_ "errors"
	_ "a b"
)
