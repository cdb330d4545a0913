package main

import f "fmt"

func main() {}
