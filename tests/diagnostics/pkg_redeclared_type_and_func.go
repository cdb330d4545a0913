package main

type T int

func T() {}

func main() {}
