package main

const c = 1 << 100000

func main() {}
