package p

import (
	f
)
