package main

const c int8 = 1 << 8

func main() {}
