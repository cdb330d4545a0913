package main

import (
	_ "example.com/v/p"
	_ "example.com/m/internal/x"
)

func main() {}
