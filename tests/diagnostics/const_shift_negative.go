package main

const c = 1 << -1

func main() {}
