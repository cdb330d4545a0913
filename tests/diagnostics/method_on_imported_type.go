package main

import "strings"

func (b *strings.Builder) M() {}

func main() {}
