package main

import . "strings"

func Contains() {}

func main() { _ = ToUpper("a") }
