package main

const c = 1.5 & 1

func main() {}
