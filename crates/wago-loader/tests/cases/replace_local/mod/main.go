package main

import (
	"fmt"

	"example.com/dep/sub"
)

func main() { fmt.Println(sub.X) }
