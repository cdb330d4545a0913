package main

import "fmt"

var fmt = 1

func main() {}
