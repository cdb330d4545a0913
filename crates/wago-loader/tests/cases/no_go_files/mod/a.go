package m

import (
	_ "example.com/m/excluded"
	_ "example.com/m/testonly"
)
