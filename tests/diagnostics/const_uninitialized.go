package main

const c int

func main() {}
