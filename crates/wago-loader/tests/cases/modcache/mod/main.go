package main

import _ "example.com/UpperCase/pkg"

func main() {}
