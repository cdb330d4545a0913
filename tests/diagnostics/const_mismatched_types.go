package main

const a int = 1
const b int8 = 2
const c = a + b

func main() {}
