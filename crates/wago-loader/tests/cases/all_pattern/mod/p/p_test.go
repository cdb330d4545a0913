package p

import (
	_ "example.com/dep/d1"
	_ "net/url"
)
