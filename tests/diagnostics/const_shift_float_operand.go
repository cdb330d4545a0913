package main

const c = 1.5 << 2

func main() {}
