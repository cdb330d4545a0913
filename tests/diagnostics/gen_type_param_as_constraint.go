package main

func f[T any, U T]() {}

func main() {}
