package a

import (
	_ "example.com/m/a/internal/i"
	_ "example.com/m/a/internal/i/internal/deep"
)
