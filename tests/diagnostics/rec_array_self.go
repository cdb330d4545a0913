package main

type T [1]T

func main() {}
