package main

const c int8 = 100 * 2

func main() {}
